package org.sciaccel.numpy;

import java.math.BigInteger;

/**
 * NumPy's {@code numpy.random.SeedSequence} for a non-negative integer seed with no spawn key, as
 * far as {@code Philox(seed)} uses it: the seed's 32-bit words (least significant first; 0 is one
 * zero word) are hashed into a pool of four 32-bit words, every pool word is mixed with the hash of
 * every other and of the words beyond the fourth, and {@code generate_state} hashes the pool
 * cyclically into the words asked for. All arithmetic is on unsigned 32-bit words (Java's int
 * arithmetic wraps the same way); the constants are NumPy's ({@code INIT_A}, {@code MULT_A},
 * {@code INIT_B}, {@code MULT_B}, {@code MIX_MULT_L}, {@code MIX_MULT_R}, shift 16).
 */
final class SeedSequence {
    private static final int POOL_SIZE = 4;
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;

    private final int[] pool = new int[POOL_SIZE];

    /**
     * @throws IllegalArgumentException for a negative seed, with NumPy's words
     */
    SeedSequence(BigInteger seed) {
        if (seed.signum() < 0) {
            throw new IllegalArgumentException("seed=" + seed + ": expected non-negative integer");
        }
        int[] entropy = words(seed);
        int[] hashConst = {INIT_A};
        for (int i = 0; i < POOL_SIZE; i++) {
            pool[i] = hashMix(i < entropy.length ? entropy[i] : 0, hashConst);
        }
        for (int src = 0; src < POOL_SIZE; src++) {
            for (int dst = 0; dst < POOL_SIZE; dst++) {
                if (src != dst) {
                    pool[dst] = mix(pool[dst], hashMix(pool[src], hashConst));
                }
            }
        }
        for (int src = POOL_SIZE; src < entropy.length; src++) {
            for (int dst = 0; dst < POOL_SIZE; dst++) {
                pool[dst] = mix(pool[dst], hashMix(entropy[src], hashConst));
            }
        }
    }

    /** {@code generate_state(n, np.uint64)}: 2n 32-bit words, paired (low word first) into n 64-bit words. */
    long[] generateState64(int n) {
        long[] out = new long[n];
        int hashConst = INIT_B;
        for (int i = 0; i < 2 * n; i++) {
            int v = pool[i % POOL_SIZE] ^ hashConst;
            hashConst *= MULT_B;
            v *= hashConst;
            v ^= v >>> XSHIFT;
            out[i / 2] |= (v & 0xFFFFFFFFL) << (32 * (i % 2));
        }
        return out;
    }

    /** The seed's 32-bit words, least significant first; zero is one zero word. */
    private static int[] words(BigInteger seed) {
        int count = Math.max(1, (seed.bitLength() + 31) / 32);
        int[] w = new int[count];
        for (int i = 0; i < count; i++) {
            w[i] = seed.shiftRight(32 * i).intValue();
        }
        return w;
    }

    private static int hashMix(int value, int[] hashConst) {
        value ^= hashConst[0];
        hashConst[0] *= MULT_A;
        value *= hashConst[0];
        value ^= value >>> XSHIFT;
        return value;
    }

    private static int mix(int x, int y) {
        int r = MIX_MULT_L * x - MIX_MULT_R * y;
        r ^= r >>> XSHIFT;
        return r;
    }
}
