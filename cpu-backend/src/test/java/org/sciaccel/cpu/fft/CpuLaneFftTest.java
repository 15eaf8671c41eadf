package org.sciaccel.cpu.fft;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SIMD lane FFTs ({@link CpuLaneFftF}, {@link CpuLaneFftD}) on their own, for mixed-radix
 * lengths (radix 4/2, 3, 5 and the generic odd primes up to 31): every lane carries a different
 * random line, and each lane's result is checked against a direct O(n^2) double DFT (or, for long
 * lines, the double-precision scalar plan), both directions, blocks of one and two vectors. Float
 * within 2e-5 and double within 1e-12 of the largest magnitude. Also the non-power-of-two shapes
 * that {@link CpuFftLines} now sends through the lanes, with SIMD on and off.
 */
class CpuLaneFftTest {
    private static final CpuThreads THREADS = CpuThreads.newPrivate(2);
    /** Up to this length the reference is the direct DFT; beyond it the scalar double plan. */
    private static final int DIRECT_MAX = 1200;

    static IntStream lengths() {
        List<Integer> list = new ArrayList<>();
        for (int n = 2; n <= 64; n++) {
            if (CpuLaneFftF.supports(n)) {
                list.add(n);
            }
        }
        for (int n : new int[] {100, 1000, 3 * 5 * 7 * 11, 29 * 31, 4096, 6000, 10000, 128, 1024, 16384, 7 * 7 * 13,
            2 * 3 * 5 * 7 * 13, 4 * 3 * 5 * 7 * 11, 23 * 23, 31 * 31 * 2, 243, 625}) {
            list.add(n);
        }
        return list.stream().mapToInt(Integer::intValue);
    }

    @Test
    void supportsEverySmoothLengthUpToTheLimitOnly() {
        for (int n : new int[] {0, 1, 37, 2 * 37, 41 * 3, CpuLaneFftF.MAX_N + 1, CpuLaneFftF.MAX_N * 2, 3 * 5 * 1093}) {
            assertFalse(CpuLaneFftF.supports(n), "float " + n);
            assertFalse(CpuLaneFftD.supports(n), "double " + n);
            assertThrows(IllegalArgumentException.class, () -> CpuLaneFftF.newWorkspace(n, CpuLaneFftF.SPECIES.length()));
            assertThrows(IllegalArgumentException.class, () -> CpuLaneFftD.newWorkspace(n, CpuLaneFftD.SPECIES.length()));
        }
        for (int n : new int[] {2, 3, 5, 7, 31, 62, 1000, 29 * 31, 31 * 16, CpuLaneFftF.MAX_N}) {
            assertTrue(CpuLaneFftF.supports(n), "float " + n);
            assertTrue(CpuLaneFftD.supports(n), "double " + n);
        }
    }

    @Test
    void radicesMultiplyToTheLength() {
        assertArrayEquals(new int[] {4, 2, 5, 5, 5}, CpuLaneFftF.radices(1000));
        assertArrayEquals(new int[] {3, 5, 7, 11}, CpuLaneFftD.radices(1155));
        for (int n = 2; n <= 4096; n++) {
            int[] r = CpuLaneFftF.radices(n);
            if (r == null) {
                continue;
            }
            long product = 1;
            for (int p : r) {
                assertTrue(p == 4 || p == 2 || (p % 2 == 1 && p <= 31), n + ": radix " + p);
                product *= p;
            }
            assertTrue(product == n, "radices of " + n);
        }
    }

