package org.sciaccel.cpu.reduction;

import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.ReductionLayout;

/**
 * cumsum and cumprod: the running sum or product along the layout's reduced extent, each element cast to the
 * loop dtype and each partial result rounded to it before the next step, as NumPy's accumulate stores it
 * (float16 adds in float32 and rounds to half; integers run in 64 bits and are narrowed when stored, which wraps
 * as NumPy does). Many lanes are split among the threads; one long lane is cut into chunks whose totals are
 * formed first, then each chunk is scanned from the total of the chunks before it.
 */
final class CpuScan {
    private static final int BLOCK = 2048;
    private static final int MIN_CHUNK = 1 << 16;

    private enum Domain { REAL, INTEGER, COMPLEX }

    private final HostArray in;
    private final HostArray out;
    private final DType loop;
    private final boolean product;
    private final Domain domain;

    CpuScan(HostArray in, HostArray out, boolean product) {
        this.in = in;
        this.out = out;
        this.loop = out.dtype();
        this.product = product;
        this.domain = loop.isComplex() ? Domain.COMPLEX : loop.isIntegral() ? Domain.INTEGER : Domain.REAL;
    }

    /** A task's buffers and the running value of a lane ({@code real[0..1]} or {@code ints[0]}). */
    private final class Scratch {
        final double[] values = new double[2 * BLOCK];
        final long[] ints = new long[BLOCK];
    }

    void run(ReductionLayout layout, CpuThreads threads) {
        int outer = layout.outer();
        int n = layout.reduced();
        int inner = layout.inner();
        long work = (long) outer * n * inner;
        if (work == 0) {
            return;
        }
        int t = threads.threads();
        if (inner == 1 && outer < 2 * t && n >= 2 * MIN_CHUNK && t > 1) {
            for (int o = 0; o < outer; o++) {
                chunkedLane(o * n, n, threads);
            }
        } else if (inner == 1) {
            threads.parallelFor(outer, work, (a, b) -> {
                Scratch sc = new Scratch();
                for (int o = a; o < b; o++) {
                    double[] carry = start();
                    long[] icarry = {product ? 1 : 0};
                    lane(o * n, n, carry, icarry, sc, true, true);
                }
            });
        } else {
            threads.parallelFor(outer, work, (a, b) -> {
                Scratch sc = new Scratch();
                double[] state = new double[domain == Domain.COMPLEX ? 2 * inner : domain == Domain.REAL ? inner : 0];
                long[] istate = new long[domain == Domain.INTEGER ? inner : 0];
                for (int o = a; o < b; o++) {
                    for (int i = 0; i < n; i++) {
                        columnsRow((o * n + i) * inner, inner, i == 0, state, istate, sc);
                    }
                }
            });
        }
    }

    private double[] start() {
        return new double[] {product ? 1 : 0, 0};
    }

    /** One long lane: chunk totals in parallel, their running totals in order, then each chunk from its start. */
    private void chunkedLane(int from, int n, CpuThreads threads) {
        int chunks = Math.min(4 * threads.threads(), n / MIN_CHUNK);
        double[][] totals = new double[chunks][];
        long[][] itotals = new long[chunks][];
        threads.parallelFor(chunks, n, (a, b) -> {
            Scratch sc = new Scratch();
            for (int c = a; c < b; c++) {
                int i0 = (int) ((long) n * c / chunks);
                int i1 = (int) ((long) n * (c + 1) / chunks);
                totals[c] = start();
                itotals[c] = new long[] {product ? 1 : 0};
                lane(from + i0, i1 - i0, totals[c], itotals[c], sc, false, true);
            }
        });
        double[][] starts = new double[chunks][];
        long[][] istarts = new long[chunks][];
        double[] run = totals[0].clone();
        long[] irun = itotals[0].clone();
        starts[0] = start();
        istarts[0] = new long[] {product ? 1 : 0};
        for (int c = 1; c < chunks; c++) {
            starts[c] = run.clone();
            istarts[c] = irun.clone();
            combine(run, irun, totals[c], itotals[c]);
        }
        threads.parallelFor(chunks, n, (a, b) -> {
            Scratch sc = new Scratch();
            for (int c = a; c < b; c++) {
                int i0 = (int) ((long) n * c / chunks);
                int i1 = (int) ((long) n * (c + 1) / chunks);
                lane(from + i0, i1 - i0, starts[c], istarts[c], sc, true, c == 0);
            }
        });
    }

