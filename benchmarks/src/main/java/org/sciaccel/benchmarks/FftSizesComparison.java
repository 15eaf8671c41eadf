package org.sciaccel.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;

/**
 * The CPU backend's FFTs over shapes and dtypes beyond the three speed targets (powers of two and
 * not, 1-D and 2-D, real and complex, single and double precision) next to SciPy on the same
 * machine, as a markdown table. Run:
 * {@code java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar org.sciaccel.benchmarks.FftSizesComparison [repeat]}.
 */
public final class FftSizesComparison {
    private FftSizesComparison() {
    }

    public static void main(String[] args) throws IOException {
        int repeat = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int warmup = 2;
        List<FftWorkload> workloads = List.of(
                new FftWorkload(FftWorkload.Kind.RFFT2, DType.FLOAT32, 1000, 1000),
                new FftWorkload(FftWorkload.Kind.RFFT2, DType.FLOAT32, 1080, 1920),
                new FftWorkload(FftWorkload.Kind.RFFT2, DType.FLOAT32, 4096, 4096),
                new FftWorkload(FftWorkload.Kind.RFFT2, DType.FLOAT64, 2048, 2048),
                new FftWorkload(FftWorkload.Kind.RFFT2, DType.FLOAT64, 1000, 1000),
                new FftWorkload(FftWorkload.Kind.FFT2, DType.COMPLEX64, 1024, 1024),
                new FftWorkload(FftWorkload.Kind.FFT2, DType.COMPLEX64, 1000, 1000),
                new FftWorkload(FftWorkload.Kind.FFT2, DType.COMPLEX128, 1024, 1024),
                new FftWorkload(FftWorkload.Kind.FFT2, DType.COMPLEX128, 1000, 1000),
                new FftWorkload(FftWorkload.Kind.IRFFT2, DType.COMPLEX64, 2048, 1025),
                new FftWorkload(FftWorkload.Kind.IRFFT2, DType.COMPLEX128, 2048, 1025),
                new FftWorkload(FftWorkload.Kind.FFT, DType.COMPLEX64, 1000, 1000),
                new FftWorkload(FftWorkload.Kind.FFT, DType.COMPLEX128, 64, 4096),
                new FftWorkload(FftWorkload.Kind.FFT, DType.COMPLEX128, 1000000),
                new FftWorkload(FftWorkload.Kind.FFT, DType.COMPLEX64, 999983));
        Backend cpu = Backends.get("cpu");
        ScipyTimer scipy = new ScipyTimer("/usr/bin/python3");
        System.out.println("| transform | sciaccel cpu (s) | SciPy (s) | speed-up vs SciPy |");
        System.out.println("|---|---:|---:|---:|");
        for (FftWorkload w : workloads) {
            double ours;
            try (Workload.PreparedRun run = w.prepare(cpu)) {
                ours = Timing.medianSeconds(run::run, warmup, repeat);
            }
            double theirs = scipy.medianSeconds(w, warmup, repeat);
            System.out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.2f× |%n", w.description(), ours, theirs,
                    theirs / ours);
            System.out.flush();
        }
        System.exit(0);
    }
}
