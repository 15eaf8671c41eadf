package org.sciaccel.integrate;

import java.util.Arrays;
import java.util.List;

/**
 * The continuous solution of {@code solve_ivp(..., dense_output=True)}: the steps' interpolants in
 * the order they were made, joined (SciPy's {@code OdeSolution}). A time between two steps' ends
 * goes to the step it lies in, a time on a boundary to the earlier of the two steps in the
 * direction of integration, a time outside the span to the first or last step, extrapolated.
 */
public final class OdeSolution {
    private final double[] ts;
    private final List<DenseOutput> interpolants;
    private final boolean ascending;
    private final double[] tsSorted;

    OdeSolution(double[] ts, List<DenseOutput> interpolants) {
        if (ts.length != interpolants.size() + 1) {
            throw new IllegalStateException("Numbers of time stamps and interpolants don't match.");
        }
        this.ts = ts.clone();
        this.interpolants = List.copyOf(interpolants);
        this.ascending = ts[ts.length - 1] >= ts[0];
        this.tsSorted = ts.clone();
        if (!ascending) {
            for (int i = 0; i < ts.length; i++) {
                tsSorted[i] = ts[ts.length - 1 - i];
            }
        }
    }

    /** The steps' ends: t0, then the end of each step. */
    public double[] ts() {
        return ts.clone();
    }

    /** The number of steps (interpolants). */
    public int segments() {
        return interpolants.size();
    }

    /** The smallest time of the span. */
    public double tMin() {
        return tsSorted[0];
    }

    /** The largest time of the span. */
    public double tMax() {
        return tsSorted[tsSorted.length - 1];
    }

    /** The solution at {@code t} (n values). */
    public double[] value(double t) {
        int n = interpolants.size();
        int ind = ascending ? searchLeft(tsSorted, t) : searchRight(tsSorted, t);
        int segment = Math.min(Math.max(ind - 1, 0), n - 1);
        if (!ascending) {
            segment = n - 1 - segment;
        }
        return interpolants.get(segment).value(t);
    }

    /** The solution at each of {@code t}: n rows of {@code t.length} values (SciPy's {@code sol(t)} for an array). */
    public double[][] values(double[] t) {
        if (t == null) {
            throw new IllegalArgumentException("t: null");
        }
        double[][] out = null;
        for (int k = 0; k < t.length; k++) {
            double[] v = value(t[k]);
            if (out == null) {
                out = new double[v.length][t.length];
            }
            for (int i = 0; i < v.length; i++) {
                out[i][k] = v[i];
            }
        }
        return out == null ? new double[interpolants.get(0).value(ts[0]).length][0] : out;
    }

    /** numpy.searchsorted(a, v, side='left'). */
    static int searchLeft(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** numpy.searchsorted(a, v, side='right'). */
    static int searchRight(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "OdeSolution over " + Arrays.toString(new double[] {ts[0], ts[ts.length - 1]}) + " in " + segments()
                + " steps";
    }
}
