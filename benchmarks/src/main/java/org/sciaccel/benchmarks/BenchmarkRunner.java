package org.sciaccel.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sciaccel.Backend;
import org.sciaccel.Backends;

/**
 * Times each workload on every backend and in SciPy on the same machine, and writes
 * {@code benchmarks/results/<machine>.md}; with {@code --update-readme FILE} it also replaces the
 * table between {@code <!-- benchmarks:start -->} and {@code <!-- benchmarks:end -->} in that file.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--backends cpu,opencl] [--repeat 5] [--warmup 2]
 *      [--python /usr/bin/python3] [--no-scipy] [--out benchmarks/results] [--machine NAME]
 *      [--update-readme README.md] [--only ID-SUBSTRING]
 * </pre>
 */
public final class BenchmarkRunner {
    static final String README_START = "<!-- benchmarks:start -->";
    static final String README_END = "<!-- benchmarks:end -->";

    private BenchmarkRunner() {
    }

    /** Every workload the runner knows, in report order; one line per workload. */
    static List<Workload> workloads() {
        return List.of(
                new GaussianFilterWorkload(4096, 4096, 3.0),
                FilterWorkload.uniform4096(),
                FilterWorkload.median2048(),
                FilterWorkload.convolve2048(),
                FilterWorkload.maximum4096(),
                FilterWorkload.convolve2d2048(),
                FilterWorkload.wiener2048(),
                new GeometricTransformWorkload(1024),
                MorphologyWorkload.binaryErosion(4096),
                MorphologyWorkload.label(4096),
                MorphologyWorkload.greyErosion(4096),
                MorphologyWorkload.edt(2048),
                InterpolationWorkload.zoom2048(),
                InterpolationWorkload.rotate2048(),
                InterpolationWorkload.mapCoordinates1024(),
                InterpolationWorkload.shift2048Order1(),
                InterpolationWorkload.shift2048Order3(),
                PiecewisePolyWorkload.interp1dCubic(),
                PiecewisePolyWorkload.cubicSpline(),
                new IterateStructureWorkload(1, 1000),
                new FftWorkload(FftWorkload.Kind.FFT, org.sciaccel.DType.COMPLEX64, 1 << 22),
                new FftWorkload(FftWorkload.Kind.RFFT2, org.sciaccel.DType.FLOAT32, 2048, 2048),
                new FftWorkload(FftWorkload.Kind.FFT, org.sciaccel.DType.COMPLEX128, 1000003),
                new MatmulWorkload(2048),
                new SortingWorkload(SortingWorkload.Kind.SORT, 1 << 24),
                new SortingWorkload(SortingWorkload.Kind.PERCENTILE, 1 << 24),
                new ElementwiseWorkload(1 << 25),
                new CurveFitBatchWorkload("gauss_1d", 200_000),
                new CurveFitBatchWorkload("gauss_2d", 1_000_000),
                new MinimizeBatchWorkload(100_000),
                new MinimizeBatchWorkload(100_000, true),
                new MinimizeBatchWorkload(100_000, "L-BFGS-B"),
                new IvpBatchWorkload(100_000),
                IvpBatchWorkload.radauVanDerPol(10_000),
                new RandomWorkload(1 << 26),
                new RootBatchWorkload(100_000),
                ReductionWorkload.sum(),
                ReductionWorkload.max(),
                ReductionWorkload.sumAxis0(),
                ReductionWorkload.maxAxis0(),
                FormulaWorkload.fma(1 << 25),
                FormulaWorkload.fmaSum(1 << 25),
                SpecialWorkload.gammaln(1 << 24),
                SpecialWorkload.erf(1 << 24),
                new DistanceWorkload(5000, 16, "euclidean"),
                new DistanceWorkload(5000, 16, "cityblock"),
                new KMeansWorkload(1_000_000, 8, 16),
                SpecialWorkload.jv(1 << 24),
                StatsWorkload.normCdf(1 << 24));
    }

