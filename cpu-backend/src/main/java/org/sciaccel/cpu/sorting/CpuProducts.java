package org.sciaccel.cpu.sorting;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.ContractPlan;
import org.sciaccel.spi.TracePlan;

/**
 * dot, inner, outer, kron and trace on the CPU, in NumPy's arithmetic of each dtype: integers in
 * 64-bit wrapping arithmetic cut to the type at the end (the same as wrapping at every step),
 * bool as "or" of "and"s, float16 sums in float32 rounded once (NumPy's HALF_dot), float32 and
 * complex64 sums in double rounded once (NumPy sums them in single precision through BLAS: the
 * same within single precision's rounding), products of kron and outer rounded as NumPy's multiply.
 */
final class CpuProducts {
    private CpuProducts() {
    }

    static HostArray contract(HostArray a, HostArray b, ContractPlan p, CpuThreads threads) {
        DType t = a.dtype();
        int rows = p.i() * p.k();
        int m = p.m();
        int j = p.j();
        HostArray out = HostArray.zeros(t, p.shape());
        long work = (long) rows * m * Math.max(1, j);
        if (t.isComplex()) {
            double[][] av = parts(a);
            double[][] bv = parts(b);
            double[] re = new double[rows * m];
            double[] im = new double[rows * m];
            threads.parallelFor(rows, work * 4, (from, to) -> {
                for (int r = from; r < to; r++) {
                    int i = r / p.k();
                    int k = r - i * p.k();
                    for (int jj = 0; jj < j; jj++) {
                        double ar = av[0][i * j + jj];
                        double ai = av[1][i * j + jj];
                        long base = k * p.strideK() + jj * p.strideJ();
                        for (int mm = 0; mm < m; mm++) {
                            int at = (int) (base + mm * p.strideM());
                            double br = bv[0][at];
                            double bi = bv[1][at];
                            re[r * m + mm] += ar * br - ai * bi;
                            im[r * m + mm] += ar * bi + ai * br;
                        }
                    }
                }
            });
            for (int o = 0; o < rows * m; o++) {
                CpuComplexOrder.write(out, o, re[o], im[o]);
            }
            return out;
        }
        if (t.isFloatingPoint()) {
            double[] av = a.toDoubles();
            double[] bv = b.toDoubles();
            boolean half = t == DType.FLOAT16;
            double[] acc = new double[rows * m];
            threads.parallelFor(rows, work, (from, to) -> {
                float[] hacc = half ? new float[m] : null;
                for (int r = from; r < to; r++) {
                    int i = r / p.k();
                    int k = r - i * p.k();
                    if (half) {
                        java.util.Arrays.fill(hacc, 0f);
                    }
                    for (int jj = 0; jj < j; jj++) {
                        double x = av[i * j + jj];
                        long base = k * p.strideK() + jj * p.strideJ();
                        for (int mm = 0; mm < m; mm++) {
                            double y = bv[(int) (base + mm * p.strideM())];
                            if (half) {
                                hacc[mm] += (float) x * (float) y;
                            } else {
                                acc[r * m + mm] += x * y;
                            }
                        }
                    }
                    if (half) {
                        for (int mm = 0; mm < m; mm++) {
                            acc[r * m + mm] = hacc[mm];
                        }
                    }
                }
            });
            return HostArray.fromDoubles(acc, t, p.shape());
        }
        long[] av = integers(a);
        long[] bv = integers(b);
        boolean bool = t == DType.BOOL;
        long[] acc = new long[rows * m];
        threads.parallelFor(rows, work, (from, to) -> {
            for (int r = from; r < to; r++) {
                int i = r / p.k();
                int k = r - i * p.k();
                for (int jj = 0; jj < j; jj++) {
                    long x = av[i * j + jj];
                    long base = k * p.strideK() + jj * p.strideJ();
                    for (int mm = 0; mm < m; mm++) {
                        long y = bv[(int) (base + mm * p.strideM())];
                        if (bool) {
                            acc[r * m + mm] |= x & y;
                        } else {
                            acc[r * m + mm] += x * y;
                        }
                    }
                }
            }
        });
        return fromBits(acc, t, p.shape());
    }

