package org.sciaccel.signal;

import java.util.Arrays;
import java.util.TreeSet;
import org.sciaccel.Backend;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.fft.Fft;

/**
 * The FFT-based functions of {@link Signal}: {@code fftconvolve} and {@code detrend} ({@code resample}
 * is {@link SignalResample}), composed from the FFT facade and the backends' FFT primitives, so every step
 * runs on the input's backend and intermediates never leave it.
 */
final class FftSignal {
    private FftSignal() {
    }

    /**
     * SciPy's {@code fftconvolve}: inputs and axes checked and normalised as its
     * {@code _init_freq_conv_axes} does (axes where either input has length 1 are not transformed but
     * broadcast, like the other axes of length 1), the spectra multiplied with broadcasting, the
     * inverse cropped as {@code mode} says. Without an axis to transform, the broadcast product.
     */
    static NDArray fftconvolve(NDArray in1, NDArray in2, String modeOrNull, int[] axes) {
        String mode = modeOrNull == null ? "full" : modeOrNull;
        if (in1 == null || in2 == null) {
            throw new IllegalArgumentException("in1, in2: null array");
        }
        if (in1.backend() != in2.backend()) {
            throw new IllegalArgumentException("in2: lives on backend " + in2.backend().name() + ", in1 on "
                    + in1.backend().name() + "; copy one with to(backend)");
        }
        if (in1.ndim() == 0 && in2.ndim() == 0) {
            return product("signal.fftconvolve", in1, in2);
        }
        if (in1.ndim() != in2.ndim()) {
            throw new IllegalArgumentException("in1 and in2 should have the same dimensionality: shapes "
                    + Shapes.toString(in1.shape()) + " and " + Shapes.toString(in2.shape()));
        }
        if (in1.size() == 0 || in2.size() == 0) {
            // SciPy's np.array([]), whatever the inputs' shapes and dtypes.
            return NDArray.fromHost(in1.backend(), HostArray.zeros(DType.FLOAT64, 0));
        }
        int nd = in1.ndim();
        int[] s1 = in1.shape();
        int[] s2 = in2.shape();
        boolean[] isAxis = new boolean[nd];
        int[] ax = transformedAxes(axes, s1, s2, isAxis);
        for (int d = 0; d < nd; d++) {
            if (!isAxis[d] && s1[d] != s2[d] && s1[d] != 1 && s2[d] != 1) {
                throw new IllegalArgumentException("incompatible shapes for in1 and in2: " + Shapes.toString(s1)
                        + " and " + Shapes.toString(s2));
            }
        }
        NDArray a = in1;
        NDArray b = in2;
        if ("valid".equals(mode) && swapNeeded(s1, s2, ax)) {
            a = in2;
            b = in1;
        }
        if (!"full".equals(mode) && !"same".equals(mode) && !"valid".equals(mode)) {
            throw new IllegalArgumentException("mode='" + mode + "': acceptable mode flags are 'valid', 'same', or 'full'");
        }
        int[] sa = a.shape();
        int[] sb = b.shape();
        // SciPy's full shape: the sum less one along the transformed axes, the broadcast length elsewhere.
        int[] full = new int[nd];
        for (int d = 0; d < nd; d++) {
            full[d] = isAxis[d] ? sa[d] + sb[d] - 1 : Math.max(sa[d], sb[d]);
        }
        int[] outShape = full.clone();
        int[] start = new int[nd];
        for (int d = 0; d < nd; d++) {
            if (mode.equals("same")) {
                outShape[d] = s1[d];
            } else if (mode.equals("valid") && isAxis[d]) {
                outShape[d] = sa[d] - sb[d] + 1;
            }
            start[d] = (full[d] - outShape[d]) / 2;
        }
        if (ax.length == 0) {
            NDArray p = product("signal.fftconvolve", a, b);
            if (Arrays.equals(p.shape(), outShape)) {
                return p;
            }
            try (p) {
                return OpRouter.run("signal.fftconvolve", p, (backend, x) -> backend.fft().crop(x, start, outShape));
            }
        }
        boolean complex = in1.dtype().isComplex() || in2.dtype().isComplex();
        int[] fshape = new int[ax.length];
        for (int i = 0; i < ax.length; i++) {
            fshape[i] = Fft.nextFastLen(full[ax[i]], !complex);
        }
        NDArray second = b;
        return OpRouter.run("signal.fftconvolve", a, (backend, x) -> {
            // Each input is transformed in its own precision, as SciPy does (a float32 input's
            // spectrum is complex64 even when the other input is float64), then promoted.
            try (Converted y = Converted.of(backend, second, second.dtype());
                    NDArray f1 = complex ? Fft.fftn(x, fshape, ax, null) : Fft.rfftn(x, fshape, ax, null);
                    NDArray f2 = complex ? Fft.fftn(y.array, fshape, ax, null) : Fft.rfftn(y.array, fshape, ax, null);
                    Converted p1 = Converted.of(backend, f1, wider(f1.dtype(), f2.dtype()));
                    Converted p2 = Converted.of(backend, f2, wider(f1.dtype(), f2.dtype()));
                    NDArray p = backend.fft().multiply(p1.array, p2.array);
                    NDArray product = complex ? Fft.ifftn(p, fshape, ax, null) : Fft.irfftn(p, fshape, ax, null)) {
                return backend.fft().crop(product, start, outShape);
            }
        });
    }

