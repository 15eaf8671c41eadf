package org.sciaccel.cpu.random;

import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.spi.PhiloxCounter;

/**
 * Consecutive Philox4x64-10 blocks of one counter range, for the loops in NumPy's order: a group of
 * up to {@link #capacity()} blocks at a time, block-major in {@link #words()} (word j of the group's
 * block b at {@code 4 b + j}). A full group on the vector API when {@link CpuLanePhilox} is usable,
 * one block at a time otherwise; the same words either way. One instance per thread chunk.
 */
final class PhiloxBlocks {
    private final boolean lanes;
    private final int capacity;
    private final long[] words;
    private final long[] ctr = new long[4];
    private final long[] one = new long[4];

    PhiloxBlocks() {
        this.lanes = CpuSimd.enabled() && LaneCheck.USABLE;
        this.capacity = lanes ? CpuLanePhilox.LANES : 4;
        this.words = new long[4 * capacity];
    }

    /** Whether groups run on the vector API ({@link CpuLanePhilox}); otherwise block by block in scalar code. */
    boolean lanes() {
        return lanes;
    }

    /** Blocks per group. */
    int capacity() {
        return capacity;
    }

    long[] words() {
        return words;
    }

    /** Blocks {@code base + q .. base + q + count - 1} (count at most the capacity) into {@link #words()}. */
    void compute(PhiloxCounter base, long q, int count) {
        CpuRandomOps.counterAt(base, q, ctr);
        if (lanes && count == capacity && Long.compareUnsigned(ctr[0] + count - 1, ctr[0]) >= 0) {
            CpuLanePhilox.blocks(base.key0(), base.key1(), ctr[0], ctr[1], ctr[2], ctr[3], words);
            return;
        }
        for (int b = 0; b < count; b++) {
            CpuRandomOps.counterAt(base, q + b, ctr);
            PhiloxCounter.block(base.key0(), base.key1(), ctr[0], ctr[1], ctr[2], ctr[3], one);
            System.arraycopy(one, 0, words, 4 * b, 4);
        }
    }

    /**
     * NumPy's doubles of two consecutive blocks, counters {@code (c0, c1, c2, c3)} and {@code (c0 + 1, c1, c2, c3)}
     * (the caller makes sure c0 + 1 does not wrap): {@code out[o + t] = low + range * ((w_t >>> 11) * 2^-53)} for
     * the eight words in stream order. The two blocks' rounds are interleaved, so that one block's products run
     * while the other waits on its own: the same words as {@link PhiloxCounter#block}.
     */
    static void uniformPair(long k0, long k1, long c0, long c1, long c2, long c3, double[] out, int o, double low,
            double range) {
        long a0 = c0, a1 = c1, a2 = c2, a3 = c3;
        long b0 = c0 + 1, b1 = c1, b2 = c2, b3 = c3;
        for (int r = 0; r < PhiloxCounter.ROUNDS; r++) {
            long ah0 = PhiloxCounter.mulHiM(PhiloxCounter.M0, a0);
            long al0 = PhiloxCounter.M0 * a0;
            long ah1 = PhiloxCounter.mulHiM(PhiloxCounter.M1, a2);
            long al1 = PhiloxCounter.M1 * a2;
            long bh0 = PhiloxCounter.mulHiM(PhiloxCounter.M0, b0);
            long bl0 = PhiloxCounter.M0 * b0;
            long bh1 = PhiloxCounter.mulHiM(PhiloxCounter.M1, b2);
            long bl1 = PhiloxCounter.M1 * b2;
            a0 = ah1 ^ a1 ^ k0;
            a1 = al1;
            a2 = ah0 ^ a3 ^ k1;
            a3 = al0;
            b0 = bh1 ^ b1 ^ k0;
            b1 = bl1;
            b2 = bh0 ^ b3 ^ k1;
            b3 = bl0;
            k0 += PhiloxCounter.W0;
            k1 += PhiloxCounter.W1;
        }
        out[o] = low + range * ((a0 >>> 11) * 0x1.0p-53);
        out[o + 1] = low + range * ((a1 >>> 11) * 0x1.0p-53);
        out[o + 2] = low + range * ((a2 >>> 11) * 0x1.0p-53);
        out[o + 3] = low + range * ((a3 >>> 11) * 0x1.0p-53);
        out[o + 4] = low + range * ((b0 >>> 11) * 0x1.0p-53);
        out[o + 5] = low + range * ((b1 >>> 11) * 0x1.0p-53);
        out[o + 6] = low + range * ((b2 >>> 11) * 0x1.0p-53);
        out[o + 7] = low + range * ((b3 >>> 11) * 0x1.0p-53);
    }

    /** Loads the vector-API class only once the module is known to be there (see CpuSimd). */
    private static final class LaneCheck {
        static final boolean USABLE = CpuSimd.modulePresent() && CpuLanePhilox.usable();
    }
}
