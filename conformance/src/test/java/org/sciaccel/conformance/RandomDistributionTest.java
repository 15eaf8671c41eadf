package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Random;

/**
 * Every generator of {@link Random} against its distribution at the 1e-3 level: Kolmogorov-Smirnov
 * for the continuous ones, chi-square for the discrete ones ({@link RandomStatistics}). Fixed seeds,
 * so each test passes or fails every time. On the CPU backend; {@link RandomCrossBackendTest} shows the
 * OpenCL backend gives the same bits.
 */
class RandomDistributionTest {
    private static final double LEVEL = 1e-3;
    private static final int N = 200_000;

    private static Backend cpu() {
        return TestBackends.get(TestBackends.CPU);
    }

    private static double[] doubles(NDArray a) {
        try (a) {
            return a.toHost().toDoubles();
        }
    }

    private static void assertFits(String what, double p) {
        assertTrue(p >= LEVEL, what + ": p = " + p + " < " + LEVEL);
    }

    private static void ks(String what, double[] x, DoubleUnaryOperator cdf) {
        assertFits(what + " (Kolmogorov-Smirnov, n = " + x.length + ")", RandomStatistics.ksPValue(x, cdf));
    }

    @Test
    void randomIsUniform() {
        Random rng = Random.philox(101, cpu());
        ks("random float64", doubles(rng.random(N)), u -> Math.min(1, Math.max(0, u)));
        ks("random float32", doubles(rng.random(DType.FLOAT32, N)), u -> Math.min(1, Math.max(0, u)));
        ks("uniform(-2, 3)", doubles(rng.uniform(-2, 3, N)), u -> Math.min(1, Math.max(0, (u + 2) / 5)));
    }

    @Test
    void standardNormalIsNormal() {
        Random rng = Random.philox(202, cpu());
        ks("standard_normal float64", doubles(rng.standardNormal(N)), RandomStatistics::normalCdf);
        ks("standard_normal float32", doubles(rng.standardNormal(DType.FLOAT32, N)), RandomStatistics::normalCdf);
        ks("normal(10, 0.5)", doubles(rng.normal(10, 0.5, N)), x -> RandomStatistics.normalCdf((x - 10) / 0.5));
    }

    @Test
    void exponentialIsExponential() {
        Random rng = Random.philox(303, cpu());
        ks("exponential(2.5)", doubles(rng.exponential(2.5, N)), x -> x <= 0 ? 0 : -Math.expm1(-x / 2.5));
        double[] e = doubles(rng.exponential(1.0, 1000));
        for (double v : e) {
            assertTrue(v >= 0 && Double.doubleToRawLongBits(v) >= 0, "exponential gave " + v);
        }
    }

    /** Chi-square of integer samples against a pmf over [0, bins), pooling the tail bins into their neighbours. */
    private static void chiSquare(String what, long[] values, long offset, double[] pmf) {
        long[] observed = new long[pmf.length];
        for (long v : values) {
            int k = (int) (v - offset);
            assertTrue(k >= 0 && k < pmf.length, what + ": value " + v + " outside the support");
            observed[k]++;
            assertTrue(pmf[k] > 0, what + ": value " + v + " has probability 0");
        }
        // Pool bins with fewer than 5 expected into the next (then the last into the previous).
        long[] o = new long[pmf.length];
        double[] ex = new double[pmf.length];
        int bins = 0;
        double accE = 0;
        long accO = 0;
        for (int k = 0; k < pmf.length; k++) {
            accE += pmf[k] * values.length;
            accO += observed[k];
            if (accE >= 5) {
                ex[bins] = accE;
                o[bins++] = accO;
                accE = 0;
                accO = 0;
            }
        }
        if (accE > 0 || accO > 0) {
            ex[bins - 1] += accE;
            o[bins - 1] += accO;
        }
        double p = RandomStatistics.chiSquarePValue(java.util.Arrays.copyOf(o, bins), java.util.Arrays.copyOf(ex, bins));
        assertFits(what + " (chi-square, " + bins + " bins, n = " + values.length + ")", p);
    }

    private static long[] longs(NDArray a) {
        try (a) {
            HostArray h = a.toHost();
            long[] out = new long[h.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = h.getLong(i);
            }
            return out;
        }
    }

    private static double[] uniformPmf(int k) {
        double[] p = new double[k];
        java.util.Arrays.fill(p, 1.0 / k);
        return p;
    }

