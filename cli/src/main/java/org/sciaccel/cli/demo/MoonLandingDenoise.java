package org.sciaccel.cli.demo;

import java.nio.file.Path;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.fft.Fft;
import org.sciaccel.numpy.Numpy;

/**
 * The lecture notes' moon-landing exercise as one pipeline on a backend: the image as value/255 (rounded to
 * float32, as Matplotlib's imread gives it, then widened to double), its 2-D FFT, the central {@code 1 - 2*KEEP}
 * of the rows and of the columns of the spectrum zeroed by slice assignment ({@code f[r0:r1] = 0},
 * {@code f[:, c0:c1] = 0}, as the notes do), the real part of the inverse 2-D FFT, and its min, max and standard
 * deviation by reductions. Everything runs on the given backend: only the image goes there, and only the
 * denoised image and the three numbers come back.
 */
public final class MoonLandingDenoise {
    static final String IMAGE = "scipy-lectures/moonlanding.png";
    static final double KEEP = 0.1;

    private MoonLandingDenoise() {
    }

    /**
     * The denoised image and its statistics.
     *
     * @param clean the real part of the inverse FFT (float64, the image's shape)
     * @param min   {@code clean.min()}
     * @param max   {@code clean.max()}
     * @param std   {@code clean.std()} (NumPy's population standard deviation)
     * @param moved the bytes the pipeline copied between host and backend
     */
    public record Result(HostArray clean, double min, double max, double std, Transfers moved) {
    }

    /** The image as the notes load it: float64 holding (float) (pixel / 255f). */
    public static HostArray load(Path file) {
        HostArray raw = ImageFiles.readGray(file);
        double[] v = new double[raw.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (raw.getDouble(i) / 255f);
        }
        return new HostArray(DType.FLOAT64, raw.shape(), v);
    }

    /** Denoises {@code image} (float64, as {@link #load} gives it) on {@code backend}. */
    public static Result denoise(Backend backend, HostArray image) {
        int rows = image.shape()[0];
        int cols = image.shape()[1];
        int r0 = (int) (rows * KEEP);
        int r1 = (int) (rows * (1 - KEEP));
        int c0 = (int) (cols * KEEP);
        int c1 = (int) (cols * (1 - KEEP));
        Transfers.Meter meter = Transfers.start(backend);
        try (NDArray in = NDArray.fromHost(backend, image); NDArray spectrum = Fft.fft2(in)) {
            spectrum.set(r0 + ":" + r1, 0).set(":, " + c0 + ":" + c1, 0);
            try (NDArray back = Fft.ifft2(spectrum);
                    NDArray clean = Numpy.real(back);
                    NDArray min = clean.min();
                    NDArray max = clean.max();
                    NDArray std = clean.std()) {
                // Arguments are evaluated left to right: the meter stops after the last read.
                return new Result(clean.toHost(), min.doubleValue(), max.doubleValue(), std.doubleValue(), meter.stop());
            }
        }
    }

    /** What the input and outputs alone make: the float64 image in; the denoised image and three float64s out. */
    static Transfers inputAndOutputs(HostArray image) {
        long bytes = (long) image.size() * DType.FLOAT64.itemSize();
        return new Transfers(bytes, bytes + 3 * DType.FLOAT64.itemSize());
    }
}
