package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * Ctrl-C during a long OpenCL call: the CLI exits within 2 s with code 130 and leaves no output. It
 * waited for the running kernel before (82 s for this FFT on PoCL), because closing the backend at exit
 * waited for the call in progress.
 */
class InterruptedCallTest {
    @TempDir
    Path dir;

    @Test
    void sigintDuringALongOpenClFftExitsAtOnceWithCode130() throws Exception {
        assumeTrue(TestBackends.names().contains("opencl"), "no OpenCL backend here");
        Path in = dir.resolve("small.npy");
        Npy.write(in, new HostArray(DType.FLOAT64, new int[] {10}, new double[10]));
        Path out = dir.resolve("out");
        Path home = Path.of(System.getProperty("java.home"));
        String java = home.resolve("bin").resolve("java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "call", "fft.fft", in.toString(), "n=30000000", "--backend", "opencl",
                "--out", out.toString()));
        for (Path jsig : List.of(home.resolve("lib/libjsig.so"), home.resolve("lib/server/libjsig.so"))) {
            if (Files.exists(jsig)) {
                pb.environment().put("LD_PRELOAD", jsig.toString());
                break;
            }
        }
        Path log = dir.resolve("log.txt");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // let it start the JVM, read the input and launch the transform (tens of seconds of device work)
        assertFalse(p.waitFor(8, TimeUnit.SECONDS), () -> "the call ended before it could be interrupted: "
                + read(log));
        // the shell's built-in kill: no procps needed on the machine
        new ProcessBuilder("sh", "-c", "kill -INT " + p.pid()).start().waitFor();
        long signalled = System.nanoTime();
        boolean ended = p.waitFor(10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - signalled) / 1e9;
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended && seconds < 2.0, "exit " + seconds + " s after SIGINT:\n" + read(log));
        assertEquals(130, p.exitValue(), () -> read(log));
        assertFalse(Files.exists(out.resolve("result.npy")));
        if (Files.isDirectory(out)) {
            try (var files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "left in --out");
            }
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