    /**
     * Scans the contiguous elements {@code [from, from + len)} from the running value given, or ({@code fresh}) from
     * the first element as it is, as NumPy's accumulate starts; stores them if asked.
     */
    private void lane(int from, int len, double[] carry, long[] icarry, Scratch sc, boolean store, boolean fresh) {
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            int e0 = fresh && k == 0 ? 1 : 0;
            switch (domain) {
                case INTEGER: {
                    long[] v = sc.ints;
                    LoopValues.longs(in, loop, from + k, m, v);
                    long r = e0 == 1 ? v[0] : icarry[0];
                    for (int e = e0; e < m; e++) {
                        r = product ? r * v[e] : r + v[e];
                        v[e] = r;
                    }
                    icarry[0] = r;
                    if (store) {
                        Sinks.storeLongs(out, from + k, v, m);
                    }
                    break;
                }
                case REAL: {
                    double[] v = sc.values;
                    LoopValues.doubles(in, loop, from + k, m, v);
                    double r = e0 == 1 ? v[0] : carry[0];
                    for (int e = e0; e < m; e++) {
                        r = round(product ? r * v[e] : r + v[e]);
                        v[e] = r;
                    }
                    carry[0] = r;
                    if (store) {
                        Sinks.storeReals(out, from + k, v, m);
                    }
                    break;
                }
                default: {
                    double[] v = sc.values;
                    LoopValues.complex(in, loop, from + k, m, v);
                    double re = e0 == 1 ? v[0] : carry[0];
                    double im = e0 == 1 ? v[1] : carry[1];
                    for (int e = e0; e < m; e++) {
                        double xr = v[2 * e];
                        double xi = v[2 * e + 1];
                        if (product) {
                            double pr = round(re * xr - im * xi);
                            im = round(re * xi + im * xr);
                            re = pr;
                        } else {
                            re = round(re + xr);
                            im = round(im + xi);
                        }
                        v[2 * e] = re;
                        v[2 * e + 1] = im;
                    }
                    carry[0] = re;
                    carry[1] = im;
                    if (store) {
                        Sinks.storeComplex(out, from + k, v, m);
                    }
                    break;
                }
            }
        }
    }

    /** One row of the {@code inner > 1} layout: element {@code j} continues lane {@code j} (the first row starts them). */
    private void columnsRow(int from, int len, boolean first, double[] state, long[] istate, Scratch sc) {
        for (int k = 0; k < len; k += BLOCK) {
            int m = Math.min(BLOCK, len - k);
            switch (domain) {
                case INTEGER: {
                    long[] v = sc.ints;
                    LoopValues.longs(in, loop, from + k, m, v);
                    for (int e = 0; e < m; e++) {
                        long r = first ? v[e] : product ? istate[k + e] * v[e] : istate[k + e] + v[e];
                        istate[k + e] = r;
                        v[e] = r;
                    }
                    Sinks.storeLongs(out, from + k, v, m);
                    break;
                }
                case REAL: {
                    double[] v = sc.values;
                    LoopValues.doubles(in, loop, from + k, m, v);
                    for (int e = 0; e < m; e++) {
                        double r = first ? v[e] : round(product ? state[k + e] * v[e] : state[k + e] + v[e]);
                        state[k + e] = r;
                        v[e] = r;
                    }
                    Sinks.storeReals(out, from + k, v, m);
                    break;
                }
                default: {
                    double[] v = sc.values;
                    LoopValues.complex(in, loop, from + k, m, v);
                    for (int e = 0; e < m; e++) {
                        int j = 2 * (k + e);
                        double xr = v[2 * e];
                        double xi = v[2 * e + 1];
                        double re;
                        double im;
                        if (first) {
                            re = xr;
                            im = xi;
                        } else if (product) {
                            re = round(state[j] * xr - state[j + 1] * xi);
                            im = round(state[j] * xi + state[j + 1] * xr);
                        } else {
                            re = round(state[j] + xr);
                            im = round(state[j + 1] + xi);
                        }
                        state[j] = re;
                        state[j + 1] = im;
                        v[2 * e] = re;
                        v[2 * e + 1] = im;
                    }
                    Sinks.storeComplex(out, from + k, v, m);
                    break;
                }
            }
        }
    }

    /** {@code run = run op total}, rounded as a step of the scan. */
    private void combine(double[] run, long[] irun, double[] total, long[] itotal) {
        switch (domain) {
            case INTEGER:
                irun[0] = product ? irun[0] * itotal[0] : irun[0] + itotal[0];
                break;
            case REAL:
                run[0] = round(product ? run[0] * total[0] : run[0] + total[0]);
                break;
            default:
                if (product) {
                    double re = round(run[0] * total[0] - run[1] * total[1]);
                    run[1] = round(run[0] * total[1] + run[1] * total[0]);
                    run[0] = re;
                } else {
                    run[0] = round(run[0] + total[0]);
                    run[1] = round(run[1] + total[1]);
                }
                break;
        }
    }

    /** A step's result rounded to the loop's precision (float16: through float32, as NumPy's half loops). */
    private double round(double v) {
        switch (loop) {
            case FLOAT32: case COMPLEX64: return (float) v;
            case FLOAT16: return Half.toDouble(Half.fromFloat((float) v));
            default: return v;
        }
    }
}
