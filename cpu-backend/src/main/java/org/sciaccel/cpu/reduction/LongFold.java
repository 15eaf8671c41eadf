package org.sciaccel.cpu.reduction;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.spi.Reducer;

/**
 * A reduction in the integer domain: the elements cast to an integer or bool loop dtype, held as 64 bits
 * (unsigned types zero-extended, uint64 as its bits). Sums and products wrap around in 64 bits; the result is
 * narrowed to its dtype, which wraps as NumPy's narrower loop does (two's complement arithmetic modulo 2^k is
 * the same whether reduced at each step or at the end). uint64 is compared with its top bit flipped, which
 * orders unsigned values as signed ones. ANY, ALL and COUNT_NONZERO are MAX, MIN and SUM of the 0/1 truths.
 */
final class LongFold extends Fold<long[][], long[]> {
    private static final int BLOCK = 2048;

    private enum Kind { SUM, PROD, MIN, MAX, PTP }

    private final HostArray in;
    private final DType loop;
    private final Kind kind;
    private final long flip;
    private final long[] direct;
    private final Sinks.Long64 sink;
    /** The start of MIN and MAX of truths: ALL of no element is true, ANY false; null for the type's extreme. */
    private Long truthStart;

    private LongFold(HostArray in, DType loop, Kind kind, Sinks.Long64 sink) {
        this.in = in;
        this.loop = loop;
        this.kind = kind;
        this.sink = sink;
        boolean compares = kind == Kind.MIN || kind == Kind.MAX || kind == Kind.PTP;
        this.flip = compares && loop == DType.UINT64 ? Long.MIN_VALUE : 0;
        this.direct = in.dtype() == loop && (loop == DType.INT64 || loop == DType.UINT64) ? (long[]) in.data() : null;
    }

    static LongFold of(Reducer op, HostArray in, DType loop, Sinks.Long64 sink) {
        switch (op) {
            case SUM: case NANSUM: case COUNT_NONZERO: return new LongFold(in, loop, Kind.SUM, sink);
            case PROD: return new LongFold(in, loop, Kind.PROD, sink);
            case MIN: case NANMIN: return new LongFold(in, loop, Kind.MIN, sink);
            case MAX: case NANMAX: return new LongFold(in, loop, Kind.MAX, sink);
            case ALL: return new LongFold(in, loop, Kind.MIN, sink).startingAt(1);
            case ANY: return new LongFold(in, loop, Kind.MAX, sink).startingAt(0);
            case PTP: return new LongFold(in, loop, Kind.PTP, sink);
            default: throw new AssertionError(op + " has no integer fold");
        }
    }

    private LongFold startingAt(long start) {
        truthStart = start;
        return this;
    }

    @Override
    long[][] newState(int outputs) {
        long[][] s = new long[kind == Kind.PTP ? 2 : 1][outputs];
        switch (kind) {
            case PROD: Arrays.fill(s[0], 1L); break;
            case MIN: Arrays.fill(s[0], Long.MAX_VALUE); break;
            case MAX: Arrays.fill(s[0], Long.MIN_VALUE); break;
            case PTP: Arrays.fill(s[0], Long.MAX_VALUE); Arrays.fill(s[1], Long.MIN_VALUE); break;
            default: break;
        }
        if (truthStart != null) {
            Arrays.fill(s[0], truthStart);
        }
        return s;
    }

    @Override
    long[] scratch() {
        return new long[BLOCK];
    }

    @Override
    void run(long[][] s, int o, int from, int len, int pos, long[] buf) {
        if (direct != null) {
            values(s, o, direct, from, len);
            return;
        }
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            LoopValues.longs(in, loop, from + k, m, buf);
            values(s, o, buf, 0, m);
        }
    }

    private void values(long[][] s, int o, long[] v, int off, int len) {
        long a = s[0][o];
        switch (kind) {
            case SUM: for (int k = 0; k < len; k++) a += v[off + k]; break;
            case PROD: for (int k = 0; k < len; k++) a *= v[off + k]; break;
            case MIN: for (int k = 0; k < len; k++) a = Math.min(a, v[off + k] ^ flip); break;
            case MAX: for (int k = 0; k < len; k++) a = Math.max(a, v[off + k] ^ flip); break;
            case PTP: {
                long hi = s[1][o];
                for (int k = 0; k < len; k++) {
                    long x = v[off + k] ^ flip;
                    a = Math.min(a, x);
                    hi = Math.max(hi, x);
                }
                s[1][o] = hi;
                break;
            }
            default: throw new AssertionError(kind);
        }
        s[0][o] = a;
    }

    @Override
    void row(long[][] s, int o0, int from, int len, int pos, long[] buf) {
        if (direct != null) {
            rowValues(s, o0, direct, from, len);
            return;
        }
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            LoopValues.longs(in, loop, from + k, m, buf);
            rowValues(s, o0 + k, buf, 0, m);
        }
    }

    private void rowValues(long[][] s, int o0, long[] v, int off, int len) {
        long[] a = s[0];
        switch (kind) {
            case SUM: for (int k = 0; k < len; k++) a[o0 + k] += v[off + k]; break;
            case PROD: for (int k = 0; k < len; k++) a[o0 + k] *= v[off + k]; break;
            case MIN: for (int k = 0; k < len; k++) a[o0 + k] = Math.min(a[o0 + k], v[off + k] ^ flip); break;
            case MAX: for (int k = 0; k < len; k++) a[o0 + k] = Math.max(a[o0 + k], v[off + k] ^ flip); break;
            case PTP: {
                long[] hi = s[1];
                for (int k = 0; k < len; k++) {
                    long x = v[off + k] ^ flip;
                    a[o0 + k] = Math.min(a[o0 + k], x);
                    hi[o0 + k] = Math.max(hi[o0 + k], x);
                }
                break;
            }
            default: throw new AssertionError(kind);
        }
    }

    @Override
    void merge(long[][] into, long[][] later, int o0, int count) {
        for (int o = o0; o < o0 + count; o++) {
            long a = into[0][o];
            long b = later[0][o];
            switch (kind) {
                case SUM: into[0][o] = a + b; break;
                case PROD: into[0][o] = a * b; break;
                case MIN: case PTP: into[0][o] = Math.min(a, b); break;
                case MAX: into[0][o] = Math.max(a, b); break;
                default: throw new AssertionError(kind);
            }
            if (kind == Kind.PTP) {
                into[1][o] = Math.max(into[1][o], later[1][o]);
            }
        }
    }

    @Override
    void finish(long[][] s, int o0, int count) {
        for (int o = o0; o < o0 + count; o++) {
            // Flipping the top bit of both operands leaves their difference unchanged (mod 2^64).
            long v = kind == Kind.PTP ? s[1][o] - s[0][o] : kind == Kind.MIN || kind == Kind.MAX ? s[0][o] ^ flip : s[0][o];
            sink.put(o, v);
        }
    }
}
