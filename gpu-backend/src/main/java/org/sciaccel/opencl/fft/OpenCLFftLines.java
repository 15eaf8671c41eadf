package org.sciaccel.opencl.fft;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClContext;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * Complex FFTs of lines on an OpenCL device, batched over outer x inner lines in place: mixed-radix
 * Stockham passes ({@code fft/stockham.cl}, one program per radix and type) ping-ponging between
 * two buffers when every prime factor is at most {@value #MAX_DIRECT_PRIME}, otherwise Bluestein's
 * algorithm: chirp premultiply, a power-of-two transform, pointwise product with the transformed
 * chirp, inverse transform, postmultiply ({@code fft/fft_lines.cl}), all on the device. The chirp
 * and its transform are cached per length, type and direction for the backend's lifetime.
 */
final class OpenCLFftLines {
    static final int MAX_DIRECT_PRIME = 31;
    private static final String PASSES = "fft/stockham.cl";
    private static final String LINES = "fft/fft_lines.cl";
    private static final String LOCAL_PASSES = "fft/stockham_local.cl";
    /** System property: {@code auto} (local-memory kernel on GPUs and accelerators), {@code on} or {@code off}. */
    static final String LOCAL_PROPERTY = "sciaccel.opencl.fftLocal";

    private final OpenCLBackend backend;
    private final ConcurrentHashMap<String, cl_mem> chirps = new ConcurrentHashMap<>();

    OpenCLFftLines(OpenCLBackend backend) {
        this.backend = backend;
    }

    /** Cached chirp buffers held by this plan cache (not arrays, so not in the backend's live allocations). */
    int cachedBuffers() {
        return chirps.size();
    }

    /**
     * Releases the cached chirp buffers; called by the backend's close (under its write lock, so no
     * transform is in progress) before the context goes.
     */
    void releaseCache() {
        for (String key : chirps.keySet()) {
            cl_mem mem = chirps.remove(key);
            if (mem != null) {
                CL.clReleaseMemObject(mem);
            }
        }
    }

    /**
     * Transforms the outer x n x inner complex array in {@code work}, scaled. Takes ownership of
     * {@code work}: returns the buffer holding the result (work or a new one) and releases the
     * other; on failure releases both.
     */
    DeviceBuffer run(DeviceBuffer work, DType t, int outer, int n, int inner, boolean forward, double scale) {
        if ((long) outer * inner == 0) {
            return work;
        }
        int[] radices = factor(n);
        boolean bluestein = n > 1 && radices[radices.length - 1] > MAX_DIRECT_PRIME;
        long bytes = (long) outer * n * inner * t.itemSize();
        // Both buffers are the scope's until the one holding the result is returned; the other goes when it closes.
        try (DeviceScope scope = backend.cl().scope()) {
            scope.own(work);
            DeviceBuffer other = scope.allocate(bytes, "fft ping-pong " + t);
            DeviceBuffer result;
            if (n == 1) {
                long count = (long) outer * inner;
                elementwise("fft_scale", t, count, work.mem(), other.mem(), count, real(t, scale));
                result = other;
            } else if (bluestein) {
                bluestein(work, other, t, outer, n, inner, forward, scale);
                result = other;
            } else if (local(work, other, t, outer, n, inner, forward, scale, radices)) {
                result = other;
            } else {
                result = passes(work, other, t, outer, n, inner, forward, scale, radices);
            }
            return scope.keep(result);
        }
    }

    /**
     * The whole transform of each line in local memory (one work-group per line), when two copies of
     * a line fit the device's local memory, on GPUs and accelerators ({@value #LOCAL_PROPERTY}:
     * {@code auto}, the default; {@code on} also on CPU devices; {@code off} never).
     *
     * @return false when the line does not fit (nothing was launched)
     */
    private boolean local(DeviceBuffer x, DeviceBuffer y, DType t, int outer, int n, int inner, boolean forward,
            double scale, int[] radices) {
        String mode = System.getProperty(LOCAL_PROPERTY, "auto").trim();
        if (mode.equalsIgnoreCase("off")
                || (!mode.equalsIgnoreCase("on") && backend.deviceInfo().type().equals("CPU"))) {
            // On CPU devices (PoCL) a work-group's barriers cost more than the global passes'
            // extra memory traffic: measured 6.9 s against 1.5 s for rfft2 of 2048 x 2048.
            return false;
        }
        ClKernel k = backend.cl().kernels().program(KernelSource.resource(LOCAL_PASSES),
                options(t) + " -D MAX_RADIX=" + (MAX_DIRECT_PRIME + 1)).kernel("fft_stockham_local" + suffix(t));
        long lineBytes = (long) n * t.itemSize();
        long available = backend.deviceInfo().localMemBytes() - k.staticLocalMemBytes();
        if (2 * lineBytes > available) {
            return false;
        }
        long group = Math.max(1, Math.min(k.workGroupFor(ClContext.WORK_GROUP_CAP),
                Long.highestOneBit(Math.max(1, n / 2))));
        long lines = (long) outer * inner;
        try (DeviceScope scope = backend.cl().scope()) {
            cl_mem r = scope.copy(Pointer.to(radices), (long) radices.length * 4);
            backend.cl().launch(k, new long[] {lines * group}, new long[] {group}, x.mem(), y.mem(), r, radices.length, n,
                    inner, outer, forward ? 1 : -1, real(t, scale), new ClKernel.LocalBytes(lineBytes),
                    new ClKernel.LocalBytes(lineBytes));
        }
        return true;
    }

    /** The radix passes from {@code a} (ping-pong with {@code b}); returns whichever holds the result. */
    private DeviceBuffer passes(DeviceBuffer a, DeviceBuffer b, DType t, int outer, int n, int inner,
            boolean forward, double scale, int[] radices) {
        DeviceBuffer x = a;
        DeviceBuffer y = b;
        int len = n;
        int s = 1;
        for (int p = 0; p < radices.length; p++) {
            int r = radices[p];
            int m = len / r;
            double sc = p == radices.length - 1 ? scale : 1.0;
            String variant = suffix(t) + "_r" + r;
            ClKernel k = backend.cl().kernels().program(KernelSource.resource(PASSES), options(t, variant) + " -D RADIX=" + r)
                    .kernel("fft_stockham_pass" + variant);
            backend.cl().launchGrid(k, new long[] {(long) inner * s, m, outer}, x.mem(), y.mem(), n, m, s, inner, outer,
                    forward ? 1 : -1, real(t, sc));
            DeviceBuffer tmp = x;
            x = y;
            y = tmp;
            len = m;
            s *= r;
        }
        return x;
    }

    /** Bluestein from {@code x} into {@code y} (both outer x n x inner). */
    private void bluestein(DeviceBuffer x, DeviceBuffer y, DType t, int outer, int n, int inner, boolean forward,
            double scale) {
        int m = Integer.highestOneBit(2 * n - 1);
        if (m < 2 * n - 1) {
            m <<= 1;
        }
        int sign = forward ? 1 : -1;
        cl_mem chirp = chirp(t, n);
        cl_mem spectrum = chirpSpectrum(t, n, m, forward);
        long bytes = (long) outer * m * inner * t.itemSize();
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer a = scope.allocate(bytes, "bluestein work " + t);
            DeviceBuffer b = scope.allocate(bytes, "bluestein ping-pong " + t);
            int[] radices = factor(m);
            ClProgram lines = backend.cl().kernels().program(KernelSource.resource(LINES), options(t));
            backend.cl().launchGrid(lines.kernel("bluestein_premultiply" + suffix(t)), new long[] {inner, m, outer},
                    x.mem(), a.mem(), chirp, n, m, inner, outer, sign);
            DeviceBuffer f = passes(a, b, t, outer, m, inner, true, 1.0, radices);
            backend.cl().launchGrid(lines.kernel("bluestein_pointwise" + suffix(t)), new long[] {inner, m, outer},
                    f.mem(), spectrum, m, inner, outer);
            DeviceBuffer g = passes(f, f == a ? b : a, t, outer, m, inner, false, 1.0, radices);
            backend.cl().launchGrid(lines.kernel("bluestein_postmultiply" + suffix(t)), new long[] {inner, n, outer},
                    g.mem(), y.mem(), chirp, n, m, inner, outer, sign, real(t, scale / m));
        }
    }

    /** exp(-pi i j^2 / n) for j < n, with j^2 reduced mod 2n exactly; cached per type and length. */
    private cl_mem chirp(DType t, int n) {
        return chirps.computeIfAbsent(t + ":chirp:" + n, key -> {
            double[] c = new double[2 * n];
            long twoN = 2L * n;
            for (int j = 0; j < n; j++) {
                long e = ((long) j * j) % twoN;
                double ang = -Math.PI * e / n;
                c[2 * j] = Math.cos(ang);
                c[2 * j + 1] = Math.sin(ang);
            }
            return constant(t, c);
        });
    }

    /**
     * The transform (length m) of the convolution kernel conj(chirp) (forward) or chirp (inverse),
     * wrapped around, computed on the device by the same passes and cached.
     */
    private cl_mem chirpSpectrum(DType t, int n, int m, boolean forward) {
        return chirps.computeIfAbsent(t + ":spectrum:" + n + ":" + forward, key -> {
            double sign = forward ? 1 : -1;
            double[] b = new double[2 * m];
            long twoN = 2L * n;
            for (int j = 0; j < n; j++) {
                long e = ((long) j * j) % twoN;
                double ang = -Math.PI * e / n;
                double br = Math.cos(ang);
                double bi = -sign * Math.sin(ang);
                b[2 * j] = br;
                b[2 * j + 1] = bi;
                if (j > 0) {
                    b[2 * (m - j)] = br;
                    b[2 * (m - j) + 1] = bi;
                }
            }
            long bytes = (long) m * t.itemSize();
            // The chirp's upload and the transform's buffers go when the scope closes; only the spectrum is cached.
            try (DeviceScope scope = backend.cl().scope()) {
                // complex values are interleaved reals
                cl_mem src = realConstant(scope, t == DType.COMPLEX128, b);
                DeviceBuffer x = scope.allocate(bytes, "bluestein chirp spectrum");
                DeviceBuffer y = scope.allocate(bytes, "bluestein chirp spectrum");
                backend.cl().copyBuffer(src, 0, x.mem(), 0, bytes);
                DeviceBuffer r = passes(x, y, t, 1, m, 1, true, 1.0, factor(m));
                cl_mem kept = constant(t, new double[2 * m]);
                backend.cl().copyBuffer(r.mem(), 0, kept, 0, bytes);
                backend.cl().awaitQueue("Bluestein chirp spectrum");
                return kept;
            } catch (CLException e) {
                throw backend.cl().failure(e, "computing the Bluestein chirp spectrum", bytes);
            }
        });
    }

    /** A device copy of complex values in the type's precision, owned by this plan cache (not an array). */
    private cl_mem constant(DType t, double[] values) {
        if (t == DType.COMPLEX128) {
            return backend.cl().temporaryCopy(Pointer.to(values), (long) values.length * 8);
        }
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return backend.cl().temporaryCopy(Pointer.to(f), (long) f.length * 4);
    }

    /** A line kernel of fft_lines.cl over inner x lenOut x outer work-items. */
    void lines(String name, DType t, DeviceBuffer in, DeviceBuffer out, int lenIn, int lenOut, int inner, int outer,
            int copy) {
        long count = (long) inner * lenOut * outer;
        if (count == 0) {
            return;
        }
        if (in.mem() == null) {
            // An empty input (lenIn 0: no device buffer) copies nothing: every output element is a zero pad.
            backend.cl().fillZero(out.mem(), 0, count * t.itemSize());
            return;
        }
        ClKernel k = backend.cl().kernels().program(KernelSource.resource(LINES), options(t)).kernel(name + suffix(t));
        backend.cl().launchGrid(k, new long[] {inner, lenOut, outer}, in.mem(), out.mem(), lenIn, lenOut, inner, outer, copy);
    }

    /** An element-wise kernel of fft_lines.cl over {@code count} work-items. */
    void elementwise(String name, DType t, long count, Object... args) {
        if (count == 0) {
            return;
        }
        ClKernel k = backend.cl().kernels().program(KernelSource.resource(LINES), options(t)).kernel(name + suffix(t));
        backend.cl().launch1d(k, count, args);
    }

    /** numpy.roll along one axis on raw bytes. */
    void roll(DeviceBuffer in, DeviceBuffer out, int len, long rowBytes, int outer, int shift) {
        ClKernel k = backend.cl().kernels().program(KernelSource.resource(LINES), options(DType.COMPLEX64))
                .kernel("fft_roll_bytes");
        backend.cl().launchGrid(k, new long[] {rowBytes, len, outer}, in.mem(), out.mem(), len, rowBytes, outer, shift);
    }

    /** A crop along one axis on raw bytes. */
    void crop(DeviceBuffer in, DeviceBuffer out, int lenIn, int lenOut, long rowBytes, int outer, int start) {
        ClKernel k = backend.cl().kernels().program(KernelSource.resource(LINES), options(DType.COMPLEX64))
                .kernel("fft_crop_bytes");
        backend.cl().launchGrid(k, new long[] {rowBytes, lenOut, outer}, in.mem(), out.mem(), lenIn, lenOut, rowBytes,
                outer, start);
    }

    /** A device-to-device copy of {@code bytes}. */
    void copy(DeviceBuffer in, DeviceBuffer out, long bytes) {
        if (bytes == 0) {
            return;
        }
        backend.cl().copyBuffer(in.mem(), 0, out.mem(), 0, bytes);
    }

    /**
     * z = x * y with NumPy's broadcasting; {@code geometry} holds per axis the result's length and the
     * element strides of x and y (0 where they broadcast). Complex, float and int64 products.
     */
    void multiplyBroadcast(DeviceBuffer x, DeviceBuffer y, DeviceBuffer z, DType t, long[] geometry, int ndim,
            long count) {
        if (count == 0) {
            return;
        }
        // The kernels of one precision live in the program built for its complex type; int64 needs no fp64.
        DType family = t == DType.FLOAT64 || t == DType.COMPLEX128 ? DType.COMPLEX128 : DType.COMPLEX64;
        String name;
        switch (t) {
            case COMPLEX64: case COMPLEX128: name = "fft_multiply_broadcast" + suffix(t); break;
            case FLOAT32: case FLOAT64: name = "fft_multiply_broadcast_real" + suffix(family); break;
            case INT64: name = "fft_multiply_broadcast_int64"; break;
            default: throw new IllegalArgumentException("multiply: dtype " + t + " is not one of the product types");
        }
        try (DeviceScope scope = backend.cl().scope()) {
            long[] g = geometry.length == 0 ? new long[3] : geometry;
            cl_mem geo = scope.copy(Pointer.to(g), (long) g.length * 8);
            ClKernel k = backend.cl().kernels().program(KernelSource.resource(LINES), options(family)).kernel(name);
            backend.cl().launch1d(k, count, x.mem(), y.mem(), z.mem(), geo, ndim, count);
        }
    }

    /** resample's spectrum of num bins from len bins along the axis (FftOps.resizeSpectrum). */
    void resizeSpectrum(DeviceBuffer in, DeviceBuffer out, DType t, int len, int num, int inner, int outer) {
        if ((long) inner * num * outer == 0) {
            return;
        }
        ClKernel k = backend.cl().kernels().program(KernelSource.resource(LINES), options(t))
                .kernel("fft_resize_spectrum" + suffix(t));
        backend.cl().launchGrid(k, new long[] {inner, num, outer}, in.mem(), out.mem(), len, num, inner, outer);
    }

    /** out = in with position t along the axis multiplied by factors[t] (complex). */
    void scaleAlongAxis(DeviceBuffer in, DeviceBuffer out, DType t, double[] factors, int len, int inner, int outer) {
        if ((long) len * inner * outer == 0) {
            return;
        }
        try (DeviceScope scope = backend.cl().scope()) {
            cl_mem f = realConstant(scope, t == DType.COMPLEX128, factors);
            ClKernel k = backend.cl().kernels().program(KernelSource.resource(LINES), options(t))
                    .kernel("fft_scale_along_axis" + suffix(t));
            backend.cl().launchGrid(k, new long[] {inner, len, outer}, in.mem(), out.mem(), f, len, inner, outer);
        }
    }

    /** scipy.signal.detrend of every line of a real array (float32 or float64). */
    void detrend(DeviceBuffer in, DeviceBuffer out, DType t, int[] bp, int len, int inner, int outer, boolean linear) {
        if ((long) len * inner * outer == 0) {
            return;
        }
        try (DeviceScope scope = backend.cl().scope()) {
            cl_mem points = scope.copy(Pointer.to(bp), (long) bp.length * 4);
            boolean dbl = t == DType.FLOAT64;
            String sfx = "_" + t.numpyName();
            String opts = ("-D REAL_T=" + (dbl ? "double" : "float") + " -D ACC_T="
                    + (backend.hasFp64() ? "double" : "float") + " -D KERNEL_SUFFIX=" + sfx + " "
                    + backend.cl().fp64Option()).trim();
            ClKernel k = backend.cl().kernels().program(KernelSource.resource("fft/detrend.cl"), opts)
                    .kernel("detrend_lines" + sfx);
            backend.cl().launchGrid(k, new long[] {inner, outer}, in.mem(), out.mem(), points, bp.length - 1, len, inner,
                    outer, linear ? 1 : 0);
        }
    }

    private static cl_mem realConstant(DeviceScope scope, boolean dbl, double[] values) {
        if (dbl) {
            return scope.copy(Pointer.to(values), (long) values.length * 8);
        }
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return scope.copy(Pointer.to(f), (long) f.length * 4);
    }

    /** A scalar kernel argument in the type's precision. */
    Object real(DType t, double v) {
        return t == DType.COMPLEX128 ? (Object) v : (Object) (float) v;
    }

    private String options(DType t) {
        return options(t, suffix(t));
    }

    private String options(DType t, String kernelSuffix) {
        boolean dbl = t == DType.COMPLEX128;
        return ("-D REAL_T=" + (dbl ? "double" : "float") + " -D CPLX_T=" + (dbl ? "double2" : "float2")
                + " -D KERNEL_SUFFIX=" + kernelSuffix + " " + backend.cl().fp64Option()).trim();
    }

    private static String suffix(DType t) {
        return "_" + t.numpyName();
    }

    /** Radices in pass order: eights, then a four or a two, then odd primes ascending (the last is the largest). */
    static int[] factor(int n) {
        List<Integer> f = new ArrayList<>();
        int r = n;
        while (r % 8 == 0) {
            f.add(8);
            r /= 8;
        }
        while (r % 4 == 0) {
            f.add(4);
            r /= 4;
        }
        if (r % 2 == 0) {
            f.add(2);
            r /= 2;
        }
        for (int p = 3; (long) p * p <= r; p += 2) {
            while (r % p == 0) {
                f.add(p);
                r /= p;
            }
        }
        if (r > 1) {
            f.add(r);
        }
        if (f.isEmpty()) {
            f.add(1);
        }
        int[] out = new int[f.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.get(i);
        }
        return out;
    }
}
