package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * SciPy's {@code TestConvolve2d.test_large_array} (gh-10761) at a smaller scale: {@code call} must
 * fit in about an input plus an output. SciPy's test convolves a 2.1 GB int64 chequerboard with
 * {@code [[1, 1]]}; the CLI kept the input alive while it copied the output to the host and ran out
 * of the default heap in that copy. Here a 40 MB int64 input runs in a JVM of 100 MB: with the
 * input freed before the copy the call needs about 85 MB, with it kept alive it needed over 120 MB.
 */
class CallPeakMemoryTest {
    @TempDir
    Path dir;

    @Test
    void convolve2dOfALargeChequerboardFitsInputPlusOutput() throws Exception {
        int rows = 4000;
        int cols = 1250;
        long[] a = new long[rows * cols];
        // SciPy's pattern: ones at every other element of a buffer with rows 1001 long, seen with
        // rows 1000 long (strides 8008, 8), so that no two neighbours along a row are both 1.
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                a[r * cols + c] = one(r, c, cols);
            }
        }
        Path in1 = dir.resolve("a.npy");
        Npy.write(in1, new HostArray(DType.INT64, new int[] {rows, cols}, a));
        Path in2 = dir.resolve("k.npy");
        Npy.write(in2, new HostArray(DType.INT64, new int[] {1, 2}, new long[] {1, 1}));
        a = null;

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx100m", "-Dsciaccel.cpu.threads=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "call", "signal.convolve2d", "--backend", "cpu", "--out", dir.toString(), in1.toString(),
                in2.toString()));
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "call did not finish");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);

        HostArray r = Npy.read(dir.resolve("result.npy"));
        assertEquals(DType.INT64, r.dtype());
        assertEquals(List.of(rows, cols + 1), List.of(r.shape()[0], r.shape()[1]));
        // SciPy's assertion is that no count exceeds 1; here every element is checked against
        // full convolution with [[1, 1]]: out[r, c] = a[r, c] + a[r, c - 1], zero outside.
        long[] d = (long[]) r.data();
        for (int row = 0; row < rows; row++) {
            for (int c = 0; c <= cols; c++) {
                long want = (c < cols ? one(row, c, cols) : 0) + (c > 0 ? one(row, c - 1, cols) : 0);
                if (d[row * (cols + 1) + c] != want) {
                    throw new AssertionError("out[" + row + ", " + c + "] = " + d[row * (cols + 1) + c] + ", want " + want);
                }
            }
        }
    }

    private static long one(long r, long c, int cols) {
        return (r * (cols + 1) + c) % 2 == 0 ? 1 : 0;
    }
}
