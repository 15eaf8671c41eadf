package org.sciaccel.cpu.random;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.sciaccel.spi.PhiloxCounter;

/**
 * Philox4x64-10 of several consecutive blocks at once, one block per lane of the JDK's vector API.
 * The 64 x 64 -> 128-bit products are built from four 32 x 32 -> 64-bit lane products (the API has
 * no high multiply), exact integer arithmetic, so the words are {@link PhiloxCounter#block}'s. Only
 * used when {@link org.sciaccel.cpu.CpuSimd#enabled()} and the preferred species has 512 bits
 * (AVX-512: 64-bit lane multiplies in hardware; on narrower vectors the scalar loop is faster).
 */
final class CpuLanePhilox {
    static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    private static final long LOW32 = 0xFFFFFFFFL;
    private static final long M0_HI = PhiloxCounter.M0 >>> 32;
    private static final long M0_LO = PhiloxCounter.M0 & LOW32;
    private static final long M1_HI = PhiloxCounter.M1 >>> 32;
    private static final long M1_LO = PhiloxCounter.M1 & LOW32;
    /** Where lane l's word j goes in the block-major output: 4 l + j. */
    private static final int[][] SCATTER = scatter();
    private static final LongVector LANE_INDEX = LongVector.fromArray(SPECIES, iota(), 0);

    private CpuLanePhilox() {
    }

    /** Whether the lane path is worth taking on this machine. */
    static boolean usable() {
        return SPECIES.vectorBitSize() >= 512;
    }

    /**
     * The {@link #LANES} blocks of counters {@code (c0 + l, c1, c2, c3)}, l = 0 .. LANES-1 (the caller
     * makes sure c0 + l does not wrap), block-major into {@code words[4 l + j]}.
     */
    static void blocks(long k0, long k1, long c0, long c1, long c2, long c3, long[] words) {
        LongVector x0 = LANE_INDEX.add(c0);
        LongVector x1 = LongVector.broadcast(SPECIES, c1);
        LongVector x2 = LongVector.broadcast(SPECIES, c2);
        LongVector x3 = LongVector.broadcast(SPECIES, c3);
        for (int r = 0; r < PhiloxCounter.ROUNDS; r++) {
            // The unsigned products M0 * x0 and M1 * x2 from 32-bit halves (written out: the vectors
            // must stay in registers, which an array or a helper returning two would prevent).
            LongVector al = x0.and(LOW32);
            LongVector ah = x0.lanewise(VectorOperators.LSHR, 32);
            LongVector all = al.mul(M0_LO);
            LongVector alh = al.mul(M0_HI);
            LongVector ahl = ah.mul(M0_LO);
            LongVector amid = all.lanewise(VectorOperators.LSHR, 32).add(alh.and(LOW32)).add(ahl.and(LOW32));
            LongVector hi0 = ah.mul(M0_HI).add(alh.lanewise(VectorOperators.LSHR, 32))
                    .add(ahl.lanewise(VectorOperators.LSHR, 32)).add(amid.lanewise(VectorOperators.LSHR, 32));
            LongVector lo0 = amid.lanewise(VectorOperators.LSHL, 32).or(all.and(LOW32));
            LongVector bl = x2.and(LOW32);
            LongVector bh = x2.lanewise(VectorOperators.LSHR, 32);
            LongVector bll = bl.mul(M1_LO);
            LongVector blh = bl.mul(M1_HI);
            LongVector bhl = bh.mul(M1_LO);
            LongVector bmid = bll.lanewise(VectorOperators.LSHR, 32).add(blh.and(LOW32)).add(bhl.and(LOW32));
            LongVector hi1 = bh.mul(M1_HI).add(blh.lanewise(VectorOperators.LSHR, 32))
                    .add(bhl.lanewise(VectorOperators.LSHR, 32)).add(bmid.lanewise(VectorOperators.LSHR, 32));
            LongVector lo1 = bmid.lanewise(VectorOperators.LSHL, 32).or(bll.and(LOW32));
            x0 = hi1.lanewise(VectorOperators.XOR, x1).lanewise(VectorOperators.XOR, k0);
            x1 = lo1;
            x2 = hi0.lanewise(VectorOperators.XOR, x3).lanewise(VectorOperators.XOR, k1);
            x3 = lo0;
            k0 += PhiloxCounter.W0;
            k1 += PhiloxCounter.W1;
        }
        x0.intoArray(words, 0, SCATTER[0], 0);
        x1.intoArray(words, 0, SCATTER[1], 0);
        x2.intoArray(words, 0, SCATTER[2], 0);
        x3.intoArray(words, 0, SCATTER[3], 0);
    }

    private static int[][] scatter() {
        int[][] s = new int[4][LANES];
        for (int j = 0; j < 4; j++) {
            for (int l = 0; l < LANES; l++) {
                s[j][l] = 4 * l + j;
            }
        }
        return s;
    }

    private static long[] iota() {
        long[] v = new long[LANES];
        for (int l = 0; l < LANES; l++) {
            v[l] = l;
        }
        return v;
    }
}