    /** numpy.kron of a and b (one dtype) seen with shapes of one length. */
    static HostArray kron(HostArray a, HostArray b, int[] as, int[] bs) {
        int nd = as.length;
        int[] rs = new int[nd];
        for (int d = 0; d < nd; d++) {
            rs[d] = as[d] * bs[d];
        }
        int na = Shapes.size(as);
        int nb = Shapes.size(bs);
        long[] rStride = new long[nd];
        long s = 1;
        for (int d = nd - 1; d >= 0; d--) {
            rStride[d] = s;
            s *= rs[d];
        }
        // result index = sum_d (i_d * b_d + j_d) * R_d: a's part and b's part add up
        long[] aOff = offsets(as, d -> (long) bs[d] * rStride[d]);
        long[] bOff = offsets(bs, d -> rStride[d]);
        DType t = a.dtype();
        HostArray out = HostArray.zeros(t, rs);
        if (t.isComplex()) {
            double[][] av = parts(a);
            double[][] bv = parts(b);
            boolean single = t == DType.COMPLEX64;
            for (int i = 0; i < na; i++) {
                for (int jj = 0; jj < nb; jj++) {
                    double ar = av[0][i];
                    double ai = av[1][i];
                    double br = bv[0][jj];
                    double bi = bv[1][jj];
                    double re;
                    double im;
                    if (single) {
                        re = (float) ar * (float) br - (float) ai * (float) bi;
                        im = (float) ar * (float) bi + (float) ai * (float) br;
                    } else {
                        re = ar * br - ai * bi;
                        im = ar * bi + ai * br;
                    }
                    CpuComplexOrder.write(out, (int) (aOff[i] + bOff[jj]), re, im);
                }
            }
            return out;
        }
        if (t.isFloatingPoint()) {
            double[] av = a.toDoubles();
            double[] bv = b.toDoubles();
            double[] r = new double[out.size()];
            for (int i = 0; i < na; i++) {
                for (int jj = 0; jj < nb; jj++) {
                    double x = av[i];
                    double y = bv[jj];
                    r[(int) (aOff[i] + bOff[jj])] = t == DType.FLOAT64 ? x * y : (double) ((float) x * (float) y);
                }
            }
            return HostArray.fromDoubles(r, t, rs);
        }
        long[] av = integers(a);
        long[] bv = integers(b);
        long[] r = new long[out.size()];
        for (int i = 0; i < na; i++) {
            for (int jj = 0; jj < nb; jj++) {
                r[(int) (aOff[i] + bOff[jj])] = t == DType.BOOL ? av[i] & bv[jj] : av[i] * bv[jj];
            }
        }
        return fromBits(r, t, rs);
    }

    private interface Weight {
        long of(int d);
    }

    /** For every flat index of an array of {@code shape}: sum_d index_d * weight(d). */
    private static long[] offsets(int[] shape, Weight weight) {
        int n = Shapes.size(shape);
        long[] out = new long[n];
        int nd = shape.length;
        int[] idx = new int[nd];
        for (int f = 0; f < n; f++) {
            long o = 0;
            for (int d = 0; d < nd; d++) {
                o += idx[d] * weight.of(d);
            }
            out[f] = o;
            for (int d = nd - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return out;
    }

    static HostArray trace(HostArray a, TracePlan p) {
        int[] shape = p.outerShape();
        long[] strides = p.outerStrides();
        int n = Shapes.size(shape);
        long[] base = new long[n];
        int[] idx = new int[shape.length];
        for (int f = 0; f < n; f++) {
            long o = 0;
            for (int d = 0; d < shape.length; d++) {
                o += idx[d] * strides[d];
            }
            base[f] = o;
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        DType t = p.sumType();
        int count = p.count();
        if (t.isComplex()) {
            double[][] v = parts(a);
            HostArray out = HostArray.zeros(t, shape);
            for (int f = 0; f < n; f++) {
                double re = 0;
                double im = 0;
                for (int d = 0; d < count; d++) {
                    int at = (int) (base[f] + p.start() + d * p.step());
                    re += v[0][at];
                    im += v[1][at];
                }
                CpuComplexOrder.write(out, f, re, im);
            }
            return out;
        }
        if (t.isFloatingPoint()) {
            double[] v = a.toDoubles();
            double[] r = new double[n];
            for (int f = 0; f < n; f++) {
                double s = 0;
                float h = 0;
                for (int d = 0; d < count; d++) {
                    double x = v[(int) (base[f] + p.start() + d * p.step())];
                    s += x;
                    h += (float) x;
                }
                r[f] = t == DType.FLOAT16 ? h : s;
            }
            return HostArray.fromDoubles(r, t, shape);
        }
        long[] v = integers(a);
        long[] r = new long[n];
        for (int f = 0; f < n; f++) {
            long s = 0;
            for (int d = 0; d < count; d++) {
                long x = v[(int) (base[f] + p.start() + d * p.step())];
                s = t == DType.BOOL ? s | x : s + x;
            }
            r[f] = s;
        }
        return fromBits(r, t, shape);
    }

    /** An integer or bool array from 64-bit values, keeping their low bits (bool: value != 0). */
    static HostArray fromBits(long[] v, DType t, int... shape) {
        HostArray out = HostArray.zeros(t, shape);
        Object d = out.data();
        int n = v.length;
        switch (t) {
            case BOOL: { byte[] o = (byte[]) d; for (int i = 0; i < n; i++) o[i] = (byte) (v[i] != 0 ? 1 : 0); break; }
            case UINT8: case INT8: { byte[] o = (byte[]) d; for (int i = 0; i < n; i++) o[i] = (byte) v[i]; break; }
            case UINT16: case INT16: { short[] o = (short[]) d; for (int i = 0; i < n; i++) o[i] = (short) v[i]; break; }
            case INT32: case UINT32: { int[] o = (int[]) d; for (int i = 0; i < n; i++) o[i] = (int) v[i]; break; }
            case INT64: case UINT64: System.arraycopy(v, 0, d, 0, n); break;
            default: throw new IllegalArgumentException("fromBits: " + t + " is not an integer type");
        }
        return out;
    }

    /** The elements of an integer or bool array as 64-bit values (unsigned zero-extended, uint64 as bits). */
    static long[] integers(HostArray a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.getLong(i);
        }
        return out;
    }

    /** The real and imaginary parts of a complex array. */
    static double[][] parts(HostArray a) {
        int n = a.size();
        double[] re = new double[n];
        double[] im = new double[n];
        CpuComplexOrder.read(a, 0, 1, n, re, im);
        return new double[][] {re, im};
    }
}
