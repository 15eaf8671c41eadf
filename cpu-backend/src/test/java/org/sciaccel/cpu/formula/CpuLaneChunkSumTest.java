package org.sciaccel.cpu.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A chunk's lane sum is the plain left-to-right double sum bit for bit wherever it answers, and it answers for
 * values of moderate spread (such as uniforms in [0, 1)).
 */
class CpuLaneChunkSumTest {
    private static double plain(float[] a, int from, int len) {
        double s = 0;
        for (int k = from; k < from + len; k++) {
            s += a[k];
        }
        return s;
    }

    @Test
    void equalsThePlainSumWhereverItAnswers() {
        SplittableRandom r = new SplittableRandom(11);
        int answered = 0;
        int cases = 0;
        for (int spread : new int[] {0, 4, 10, 20, 30, 35, 40, 60, 200}) {
            for (int rep = 0; rep < 300; rep++) {
                int len = rep % 3 == 0 ? 1024 : 1 + r.nextInt(1024);
                int from = r.nextInt(8);
                float[] a = new float[from + len + 3];
                for (int i = 0; i < a.length; i++) {
                    double mag = Math.scalb(1.0 + r.nextDouble(), -r.nextInt(spread + 1) + r.nextInt(3));
                    a[i] = (float) (r.nextBoolean() ? mag : -mag);
                    if (r.nextInt(40) == 0) {
                        a[i] = r.nextBoolean() ? 0f : -0f;
                    }
                }
                if (rep % 50 == 7) {
                    a[from + len / 2] = Float.MIN_VALUE; // a subnormal: a tiny unit
                }
                double lanes = CpuLaneChunkSum.exactSum(a, from, len);
                cases++;
                if (!Double.isNaN(lanes)) {
                    answered++;
                    assertEquals(Double.doubleToRawLongBits(plain(a, from, len)), Double.doubleToRawLongBits(lanes),
                            "spread 2^" + spread + " len " + len);
                }
            }
        }
        assertTrue(answered > cases / 4, "the lane sum answered " + answered + " of " + cases);
    }

    @Test
    void uniformsAnswerAndSpecialValuesDoNot() {
        SplittableRandom r = new SplittableRandom(3);
        float[] u = new float[1024];
        for (int i = 0; i < u.length; i++) {
            u[i] = (float) r.nextDouble();
        }
        u[5] = 0f;
        double s = CpuLaneChunkSum.exactSum(u, 0, 1024);
        assertEquals(Double.doubleToRawLongBits(plain(u, 0, 1024)), Double.doubleToRawLongBits(s));
        float[] zeros = {-0f, -0f, 0f, -0f, -0f, -0f, -0f, -0f, -0f, -0f};
        assertEquals(Double.doubleToRawLongBits(plain(zeros, 0, zeros.length)),
                Double.doubleToRawLongBits(CpuLaneChunkSum.exactSum(zeros, 0, zeros.length)));
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            float[] b = u.clone();
            b[700] = bad;
            assertTrue(Double.isNaN(CpuLaneChunkSum.exactSum(b, 0, 1024)), "refuses " + bad);
        }
        float[] far = u.clone();
        far[3] = 1e-30f; // 2^-100 units against values near 1: no exact sum in 53 bits
        assertTrue(Double.isNaN(CpuLaneChunkSum.exactSum(far, 0, 1024)));
    }
}
