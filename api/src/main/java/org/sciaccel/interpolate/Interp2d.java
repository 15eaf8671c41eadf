package org.sciaccel.interpolate;

import java.util.Arrays;

/**
 * SciPy 1.10's deprecated {@code scipy.interpolate.interp2d} on a rectangular grid: the grid sorted,
 * then FITPACK's regrid with s = 0 and kx = ky = 1 (linear), 3 (cubic) or 5 (quintic); evaluated by
 * bispev/parder on the sorted grid of the points asked, as a {@code [len(y)][len(x)]} array. Scattered
 * data (which SciPy routes to surfit) is not supported.
 */
public final class Interp2d {
    private final RectBivariateSpline spline;
    private final boolean boundsError;
    private final Double fillValue;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    Interp2d(RectBivariateSpline spline, boolean boundsError, Double fillValue, double[] x, double[] y) {
        this.spline = spline;
        this.boundsError = boundsError;
        this.fillValue = fillValue;
        this.xMin = BivariateFits.min(x);
        this.xMax = BivariateFits.max(x);
        this.yMin = BivariateFits.min(y);
        this.yMax = BivariateFits.max(y);
    }

    /** The spline fitted (its tck is SciPy's {@code interp2d.tck}). */
    public RectBivariateSpline spline() {
        return spline;
    }

    static Interp2d build(double[] x, double[] y, double[][] z, String kind, boolean boundsError, Double fillValue) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y: null");
        }
        if (z == null) {
            throw new IllegalArgumentException("z: null");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: null");
        }
        int size = 0;
        for (double[] row : z) {
            if (row == null) {
                throw new IllegalArgumentException("z: a null row");
            }
            size += row.length;
        }
        if (size != x.length * y.length) {
            throw new UnsupportedOperationException("z: " + size + " values for a " + y.length + " x " + x.length
                    + " grid: scattered data (SciPy's surfit route of interp2d) is not supported");
        }
        if (z.length != y.length) {
            throw new IllegalArgumentException("z: When on a regular grid with x.size = m and y.size = n, if z.ndim =="
                    + " 2, then z must have shape (n, m) (x.size=" + x.length + ", y.size=" + y.length + ", z has "
                    + z.length + " rows)");
        }
        for (double[] row : z) {
            if (row.length != x.length) {
                throw new IllegalArgumentException("z: When on a regular grid with x.size = m and y.size = n, if"
                        + " z.ndim == 2, then z must have shape (n, m)");
            }
        }
        int k;
        switch (kind) {
            case "linear":
                k = 1;
                break;
            case "cubic":
                k = 3;
                break;
            case "quintic":
                k = 5;
                break;
            default:
                throw new IllegalArgumentException("kind: Unsupported interpolation type '" + kind
                        + "', must be either of 'linear', 'cubic', 'quintic'.");
        }
        int[] jx = order(x);
        int[] jy = order(y);
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            xs[i] = x[jx[i]];
        }
        for (int i = 0; i < y.length; i++) {
            ys[i] = y[jy[i]];
        }
        // z.T, the grid in x-major order
        double[][] zt = new double[x.length][y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                zt[i][j] = z[jy[j]][jx[i]];
            }
        }
        RectBivariateSpline spl = BivariateFits.rect(xs, ys, zt, null, k, k, 0.0);
        return new Interp2d(spl, boundsError, fillValue, xs, ys);
    }

    /** The permutation that sorts v (identity when v is already non-decreasing), NumPy's argsort (quicksort). */
    private static int[] order(double[] v) {
        int[] idx = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < v.length; i++) {
            if (!(v[i] >= v[i - 1])) {
                sorted = false;
            }
        }
        if (!sorted) {
            Integer[] boxed = new Integer[v.length];
            for (int i = 0; i < v.length; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> Double.compare(v[a], v[b]));
            for (int i = 0; i < v.length; i++) {
                idx[i] = boxed[i];
            }
        }
        return idx;
    }

    /**
     * The interpolant (or its partial derivative dx, dy) on the grid of x by y, SciPy's
     * {@code __call__(x, y, dx, dy, assume_sorted)}: {@code [len(y)][len(x)]}, x and y sorted first
     * unless assumeSorted; points outside the data take fill_value when one is given.
     */
    public double[][] call(double[] x, double[] y, int dx, int dy, boolean assumeSorted) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y: null");
        }
        double[] xs = x.clone();
        double[] ys = y.clone();
        if (!assumeSorted) {
            Arrays.sort(xs);
            Arrays.sort(ys);
        }
        int k = spline.degrees()[0];
        if (!(0 <= dx && dx < k)) {
            throw new IllegalArgumentException("dx: 0 <= dx = " + dx + " < kx = " + k + " must hold");
        }
        if (!(0 <= dy && dy < k)) {
            throw new IllegalArgumentException("dy: 0 <= dy = " + dy + " < ky = " + k + " must hold");
        }
        boolean[] outX = new boolean[xs.length];
        boolean[] outY = new boolean[ys.length];
        boolean anyX = false;
        boolean anyY = false;
        for (int i = 0; i < xs.length; i++) {
            outX[i] = xs[i] < xMin || xs[i] > xMax;
            anyX |= outX[i];
        }
        for (int i = 0; i < ys.length; i++) {
            outY[i] = ys[i] < yMin || ys[i] > yMax;
            anyY |= outY[i];
        }
        if (boundsError && (anyX || anyY)) {
            throw new IllegalArgumentException("x: Values out of range; x must be in (" + xMin + ", " + xMax
                    + "), y in (" + yMin + ", " + yMax + ")");
        }
        for (int i = 1; i < xs.length; i++) {
            if (xs[i] < xs[i - 1]) {
                throw new IllegalArgumentException("x: Invalid input data (x must be increasing with assume_sorted)");
            }
        }
        for (int i = 1; i < ys.length; i++) {
            if (ys[i] < ys[i - 1]) {
                throw new IllegalArgumentException("y: Invalid input data (y must be increasing with assume_sorted)");
            }
        }
        double[][] g = spline.call(xs, ys, dx, dy);
        double[][] out = new double[ys.length][xs.length];
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                out[j][i] = g[i][j];
            }
        }
        if (fillValue != null) {
            for (int j = 0; j < ys.length; j++) {
                for (int i = 0; i < xs.length; i++) {
                    if (outX[i] || outY[j]) {
                        out[j][i] = fillValue;
                    }
                }
            }
        }
        return out;
    }

    /** The interpolant on the grid of x by y (sorted first). */
    public double[][] call(double[] x, double[] y) {
        return call(x, y, 0, 0, false);
    }
}
