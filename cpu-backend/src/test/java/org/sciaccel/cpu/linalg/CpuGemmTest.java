package org.sciaccel.cpu.linalg;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sciaccel.cpu.CpuThreads;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GEMM kernels against a plain triple loop in double, on sizes that cross the panel edges
 * (KC, NC), odd k (the four-term micro-kernel's remainder) and both operand layouts, through
 * the per-block path and the shared-panel path of large products.
 */
class CpuGemmTest {

    @ParameterizedTest
    @CsvSource({"1,1,1", "3,5,7", "67,300,517", "130,257,513", "301,260,250"})
    void matchesNaiveProduct(int m, int k, int n) {
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                SplittableRandom r = new SplittableRandom(m * 31L + k * 7L + n);
                double[] a = new double[m * k];
                double[] b = new double[k * n];
                for (int i = 0; i < a.length; i++) {
                    a[i] = r.nextDouble() - 0.5;
                }
                for (int i = 0; i < b.length; i++) {
                    b[i] = r.nextDouble() - 0.5;
                }
                double[] expected = new double[m * n];
                for (int i = 0; i < m; i++) {
                    for (int p = 0; p < k; p++) {
                        double x = ta ? a[p * m + i] : a[i * k + p];
                        for (int j = 0; j < n; j++) {
                            expected[i * n + j] += x * (tb ? b[j * k + p] : b[p * n + j]);
                        }
                    }
                }
                float[] af = new float[a.length];
                float[] bf = new float[b.length];
                for (int i = 0; i < a.length; i++) {
                    af[i] = (float) a[i];
                }
                for (int i = 0; i < b.length; i++) {
                    bf[i] = (float) b[i];
                }
                double[] cd = new double[m * n];
                float[] cf = new float[m * n];
                double[] cs = new double[m * n];
                float[] cfs = new float[m * n];
                CpuGemmD.multiply(a, 0, ta, b, 0, tb, cd, 0, m, k, n, 0, m);
                CpuGemmF.multiply(af, 0, ta, bf, 0, tb, cf, 0, m, k, n, 0, m);
                CpuGemmD.multiplyShared(CpuThreads.shared(), a, 0, ta, b, 0, tb, cs, 0, m, k, n);
                CpuGemmF.multiplyShared(CpuThreads.shared(), af, 0, ta, bf, 0, tb, cfs, 0, m, k, n);
                for (int i = 0; i < expected.length; i++) {
                    String at = "(" + m + "," + k + "," + n + ") ta=" + ta + " tb=" + tb + " at " + i;
                    assertTrue(Math.abs(cd[i] - expected[i]) < 1e-12 * k, "double " + at);
                    assertTrue(Math.abs(cs[i] - expected[i]) < 1e-12 * k, "double shared " + at);
                    assertTrue(Math.abs(cf[i] - expected[i]) < 1e-5 * k, "float " + at);
                    assertTrue(Math.abs(cfs[i] - expected[i]) < 1e-5 * k, "float shared " + at);
                }
            }
        }
    }
}