    /**
     * NumPy's {@code in1 * in2} with broadcasting, in NumPy's result dtype: floats and complex
     * multiplied in that dtype (float16 through float32, exact before its one rounding), integers and
     * bool in int64, whose wrap-around narrows to theirs.
     */
    private static NDArray product(String op, NDArray in1, NDArray in2) {
        DType r = Casting.promoteTypes(in1.dtype(), in2.dtype());
        DType work;
        switch (r) {
            case FLOAT32: case FLOAT64: case COMPLEX64: case COMPLEX128: work = r; break;
            case FLOAT16: work = DType.FLOAT32; break;
            default: work = DType.INT64; break;
        }
        NDArray second = in2;
        return OpRouter.run(op, in1, (backend, x) -> {
            NDArray z;
            try (Converted p = Converted.of(backend, x, work);
                    Converted q = Converted.of(backend, second, work)) {
                z = backend.fft().multiply(p.array, q.array);
            }
            if (r == work) {
                return z;
            }
            try (z) {
                return backend.astype(z, r);
            }
        });
    }

    private static DType wider(DType a, DType b) {
        return a == DType.COMPLEX128 || b == DType.COMPLEX128 ? DType.COMPLEX128 : DType.COMPLEX64;
    }

    /**
     * The axes to transform, in the order given: SciPy's checks and wording
     * ({@code _init_nd_shape_and_axes}), then the axes where either input has length 1 dropped.
     */
    private static int[] transformedAxes(int[] axes, int[] s1, int[] s2, boolean[] isAxis) {
        int nd = s1.length;
        int[] given;
        if (axes == null) {
            given = new int[nd];
            for (int i = 0; i < nd; i++) {
                given[i] = i;
            }
        } else {
            given = new int[axes.length];
            boolean[] seen = new boolean[nd];
            for (int i = 0; i < axes.length; i++) {
                int a = axes[i] < 0 ? axes[i] + nd : axes[i];
                if (a < 0 || a >= nd) {
                    throw new IllegalArgumentException("axes=" + axes[i] + ": axes exceeds dimensionality of input"
                            + " (in1 has " + nd + " axes)");
                }
                given[i] = a;
            }
            for (int a : given) {
                if (seen[a]) {
                    throw new IllegalArgumentException("axes=" + Arrays.toString(axes) + ": all axes must be unique");
                }
                seen[a] = true;
            }
            if (axes.length == 0) {
                throw new IllegalArgumentException("axes=[]: when provided, axes cannot be empty");
            }
        }
        int[] kept = new int[given.length];
        int count = 0;
        for (int a : given) {
            if (s1[a] != 1 && s2[a] != 1) {
                kept[count++] = a;
                isAxis[a] = true;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** SciPy's {@code _inputs_swap_needed} for 'valid' mode over the transformed axes. */
    private static boolean swapNeeded(int[] s1, int[] s2, int[] axes) {
        boolean ok1 = true;
        boolean ok2 = true;
        for (int d : axes) {
            ok1 &= s1[d] >= s2[d];
            ok2 &= s2[d] >= s1[d];
        }
        if (!ok1 && !ok2) {
            throw new IllegalArgumentException("For 'valid' mode, one must be at least as large as the other in every"
                    + " dimension (in1 shape " + Shapes.toString(s1) + ", in2 shape " + Shapes.toString(s2) + ")");
        }
        return !ok1;
    }

    static NDArray detrend(NDArray data, int axis, String type, int[] bp) {
        if (data == null) {
            throw new IllegalArgumentException("data: null array");
        }
        if (data.ndim() == 0) {
            throw new IllegalArgumentException("data: a 0-d array has no axis to detrend");
        }
        int ax = Shapes.normalizeAxis("axis", axis, data.ndim());
        String t = type == null ? "linear" : type;
        boolean linear;
        if (t.equals("linear") || t.equals("l")) {
            linear = true;
        } else if (t.equals("constant") || t.equals("c")) {
            linear = false;
        } else {
            throw new IllegalArgumentException("type='" + type + "': trend type must be 'linear' or 'constant'");
        }
        if (data.dtype().isComplex()) {
            throw new IllegalArgumentException("data: complex input (" + data.dtype() + ") is not supported by detrend yet");
        }
        int n = data.shape(ax);
        TreeSet<Integer> points = new TreeSet<>();
        points.add(0);
        points.add(n);
        if (linear && bp != null) {
            for (int p : bp) {
                if (p > n) {
                    throw new IllegalArgumentException("bp=" + Arrays.toString(bp)
                            + ": breakpoints must be less than length of data along given axis (" + n + ")");
                }
                if (p < 0) {
                    throw new IllegalArgumentException("bp=" + Arrays.toString(bp) + ": breakpoints must not be negative");
                }
                points.add(p);
            }
        }
        int[] breakpoints = points.stream().mapToInt(Integer::intValue).toArray();
        DType rt = data.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        return OpRouter.run("signal.detrend", data, (backend, in) -> {
            try (Converted r = Converted.of(backend, in, rt)) {
                return backend.fft().detrend(r.array, ax, linear, breakpoints);
            }
        });
    }

    /** An array on a backend in a working dtype; closed afterwards only when a conversion or copy made it. */
    static final class Converted implements AutoCloseable {
        final NDArray array;
        private final boolean owned;

        private Converted(NDArray array, boolean owned) {
            this.array = array;
            this.owned = owned;
        }

        static Converted of(Backend backend, NDArray in, DType t) {
            if (in.backend() == backend && in.dtype() == t) {
                return new Converted(in, false);
            }
            backend.requireSupported(t, "in");
            if (in.backend() == backend) {
                return new Converted(backend.astype(in, t), true);
            }
            NDArray moved = in.copyTo(backend);
            if (moved.dtype() == t) {
                return new Converted(moved, true);
            }
            try (moved) {
                return new Converted(backend.astype(moved, t), true);
            }
        }

        @Override
        public void close() {
            if (owned) {
                array.close();
            }
        }
    }
}
