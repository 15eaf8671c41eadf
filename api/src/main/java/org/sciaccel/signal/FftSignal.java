package org.sciaccel.signal;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.fft.Fft;

/**
 * The FFT-based functions of {@link Signal}: {@code fftconvolve}, {@code resample} and
 * {@code detrend}, composed from the FFT facade and the backends' FFT primitives, so every step
 * runs on the input's backend and intermediates never leave it.
 */
final class FftSignal {
    private FftSignal() {
    }

    static NDArray fftconvolve(NDArray in1, NDArray in2, String mode, int[] axes) {
        if (in1 == null || in2 == null) {
            throw new IllegalArgumentException("in1, in2: null array");
        }
        if (in1.ndim() != in2.ndim()) {
            throw new IllegalArgumentException("in1 and in2 should have the same dimensionality: shapes "
                    + Shapes.toString(in1.shape()) + " and " + Shapes.toString(in2.shape()));
        }
        if (in1.backend() != in2.backend()) {
            throw new IllegalArgumentException("in2: lives on backend " + in2.backend().name() + ", in1 on "
                    + in1.backend().name() + "; copy one with to(backend)");
        }
        String m = mode == null ? "full" : mode.toLowerCase(Locale.ROOT);
        if (!m.equals("full") && !m.equals("same") && !m.equals("valid")) {
            throw new IllegalArgumentException("mode='" + mode + "' must be 'full', 'same' or 'valid'");
        }
        int nd = in1.ndim();
        if (nd == 0) {
            throw new IllegalArgumentException("in1: 0-d arrays have no axis to convolve along");
        }
        boolean[] isAxis = new boolean[nd];
        int[] ax = resolveAxes(axes, nd, isAxis);
        int[] s1 = in1.shape();
        int[] s2 = in2.shape();
        for (int d = 0; d < nd; d++) {
            if (s1[d] == 0 || s2[d] == 0) {
                throw new IllegalArgumentException("in1, in2: empty arrays " + Shapes.toString(s1) + " and "
                        + Shapes.toString(s2) + " are not supported");
            }
            if (!isAxis[d] && s1[d] != s2[d]) {
                throw new IllegalArgumentException("in1 and in2 shapes " + Shapes.toString(s1) + " and "
                        + Shapes.toString(s2) + " must match along axis " + d + ", which is not convolved");
            }
        }
        NDArray a = in1;
        NDArray b = in2;
        if (m.equals("valid")) {
            boolean oneBigger = true;
            boolean twoBigger = true;
            for (int d : ax) {
                oneBigger &= s1[d] >= s2[d];
                twoBigger &= s2[d] >= s1[d];
            }
            if (!oneBigger && !twoBigger) {
                throw new IllegalArgumentException("mode='valid': one of in1 " + Shapes.toString(s1) + " and in2 "
                        + Shapes.toString(s2) + " must be at least as large as the other in every convolved axis");
            }
            if (!oneBigger) {
                a = in2;
                b = in1;
            }
        }
        int[] sa = a.shape();
        int[] sb = b.shape();
        boolean complex = in1.dtype().isComplex() || in2.dtype().isComplex();
        boolean single = isSingle(in1.dtype()) && isSingle(in2.dtype());
        int[] full = sa.clone();
        int[] fshape = new int[ax.length];
        for (int i = 0; i < ax.length; i++) {
            int d = ax[i];
            full[d] = sa[d] + sb[d] - 1;
            fshape[i] = Fft.nextFastLen(full[d], !complex);
        }
        int[] outShape = full.clone();
        int[] start = new int[nd];
        for (int d : ax) {
            int want = m.equals("full") ? full[d] : m.equals("same") ? s1[d] : sa[d] - sb[d] + 1;
            outShape[d] = want;
            start[d] = (full[d] - want) / 2;
        }
        NDArray first = a;
        NDArray second = b;
        return OpRouter.run("signal.fftconvolve", first, (backend, x) -> {
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

    private static DType wider(DType a, DType b) {
        return a == DType.COMPLEX128 || b == DType.COMPLEX128 ? DType.COMPLEX128 : DType.COMPLEX64;
    }

    static NDArray resample(NDArray x, int num, int axis) {
        if (x == null) {
            throw new IllegalArgumentException("x: null array");
        }
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("x: a 0-d array has no axis to resample");
        }
        int ax = Shapes.normalizeAxis("axis", axis, x.ndim());
        if (num < 1) {
            throw new IllegalArgumentException("num=" + num + " must be a positive number of samples");
        }
        if (x.dtype().isComplex()) {
            throw new IllegalArgumentException("x: complex input (" + x.dtype() + ") is not supported by resample yet");
        }
        int nx = x.shape(ax);
        if (nx < 1) {
            throw new IllegalArgumentException("x: the axis " + ax + " to resample is empty");
        }
        // scipy.fft transforms float16 in single precision: resample's result is float32 then.
        DType rt = x.dtype() == DType.FLOAT32 || x.dtype() == DType.FLOAT16 ? DType.FLOAT32 : DType.FLOAT64;
        int n = Math.min(num, nx);
        int nyq = n / 2 + 1;
        return OpRouter.run("signal.resample", x, (backend, in) -> {
            try (Converted r = Converted.of(backend, in, rt);
                    NDArray spectrum = backend.fft().r2c(r.array, ax, nx, 1.0)) {
                int[] keep = spectrum.shape();
                keep[ax] = nyq;
                try (NDArray kept = backend.fft().crop(spectrum, new int[keep.length], keep)) {
                    NDArray y = kept;
                    if (n % 2 == 0 && num != nx) {
                        // SciPy splits or joins the Nyquist component when it is present.
                        double[] f = new double[nyq];
                        Arrays.fill(f, 1.0);
                        f[n / 2] = num < nx ? 2.0 : 0.5;
                        y = backend.fft().scaleAlongAxis(kept, ax, f);
                    }
                    try {
                        return backend.fft().c2r(y, ax, num, 1.0 / nx);
                    } finally {
                        if (y != kept) {
                            y.close();
                        }
                    }
                }
            }
        });
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

    private static boolean isSingle(DType t) {
        return t == DType.FLOAT32 || t == DType.COMPLEX64;
    }

    private static int[] resolveAxes(int[] axes, int nd, boolean[] isAxis) {
        if (axes == null) {
            int[] all = new int[nd];
            for (int i = 0; i < nd; i++) {
                all[i] = i;
                isAxis[i] = true;
            }
            return all;
        }
        if (axes.length == 0) {
            throw new IllegalArgumentException("axes: an empty axes list convolves nothing");
        }
        int[] ax = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            ax[i] = Shapes.normalizeAxis("axes", axes[i], nd);
            if (isAxis[ax[i]]) {
                throw new IllegalArgumentException("axes=" + Arrays.toString(axes) + ": all axes must be unique");
            }
            isAxis[ax[i]] = true;
        }
        Arrays.sort(ax);
        return ax;
    }

    /** An array on a backend in a working dtype; closed afterwards only when a conversion or copy made it. */
    private static final class Converted implements AutoCloseable {
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
