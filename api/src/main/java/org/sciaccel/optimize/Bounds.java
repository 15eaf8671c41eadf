package org.sciaccel.optimize;

import java.util.Arrays;

/**
 * Bounds on the variables, SciPy's {@code scipy.optimize.Bounds(lb, ub)}: one lower and one upper
 * bound per variable, ±∞ for none. As in SciPy 1.10, lb &gt; ub is not refused here: the methods
 * that honour bounds refuse it with their own messages (Nelder-Mead, Powell, ...).
 */
public record Bounds(double[] lb, double[] ub) {
    public Bounds {
        if (lb == null || ub == null) {
            throw new IllegalArgumentException("bounds: " + (lb == null ? "lb" : "ub") + " is null");
        }
        if (lb.length != ub.length) {
            throw new IllegalArgumentException("bounds: " + lb.length + " lower bounds but " + ub.length + " upper");
        }
        lb = lb.clone();
        ub = ub.clone();
    }

    /** The same bounds {@code [lo, hi]} on each of {@code n} variables. */
    public static Bounds uniform(int n, double lo, double hi) {
        double[] l = new double[n];
        double[] u = new double[n];
        Arrays.fill(l, lo);
        Arrays.fill(u, hi);
        return new Bounds(l, u);
    }

    @Override
    public double[] lb() {
        return lb.clone();
    }

    @Override
    public double[] ub() {
        return ub.clone();
    }

    /** The number of variables bounded. */
    public int size() {
        return lb.length;
    }

    /** Whether any bound is finite. */
    public boolean isFinite() {
        return FiniteDifferenceSteps.bounded(lb, ub);
    }

    /**
     * Refuses bounds of another length than x0's, with SciPy's message
     * ({@code old_bound_to_new}/{@code Bounds} broadcasting).
     */
    void requireLength(int n) {
        if (lb.length != n) {
            throw new IllegalArgumentException("bounds: " + lb.length + " bounds for " + n
                    + " variables (x0 and bounds must have the same length)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bounds b && Arrays.equals(lb, b.lb) && Arrays.equals(ub, b.ub);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lb) + Arrays.hashCode(ub);
    }

    @Override
    public String toString() {
        return "Bounds(lb=" + Arrays.toString(lb) + ", ub=" + Arrays.toString(ub) + ")";
    }
}
