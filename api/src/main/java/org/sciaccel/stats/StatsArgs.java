package org.sciaccel.stats;

import java.util.Locale;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.numpy.Numpy;

/**
 * Argument checks shared by the statistical functions: null arguments, SciPy's axis rule (the
 * statistic is taken along one axis, moved last; None: over the flattened array), and nan_policy.
 */
final class StatsArgs {
    private StatsArgs() {
    }

    /** SciPy's nan_policy values. */
    enum NanPolicy {
        PROPAGATE, RAISE, OMIT
    }

    static <T> T require(String op, String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException("stats." + op + ": " + name + " must not be null");
        }
        return value;
    }

    static String describe(String name, NDArray a) {
        return name + " (shape " + Shapes.toString(a.shape()) + ", " + a.dtype() + ")";
    }

    static NanPolicy nanPolicy(String op, String nanPolicy) {
        require(op, "nan_policy", nanPolicy);
        switch (nanPolicy) {
            case "propagate": return NanPolicy.PROPAGATE;
            case "raise": return NanPolicy.RAISE;
            case "omit": return NanPolicy.OMIT;
            default:
                throw new IllegalArgumentException("stats." + op + ": nan_policy must be one of {'propagate', 'raise', "
                        + "'omit'}, got '" + nanPolicy + "'");
        }
    }

    /** The axis resolved against {@code ndim} (a 0-d array counts as 1-D, as SciPy's atleast_1d). */
    static int axis(String op, String name, NDArray a, int axis) {
        int nd = Math.max(1, a.ndim());
        int ax = axis < 0 ? axis + nd : axis;
        if (ax < 0 || ax >= nd) {
            throw new IllegalArgumentException("stats." + op + ": axis " + axis + " is out of bounds for array of "
                    + "dimension " + nd + " (" + describe(name, a) + ")");
        }
        return ax;
    }

    /**
     * {@code a} with the statistic's axis last (axis null: flattened to 1-D; a 0-d array: length 1), registered
     * in {@code s}. A view where no axis moves, else a copy.
     */
    static NDArray lastAxis(StatsScope s, String op, String name, NDArray a, Integer axis) {
        if (axis == null || a.ndim() == 0) {
            return s.t(Numpy.reshape(a, a.size()));
        }
        int ax = axis(op, name, a, axis);
        if (ax == a.ndim() - 1) {
            return s.t(Numpy.reshape(a, a.shape()));
        }
        return s.t(Numpy.moveaxis(a, ax, -1));
    }

    /** Whether any element is NaN (computed on the array's backend; only the answer comes to the host). */
    static boolean containsNan(NDArray a) {
        if (!a.dtype().isFloatingPoint() && !a.dtype().isComplex()) {
            return false;
        }
        try (NDArray nan = Numpy.isnan(a); NDArray any = Numpy.any(nan)) {
            return any.toBooleanArray()[0];
        }
    }

    /**
     * nan_policy applied to one sample already laid out with its axis last: 'raise' throws SciPy's message
     * where a NaN is present; 'omit' keeps the non-NaN elements of a 1-D sample (sciaccel's limit: a sample of
     * more than one slice with NaNs and 'omit' is refused). Returns the sample to use (registered in s).
     */
    static NDArray applyNanPolicy(StatsScope s, String op, NDArray x, NanPolicy policy) {
        if (policy == NanPolicy.PROPAGATE || !containsNan(x)) {
            return x;
        }
        if (policy == NanPolicy.RAISE) {
            throw new IllegalArgumentException("stats." + op + ": The input contains nan values");
        }
        if (x.ndim() > 1) {
            throw new UnsupportedOperationException("stats." + op + ": nan_policy='omit' is supported for one "
                    + "sample (a 1-D array or axis=None) only; got " + describe("a", x) + " with NaNs");
        }
        NDArray keep = s.t(Numpy.logicalNot(s.t(Numpy.isnan(x))));
        NDArray idx = s.t(Numpy.flatnonzero(keep));
        return s.t(Numpy.take(x, idx, 0));
    }

    /** The floating dtype a statistic of {@code a} is computed in (NumPy's mean: float64 for integers and bool). */
    static DType floatType(NDArray a) {
        return a.dtype().isFloatingPoint() ? a.dtype() : DType.FLOAT64;
    }

    /** SciPy's alternative values. */
    static String alternative(String op, String alternative) {
        require(op, "alternative", alternative);
        String a = alternative.toLowerCase(Locale.ROOT);
        if (!a.equals("two-sided") && !a.equals("less") && !a.equals("greater")) {
            throw new IllegalArgumentException("stats." + op + ": alternative must be 'less', 'greater' or "
                    + "'two-sided', got '" + alternative + "'");
        }
        return a;
    }
}
