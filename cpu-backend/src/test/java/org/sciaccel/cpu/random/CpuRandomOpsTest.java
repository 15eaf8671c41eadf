package org.sciaccel.cpu.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.spi.PhiloxCounter;

/**
 * The CPU backend's random primitives against their definitions in RandomOps, word by word from
 * {@link PhiloxCounter#block}: on the vector-API path and the scalar one, across a counter that
 * carries out of its low word, from every buffer offset; the radix sort against a sort by (key,
 * index); RandomMath against the platform's log and a reference log-gamma.
 */
class CpuRandomOpsTest {
    private static final PhiloxCounter NEAR_WRAP = new PhiloxCounter(0x1234_5678_9ABC_DEF0L, -7L, -37L, -1L, 5L, 0L);

    private static long word(PhiloxCounter base, long t) {
        return base.plus(t / 4).block()[(int) (t % 4)];
    }

    private static void withSimd(boolean simd, Runnable body) {
        String old = System.getProperty(CpuSimd.PROPERTY);
        System.setProperty(CpuSimd.PROPERTY, Boolean.toString(simd));
        try {
            body.run();
        } finally {
            if (old == null) {
                System.clearProperty(CpuSimd.PROPERTY);
            } else {
                System.setProperty(CpuSimd.PROPERTY, old);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void numpysOrderFromEveryOffset(boolean simd) {
        withSimd(simd, () -> {
            try (CpuBackend b = new CpuBackend(2)) {
                for (long first = 1; first <= 4; first++) {
                    int n = 301;
                    try (NDArray u = b.random().uniform(NEAR_WRAP, first, new int[] {n}, -2.0, 3.0);
                            NDArray f = b.random().uniformFloat32(NEAR_WRAP, 2 * first + 1, new int[] {n}, true, 0xABCDEF12)) {
                        double[] d = u.toDoubleArray();
                        float[] h = f.toFloatArray();
                        assertEquals((0xABCDEF12 >>> 8) * 0x1.0p-24f, h[0]);
                        for (int i = 0; i < n; i++) {
                            assertEquals(-2.0 + 3.0 * ((word(NEAR_WRAP, first + i) >>> 11) * 0x1.0p-53), d[i], "element " + i);
                            if (i > 0) {
                                long half = 2 * first + 1 + (i - 1);
                                long w = word(NEAR_WRAP, half / 2);
                                int bits = half % 2 == 0 ? (int) w : (int) (w >>> 32);
                                assertEquals((bits >>> 8) * 0x1.0p-24f, h[i], "float32 element " + i);
                            }
                        }
                    }
                }
                // Large enough to be split across the threads, with a group boundary at the carry; every
                // element, twice (the second result in the first one's recycled array, from another offset).
                int n = 1 << 18;
                for (long first : new long[] {4, 7}) {
                    try (NDArray u = b.random().uniform(NEAR_WRAP, first, new int[] {n}, 0.0, 1.0)) {
                        double[] d = u.toDoubleArray();
                        for (int i = 0; i < n; i++) {
                            assertEquals((word(NEAR_WRAP, first + i) >>> 11) * 0x1.0p-53, d[i], "element " + i);
                        }
                    }
                }
            }
        });
    }

    @Test
    void elementStreamsReadFurtherLanes() {
        ElementStream s = new ElementStream(NEAR_WRAP);
        s.seek(40);
        PhiloxCounter c = NEAR_WRAP.plus(40);
        for (int lane = 0; lane < 3; lane++) {
            long[] w = c.lane(lane).block();
            for (int j = 0; j < 4; j++) {
                assertEquals(w[j], s.nextWord(), "lane " + lane + " word " + j);
            }
        }
    }

    @Test
    void keyOrderIsSortByKeyThenIndex() {
        SplittableRandom r = new SplittableRandom(5);
        for (int n : new int[] {0, 1, 2, 3, 17, 5000}) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                // Few distinct keys, negative ones included (read unsigned): many ties.
                keys[i] = r.nextInt(7) - 3L << 60 | r.nextInt(3);
            }
            Integer[] want = new Integer[n];
            for (int i = 0; i < n; i++) {
                want[i] = i;
            }
            long[] copy = keys.clone();
            Arrays.sort(want, Comparator.<Integer>comparingLong(i -> copy[i] ^ Long.MIN_VALUE).thenComparingInt(i -> i));
            int[] got = KeyOrder.sortedIndices(keys);
            assertArrayEquals(Arrays.stream(want).mapToInt(Integer::intValue).toArray(), got, "n = " + n);
        }
    }

    @Test
    void logIsWithinAnUlpOfMathLog() {
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 200_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong(1L, 0x7FF0000000000000L));
            double want = Math.log(x);
            double got = RandomMath.log(x);
            assertTrue(Math.abs(got - want) <= Math.ulp(want), "log(" + x + ") = " + got + ", Math.log " + want);
        }
        assertEquals(0.0, RandomMath.log(1.0));
        assertEquals(Double.NEGATIVE_INFINITY, RandomMath.log(0.0));
        assertEquals(Double.POSITIVE_INFINITY, RandomMath.log(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(RandomMath.log(-1.0)));
        assertTrue(Double.isNaN(RandomMath.log(Double.NaN)));
    }

    @Test
    void logGammaOfIntegers() {
        double logFactorial = 0;
        for (int k = 1; k <= 3000; k++) {
            // logGamma(k) = log((k - 1)!), summed in long double-free steps; 1e-13 relative is far tighter than the
            // Poisson acceptance test needs.
            double got = RandomMath.logGamma(k);
            assertEquals(logFactorial, got, 1e-13 * Math.max(1, Math.abs(logFactorial)), "logGamma(" + k + ")");
            logFactorial += Math.log(k);
        }
    }
}
