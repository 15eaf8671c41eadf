package org.sciaccel.numpy;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Warnings;
import org.sciaccel.spi.Reduced;
import org.sciaccel.spi.Reducer;
import org.sciaccel.spi.Reduction;
import org.sciaccel.spi.ReductionLayout;

/**
 * What {@link NumpyReductions}' functions share: NumPy's checks and dtype rules, the layout, the routing to
 * the backend's {@link org.sciaccel.spi.ReductionOps} and NumPy's warnings, emitted on the calling thread.
 * Only the warnings NumPy's reduction code itself raises are emitted ("Mean of empty slice", "Degrees of
 * freedom <= 0 for slice", "All-NaN slice encountered", the ComplexWarning of a complex input cast to a real
 * dtype); the floating-point error warnings of NumPy's errstate ("invalid value encountered in divide") are
 * not.
 */
final class ReductionCalls {
    private static final String COMPLEX_TO_REAL = "Casting complex values to real discards the imaginary part";

    private ReductionCalls() {
    }

    /** sum, prod, nansum: the loop and result dtype are sum's. */
    static NDArray summing(String op, Reducer reducer, NDArray a, ReductionOptions o) {
        requireArray(op, a, o);
        DType t = ReductionTypes.sum(a.dtype(), o.dtype());
        return run(op, a, reducer, ReductionAxes.resolve(op, a, o.axis(), true), o.keepdims(), t, t, 0, false);
    }

    /**
     * min, max, nanmin, nanmax, ptp: the input's dtype; an empty slice has no value (NumPy names the ufunc:
     * minimum, maximum, fmin, fmax).
     */
    static NDArray extreme(String op, Reducer reducer, String ufunc, NDArray a, ReductionOptions o) {
        requireArray(op, a, o);
        if (reducer == Reducer.PTP && a.dtype() == DType.BOOL) {
            throw SciPyArgumentException.typeError(op + ": numpy boolean subtract, the `-` operator, is not supported, "
                    + "use the bitwise_xor, the `^` operator, or the logical_xor function instead (a: "
                    + ReductionAxes.describe(a) + ")");
        }
        int[] axes = ReductionAxes.resolve(op, a, o.axis(), true);
        if (reducedCount(a, axes) == 0) {
            throw new IllegalArgumentException(op + ": zero-size array to reduction operation " + ufunc
                    + " which has no identity (a: " + ReductionAxes.describe(a) + ")");
        }
        return run(op, a, reducer, axes, o.keepdims(), a.dtype(), a.dtype(), 0, false);
    }

    /** any, all, count_nonzero: the elements read as {@code x != 0}. */
    static NDArray truth(String op, Reducer reducer, NDArray a, ReductionOptions o) {
        requireArray(op, a, o);
        DType result = reducer == Reducer.COUNT_NONZERO ? DType.INT64 : DType.BOOL;
        return run(op, a, reducer, ReductionAxes.resolve(op, a, o.axis(), true), o.keepdims(), DType.BOOL, result, 0,
                false);
    }

    /** mean and nanmean (which is mean for an integer input, as NumPy). */
    static NDArray mean(String op, boolean nan, NDArray a, ReductionOptions o) {
        requireArray(op, a, o);
        boolean nanPath = nan && !a.dtype().isIntegral();
        if (nanPath) {
            ReductionTypes.requireInexactForInexactInput(op, a, o.dtype());
        }
        DType[] t = ReductionTypes.mean(op, a, o.dtype());
        if (nanPath) {
            // nanmean sums in the input's type (float16 too) and divides by the count.
            DType loop = o.dtype() != null ? o.dtype() : a.dtype();
            t = new DType[] {loop, loop};
        }
        int[] axes = ReductionAxes.resolve(op, a, o.axis(), nanPath);
        if (!nanPath && reducedCount(a, axes) == 0) {
            Warnings.warn(Warnings.Category.RUNTIME, "Mean of empty slice.");
        }
        return run(op, a, nanPath ? Reducer.NANMEAN : Reducer.MEAN, axes, o.keepdims(), t[0], t[1], 0, false);
    }

    /** var, std, nanvar, nanstd (the nan forms are var and std for an integer input, as NumPy). */
    static NDArray variance(String op, boolean nan, boolean sqrt, NDArray a, ReductionOptions o) {
        requireArray(op, a, o);
        boolean nanPath = nan && !a.dtype().isIntegral();
        if (nanPath) {
            ReductionTypes.requireInexactForInexactInput(op, a, o.dtype());
        }
        DType[] t = ReductionTypes.variance(op, a, o.dtype());
        int[] axes = ReductionAxes.resolve(op, a, o.axis(), nanPath);
        if (!nanPath && o.ddof() >= reducedCount(a, axes)) {
            Warnings.warn(Warnings.Category.RUNTIME, "Degrees of freedom <= 0 for slice");
        }
        Reducer reducer = nanPath ? Reducer.NANVAR : Reducer.VAR;
        if (t[1].isComplex()) {
            // A complex dtype: the real variance (of a real input the deviations' imaginary parts are zero), as
            // that complex type, which NumPy sums the squares in.
            DType real = ReductionTypes.real(t[1]);
            DType loop = a.dtype().isComplex() ? t[0] : real;
            try (NDArray v = run(op, a, reducer, axes, o.keepdims(), loop, real, o.ddof(), sqrt)) {
                return v.astype(t[1]);
            }
        }
        return run(op, a, reducer, axes, o.keepdims(), t[0], t[1], o.ddof(), sqrt);
    }

