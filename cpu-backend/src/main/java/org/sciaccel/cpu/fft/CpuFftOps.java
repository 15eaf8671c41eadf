package org.sciaccel.cpu.fft;

import java.util.Set;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.FftOps;

/**
 * The CPU backend's FFTs: mixed-radix Stockham and Bluestein plans, in double precision for
 * complex128/float64 ({@link CpuFftPlanD}) and in single precision for complex64/float32
 * ({@link CpuFftPlanF}).
 */
public final class CpuFftOps implements FftOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.FFT);

    private final CpuBackend backend;

    /** The FFT ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuFftOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray c2c(NDArray input, int axis, int n, boolean forward, double scale) {
        backend.checkOpen();
        return backend.wrap(CpuFftLines.c2c(backend.host(input, "x"), axis, n, forward, scale, backend.threads()));
    }

    @Override
    public NDArray r2c(NDArray input, int axis, int n, double scale) {
        backend.checkOpen();
        return backend.wrap(CpuFftLines.r2c(backend.host(input, "x"), axis, n, scale, backend.threads()));
    }

    @Override
    public NDArray c2r(NDArray input, int axis, int n, double scale) {
        backend.checkOpen();
        return backend.wrap(CpuFftLines.c2r(backend.host(input, "x"), axis, n, scale, backend.threads()));
    }

    @Override
    public NDArray conj(NDArray input) {
        backend.checkOpen();
        HostArray h = backend.host(input, "x").copy();
        Object d = h.data();
        if (d instanceof float[]) {
            float[] a = (float[]) d;
            for (int i = 1; i < a.length; i += 2) {
                a[i] = -a[i];
            }
        } else {
            double[] a = (double[]) d;
            for (int i = 1; i < a.length; i += 2) {
                a[i] = -a[i];
            }
        }
        return backend.wrap(h);
    }

    @Override
    public NDArray roll(NDArray input, int axis, int shift) {
        backend.checkOpen();
        HostArray in = backend.host(input, "x");
        int[] shape = in.shape();
        HostArray out = HostArray.zeros(in.dtype(), shape);
        int outer = Shapes.outer(shape, axis);
        int inner = Shapes.inner(shape, axis) * in.dtype().javaValuesPerElement();
        int len = shape[axis];
        // Each outer block is len rows of inner values: two contiguous copies per block.
        int head = (len - shift) * inner;
        int tail = shift * inner;
        for (int o = 0; o < outer; o++) {
            int base = o * len * inner;
            System.arraycopy(in.data(), base, out.data(), base + tail, head);
            System.arraycopy(in.data(), base + head, out.data(), base, tail);
        }
        return backend.wrap(out);
    }

    @Override
    public NDArray multiply(NDArray a, NDArray b) {
        backend.checkOpen();
        return backend.wrap(CpuSignalLines.multiply(backend.host(a, "in1"), backend.host(b, "in2"), backend.threads()));
    }

    @Override
    public NDArray resizeSpectrum(NDArray input, int axis, int num) {
        backend.checkOpen();
        return backend.wrap(CpuSignalLines.resizeSpectrum(backend.host(input, "x"), axis, num,
                backend.threads()));
    }

    @Override
    public NDArray crop(NDArray input, int[] start, int[] shape) {
        backend.checkOpen();
        return backend.wrap(CpuSignalLines.crop(backend.host(input, "x"), start, shape));
    }

    @Override
    public NDArray scaleAlongAxis(NDArray input, int axis, double[] factors) {
        backend.checkOpen();
        return backend.wrap(CpuSignalLines.scaleAlongAxis(backend.host(input, "x"), axis, factors));
    }

    @Override
    public NDArray detrend(NDArray input, int axis, boolean linear, int[] breakpoints) {
        backend.checkOpen();
        return backend.wrap(CpuSignalLines.detrend(backend.host(input, "data"), axis, linear, breakpoints,
                backend.threads()));
    }
}
