package org.sciaccel.cpu.reduction;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.spi.Reducer;

/**
 * A reduction in the complex domain: the elements cast to a complex loop dtype, read as interleaved doubles.
 * Sums are compensated per part; products multiply in the loop's precision; the extremes follow NumPy's
 * complex {@code maximum} / {@code fmax} (ordered by real part, then imaginary part; an element with a NaN part
 * propagates, or with the nan forms is skipped); the variances sum {@code |x - mean|^2} into a real result.
 */
final class ComplexFold extends Fold<double[][], double[]> {
    private static final int BLOCK = 2048;

    private enum Kind { SUM, PROD, EXTREME, PTP, NANMEAN, VAR }

    private final HostArray in;
    private final DType loop;
    private final Kind kind;
    private final boolean skipNaN;
    private final boolean max;
    private final double divisor;
    private final Sinks.Complex sink;
    private final Sinks.Real realSink;
    private final double[] centerRe;
    private final double[] centerIm;
    private final int n;
    private final double ddof;
    private final boolean sqrt;
    volatile boolean flagged;

    private ComplexFold(HostArray in, DType loop, Kind kind, boolean skipNaN, boolean max, double divisor,
            Sinks.Complex sink, Sinks.Real realSink, double[][] center, int n, double ddof, boolean sqrt) {
        this.in = in;
        this.loop = loop;
        this.kind = kind;
        this.skipNaN = skipNaN;
        this.max = max;
        this.divisor = divisor;
        this.sink = sink;
        this.realSink = realSink;
        this.centerRe = center == null ? null : center[0];
        this.centerIm = center == null ? null : center[1];
        this.n = n;
        this.ddof = ddof;
        this.sqrt = sqrt;
    }

    /** The fold of {@code op} into a complex result (everything but the variances). */
    static ComplexFold of(Reducer op, HostArray in, DType loop, Sinks.Complex sink, int n) {
        switch (op) {
            case SUM: return new ComplexFold(in, loop, Kind.SUM, false, false, 1, sink, null, null, n, 0, false);
            case NANSUM: return new ComplexFold(in, loop, Kind.SUM, true, false, 1, sink, null, null, n, 0, false);
            case MEAN: return new ComplexFold(in, loop, Kind.SUM, false, false, n, sink, null, null, n, 0, false);
            case NANMEAN: return new ComplexFold(in, loop, Kind.NANMEAN, true, false, 1, sink, null, null, n, 0, false);
            case PROD: return new ComplexFold(in, loop, Kind.PROD, false, false, 1, sink, null, null, n, 0, false);
            case MIN: return new ComplexFold(in, loop, Kind.EXTREME, false, false, 1, sink, null, null, n, 0, false);
            case MAX: return new ComplexFold(in, loop, Kind.EXTREME, false, true, 1, sink, null, null, n, 0, false);
            case NANMIN: return new ComplexFold(in, loop, Kind.EXTREME, true, false, 1, sink, null, null, n, 0, false);
            case NANMAX: return new ComplexFold(in, loop, Kind.EXTREME, true, true, 1, sink, null, null, n, 0, false);
            case PTP: return new ComplexFold(in, loop, Kind.PTP, false, false, 1, sink, null, null, n, 0, false);
            default: throw new AssertionError(op + " has no complex fold");
        }
    }

    /** The variance fold: {@code center} holds the means' real and imaginary parts per output. */
    static ComplexFold variance(HostArray in, DType loop, Sinks.Real sink, double[][] center, boolean skipNaN, int n,
            double ddof, boolean sqrt) {
        return new ComplexFold(in, loop, Kind.VAR, skipNaN, false, 1, null, sink, center, n, ddof, sqrt);
    }

    @Override
    double[][] newState(int outputs) {
        int width;
        switch (kind) {
            case SUM: width = 4; break;
            case NANMEAN: width = 5; break;
            case PTP: width = 5; break;   // min, max, and whether an element was seen
            case EXTREME: width = 3; break;
            case VAR: width = 3; break;
            default: width = 2; break;
        }
        double[][] s = new double[width][outputs];
        if (kind == Kind.PROD) {
            Arrays.fill(s[0], 1.0);
        }
        return s;
    }