    /** argmin and argmax: axis None (the flat index) or one axis; a 0-d array is a 1-d array of one element. */
    static NDArray arg(String op, boolean max, NDArray a, Integer axis, boolean keepdims) {
        requireInput(op, a);
        int[] shape = a.shape();
        ReductionLayout layout;
        if (axis == null || a.ndim() == 0) {
            if (axis != null) {
                ReductionAxes.one(op, a, axis, 1);
            }
            int[] all = new int[shape.length];
            for (int d = 0; d < all.length; d++) {
                all[d] = d;
            }
            layout = ReductionLayout.of(shape, all, keepdims);
        } else {
            layout = ReductionLayout.of(shape, new int[] {ReductionAxes.one(op, a, axis, a.ndim())}, keepdims);
        }
        if (layout.reduced() == 0) {
            throw new IllegalArgumentException(op + ": attempt to get " + (max ? "argmax" : "argmin")
                    + " of an empty sequence (a: " + ReductionAxes.describe(a) + ")");
        }
        ReductionLayout l = layout;
        return OpRouter.run(op, a, (b, in) -> b.reduction().argReduce(in, l, max));
    }

    /** cumsum and cumprod: axis None runs over the flattened array; a 0-d array is a 1-d array of one element. */
    static NDArray accumulate(String op, boolean product, NDArray a, Integer axis, DType dtype) {
        requireInput(op, a);
        DType t = ReductionTypes.sum(a.dtype(), dtype);
        warnComplexToReal(a, t);
        ReductionLayout layout;
        if (axis == null || a.ndim() == 0) {
            if (axis != null) {
                ReductionAxes.one(op, a, axis, 1);
            }
            layout = ReductionLayout.along(new int[] {a.size()}, 0);
        } else {
            layout = ReductionLayout.along(a.shape(), ReductionAxes.one(op, a, axis, a.ndim()));
        }
        return OpRouter.run(op, a, (b, in) -> b.reduction().accumulate(in, layout, product, t));
    }

    /** diff: the n-th difference along one axis. */
    static NDArray diff(String op, NDArray a, int n, int axis) {
        requireInput(op, a);
        if (a.ndim() == 0) {
            throw new IllegalArgumentException(op + ": diff requires input that is at least one dimensional (a: "
                    + ReductionAxes.describe(a) + ")");
        }
        if (n < 0) {
            throw new IllegalArgumentException(op + ": order must be non-negative but got " + n + " (n=" + n + ", a: "
                    + ReductionAxes.describe(a) + ")");
        }
        int ax = ReductionAxes.one(op, a, axis, a.ndim());
        if (n == 0) {
            return OpRouter.run(op, a, (b, in) -> in.astype(in.dtype()));
        }
        int[] out = a.shape();
        out[ax] = Math.max(0, out[ax] - n);
        ReductionLayout layout = ReductionLayout.along(a.shape(), ax);
        return OpRouter.run(op, a, (b, in) -> b.reduction().diff(in, layout, n, out));
    }

    private static NDArray run(String op, NDArray a, Reducer reducer, int[] axes, boolean keepdims, DType loop,
            DType result, double ddof, boolean sqrt) {
        warnComplexToReal(a, loop);
        Reduction red = new Reduction(reducer, ReductionLayout.of(a.shape(), axes, keepdims), loop, result, ddof, sqrt);
        Reduced r = OpRouter.call(op, (Backend b, NDArray[] in) -> b.reduction().reduce(in[0], red),
                (res, move) -> new Reduced(move.apply(res.array()), res.flagged()), a);
        if (r.flagged()) {
            Warnings.warn(Warnings.Category.RUNTIME, flagWarning(reducer));
        }
        return r.array();
    }

    private static String flagWarning(Reducer reducer) {
        switch (reducer) {
            case NANMIN: case NANMAX: return "All-NaN slice encountered";
            case NANMEAN: return "Mean of empty slice";
            case NANVAR: return "Degrees of freedom <= 0 for slice.";
            default: throw new AssertionError(reducer + " raises no data-dependent warning");
        }
    }

    private static void warnComplexToReal(NDArray a, DType loop) {
        if (a.dtype().isComplex() && !loop.isComplex() && loop != DType.BOOL) {
            Warnings.warn(Warnings.Category.COMPLEX, COMPLEX_TO_REAL);
        }
    }

    /** The number of elements each output reduces. */
    private static long reducedCount(NDArray a, int[] axes) {
        long n = 1;
        for (int ax : axes) {
            n *= a.shape(ax);
        }
        return n;
    }

    private static void requireArray(String op, NDArray a, ReductionOptions o) {
        requireInput(op, a);
        if (o == null) {
            throw new IllegalArgumentException(op + ": options: null; use ReductionOptions.defaults()");
        }
    }

    private static void requireInput(String op, NDArray a) {
        if (a == null) {
            throw new IllegalArgumentException(op + ": a: null; an array is needed");
        }
        if (a.isClosed()) {
            throw new IllegalArgumentException(op + ": a: the array " + a + " is closed");
        }
    }
}
