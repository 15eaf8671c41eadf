package org.sciaccel.cpu.fft;

import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.cpu.CpuThreads;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The single-precision paths (float plans, blocked packed rfft rows, float four-step and
 * Bluestein) against the double-precision ones on the same float32/complex64 inputs, with
 * padding and cropping: within 2e-5 of the largest magnitude (the FFT family's single-precision tolerance).
 * Every single-precision result is computed twice, with the SIMD lane paths ({@link CpuLaneFftF}) and
 * with the plain-Java ones.
 */
class CpuFftSinglePrecisionTest {
    private static final CpuThreads THREADS = CpuThreads.newPrivate(2);

    /** The test JVMs run with the vector API, so that the SIMD paths are what these tests check. */
    @Test
    void simdPathsAreOnInTests() {
        assertTrue(CpuSimd.enabled(), CpuSimd.describe());
    }

    @ParameterizedTest
    @CsvSource({"5,37,40", "5,37,30", "40,64,64", "64,2048,2048", "37,2048,1500", "9,101,128", "8,4,4", "16,3,2", "3,8,2", "17,20,26", "2,1000,1000", "33,74,74"})
    void packedRealRowsMatchDouble(int rows, int len, int n) {
        Random g = new Random(len * 31 + n);
        float[] f = new float[rows * len];
        double[] d = new double[rows * len];
        for (int i = 0; i < f.length; i++) {
            f[i] = g.nextFloat() - 0.5f;
            d[i] = f[i];
        }
        HostArray dbl = CpuFftLines.r2c(new HostArray(DType.FLOAT64, new int[] {rows, len}, d), 1, n, 1.0, THREADS);
        for (boolean simd : new boolean[] {true, false}) {
            HostArray single = withSimd(simd,
                    () -> CpuFftLines.r2c(new HostArray(DType.FLOAT32, new int[] {rows, len}, f), 1, n, 1.0, THREADS));
            check((float[]) single.data(), (double[]) dbl.data(),
                    "rfft rows=" + rows + " len=" + len + " n=" + n + " simd=" + simd);
        }
    }

    @ParameterizedTest
    @CsvSource({"1,65536", "1,131072", "1,70001", "3,1024", "1,4096", "4,997", "40,1024", "33,256", "4,2", "70,16384"})
    void complexLinesMatchDouble(int lines, int n) {
        Random g = new Random(n);
        float[] f = new float[2 * lines * n];
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = g.nextFloat() - 0.5f;
            d[i] = f[i];
        }
        for (boolean forward : new boolean[] {true, false}) {
            HostArray dbl = CpuFftLines.c2c(new HostArray(DType.COMPLEX128, new int[] {lines, n}, d), 1, n, forward,
                    1.0, THREADS);
            for (boolean simd : new boolean[] {true, false}) {
                HostArray single = withSimd(simd, () -> CpuFftLines.c2c(
                        new HostArray(DType.COMPLEX64, new int[] {lines, n}, f), 1, n, forward, 1.0, THREADS));
                check((float[]) single.data(), (double[]) dbl.data(),
                        "fft lines=" + lines + " n=" + n + " " + forward + " simd=" + simd);
            }
        }
    }

    /** Transforms along a non-last axis (the split re/im column blocks), with padding, cropping and a scale. */
    @ParameterizedTest
    @CsvSource({"2048,1025,1,2048", "64,33,1,64", "16,70,2,16", "4,3,5,4", "8,31,3,32", "100,40,2,64", "3,65,2,8",
        "4096,40,1,4096", "8192,17,1,8192", "16384,3,1,16384"})
    void columnsMatchDouble(int len, int inner, int outer, int n) {
        Random g = new Random(len * 7 + inner);
        int[] shape = {outer, len, inner};
        float[] f = new float[2 * outer * len * inner];
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = g.nextFloat() - 0.5f;
            d[i] = f[i];
        }
        for (boolean forward : new boolean[] {true, false}) {
            HostArray dbl = CpuFftLines.c2c(new HostArray(DType.COMPLEX128, shape, d), 1, n, forward, 0.5, THREADS);
            for (boolean simd : new boolean[] {true, false}) {
                HostArray single = withSimd(simd,
                        () -> CpuFftLines.c2c(new HostArray(DType.COMPLEX64, shape, f), 1, n, forward, 0.5, THREADS));
                check((float[]) single.data(), (double[]) dbl.data(),
                        "fft columns len=" + len + " inner=" + inner + " n=" + n + " " + forward + " simd=" + simd);
            }
        }
    }

    /** irfft rows of complex64 (the SIMD lane path and the plain one) against the double path. */
    @ParameterizedTest
    @CsvSource({"40,33,64", "37,1025,2048", "9,40,128", "8,3,4", "16,2,2", "12,200,256", "6,129,128", "5,20,30"})
    void complexToRealRowsMatchDouble(int rows, int lenIn, int n) {
        Random g = new Random(lenIn * 13L + n);
        float[] f = new float[2 * rows * lenIn];
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = g.nextFloat() - 0.5f;
            d[i] = f[i];
        }
        HostArray dbl = CpuFftLines.c2r(new HostArray(DType.COMPLEX128, new int[] {rows, lenIn}, d), 1, n, 0.25, THREADS);
        for (boolean simd : new boolean[] {true, false}) {
            HostArray single = withSimd(simd,
                    () -> CpuFftLines.c2r(new HostArray(DType.COMPLEX64, new int[] {rows, lenIn}, f), 1, n, 0.25, THREADS));
            check((float[]) single.data(), (double[]) dbl.data(),
                    "irfft rows=" + rows + " lenIn=" + lenIn + " n=" + n + " simd=" + simd);
        }
    }

    /** Runs op with the SIMD paths on or off (the property is read on every call). */
    static HostArray withSimd(boolean simd, Supplier<HostArray> op) {
        String old = System.getProperty(CpuSimd.PROPERTY);
        System.setProperty(CpuSimd.PROPERTY, Boolean.toString(simd));
        try {
            return op.get();
        } finally {
            if (old == null) {
                System.clearProperty(CpuSimd.PROPERTY);
            } else {
                System.setProperty(CpuSimd.PROPERTY, old);
            }
        }
    }

    private static void check(float[] got, double[] want, String what) {
        double max = 0;
        double err = 0;
        for (int i = 0; i < want.length; i++) {
            max = Math.max(max, Math.abs(want[i]));
            err = Math.max(err, Math.abs(want[i] - got[i]));
        }
        assertTrue(err <= 2e-5 * max, what + ": error " + err + " of max " + max);
    }
}
