package org.sciaccel.cpu.random;

import org.sciaccel.spi.PhiloxCounter;

/**
 * The words of one element's stream ({@link org.sciaccel.spi.RandomOps}): those of
 * {@code block(start + i)}, then of the same counter in lanes 1, 2, ... ({@code + lane * 2^192}).
 * One instance per thread chunk, moved from element to element with {@link #seek}; the kernels'
 * {@code element_stream} in {@code kernels/random/philox.cl} is the same.
 */
final class ElementStream {
    private final long k0;
    private final long k1;
    private final PhiloxCounter start;
    private long c0;
    private long c1;
    private long c2;
    private long c3;
    private long lane;
    private int next;
    private final long[] words = new long[4];

    ElementStream(PhiloxCounter start) {
        this.start = start;
        this.k0 = start.key0();
        this.k1 = start.key1();
    }

    /** Moves to element {@code i}'s stream (the counter start + i, lane 0) and reads its first block. */
    void seek(long i) {
        long n0 = start.c0() + i;
        long carry = Long.compareUnsigned(n0, start.c0()) < 0 ? 1 : 0;
        long n1 = start.c1() + carry;
        carry = carry != 0 && n1 == 0 ? 1 : 0;
        long n2 = start.c2() + carry;
        carry = carry != 0 && n2 == 0 ? 1 : 0;
        c0 = n0;
        c1 = n1;
        c2 = n2;
        c3 = start.c3() + carry;
        lane = 0;
        PhiloxCounter.block(k0, k1, c0, c1, c2, c3, words);
        next = 0;
    }

    /** The element's next 64-bit word. */
    long nextWord() {
        if (next == 4) {
            lane++;
            PhiloxCounter.block(k0, k1, c0, c1, c2, c3 + lane, words);
            next = 0;
        }
        return words[next++];
    }

    /** The next word as a double in [0, 1): {@code (w >>> 11) * 2^-53}. */
    double nextDouble() {
        return (nextWord() >>> 11) * 0x1.0p-53;
    }
}