    @Test
    void integersAreUniform() {
        Random rng = Random.philox(404, cpu());
        chiSquare("integers(0, 10)", longs(rng.integers(0, 10, N)), 0, uniformPmf(10));
        chiSquare("integers(-5, 2, endpoint)", longs(rng.integers(-5, 2, DType.INT8, true, N)), -5, uniformPmf(8));
        chiSquare("integers int8 full range", longs(rng.integers(-128, 128, DType.INT8, false, N)), -128,
                uniformPmf(256));
        long[] u16 = longs(rng.integers(0, 65536, DType.UINT16, false, N));
        for (int i = 0; i < u16.length; i++) {
            u16[i] >>>= 10;
        }
        chiSquare("integers uint16 in 64 buckets", u16, 0, uniformPmf(64));
        chiSquare("integers bool", longs(rng.integers(0, 2, DType.BOOL, false, N)), 0, uniformPmf(2));
        // A span where Lemire's method rejects a quarter of the words: 3 * 2^61 values, in 12 buckets of 2^59.
        long[] big = longs(rng.integers(0, 3L << 61, N));
        long[] bucket = new long[big.length];
        for (int i = 0; i < big.length; i++) {
            bucket[i] = big[i] >>> 59;
        }
        chiSquare("integers(0, 3 * 2^61)", bucket, 0, uniformPmf(12));
        // Beyond int64: uint64 in [2^63, 2^64) by their top 4 bits below the sign bit.
        try (NDArray u = rng.integers(BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(64), DType.UINT64, false, N)) {
            long[] bits = (long[]) u.toHost().data();
            long[] top = new long[bits.length];
            for (int i = 0; i < bits.length; i++) {
                assertTrue(bits[i] < 0, "uint64 below 2^63");
                top[i] = (bits[i] >>> 59) & 15;
            }
            chiSquare("integers uint64 [2^63, 2^64)", top, 0, uniformPmf(16));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 3.0, 9.99, 10.0, 45.5, 1234.5, 1e6})
    void poissonIsPoisson(double lam) {
        Random rng = Random.philox(505, cpu());
        long[] v = longs(rng.poisson(lam, N));
        if (lam == 0) {
            for (long x : v) {
                assertEquals(0, x);
            }
            return;
        }
        long lo = Math.max(0, (long) Math.floor(lam - 12 * Math.sqrt(lam) - 10));
        int bins = (int) (lam + 12 * Math.sqrt(lam) + 20 - lo);
        double[] pmf = new double[bins];
        double sum = 0;
        for (int k = 0; k < bins; k++) {
            long kk = lo + k;
            pmf[k] = Math.exp(kk * Math.log(lam) - lam - RandomStatistics.logGamma(kk + 1.0));
            sum += pmf[k];
        }
        // The mass beyond the window (below 1e-25 here) goes to the last bin.
        pmf[bins - 1] += Math.max(0, 1 - sum);
        chiSquare("poisson(" + lam + ")", v, lo, pmf);
    }

    @Test
    void permutationsAreUniform() {
        Random rng = Random.philox(606, cpu());
        Map<String, Long> seen = new HashMap<>();
        int calls = 24_000;
        for (int c = 0; c < calls; c++) {
            long[] p = longs(rng.permutation(4));
            seen.merge(java.util.Arrays.toString(p), 1L, Long::sum);
        }
        assertEquals(24, seen.size(), "every permutation of 4 appears");
        long[] observed = seen.values().stream().mapToLong(Long::longValue).toArray();
        double[] expected = new double[24];
        java.util.Arrays.fill(expected, calls / 24.0);
        assertFits("permutation(4) over the 24 orders", RandomStatistics.chiSquarePValue(observed, expected));
        // Where element 0 lands in a permutation of 50.
        long[] position = new long[4000];
        for (int c = 0; c < position.length; c++) {
            long[] p = longs(rng.permutation(50));
            for (int j = 0; j < 50; j++) {
                if (p[j] == 0) {
                    position[c] = j;
                }
            }
        }
        chiSquare("position of 0 in permutation(50)", position, 0, uniformPmf(50));
    }

    @Test
    void choiceWithProbabilitiesFollowsThem() {
        Random rng = Random.philox(707, cpu());
        double[] p = {0.1, 0.0, 0.25, 0.4, 0.05, 0.2};
        chiSquare("choice(6, p) with replacement", longs(rng.choice(6, new int[] {N}, true, p)), 0, p);
        chiSquare("choice(7) with replacement", longs(rng.choice(7, N)), 0, uniformPmf(7));
    }

    @Test
    void samplesWithoutReplacementAreSuccessiveDraws() {
        Random rng = Random.philox(808, cpu());
        double[] p = {0.1, 0.2, 0.3, 0.4};
        int calls = 20_000;
        long[] weighted = new long[calls];
        long[] plain = new long[calls];
        for (int c = 0; c < calls; c++) {
            long[] w = longs(rng.choice(4, new int[] {2}, false, p));
            long[] u = longs(rng.choice(4, new int[] {2}, false, null));
            assertTrue(w[0] != w[1] && u[0] != u[1], "a sample without replacement repeats a member");
            weighted[c] = w[0] * 4 + w[1];
            plain[c] = u[0] * 4 + u[1];
        }
        // Ordered pairs (i, j), i != j: p_i p_j / (1 - p_i) for successive weighted draws, 1/12 for uniform ones.
        double[] pw = new double[16];
        double[] pu = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (i != j) {
                    pw[i * 4 + j] = p[i] * p[j] / (1 - p[i]);
                    pu[i * 4 + j] = 1.0 / 12;
                }
            }
        }
        chiSquare("choice(4, 2, replace=False, p) ordered pairs", weighted, 0, pw);
        chiSquare("choice(4, 2, replace=False) ordered pairs", plain, 0, pu);
    }
}
