package org.sciaccel.spi;

/**
 * A Philox4x64-10 key and 256-bit block counter: where one call of a {@link RandomOps} primitive
 * starts reading the generator's stream. {@code block()} is the reference of the bijection that
 * the CPU backend runs and {@code kernels/random/philox.cl} mirrors word for word; it is
 * NumPy's {@code Philox} (Random123's Philox4x64 with ten rounds), so NumPy's 64-bit outputs are
 * the four words of {@code block(counter)} for counter 1, 2, 3, ... in turn.
 *
 * <p>Word order: {@code c0} is the least significant 64 bits of the counter and {@code key0} the
 * first key word, as NumPy's {@code state['state']['counter'][0]} and {@code ['key'][0]}.
 *
 * @param key0 first key word
 * @param key1 second key word
 * @param c0   counter bits 0-63
 * @param c1   counter bits 64-127
 * @param c2   counter bits 128-191
 * @param c3   counter bits 192-255
 */
public record PhiloxCounter(long key0, long key1, long c0, long c1, long c2, long c3) {
    /** Random123's round multipliers, read as unsigned 64-bit integers. */
    public static final long M0 = 0xD2E7470EE14C6C93L;
    public static final long M1 = 0xCA5A826395121157L;
    /** Random123's key schedule increments (the golden ratio and sqrt(3) - 1 in 64-bit fixed point). */
    public static final long W0 = 0x9E3779B97F4A7C15L;
    public static final long W1 = 0xBB67AE8584CAA73BL;
    /** Rounds of Philox4x64-10. */
    public static final int ROUNDS = 10;

    /** The counter plus {@code blocks} (read unsigned), carried through all four words. */
    public PhiloxCounter plus(long blocks) {
        long n0 = c0 + blocks;
        long carry = Long.compareUnsigned(n0, c0) < 0 ? 1 : 0;
        long n1 = c1 + carry;
        carry = carry != 0 && n1 == 0 ? 1 : 0;
        long n2 = c2 + carry;
        carry = carry != 0 && n2 == 0 ? 1 : 0;
        return new PhiloxCounter(key0, key1, n0, n1, n2, c3 + carry);
    }

    /**
     * The same counter in lane {@code lane}: {@code lane * 2^192} added (mod 2^256). The element
     * streams of {@link RandomOps} read lane 0 first and further lanes when they need more than
     * four words; a sequential stream from counter 0 never reaches lane 1 (2^192 blocks).
     */
    public PhiloxCounter lane(long lane) {
        return new PhiloxCounter(key0, key1, c0, c1, c2, c3 + lane);
    }

    /** The four 64-bit words of Philox4x64-10 of this counter under this key. */
    public long[] block() {
        long[] out = new long[4];
        block(key0, key1, c0, c1, c2, c3, out);
        return out;
    }

    /**
     * Philox4x64-10: ten rounds of {@code (x0, x1, x2, x3) <- (hi(M1*x2) ^ x1 ^ k0, lo(M1*x2),
     * hi(M0*x0) ^ x3 ^ k1, lo(M0*x0))}, the key bumped by (W0, W1) between rounds; written to
     * {@code out[0..3]}.
     */
    public static void block(long k0, long k1, long x0, long x1, long x2, long x3, long[] out) {
        for (int r = 0; r < ROUNDS; r++) {
            long hi0 = mulHiM(M0, x0);
            long lo0 = M0 * x0;
            long hi1 = mulHiM(M1, x2);
            long lo1 = M1 * x2;
            long n0 = hi1 ^ x1 ^ k0;
            long n2 = hi0 ^ x3 ^ k1;
            x0 = n0;
            x1 = lo1;
            x2 = n2;
            x3 = lo0;
            k0 += W0;
            k1 += W1;
        }
        out[0] = x0;
        out[1] = x1;
        out[2] = x2;
        out[3] = x3;
    }

    /**
     * The high 64 bits of the unsigned 128-bit product {@code m * x} for a multiplier {@code m}
     * whose top bit is set (M0 and M1): the signed high product corrected by {@code x} (for m's
     * sign bit) and by {@code m} where x's sign bit is set (Java 17 has no unsignedMultiplyHigh).
     */
    public static long mulHiM(long m, long x) {
        return Math.multiplyHigh(m, x) + x + ((x >> 63) & m);
    }

    /** The high 64 bits of the unsigned 128-bit product {@code a * b}, for any a and b. */
    public static long unsignedMulHi(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
