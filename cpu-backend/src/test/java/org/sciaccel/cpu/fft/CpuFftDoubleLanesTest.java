package org.sciaccel.cpu.fft;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The double-precision SIMD lane paths ({@link CpuLaneLinesD}: complex128 lines along any axis,
 * float64 rfft rows, complex128 irfft rows) against the plain-Java double paths on the same
 * inputs, with padding and cropping: within 1e-12 of the largest magnitude.
 */
class CpuFftDoubleLanesTest {
    private static final CpuThreads THREADS = CpuThreads.newPrivate(2);

    /** complex128 along axis 1 of (outer, len, inner): inner 1 is the last axis (rows transposed in). */
    @ParameterizedTest
    @CsvSource({"40,64,1,64", "33,256,1,200", "9,128,1,256", "2,1024,16,1024", "3,32,70,64", "1,2048,40,2048",
        "5,16,8,8", "64,4,1,4", "8,4096,1,4096"})
    void complexLinesMatchPlainJava(int outer, int len, int inner, int n) {
        int[] shape = {outer, len, inner};
        double[] d = random(2 * outer * len * inner, len * 31L + inner);
        for (boolean forward : new boolean[] {true, false}) {
            HostArray in = new HostArray(DType.COMPLEX128, shape, d);
            HostArray plain = CpuFftSinglePrecisionTest.withSimd(false,
                    () -> CpuFftLines.c2c(in, 1, n, forward, 0.5, THREADS));
            HostArray simd = CpuFftSinglePrecisionTest.withSimd(true,
                    () -> CpuFftLines.c2c(in, 1, n, forward, 0.5, THREADS));
            check((double[]) simd.data(), (double[]) plain.data(),
                    "c2c outer=" + outer + " len=" + len + " inner=" + inner + " n=" + n + " " + forward);
        }
    }

    @ParameterizedTest
    @CsvSource({"40,64,64", "37,2048,1500", "9,101,128", "8,4,4", "16,3,2", "64,2048,2048", "5,300,256"})
    void realRowsMatchPlainJava(int rows, int len, int n) {
        HostArray in = new HostArray(DType.FLOAT64, new int[] {rows, len}, random(rows * len, len * 7L + n));
        HostArray plain = CpuFftSinglePrecisionTest.withSimd(false, () -> CpuFftLines.r2c(in, 1, n, 1.0, THREADS));
        HostArray simd = CpuFftSinglePrecisionTest.withSimd(true, () -> CpuFftLines.r2c(in, 1, n, 1.0, THREADS));
        check((double[]) simd.data(), (double[]) plain.data(), "rfft rows=" + rows + " len=" + len + " n=" + n);
    }

    /** irfft rows: lenIn complex values per row (cropped or zero-padded to n/2+1), output length n. */
    @ParameterizedTest
    @CsvSource({"40,33,64", "37,1025,2048", "9,40,128", "8,3,4", "16,2,2", "12,200,256", "6,129,128"})
    void complexToRealRowsMatchPlainJava(int rows, int lenIn, int n) {
        HostArray in = new HostArray(DType.COMPLEX128, new int[] {rows, lenIn}, random(2 * rows * lenIn, lenIn + n));
        HostArray plain = CpuFftSinglePrecisionTest.withSimd(false, () -> CpuFftLines.c2r(in, 1, n, 0.25, THREADS));
        HostArray simd = CpuFftSinglePrecisionTest.withSimd(true, () -> CpuFftLines.c2r(in, 1, n, 0.25, THREADS));
        check((double[]) simd.data(), (double[]) plain.data(), "irfft rows=" + rows + " lenIn=" + lenIn + " n=" + n);
    }

    private static double[] random(int count, long seed) {
        Random g = new Random(seed);
        double[] d = new double[count];
        for (int i = 0; i < count; i++) {
            d[i] = g.nextDouble() - 0.5;
        }
        return d;
    }

    private static void check(double[] got, double[] want, String what) {
        double max = 0;
        double err = 0;
        for (int i = 0; i < want.length; i++) {
            max = Math.max(max, Math.abs(want[i]));
            err = Math.max(err, Math.abs(want[i] - got[i]));
        }
        assertTrue(err <= 1e-12 * max, what + ": error " + err + " of max " + max);
    }
}
