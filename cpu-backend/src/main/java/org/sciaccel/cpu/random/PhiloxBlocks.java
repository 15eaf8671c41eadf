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

    /** Loads the vector-API class only once the module is known to be there (see CpuSimd). */
    private static final class LaneCheck {
        static final boolean USABLE = CpuSimd.modulePresent() && CpuLanePhilox.usable();
    }
}
