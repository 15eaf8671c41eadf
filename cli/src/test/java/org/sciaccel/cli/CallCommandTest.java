package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.ndimage.GaussianOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;

/** {@code sciaccel call}: results, the JSON line, timing options, array release. */
class CallCommandTest {
    private static final Pattern JSON = Pattern.compile(
            "\\{\"op\":\"([a-z0-9_.]+)\",\"backend\":\"([a-z]+)\",\"device\":\"((?:[^\"\\\\]|\\\\.)*)\","
                    + "\"seconds\":([0-9.Ee+-]+),\"outputs\":\\{\"result\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}\\}\n");

    @TempDir
    Path dir;

    static List<String> backends() {
        return TestBackends.names();
    }

    /** arange(12).reshape(3, 4) as float64 (or float32), written to dir/a.npy. */
    private Path writeArange(DType dtype) {
        double[] v = new double[12];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        Path file = dir.resolve("a.npy");
        Npy.write(file, HostArray.fromDoubles(v, dtype, 3, 4));
        return file;
    }

    private static Matcher json(CliRun run) {
        Matcher m = JSON.matcher(run.out());
        assertTrue(m.matches(), () -> "stdout is not the one JSON object expected:\n" + run);
        return m;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void gaussianFilterWritesWhatTheApiComputes(String backendName) {
        Path in = writeArange(DType.FLOAT32);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("call", "ndimage.gaussian_filter", "--backend", backendName, "--out", out.toString(),
                in.toString(), "sigma=1.5,0.75", "mode=nearest,wrap", "truncate=3");
        assertEquals(0, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
        Matcher m = json(run);
        assertEquals("ndimage.gaussian_filter", m.group(1));
        assertEquals(backendName, m.group(2));
        Backend backend = Backends.get(backendName);
        assertEquals(backend.device(), m.group(3).replace("\\\"", "\"").replace("\\\\", "\\"));
        assertTrue(Double.parseDouble(m.group(4)) >= 0);
        assertEquals(out.resolve("result.npy").toString(), m.group(5));

        HostArray got = Npy.read(out.resolve("result.npy"));
        HostArray expected;
        try (NDArray a = NDArray.fromHost(backend, Npy.read(in));
             NDArray r = Ndimage.gaussianFilter(a, new double[] {1.5, 0.75},
                     GaussianOptions.defaults().mode(Mode.NEAREST, Mode.WRAP).truncate(3))) {
            expected = r.toHost();
        }
        assertEquals(DType.FLOAT32, got.dtype());
        assertArrayEquals(new int[] {3, 4}, got.shape());
        assertArrayEquals((float[]) expected.data(), (float[]) got.data());
    }

    @Test
    void gaussianFilterMatchesScipy() {
        Path in = writeArange(DType.FLOAT64);
        CliRun run = CliRun.of("call", "ndimage.gaussian_filter", "--backend", "cpu", "--out", dir.toString(),
                in.toString(), "sigma=1.0");
        assertEquals(0, run.code(), run::toString);
        // scipy.ndimage.gaussian_filter(np.arange(12.).reshape(3, 4), 1.0), SciPy 1.10.1
        double[] scipy = {2.1152021848572917, 2.751417577000729, 3.6251725531807364, 4.261387945324174,
            4.426907119766559, 5.063122511909997, 5.936877488090004, 6.573092880233442,
            6.738612054675826, 7.374827446819264, 8.248582422999272, 8.884797815142711};
        assertArrayEquals(scipy, (double[]) Npy.read(dir.resolve("result.npy")).data(), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void correlate1dTakesWeightsAsListOrFile(String backendName) {
        Path in = writeArange(DType.FLOAT64);
        if (!Backends.get(backendName).supports(DType.FLOAT64)) {
            in = writeArange(DType.FLOAT32);
        }
        // scipy.ndimage.correlate1d(np.arange(12.).reshape(3, 4), [1, 2, -1], axis=0, mode='constant', cval=1.5, origin=1)
        double[] scipy = {4.5, 3.5, 2.5, 1.5, -2.5, -1.5, -0.5, 0.5, 0.0, 2.0, 4.0, 6.0};
        Path k = dir.resolve("k.npy");
        Npy.write(k, new HostArray(DType.FLOAT64, new int[] {3}, new double[] {1, 2, -1}));
        for (String weights : new String[] {"weights=1,2,-1", "weights=@" + k}) {
            Path out = dir.resolve("out-" + weights.length());
            CliRun run = CliRun.of("call", "ndimage.correlate1d", in.toString(), weights, "axis=0",
                    "mode=constant", "cval=1.5", "origin=1", "--backend", backendName, "--out", out.toString());
            assertEquals(0, run.code(), run::toString);
            json(run);
            assertArrayEquals(scipy, Npy.read(out.resolve("result.npy")).toDoubles(), 1e-5, weights);
        }
    }

    @Test
    void gaussianFilter1dAlongAxisZero() {
        Path in = writeArange(DType.FLOAT64);
        CliRun run = CliRun.of("call", "ndimage.gaussian_filter1d", in.toString(), "sigma=0.7", "axis=0", "order=1",
                "--backend", "cpu", "--out", dir.toString());
        assertEquals(0, run.code(), run::toString);
        // scipy.ndimage.gaussian_filter1d(np.arange(12.).reshape(3, 4), 0.7, axis=0, order=1)
        double a = 1.8337756266268215;
        double b = 3.667551253253643;
        double[] scipy = {a, a, a, a, b, b, b, b, a, a, a, a};
        assertArrayEquals(scipy, (double[]) Npy.read(dir.resolve("result.npy")).data(), 1e-12);
    }

    @Test
    void outputDtypeAndInputByName() {
        Path in = writeArange(DType.FLOAT64);
        CliRun run = CliRun.of("call", "ndimage.gaussian_filter", "input=@" + in, "sigma=1", "output=uint8",
                "radius=none", "--backend", "cpu", "--out", dir.toString());
        assertEquals(0, run.code(), run::toString);
        HostArray r = Npy.read(dir.resolve("result.npy"));
        assertEquals(DType.UINT8, r.dtype());
        // scipy.ndimage.gaussian_filter(np.arange(12.).reshape(3, 4), 1, output=np.uint8): each pass is
        // stored (truncated) into uint8 before the next.
        assertArrayEquals(new double[] {1, 2, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8}, r.toDoubles());
    }

    @Test
    void scipysWarningIsOneLineOnStderrAndListedInTheJson() {
        Path in = writeArange(DType.FLOAT64);
        Path w = dir.resolve("w.npy");
        Npy.write(w, new HostArray(DType.COMPLEX128, new int[] {2}, new double[] {1, 0, 0, 1}));
        CliRun run = CliRun.of("call", "--repeat", "3", "ndimage.correlate1d", in.toString(), "weights=@" + w,
                "output=float64", "--backend", "cpu", "--out", dir.resolve("out").toString());
        assertEquals(0, run.code(), run::toString);
        assertEquals("sciaccel: warning: UserWarning: promoting specified output dtype to complex\n",
                run.err().replace("\r\n", "\n"), run::toString);
        assertTrue(run.out().contains(
                ",\"warnings\":[\"UserWarning: promoting specified output dtype to complex\"]}"), run::toString);
        assertEquals(DType.COMPLEX128, Npy.read(dir.resolve("out").resolve("result.npy")).dtype());
    }

    @Test
    void repeatReportsAMedianAndReleasesEveryArray() {
        Path in = writeArange(DType.FLOAT32);
        Backend cpu = Backends.get("cpu");
        long before = cpu.liveAllocations();
        CliRun run = CliRun.of("call", "--repeat", "5", "ndimage.gaussian_filter", in.toString(), "sigma=2",
                "--backend", "cpu", "--out", dir.toString());
        assertEquals(0, run.code(), run::toString);
        json(run);
        assertEquals(before, cpu.liveAllocations(), "arrays left open on the cpu backend after call");
    }

    @Test
    void outDirectoryIsCreatedAndDefaultsToTheWorkingDirectory() {
        assertEquals(".", new picocli.CommandLine(new Main()).getSubcommands().get("call").getCommandSpec()
                .findOption("--out").defaultValue());
        Path in = writeArange(DType.FLOAT32);
        CliRun run = CliRun.of("call", "ndimage.gaussian_filter", in.toString(), "sigma=1", "--backend", "cpu",
                "--out", dir.resolve("nested/deeper").toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("nested/deeper/result.npy")));
    }
}
