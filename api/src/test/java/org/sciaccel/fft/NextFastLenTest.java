package org.sciaccel.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * nextFastLen's direct search of the smooth numbers agrees with the definition (the first length at
 * or above the target with no prime factor above 5, or 11) checked by trial division, and reaches
 * SciPy's int64 targets; the values far beyond the int range are golden cases (fft_helpers).
 */
class NextFastLenTest {
    private static boolean smooth(long c, int[] primes) {
        for (int p : primes) {
            while (c % p == 0) {
                c /= p;
            }
        }
        return c == 1;
    }

    private static long byDefinition(long target, boolean real) {
        if (target <= 6) {
            return target;
        }
        int[] primes = real ? new int[] {2, 3, 5} : new int[] {2, 3, 5, 7, 11};
        long c = target;
        while (!smooth(c, primes)) {
            c++;
        }
        return c;
    }

    @Test
    void agreesWithTheDefinitionUpTo30000() {
        for (long t = 0; t <= 30_000; t++) {
            assertEquals(byDefinition(t, true), Fft.nextFastLen(t, true), "real, target " + t);
            assertEquals(byDefinition(t, false), Fft.nextFastLen(t, false), "complex, target " + t);
        }
    }

    @Test
    void reachesBeyondTheIntRange() {
        // scipy.fft.next_fast_len(2**31, real=True) and the int overload's refusal there
        assertEquals(2147483648L, Fft.nextFastLen(2147483648L, true));
        assertEquals(1L << 61, Fft.nextFastLen((1L << 61) - 1, true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fft.nextFastLen(Integer.MAX_VALUE, true));
        assertTrue(e.getMessage().contains("int range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fft.nextFastLen(-1L, true));
    }
}
