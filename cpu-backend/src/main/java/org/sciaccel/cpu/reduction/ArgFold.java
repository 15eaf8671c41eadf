package org.sciaccel.cpu.reduction;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * argmin and argmax: per output the extreme so far and its position in the slice, the first one kept on ties.
 * Values are compared in the input's own type (integers as 64 bits, uint64 with its top bit flipped, floats
 * as doubles, complex by real then imaginary part, NumPy's argmax order); NaN is the extreme and the first NaN
 * wins, as NumPy's. Positions are written as int64.
 */
final class ArgFold extends Fold<ArgFold.State, ArgFold.Scratch> {
    private static final int BLOCK = 2048;

    /** The extremes so far ({@code real}, {@code imag} or {@code ints}) and their positions ({@code -1}: none yet). */
    static final class State {
        final double[] real;
        final double[] imag;
        final long[] ints;
        final long[] pos;

        State(int outputs, boolean floats, boolean complex) {
            real = floats || complex ? new double[outputs] : null;
            imag = complex ? new double[outputs] : null;
            ints = floats || complex ? null : new long[outputs];
            pos = new long[outputs];
            Arrays.fill(pos, -1);
        }
    }

    /** A task's buffers: the values read as doubles (interleaved for complex) or as 64-bit integers. */
    static final class Scratch {
        final double[] values = new double[2 * BLOCK];
        final long[] ints = new long[BLOCK];
    }

    private final HostArray in;
    private final boolean max;
    private final boolean floats;
    private final boolean complex;
    private final long flip;
    private final long[] out;

    ArgFold(HostArray in, boolean max, HostArray result) {
        this.in = in;
        this.max = max;
        this.complex = in.dtype().isComplex();
        this.floats = in.dtype().isFloatingPoint();
        this.flip = in.dtype() == DType.UINT64 ? Long.MIN_VALUE : 0;
        this.out = (long[]) result.data();
    }

    @Override
    State newState(int outputs) {
        return new State(outputs, floats, complex);
    }

    @Override
    Scratch scratch() {
        return new Scratch();
    }

    @Override
    void run(State s, int o, int from, int len, int pos, Scratch sc) {
        double[] buf = sc.values;
        long[] ibuf = sc.ints;
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            read(from + k, m, buf, ibuf);
            for (int e = 0; e < m; e++) {
                offer(s, o, buf, ibuf, e, pos + k + e);
            }
        }
    }

    @Override
    void row(State s, int o0, int from, int len, int pos, Scratch sc) {
        double[] buf = sc.values;
        long[] ibuf = sc.ints;
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            read(from + k, m, buf, ibuf);
            for (int e = 0; e < m; e++) {
                offer(s, o0 + k + e, buf, ibuf, e, pos);
            }
        }
    }

    private void read(int from, int len, double[] buf, long[] ibuf) {
        if (complex) {
            LoopValues.complex(in, DType.COMPLEX128, from, len, buf);
        } else if (floats) {
            LoopValues.doubles(in, DType.FLOAT64, from, len, buf);
        } else {
            LoopValues.longs(in, in.dtype() == DType.UINT64 ? DType.UINT64 : DType.INT64, from, len, ibuf);
        }
    }

    /** Element {@code e} of the buffer, at position {@code p}, offered to output {@code o}. */
    private void offer(State s, int o, double[] buf, long[] ibuf, int e, long p) {
        boolean takes;
        if (complex) {
            takes = s.pos[o] < 0 || better(buf[2 * e], buf[2 * e + 1], s.real[o], s.imag[o]);
            if (takes) {
                s.real[o] = buf[2 * e];
                s.imag[o] = buf[2 * e + 1];
            }
        } else if (floats) {
            double x = buf[e];
            double m = s.real[o];
            takes = s.pos[o] < 0 || (max ? x > m : x < m) || (x != x && m == m);
            if (takes) {
                s.real[o] = x;
            }
        } else {
            long x = ibuf[e] ^ flip;
            takes = s.pos[o] < 0 || (max ? x > s.ints[o] : x < s.ints[o]);
            if (takes) {
                s.ints[o] = x;
            }
        }
        if (takes) {
            s.pos[o] = p;
        }
    }

    /** NumPy's complex argmax (argmin) order: {@code b} replaces {@code a} if it is NaN or strictly beyond it. */
    private boolean better(double br, double bi, double ar, double ai) {
        if (ar != ar || ai != ai) {
            return false;
        }
        if (br != br || bi != bi) {
            return true;
        }
        return max ? br > ar || (br == ar && bi > ai) : br < ar || (br == ar && bi < ai);
    }

    @Override
    void merge(State into, State later, int o0, int count) {
        for (int o = o0; o < o0 + count; o++) {
            if (later.pos[o] < 0) {
                continue;
            }
            boolean takes;
            if (into.pos[o] < 0) {
                takes = true;
            } else if (complex) {
                takes = better(later.real[o], later.imag[o], into.real[o], into.imag[o]);
            } else if (floats) {
                double x = later.real[o];
                double m = into.real[o];
                takes = (max ? x > m : x < m) || (x != x && m == m);
            } else {
                takes = max ? later.ints[o] > into.ints[o] : later.ints[o] < into.ints[o];
            }
            if (takes) {
                into.pos[o] = later.pos[o];
                if (into.real != null) {
                    into.real[o] = later.real[o];
                }
                if (into.imag != null) {
                    into.imag[o] = later.imag[o];
                }
                if (into.ints != null) {
                    into.ints[o] = later.ints[o];
                }
            }
        }
    }

    @Override
    void finish(State s, int o0, int count) {
        System.arraycopy(s.pos, o0, out, o0, count);
    }
}
