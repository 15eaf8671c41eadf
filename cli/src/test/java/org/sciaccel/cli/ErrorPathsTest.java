package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/** Every error: a non-zero exit, nothing on stdout, exactly one line on stderr that names the problem. */
class ErrorPathsTest {
    @TempDir
    Path dir;
    private String image;

    @BeforeEach
    void writeImage() {
        Path p = dir.resolve("img.npy");
        Npy.write(p, HostArray.zeros(DType.FLOAT32, 4, 5));
        image = p.toString();
    }

    static java.util.List<String> backends() {
        return TestBackends.names();
    }

    private CliRun call(String... rest) {
        return callOn("cpu", rest);
    }

    private CliRun callOn(String backend, String... rest) {
        String[] args = new String[rest.length + 5];
        args[0] = "call";
        args[1] = "--backend";
        args[2] = backend;
        args[3] = "--out";
        args[4] = dir.resolve("out").toString();
        System.arraycopy(rest, 0, args, 5, rest.length);
        return CliRun.of(args);
    }

    private static void assertOneLineError(CliRun run, int code, String... mentions) {
        assertEquals(code, run.code(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("sciaccel: "), run::toString);
        for (String m : mentions) {
            assertTrue(line.contains(m), () -> "expected '" + m + "' in the error:\n" + run);
        }
    }

    @Test
    void unknownOpSuggestsTheClosestNames() {
        assertOneLineError(call("ndimage.gausian_filter", image, "sigma=1"), 2,
                "unknown op 'ndimage.gausian_filter'", "ndimage.gaussian_filter");
        assertOneLineError(call("gaussian_filter1d", image, "sigma=1"), 2, "ndimage.gaussian_filter1d");
    }

    @Test
    void unknownParameterListsTheValidOnes() {
        assertOneLineError(call("ndimage.gaussian_filter", image, "sigma=1", "sigm=2"), 2,
                "unknown parameter 'sigm'", "sigma, order, output, mode, cval, truncate, radius");
    }

    @Test
    void valuesThatDoNotParse() {
        assertOneLineError(call("ndimage.gaussian_filter", image, "sigma=abc"), 2, "sigma=abc", "not a number");
        assertOneLineError(call("ndimage.gaussian_filter", image, "sigma=1,,2"), 2, "sigma", "empty element");
        assertOneLineError(call("ndimage.gaussian_filter", image, "sigma=1", "order=1.5"), 2, "order=1.5", "not an integer");
        assertOneLineError(call("ndimage.gaussian_filter", image, "sigma=1", "mode=reflekt"), 2, "mode=reflekt", "reflect");
        assertOneLineError(call("ndimage.gaussian_filter", image, "sigma=1", "output=float128"), 2, "output=float128");
        // float16 is a dtype (issue 12) that SciPy's filters refuse: the op's refusal, not a parse error
        assertOneLineError(call("ndimage.gaussian_filter", image, "sigma=1", "output=float16"), 1, "output", "float16",
                "array type not supported");
        assertOneLineError(call("ndimage.gaussian_filter", image, "sigma=none"), 2, "sigma=none", "none is not allowed");
        assertOneLineError(call("ndimage.gaussian_filter", image, "sigma=1", "sigma=2"), 2, "sigma", "twice");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void badValuesRejectedByTheLibrary(String backend) {
        assertOneLineError(callOn(backend, "ndimage.gaussian_filter", image, "sigma=-1"), 1, "sigma=-1");
        assertOneLineError(callOn(backend, "ndimage.gaussian_filter", image, "sigma=1", "truncate=-2"), 1, "truncate");
        assertOneLineError(callOn(backend, "ndimage.gaussian_filter", image, "sigma=1", "order=-1"), 1, "order=-1");
        assertOneLineError(callOn(backend, "ndimage.gaussian_filter1d", image, "sigma=1", "axis=2"), 1, "axis=2");
        assertOneLineError(callOn(backend, "ndimage.correlate1d", image, "weights=1,2,3", "origin=2"), 1, "origin=2");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void perAxisListOfTheWrongLength(String backend) {
        assertOneLineError(callOn(backend, "ndimage.gaussian_filter", image, "sigma=1,2,3"), 1, "sigma has 3 values",
                "(4, 5)");
        assertOneLineError(callOn(backend, "ndimage.gaussian_filter", image, "sigma=1", "mode=wrap,wrap,wrap"), 1,
                "mode has 3 values");
    }

    @Test
    void missingRequiredParameterOrInput() {
        assertOneLineError(call("ndimage.gaussian_filter", image), 2, "missing required parameter sigma");
        assertOneLineError(call("ndimage.gaussian_filter", "sigma=1"), 2, "input is missing");
        assertOneLineError(call("ndimage.gaussian_filter", image, image, "sigma=1"), 2, "takes 1 input array");
        assertOneLineError(call("ndimage.correlate1d", image), 2, "missing required parameter weights");
    }

    @Test
    void missingAndMalformedNpyFiles() throws IOException {
        String missing = dir.resolve("nope.npy").toString();
        assertOneLineError(call("ndimage.gaussian_filter", missing, "sigma=1"), 1, "nope.npy", "no such file");
        Path bad = dir.resolve("bad.npy");
        Files.writeString(bad, "this is not an array");
        assertOneLineError(call("ndimage.gaussian_filter", bad.toString(), "sigma=1"), 1, "bad.npy", "not a .npy file");
        Path truncated = dir.resolve("truncated.npy");
        byte[] good = Files.readAllBytes(Path.of(image));
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length - 7));
        assertOneLineError(call("ndimage.gaussian_filter", truncated.toString(), "sigma=1"), 1, "truncated.npy");
        assertOneLineError(call("ndimage.correlate1d", image, "weights=@" + missing), 1, "weights", "nope.npy");
    }

    @Test
    void unknownBackendListsTheAvailableOnes() {
        CliRun run = CliRun.of("call", "ndimage.gaussian_filter", image, "sigma=1", "--backend", "cuda");
        assertOneLineError(run, 2, "cuda", "available", "cpu");
    }

    @Test
    void commandLineProblems() {
        assertOneLineError(CliRun.of(), 2, "missing command");
        assertOneLineError(CliRun.of("cal"), 2, "unknown command 'cal'", "call");
        assertOneLineError(CliRun.of("call"), 2, "OP");
        assertOneLineError(CliRun.of("call", "ndimage.gaussian_filter", image, "sigma=1", "--repeat", "0"), 2, "--repeat");
        assertOneLineError(CliRun.of("call", "ndimage.gaussian_filter", image, "sigma=1", "--repeat", "x"), 2, "--repeat");
        assertOneLineError(CliRun.of("call", "ndimage.gaussian_filter", image, "sigma=1", "--bogus"), 2, "--bogus");
        assertOneLineError(CliRun.of("ops", "ndimage.nope"), 2, "unknown op");
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRun run = call("ndimage.gaussian_filter", image, "sigma=-1", "--debug");
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.errLines().get(0).startsWith("sciaccel: "), run::toString);
        assertTrue(run.errLines().size() > 2, run::toString);
        assertTrue(run.err().contains("\tat org.sciaccel."), run::toString);
    }
}
