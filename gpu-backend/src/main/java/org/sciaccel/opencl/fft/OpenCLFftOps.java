package org.sciaccel.opencl.fft;

import java.util.Arrays;
import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.FftOps;

/**
 * The OpenCL backend's FFTs: every primitive runs as kernels on the device and leaves its result
 * there ({@link OpenCLFftLines} for the transforms, {@code fft/fft_lines.cl} for the data
 * movement around them). Arrays are viewed as outer x len x inner around the axis, so every axis
 * is transformed in place without transposes.
 */
public final class OpenCLFftOps implements FftOps {
    /**
     * The ops implemented here: the registry's whole fft family ({@code fftfreq}, {@code rfftfreq},
     * {@code next_fast_len} and the windows are computed on the host by the facade and stored on
     * this backend).
     */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.FFT);

    private final OpenCLBackend backend;
    private final OpenCLFftLines transform;

    public OpenCLFftOps(OpenCLBackend backend) {
        this.backend = backend;
        this.transform = new OpenCLFftLines(backend);
    }

    /** Releases the transform's cached chirp buffers; for the backend's close, under its write lock. */
    public void releaseCache() {
        transform.releaseCache();
    }

    /** The transform's plan cache (chirp buffers), for the tests. */
    OpenCLFftLines transform() {
        return transform;
    }

    @Override
    public NDArray c2c(NDArray input, int axis, int n, boolean forward, double scale) {
        return backend.guarded(() -> {
            DType t = input.dtype();
            backend.requireSupported(t, "x");
            int[] shape = input.shape();
            Lines g = new Lines(shape, axis);
            DeviceBuffer in = backend.bufferOf(input, "fft input");
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer work = scope.allocate(g.bytes(n, t), "fft work " + t);
                transform.lines("fft_pad_complex", t, in, work, g.len, n, g.inner, g.outer, Math.min(g.len, n));
                // run takes the work buffer over and returns the one holding the result, which goes to the caller
                DeviceBuffer result = transform.run(scope.keep(work), t, g.outer, n, g.inner, forward, scale);
                shape[axis] = n;
                return NDArray.wrap(backend, t, shape, result);
            }
        });
    }

    @Override
    public NDArray r2c(NDArray input, int axis, int n, double scale) {
        return backend.guarded(() -> {
            DType ct = input.dtype() == DType.FLOAT32 ? DType.COMPLEX64 : DType.COMPLEX128;
            backend.requireSupported(ct, "x");
            int[] shape = input.shape();
            Lines g = new Lines(shape, axis);
            int half = n / 2 + 1;
            DeviceBuffer in = backend.bufferOf(input, "rfft input");
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer work = scope.allocate(g.bytes(n, ct), "rfft work " + ct);
                transform.lines("fft_pad_real", ct, in, work, g.len, n, g.inner, g.outer, Math.min(g.len, n));
                // run takes the work buffer over and returns the one holding the spectrum
                DeviceBuffer spectrum = scope.own(transform.run(scope.keep(work), ct, g.outer, n, g.inner, true, scale));
                DeviceBuffer out = scope.allocate(g.bytes(half, ct), "rfft output " + ct);
                transform.lines("fft_pad_complex", ct, spectrum, out, n, half, g.inner, g.outer, half);
                shape[axis] = half;
                return NDArray.wrap(backend, ct, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray c2r(NDArray input, int axis, int n, double scale) {
        return backend.guarded(() -> {
            DType ct = input.dtype();
            DType rt = ct == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
            backend.requireSupported(ct, "x");
            int[] shape = input.shape();
            Lines g = new Lines(shape, axis);
            int half = n / 2 + 1;
            DeviceBuffer in = backend.bufferOf(input, "irfft input");
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer work = scope.allocate(g.bytes(n, ct), "irfft work " + ct);
                transform.lines("fft_hermitian_extend", ct, in, work, g.len, n, g.inner, g.outer, Math.min(g.len, half));
                // run takes the work buffer over and returns the one holding the signal
                DeviceBuffer signal = scope.own(transform.run(scope.keep(work), ct, g.outer, n, g.inner, false, 1.0));
                long count = (long) g.outer * n * g.inner;
                DeviceBuffer out = scope.allocate(count * rt.itemSize(), "irfft output " + rt);
                transform.elementwise("fft_real_part", ct, count, signal.mem(), out.mem(), count,
                        transform.real(ct, scale));
                shape[axis] = n;
                return NDArray.wrap(backend, rt, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray conj(NDArray input) {
        return backend.guarded(() -> {
            DType t = input.dtype();
            DeviceBuffer in = backend.bufferOf(input, "conj input");
            long count = input.size();
            // The output is the scope's until it is returned.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(count * t.itemSize(), "conj output " + t);
                if (count > 0) {
                    transform.elementwise("fft_conj", t, count, in.mem(), out.mem(), count);
                }
                return NDArray.wrap(backend, t, input.shape(), scope.keep(out));
            }
        });
    }

    @Override
    public NDArray roll(NDArray input, int axis, int shift) {
        return backend.guarded(() -> {
            DType t = input.dtype();
            int[] shape = input.shape();
            DeviceBuffer in = backend.bufferOf(input, "fftshift input");
            // The output is the scope's until it is returned.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) input.size() * t.itemSize(), "fftshift output " + t);
                if (input.size() > 0) {
                    transform.roll(in, out, shape[axis], (long) Shapes.inner(shape, axis) * t.itemSize(),
                            Shapes.outer(shape, axis), shift);
                }
                return NDArray.wrap(backend, t, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray multiply(NDArray a, NDArray b) {
        return backend.guarded(() -> {
            DType t = a.dtype();
            int[] sa = a.shape();
            int[] sb = b.shape();
            int nd = sa.length;
            int[] so = new int[nd];
            // Per axis: the result's length, then x's and y's element strides (0 where they broadcast).
            long[] geometry = new long[3 * nd];
            long strideA = 1;
            long strideB = 1;
            for (int d = nd - 1; d >= 0; d--) {
                so[d] = sa[d] == 1 ? sb[d] : sa[d];
                geometry[3 * d] = so[d];
                geometry[3 * d + 1] = sa[d] == 1 && so[d] != 1 ? 0 : strideA;
                geometry[3 * d + 2] = sb[d] == 1 && so[d] != 1 ? 0 : strideB;
                strideA *= sa[d];
                strideB *= sb[d];
            }
            DeviceBuffer x = backend.bufferOf(a, "in1");
            DeviceBuffer y = backend.bufferOf(b, "in2");
            long count = Shapes.size(so);
            // The output is the scope's until it is returned.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(count * t.itemSize(), "product " + t);
                if (t.isComplex() && Arrays.equals(sa, sb)) {
                    transform.elementwise("fft_multiply", t, count, x.mem(), y.mem(), out.mem(), count);
                } else {
                    transform.multiplyBroadcast(x, y, out, t, geometry, nd, count);
                }
                return NDArray.wrap(backend, t, so, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray resizeSpectrum(NDArray input, int axis, int num) {
        return backend.guarded(() -> {
            DType t = input.dtype();
            int[] shape = input.shape();
            Lines g = new Lines(shape, axis);
            DeviceBuffer in = backend.bufferOf(input, "resample spectrum");
            // The output is the scope's until it is returned.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(g.bytes(num, t), "resampled spectrum " + t);
                transform.resizeSpectrum(in, out, t, g.len, num, g.inner, g.outer);
                shape[axis] = num;
                return NDArray.wrap(backend, t, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray crop(NDArray input, int[] start, int[] shape) {
        return backend.guarded(() -> {
            DType t = input.dtype();
            int[] cur = input.shape();
            DeviceBuffer current = backend.bufferOf(input, "crop input");
            // Each pass's output is the scope's; the one holding the result is handed over at the end.
            try (DeviceScope scope = backend.cl().scope()) {
                boolean owned = false;
                // One axis at a time, skipping axes that keep their whole length.
                for (int d = 0; d < cur.length; d++) {
                    if (start[d] == 0 && shape[d] == cur[d]) {
                        continue;
                    }
                    int[] next = cur.clone();
                    next[d] = shape[d];
                    DeviceBuffer out = scope.allocate((long) Shapes.size(next) * t.itemSize(), "crop " + t);
                    if (Shapes.size(next) > 0) {
                        transform.crop(current, out, cur[d], shape[d],
                                (long) Shapes.inner(cur, d) * t.itemSize(), Shapes.outer(cur, d), start[d]);
                    }
                    if (owned) {
                        scope.release(current);
                    }
                    current = out;
                    owned = true;
                    cur = next;
                }
                if (!owned) {
                    long bytes = (long) input.size() * t.itemSize();
                    DeviceBuffer out = scope.allocate(bytes, "crop " + t);
                    current = out;
                    transform.copy(backend.bufferOf(input, "crop input"), out, bytes);
                }
                return NDArray.wrap(backend, t, cur, scope.keep(current));
            }
        });
    }

    @Override
    public NDArray scaleAlongAxis(NDArray input, int axis, double[] factors) {
        return backend.guarded(() -> {
            DType t = input.dtype();
            int[] shape = input.shape();
            Lines g = new Lines(shape, axis);
            DeviceBuffer in = backend.bufferOf(input, "scale input");
            // The output is the scope's until it is returned.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(g.bytes(g.len, t), "scaled " + t);
                transform.scaleAlongAxis(in, out, t, factors, g.len, g.inner, g.outer);
                return NDArray.wrap(backend, t, shape, scope.keep(out));
            }
        });
    }

    @Override
    public NDArray detrend(NDArray input, int axis, boolean linear, int[] breakpoints) {
        return backend.guarded(() -> {
            DType t = input.dtype();
            int[] shape = input.shape();
            Lines g = new Lines(shape, axis);
            DeviceBuffer in = backend.bufferOf(input, "detrend input");
            // The output is the scope's until it is returned.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(g.bytes(g.len, t), "detrended " + t);
                transform.detrend(in, out, t, breakpoints, g.len, g.inner, g.outer, linear);
                return NDArray.wrap(backend, t, shape, scope.keep(out));
            }
        });
    }

    /** An array's extents around one axis. */
    private static final class Lines {
        final int outer;
        final int len;
        final int inner;

        Lines(int[] shape, int axis) {
            outer = Shapes.outer(shape, axis);
            len = shape[axis];
            inner = Shapes.inner(shape, axis);
        }

        long bytes(int lenOut, DType t) {
            return (long) outer * lenOut * inner * t.itemSize();
        }
    }
}