    public static void main(String[] args) throws IOException {
        List<String> backends = null;
        int repeat = 5;
        int warmup = 2;
        String python = "/usr/bin/python3";
        boolean scipy = true;
        Path outDir = Path.of("benchmarks", "results");
        String machine = null;
        Path readme = null;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--backends": backends = Arrays.asList(value(args, ++i, a).split(",")); break;
                case "--repeat": repeat = Integer.parseInt(value(args, ++i, a)); break;
                case "--warmup": warmup = Integer.parseInt(value(args, ++i, a)); break;
                case "--python": python = value(args, ++i, a); break;
                case "--no-scipy": scipy = false; break;
                case "--out": outDir = Path.of(value(args, ++i, a)); break;
                case "--machine": machine = value(args, ++i, a); break;
                case "--update-readme": readme = Path.of(value(args, ++i, a)); break;
                case "--only": only = value(args, ++i, a); break;
                default:
                    System.err.println("benchmarks: unknown argument '" + a + "'");
                    System.exit(2);
            }
        }
        if (backends == null) {
            backends = Backends.available();
        }
        if (machine == null) {
            machine = MachineInfo.slug();
        }
        ScipyTimer timer = new ScipyTimer(python);
        String scipyVersion = scipy ? timer.scipyVersion() : null;

        List<Row> rows = new ArrayList<>();
        List<String> devices = new ArrayList<>();
        for (Workload w : workloads()) {
            if (only != null && !w.id().contains(only)) {
                continue;
            }
            Double scipySeconds = null;
            if (scipyVersion != null) {
                progress("SciPy   " + w.id() + " ...");
                scipySeconds = timer.medianSeconds(w, warmup, repeat) * w.scipyExtrapolation();
                progress(String.format(Locale.ROOT, "SciPy   %s: %.4f s", w.id(), scipySeconds));
            }
            for (String name : backends) {
                Backend b = Backends.get(name);
                if (!w.runsOn(b)) {
                    progress(name + " " + w.id() + ": not implemented on this backend, left out");
                    continue;
                }
                String dev = b.name() + ": " + b.device();
                if (!devices.contains(dev)) {
                    devices.add(dev);
                }
                progress(name + " " + w.id() + " ...");
                double s;
                try (Workload.PreparedRun run = w.prepare(b)) {
                    s = Timing.medianSeconds(run::run, warmup, repeat);
                }
                progress(String.format(Locale.ROOT, "%-7s %s: %.4f s", name, w.id(), s));
                rows.add(new Row(w, b.name(), s, scipySeconds));
            }
        }
        String table = table(rows);
        String report = report(machine, scipyVersion, devices, table, warmup, repeat);
        Files.createDirectories(outDir);
        Path file = outDir.resolve(machine + ".md");
        Files.writeString(file, report);
        System.out.println(report);
        progress("wrote " + file);
        if (readme != null) {
            updateReadme(readme, machine, table);
            progress("updated the table in " + readme);
        }
    }

    record Row(Workload workload, String backend, double seconds, Double scipySeconds) {
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| workload | backend | sciaccel (s) | SciPy (s) | speed-up vs SciPy |\n");
        b.append("|---|---|---:|---:|---:|\n");
        for (Row r : rows) {
            b.append("| ").append(r.workload().description()).append(" | ").append(r.backend()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.4f", r.seconds())).append(" | ")
                    .append(r.scipySeconds() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", r.scipySeconds()))
                    .append(" | ")
                    .append(r.scipySeconds() == null ? "n/a"
                            : String.format(Locale.ROOT, "%.2f×", r.scipySeconds() / r.seconds()))
                    .append(" |\n");
        }
        return b.toString();
    }

    static String report(String machine, String scipyVersion, List<String> devices, String table, int warmup,
            int repeat) {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks on ").append(machine).append("\n\n");
        b.append("Measured ").append(LocalDate.now()).append(" by `benchmarks/target/benchmarks.jar` ")
                .append("(median of ").append(repeat).append(" runs after ").append(warmup)
                .append(" warm-ups and, on the JVM, at least ").append(Timing.MIN_WARMUP_SECONDS)
                .append(" s of warm-up; device work finished; SciPy timed the same way in the same run).\n\n");
        b.append("- CPU: ").append(MachineInfo.cpuModel()).append(", ").append(MachineInfo.cores())
                .append(" cores visible to the JVM, ").append(MachineInfo.memoryGiB()).append(" GiB memory\n");
        b.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append('\n');
        b.append("- CPU SIMD (vector API): ").append(org.sciaccel.cpu.CpuSimd.describe()).append('\n');
        b.append("- SciPy: ").append(scipyVersion == null ? "not measured" : scipyVersion).append('\n');
        for (String d : devices) {
            b.append("- backend ").append(d).append('\n');
        }
        b.append('\n').append(table);
        return b.toString();
    }

    private static void updateReadme(Path readme, String machine, String table) throws IOException {
        String text = Files.readString(readme);
        int s = text.indexOf(README_START);
        int e = text.indexOf(README_END);
        if (s < 0 || e < s) {
            throw new IllegalStateException(readme + " has no " + README_START + " ... " + README_END + " markers");
        }
        String block = README_START + "\nMeasured on `" + machine + "` (details in `benchmarks/results/" + machine
                + ".md`):\n\n" + table + README_END;
        Files.writeString(readme, text.substring(0, s) + block + text.substring(e + README_END.length()));
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            System.err.println("benchmarks: " + flag + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    private static void progress(String line) {
        System.err.println("[bench] " + line);
    }
}