    @Override
    double[] scratch() {
        return new double[2 * BLOCK];
    }

    @Override
    void run(double[][] s, int o, int from, int len, int pos, double[] buf) {
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            LoopValues.complex(in, loop, from + k, m, buf);
            for (int e = 0; e < m; e++) {
                fold(s, o, buf[2 * e], buf[2 * e + 1]);
            }
        }
    }

    @Override
    void row(double[][] s, int o0, int from, int len, int pos, double[] buf) {
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            LoopValues.complex(in, loop, from + k, m, buf);
            for (int e = 0; e < m; e++) {
                fold(s, o0 + k + e, buf[2 * e], buf[2 * e + 1]);
            }
        }
    }

    /** Folds one element into output {@code o}. */
    private void fold(double[][] s, int o, double re, double im) {
        boolean nan = re != re || im != im;
        switch (kind) {
            case SUM:
                if (!(skipNaN && nan)) {
                    Pairwise.addCompensated(s[0], s[1], o, re);
                    Pairwise.addCompensated(s[2], s[3], o, im);
                }
                break;
            case NANMEAN:
                if (!nan) {
                    Pairwise.addCompensated(s[0], s[1], o, re);
                    Pairwise.addCompensated(s[2], s[3], o, im);
                    s[4][o] += 1;
                }
                break;
            case PROD: {
                double ar = s[0][o];
                double ai = s[1][o];
                s[0][o] = round(ar * re - ai * im);
                s[1][o] = round(ar * im + ai * re);
                break;
            }
            case EXTREME:
                // NumPy's reduce starts from the slice's first element (these ufuncs have no identity).
                if (s[2][o] == 0 || takes(s[0][o], s[1][o], re, im, max, skipNaN)) {
                    s[0][o] = re;
                    s[1][o] = im;
                }
                s[2][o] = 1;
                break;
            case PTP:
                if (s[4][o] == 0 || takes(s[0][o], s[1][o], re, im, false, false)) {
                    s[0][o] = re;
                    s[1][o] = im;
                }
                if (s[4][o] == 0 || takes(s[2][o], s[3][o], re, im, true, false)) {
                    s[2][o] = re;
                    s[3][o] = im;
                }
                s[4][o] = 1;
                break;
            case VAR:
                if (!(skipNaN && nan)) {
                    double dr = re - centerRe[o];
                    double di = im - centerIm[o];
                    Pairwise.addCompensated(s[0], s[1], o, dr * dr + di * di);
                    s[2][o] += 1;
                }
                break;
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * Whether NumPy's complex {@code maximum} (or {@code minimum}) of the running value {@code (ar, ai)} and the
     * element {@code (br, bi)} is the element: not when the running value has a NaN part or is already >= (<=)
     * the element. With {@code skipNaN} ({@code fmax}): the element unless it has a NaN part or the running value
     * is >= it.
     */
    static boolean takes(double ar, double ai, double br, double bi, boolean max, boolean skipNaN) {
        boolean aNaN = ar != ar || ai != ai;
        boolean bNaN = br != br || bi != bi;
        boolean keeps = max ? ge(ar, ai, br, bi) : ge(br, bi, ar, ai);
        if (skipNaN) {
            return !(bNaN || (!aNaN && keeps));
        }
        return !(aNaN || keeps);
    }

    /** NumPy's CGE: {@code (ar, ai) >= (br, bi)} in its lexicographic order. */
    private static boolean ge(double ar, double ai, double br, double bi) {
        return (ar > br && ai == ai && bi == bi) || (ar == br && ai >= bi);
    }

    /**
     * Stores {@code (re, im) / d} as NumPy's complex division by {@code (d, 0)} computes it (Smith's method with a
     * zero ratio): {@code ((re + im * 0) / d, (im - re * 0) / d)}, so an infinite or NaN part makes the other part
     * NaN, as NumPy's mean does; by zero it is {@code (re / 0, im / 0)}. A divisor of 1 (the sums) stores as is.
     */
    private void divide(int o, double re, double im, double d) {
        if (d == 1) {
            sink.put(o, re, im);
        } else if (d == 0) {
            sink.put(o, re / d, im / d);
        } else {
            double scl = 1.0 / d;
            sink.put(o, (re + im * 0.0) * scl, (im - re * 0.0) * scl);
        }
    }

    private double round(double v) {
        return loop == DType.COMPLEX64 ? (float) v : v;
    }

    @Override
    void merge(double[][] into, double[][] later, int o0, int count) {
        for (int o = o0; o < o0 + count; o++) {
            switch (kind) {
                case SUM:
                    Pairwise.addCompensated(into[0], into[1], o, Pairwise.value(later[0], later[1], o));
                    Pairwise.addCompensated(into[2], into[3], o, Pairwise.value(later[2], later[3], o));
                    break;
                case NANMEAN:
                    Pairwise.addCompensated(into[0], into[1], o, Pairwise.value(later[0], later[1], o));
                    Pairwise.addCompensated(into[2], into[3], o, Pairwise.value(later[2], later[3], o));
                    into[4][o] += later[4][o];
                    break;
                case VAR:
                    Pairwise.addCompensated(into[0], into[1], o, Pairwise.value(later[0], later[1], o));
                    into[2][o] += later[2][o];
                    break;
                case PROD: {
                    double ar = into[0][o], ai = into[1][o], br = later[0][o], bi = later[1][o];
                    into[0][o] = round(ar * br - ai * bi);
                    into[1][o] = round(ar * bi + ai * br);
                    break;
                }
                case EXTREME:
                    if (later[2][o] != 0 && (into[2][o] == 0
                            || takes(into[0][o], into[1][o], later[0][o], later[1][o], max, skipNaN))) {
                        into[0][o] = later[0][o];
                        into[1][o] = later[1][o];
                        into[2][o] = 1;
                    }
                    break;
                case PTP:
                    if (later[4][o] == 0) {
                        break;
                    }
                    boolean fresh = into[4][o] == 0;
                    if (fresh || takes(into[0][o], into[1][o], later[0][o], later[1][o], false, false)) {
                        into[0][o] = later[0][o];
                        into[1][o] = later[1][o];
                    }
                    if (fresh || takes(into[2][o], into[3][o], later[2][o], later[3][o], true, false)) {
                        into[2][o] = later[2][o];
                        into[3][o] = later[3][o];
                    }
                    into[4][o] = 1;
                    break;
                default:
                    throw new AssertionError(kind);
            }
        }
    }

    @Override
    void finish(double[][] s, int o0, int count) {
        for (int o = o0; o < o0 + count; o++) {
            switch (kind) {
                case SUM:
                    divide(o, Pairwise.value(s[0], s[1], o), Pairwise.value(s[2], s[3], o), divisor);
                    break;
                case NANMEAN: {
                    double c = s[4][o];
                    if (c == 0) {
                        flagged = true;
                    }
                    divide(o, Pairwise.value(s[0], s[1], o), Pairwise.value(s[2], s[3], o), c);
                    break;
                }
                case PTP:
                    sink.put(o, round(s[2][o] - s[0][o]), round(s[3][o] - s[1][o]));
                    break;
                case VAR: {
                    double sq = Pairwise.value(s[0], s[1], o);
                    double v;
                    if (skipNaN) {
                        double dof = s[2][o] - ddof;
                        if (dof <= 0) {
                            flagged = true;
                        }
                        v = dof <= 0 ? Double.NaN : sq / dof;
                    } else {
                        v = sq / Math.max(n - ddof, 0);
                    }
                    realSink.put(o, sqrt ? Math.sqrt(v) : v);
                    break;
                }
                case EXTREME:
                    if (skipNaN && (s[0][o] != s[0][o] || s[1][o] != s[1][o])) {
                        flagged = true;
                    }
                    sink.put(o, s[0][o], s[1][o]);
                    break;
                default:
                    sink.put(o, s[0][o], s[1][o]);
                    break;
            }
        }
    }
}
