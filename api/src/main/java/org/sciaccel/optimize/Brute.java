package org.sciaccel.optimize;

import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * {@code scipy.optimize.brute}: the objective on every point of a grid (NumPy's {@code mgrid} of the
 * ranges: {@code (low, high)} is {@code Ns} points from low to high inclusive, {@code (start, stop,
 * step)} is {@code arange}'s points), the first smallest value in C order, then optionally a local
 * minimiser started there ({@code finish}: SciPy's default is {@code fmin}, Nelder-Mead).
 */
final class Brute {
    private Brute() {
    }

    /**
     * @param ranges one range per variable: {low, high} (with ns points) or {start, stop, step}
     * @param finish the local minimiser applied to the grid's best point, or null for none
     */
    static BruteResult minimize(Objective fun, double[][] ranges, int ns,
            BiFunction<Objective, double[], OptimizeResult> finish) {
        if (ranges == null || ranges.length == 0) {
            throw new IllegalArgumentException("ranges: at least one range");
        }
        int n = ranges.length;
        if (n > 40) {
            throw new IllegalArgumentException("ranges: Brute Force not possible with more than 40 variables.");
        }
        if (fun.dims() >= 0 && fun.dims() != n) {
            throw new IllegalArgumentException("ranges: " + n + " ranges for the " + fun.dims() + " variables of " + fun);
        }
        double[][] axes = new double[n][];
        for (int k = 0; k < n; k++) {
            axes[k] = axis(k, ranges[k], ns);
        }
        int[] shape = new int[n];
        long total = 1;
        for (int k = 0; k < n; k++) {
            shape[k] = axes[k].length;
            total *= shape[k];
        }
        if (total == 0) {
            throw new IllegalArgumentException("ranges: the grid has no points (shape " + Arrays.toString(shape) + ")");
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("ranges: the grid of shape " + Arrays.toString(shape) + " has " + total
                    + " points; at most 2^31 - 9");
        }
        int size = (int) total;
        double[][] grid = new double[n][size];
        double[] jout = new double[size];
        int[] index = new int[n];
        double[] x = new double[n];
        int best = -1;
        for (int p = 0; p < size; p++) {
            for (int k = 0; k < n; k++) {
                x[k] = axes[k][index[k]];
                grid[k][p] = x[k];
            }
            jout[p] = fun.value(x);
            // np.argmin: the first of equal minima, and the first NaN if there is one
            if (best < 0 || jout[p] < jout[best] || (Double.isNaN(jout[p]) && !Double.isNaN(jout[best]))) {
                best = p;
            }
            for (int k = n - 1; k >= 0 && ++index[k] == shape[k]; k--) {
                index[k] = 0;
            }
        }
        double[] xmin = new double[n];
        for (int k = 0; k < n; k++) {
            xmin[k] = grid[k][best];
        }
        double jmin = jout[best];
        boolean ok = true;
        if (finish != null) {
            OptimizeResult r = finish.apply(fun, xmin.clone());
            xmin = r.x();
            jmin = r.fun();
            ok = r.success();
        }
        return new BruteResult(xmin, jmin, shape, grid, jout, ok);
    }

    /** NumPy's mgrid points of one range. */
    private static double[] axis(int k, double[] r, int ns) {
        if (r == null || (r.length != 2 && r.length != 3)) {
            throw new IllegalArgumentException("ranges: range " + k + " must be (low, high) or (start, stop, step), got "
                    + Arrays.toString(r));
        }
        for (double v : r) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("ranges: range " + k + " is not finite: " + Arrays.toString(r));
            }
        }
        if (r.length == 2) {
            if (ns < 1) {
                throw new IllegalArgumentException("Ns: " + ns + "; at least 1 point per range");
            }
            // mgrid[low:high:Ns*1j]: Ns points, the step (high - low) / (Ns - 1)
            double step = ns == 1 ? 1 : (r[1] - r[0]) / (ns - 1.0);
            double[] a = new double[ns];
            for (int i = 0; i < ns; i++) {
                a[i] = i * step + r[0];
            }
            return a;
        }
        if (r[2] == 0) {
            throw new IllegalArgumentException("ranges: range " + k + " has step 0");
        }
        // mgrid[start:stop:step]: ceil((stop - start) / step) points start + i*step
        double count = Math.ceil((r[1] - r[0]) / r[2]);
        int m = count > 0 ? (int) Math.min(count, Integer.MAX_VALUE - 8) : 0;
        double[] a = new double[m];
        for (int i = 0; i < m; i++) {
            a[i] = i * r[2] + r[0];
        }
        return a;
    }
}