    /** The non-power-of-two four-step and Bluestein lane paths must decline: they index with shifts. */
    @Test
    void powerOfTwoOnlyHelpersStayPowerOfTwo() {
        assertFalse(CpuLaneFourStepF.supports(100, 1000));
        assertFalse(CpuLaneFourStepD.supports(96, 96));
        assertFalse(CpuLaneBluesteinD.supports(96 * 1024));
        assertTrue(CpuLaneFourStepF.supports(1024, 1024));
        assertTrue(CpuLaneFourStepD.supports(1024, 1024));
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void singleMatchesReference(int n) {
        int lanes = CpuLaneFftF.SPECIES.length();
        for (int width : new int[] {lanes, 2 * lanes}) {
            for (boolean forward : new boolean[] {true, false}) {
                Random g = new Random(n * 7L + width + (forward ? 1 : 0));
                double[][] lines = randomLines(g, width, n);
                CpuLaneFftF fft = CpuLaneFftF.newWorkspace(n, width);
                for (int j = 0; j < n; j++) {
                    for (int c = 0; c < width; c++) {
                        fft.re[j * width + c] = (float) lines[c][2 * j];
                        fft.im[j * width + c] = (float) lines[c][2 * j + 1];
                        // The reference sees exactly the rounded input.
                        lines[c][2 * j] = fft.re[j * width + c];
                        lines[c][2 * j + 1] = fft.im[j * width + c];
                    }
                }
                fft.transform(forward);
                for (int c = 0; c < width; c++) {
                    double[] want = reference(lines[c], forward);
                    double[] got = new double[2 * n];
                    for (int j = 0; j < n; j++) {
                        got[2 * j] = fft.re[j * width + c];
                        got[2 * j + 1] = fft.im[j * width + c];
                    }
                    check(got, want, 2e-5, "float n=" + n + " width=" + width + " lane=" + c + " " + forward);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void doubleMatchesReference(int n) {
        int lanes = CpuLaneFftD.SPECIES.length();
        for (int width : new int[] {lanes, 2 * lanes}) {
            for (boolean forward : new boolean[] {true, false}) {
                Random g = new Random(n * 11L + width + (forward ? 1 : 0));
                double[][] lines = randomLines(g, width, n);
                CpuLaneFftD fft = CpuLaneFftD.newWorkspace(n, width);
                for (int j = 0; j < n; j++) {
                    for (int c = 0; c < width; c++) {
                        fft.re[j * width + c] = lines[c][2 * j];
                        fft.im[j * width + c] = lines[c][2 * j + 1];
                    }
                }
                fft.transform(forward);
                for (int c = 0; c < width; c++) {
                    double[] want = reference(lines[c], forward);
                    double[] got = new double[2 * n];
                    for (int j = 0; j < n; j++) {
                        got[2 * j] = fft.re[j * width + c];
                        got[2 * j + 1] = fft.im[j * width + c];
                    }
                    check(got, want, 1e-12, "double n=" + n + " width=" + width + " lane=" + c + " " + forward);
                }
            }
        }
    }

    /** A workspace is reused block after block: a second transform must not see the first one's data. */
    @Test
    void workspaceIsReusable() {
        int n = 3 * 5 * 7 * 4;
        int width = CpuLaneFftF.SPECIES.length();
        CpuLaneFftF fft = CpuLaneFftF.newWorkspace(n, width);
        Random g = new Random(5);
        for (int round = 0; round < 3; round++) {
            double[][] lines = randomLines(g, width, n);
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < width; c++) {
                    fft.re[j * width + c] = (float) lines[c][2 * j];
                    fft.im[j * width + c] = (float) lines[c][2 * j + 1];
                    lines[c][2 * j] = fft.re[j * width + c];
                    lines[c][2 * j + 1] = fft.im[j * width + c];
                }
            }
            fft.transform(round != 1);
            for (int c = 0; c < width; c++) {
                double[] want = reference(lines[c], round != 1);
                double[] got = new double[2 * n];
                for (int j = 0; j < n; j++) {
                    got[2 * j] = fft.re[j * width + c];
                    got[2 * j + 1] = fft.im[j * width + c];
                }
                check(got, want, 2e-5, "round " + round + " lane " + c);
            }
        }
    }

    /** complex64 lines of non-power-of-two length through CpuFftLines (now on the lanes), SIMD on and off. */
    @ParameterizedTest
    @CsvSource({"1000,1000,1,1000", "1000,1000,0,1000", "40,1000,1,1000", "40,600,1,600", "600,33,0,600",
        "21,77,1,90", "50,231,1,200", "17,62,0,62"})
    void complexLinesThroughCpuFftLines(int rows, int cols, int axis, int n) {
        int[] shape = {rows, cols};
        Random g = new Random(rows * 31L + cols + axis);
        float[] f = new float[2 * rows * cols];
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = g.nextFloat() - 0.5f;
            d[i] = f[i];
        }
        for (boolean forward : new boolean[] {true, false}) {
            HostArray dbl = CpuFftLines.c2c(new HostArray(DType.COMPLEX128, shape, d), axis, n, forward, 1.0, THREADS);
            for (boolean simd : new boolean[] {true, false}) {
                HostArray single = CpuFftSinglePrecisionTest.withSimd(simd,
                        () -> CpuFftLines.c2c(new HostArray(DType.COMPLEX64, shape, f), axis, n, forward, 1.0, THREADS));
                checkSingle((float[]) single.data(), (double[]) dbl.data(),
                        "fft " + rows + "x" + cols + " axis=" + axis + " n=" + n + " " + forward + " simd=" + simd);
            }
        }
    }

    /** float32 rfft rows whose half-length is not a power of two (packed lanes), SIMD on and off. */
    @ParameterizedTest
    @CsvSource({"40,1000,1000", "40,600,600", "1000,1000,1000", "33,90,90", "17,500,462", "9,30,60"})
    void realRowsThroughCpuFftLines(int rows, int len, int n) {
        Random g = new Random(len * 13L + rows + n);
        float[] f = new float[rows * len];
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = g.nextFloat() - 0.5f;
            d[i] = f[i];
        }
        HostArray dbl = CpuFftLines.r2c(new HostArray(DType.FLOAT64, new int[] {rows, len}, d), 1, n, 1.0, THREADS);
        for (boolean simd : new boolean[] {true, false}) {
            HostArray single = CpuFftSinglePrecisionTest.withSimd(simd,
                    () -> CpuFftLines.r2c(new HostArray(DType.FLOAT32, new int[] {rows, len}, f), 1, n, 1.0, THREADS));
            assertNotNull(single);
            checkSingle((float[]) single.data(), (double[]) dbl.data(),
                    "rfft rows=" + rows + " len=" + len + " n=" + n + " simd=" + simd);
        }
    }

    private static double[][] randomLines(Random g, int width, int n) {
        double[][] lines = new double[width][2 * n];
        for (double[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                line[i] = g.nextDouble() - 0.5;
            }
        }
        return lines;
    }

    /** The unscaled DFT of one interleaved line in double: direct O(n^2) for short lines, else the scalar plan. */
    private static double[] reference(double[] x, boolean forward) {
        int n = x.length / 2;
        if (n > DIRECT_MAX) {
            double[] y = x.clone();
            CpuFftPlanD plan = CpuFftPlanD.of(n);
            plan.transform(y, forward, plan.newScratch());
            return y;
        }
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int t = 0; t < n; t++) {
            cos[t] = Math.cos(2 * Math.PI * t / n);
            sin[t] = (forward ? -1 : 1) * Math.sin(2 * Math.PI * t / n);
        }
        double[] y = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            int e = 0;
            for (int j = 0; j < n; j++) {
                double xr = x[2 * j];
                double xi = x[2 * j + 1];
                sr += xr * cos[e] - xi * sin[e];
                si += xr * sin[e] + xi * cos[e];
                e += k;
                if (e >= n) {
                    e -= n;
                }
            }
            y[2 * k] = sr;
            y[2 * k + 1] = si;
        }
        return y;
    }

    private static void check(double[] got, double[] want, double tol, String what) {
        double max = 0;
        double err = 0;
        for (int i = 0; i < want.length; i++) {
            max = Math.max(max, Math.abs(want[i]));
            err = Math.max(err, Math.abs(want[i] - got[i]));
        }
        assertTrue(err <= tol * max, what + ": error " + err + " of max " + max);
    }

    private static void checkSingle(float[] got, double[] want, String what) {
        double[] g = new double[got.length];
        for (int i = 0; i < got.length; i++) {
            g[i] = got[i];
        }
        check(g, want, 2e-5, what);
    }
}
