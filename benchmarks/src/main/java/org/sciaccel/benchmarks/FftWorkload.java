package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.fft.Fft;

/**
 * One FFT timed: the FFT family's speed targets (a complex64 {@code fft} of 2^22 points, an
 * {@code rfft2} of a 2048x2048 float32 image and a complex128 {@code fft} of the prime length
 * 1000003) in the runner, more shapes and dtypes in {@link FftSizesComparison}.
 */
public final class FftWorkload implements Workload {
    /** Which transform is timed. */
    public enum Kind {
        FFT("fft"), RFFT2("rfft2"), FFT2("fft2"), IRFFT2("irfft2");

        final String function;

        Kind(String function) {
            this.function = function;
        }
    }

    private final Kind kind;
    private final int[] shape;
    private final DType dtype;

    public FftWorkload(Kind kind, DType dtype, int... shape) {
        this.kind = kind;
        this.shape = shape.clone();
        this.dtype = dtype;
    }

    @Override
    public String id() {
        StringBuilder b = new StringBuilder(kind.function).append('-');
        for (int i = 0; i < shape.length; i++) {
            b.append(i > 0 ? "x" : "").append(shape[i]);
        }
        String t = dtype == DType.COMPLEX64 ? "c64" : dtype == DType.COMPLEX128 ? "c128"
                : dtype == DType.FLOAT64 ? "f64" : "f32";
        return b.append('-').append(t).toString();
    }

    @Override
    public String description() {
        return "`fft." + kind.function + "`, " + Shapes.toString(shape).replace(", ", "×")
                .replace("(", "").replace(",)", "").replace(")", "") + " " + dtype;
    }

    /** Uniform random values (real and imaginary parts for complex types), seed 42. */
    private HostArray input() {
        int count = Shapes.size(shape) * dtype.javaValuesPerElement();
        SplittableRandom r = new SplittableRandom(42);
        if (dtype == DType.COMPLEX128 || dtype == DType.FLOAT64) {
            double[] d = new double[count];
            for (int i = 0; i < count; i++) {
                d[i] = r.nextDouble();
            }
            return new HostArray(dtype, shape, d);
        }
        float[] f = new float[count];
        for (int i = 0; i < count; i++) {
            f[i] = (float) r.nextDouble();
        }
        return new HostArray(dtype, shape, f);
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        NDArray input = NDArray.fromHost(backend, input());
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = transform(input)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                input.close();
            }
        };
    }

    private NDArray transform(NDArray input) {
        switch (kind) {
            case FFT: return Fft.fft(input);
            case RFFT2: return Fft.rfft2(input);
            case FFT2: return Fft.fft2(input);
            default: return Fft.irfft2(input);
        }
    }

    @Override
    public String scipySetup() {
        String dims = shape.length == 1 ? "(" + shape[0] + ",)" : "(" + shape[0] + ", " + shape[1] + ")";
        if (dtype == DType.FLOAT32 || dtype == DType.FLOAT64) {
            return "a = np.random.default_rng(42).random(" + dims + ", dtype=np." + dtype.numpyName() + ")";
        }
        String t = dtype == DType.COMPLEX64 ? "np.float32" : "np.float64";
        return "g = np.random.default_rng(42); a = (g.random(" + dims + ", dtype=" + t + ") + 1j * g.random(" + dims
                + ", dtype=" + t + ")).astype(np." + dtype.numpyName() + ")";
    }

    @Override
    public String scipyStatement() {
        return "scipy.fft." + kind.function + "(a)";
    }
}
