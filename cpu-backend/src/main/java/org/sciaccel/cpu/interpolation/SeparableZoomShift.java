package org.sciaccel.cpu.interpolation;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/**
 * {@code NI_ZoomShift} evaluated one axis at a time: the spline of the map is a tensor product, so
 * the sum over all tap combinations can be taken axis by axis. Each output index {@code k0} along
 * the first axis combines the {@code order + 1} input slabs its taps name (contiguous rows, read
 * straight from the float32 or float64 coefficients), then the resulting slab is resampled along
 * each further axis in turn; the taps and weights of every axis come from a table computed once
 * per output index ({@link AxisTable}). For an order-3 zoom of a 2-D image that is 8 multiply-adds
 * per output value instead of 32, and no work per pixel for finding taps.
 *
 * <p>The products are summed in a different order than SciPy's tensor loop, so results can differ
 * from it in the last bits; this is only used for floating-point outputs (integer outputs round,
 * and a last-bit difference could move a value across a rounding boundary: they take the
 * tensor loop of {@link SplineSampler}). A tap that is cval ({@code grid-constant} beyond an edge)
 * stands for cval along the axes already summed, whose weights add up to 1. An output index that
 * SciPy makes cval along any axis is cval exactly.
 */
final class SeparableZoomShift {
    private SeparableZoomShift() {
    }

    /** The taps of one axis for each of its output indices. */
    static final class AxisTable {
        final int taps;
        /** Input index of tap {@code t} of output index {@code k} at {@code k * taps + t}; -1: cval. */
        final int[] index;
        final double[] weight;
        /** False: SciPy makes every output value with this index cval. */
        final boolean[] inside;
        final boolean allInside;
        /** No tap is cval. */
        final boolean noCval;

        AxisTable(int taps, int[] index, double[] weight, boolean[] inside) {
            this.taps = taps;
            this.index = index;
            this.weight = weight;
            this.inside = inside;
            boolean all = true;
            for (boolean b : inside) {
                all &= b;
            }
            this.allInside = all;
            boolean none = true;
            for (int i : index) {
                none &= i >= 0;
            }
            this.noCval = none;
        }
    }

    /** Whether this path applies: a floating-point output, and no empty input axis. */
    static boolean applies(DType output, int[] inShape) {
        if (!output.isFloatingPoint() || output.isComplex()) {
            return false;
        }
        for (int n : inShape) {
            if (n == 0) {
                return false;
            }
        }
        return true;
    }

    static HostArray resample(HostArray coefficients, AxisTable[] tables, int[] outShape, double cval, DType output,
            CpuThreads threads) {
        int rank = outShape.length;
        int[] len = coefficients.shape();
        OutputStore store = new OutputStore(output, outShape);
        int outPlane = 1;
        for (int d = 1; d < rank; d++) {
            outPlane *= outShape[d];
        }
        int inPlane = 1;
        for (int d = 1; d < rank; d++) {
            inPlane *= len[d];
        }
        if (outPlane == 0 || outShape[0] == 0) {
            return store.result();
        }
        // the largest slab along the way: axes 1..j resampled, the others still at input length
        long largest = inPlane;
        for (int j = 1; j < rank; j++) {
            long s = 1;
            for (int d = 1; d < rank; d++) {
                s *= d <= j ? outShape[d] : len[d];
            }
            largest = Math.max(largest, s);
        }
        int scratch = (int) largest;
        float[] f32 = coefficients.dtype() == DType.FLOAT32 ? (float[]) coefficients.data() : null;
        double[] f64 = f32 == null ? Doubles.view(coefficients, threads) : null;
        int inPlaneF = inPlane;
        int outPlaneF = outPlane;
        long work = (long) outShape[0] * outPlane * (tables[0].taps + (rank > 1 ? tables[rank - 1].taps : 0));
        threads.parallelFor(outShape[0], work, (from, to) -> {
            double[] a = new double[scratch];
            double[] b = new double[scratch];
            int[] shape = new int[Math.max(rank - 1, 0)];
            for (int k0 = from; k0 < to; k0++) {
                if (!tables[0].inside[k0]) {
                    Arrays.fill(a, 0, outPlaneF, cval);
                    store.put(k0 * outPlaneF, a, 0, outPlaneF);
                    continue;
                }
                combineFirstAxis(tables[0], k0, f32, f64, inPlaneF, cval, a);
                for (int d = 1; d < rank; d++) {
                    shape[d - 1] = len[d];
                }
                for (int d = 1; d < rank; d++) {
                    resampleAxis(a, shape, d - 1, tables[d], cval, b);
                    shape[d - 1] = outShape[d];
                    double[] t = a;
                    a = b;
                    b = t;
                }
                maskOutside(a, outShape, tables, cval);
                store.put(k0 * outPlaneF, a, 0, outPlaneF);
            }
        });
        return store.result();
    }

    /** {@code acc[p] = sum over the taps of weight * slab[p]} along the first axis. */
    private static void combineFirstAxis(AxisTable table, int k, float[] f32, double[] f64, int plane, double cval,
            double[] acc) {
        int base = k * table.taps;
        Arrays.fill(acc, 0, plane, 0.0);
        for (int t = 0; t < table.taps; t++) {
            int i = table.index[base + t];
            double w = table.weight[base + t];
            if (i < 0) {
                double v = cval * w;
                for (int p = 0; p < plane; p++) {
                    acc[p] += v;
                }
            } else if (f32 != null) {
                int off = i * plane;
                for (int p = 0; p < plane; p++) {
                    acc[p] += f32[off + p] * w;
                }
            } else {
                int off = i * plane;
                for (int p = 0; p < plane; p++) {
                    acc[p] += f64[off + p] * w;
                }
            }
        }
    }

    /** Resamples {@code src} of {@code shape} along {@code axis} into {@code dst} (that axis at the table's length). */
    private static void resampleAxis(double[] src, int[] shape, int axis, AxisTable table, double cval, double[] dst) {
        int n = shape[axis];
        int m = table.inside.length;
        int inner = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int outer = 1;
        for (int d = 0; d < axis; d++) {
            outer *= shape[d];
        }
        int taps = table.taps;
        int[] index = table.index;
        double[] weight = table.weight;
        if (inner == 1 && table.noCval && (taps == 2 || taps == 4)) {
            // the common orders 1 and 3 written out: the same sums, no tap loop or cval test
            for (int o = 0; o < outer; o++) {
                int sb = o * n;
                int db = o * m;
                if (taps == 2) {
                    for (int k = 0; k < m; k++) {
                        int base = 2 * k;
                        double t = 0.0;
                        t += src[sb + index[base]] * weight[base];
                        t += src[sb + index[base + 1]] * weight[base + 1];
                        dst[db + k] = t;
                    }
                } else {
                    for (int k = 0; k < m; k++) {
                        int base = 4 * k;
                        double t = 0.0;
                        t += src[sb + index[base]] * weight[base];
                        t += src[sb + index[base + 1]] * weight[base + 1];
                        t += src[sb + index[base + 2]] * weight[base + 2];
                        t += src[sb + index[base + 3]] * weight[base + 3];
                        dst[db + k] = t;
                    }
                }
            }
            return;
        }
        if (inner == 1) {
            for (int o = 0; o < outer; o++) {
                int sb = o * n;
                int db = o * m;
                for (int k = 0; k < m; k++) {
                    int base = k * taps;
                    double t = 0.0;
                    for (int j = 0; j < taps; j++) {
                        int i = index[base + j];
                        t += (i < 0 ? cval : src[sb + i]) * weight[base + j];
                    }
                    dst[db + k] = t;
                }
            }
            return;
        }
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < m; k++) {
                int db = (o * m + k) * inner;
                Arrays.fill(dst, db, db + inner, 0.0);
                int base = k * taps;
                for (int j = 0; j < taps; j++) {
                    int i = index[base + j];
                    double w = weight[base + j];
                    if (i < 0) {
                        double v = cval * w;
                        for (int p = 0; p < inner; p++) {
                            dst[db + p] += v;
                        }
                    } else {
                        int sb = (o * n + i) * inner;
                        for (int p = 0; p < inner; p++) {
                            dst[db + p] += src[sb + p] * w;
                        }
                    }
                }
            }
        }
    }

    /** Sets cval exactly wherever an index along axes 1.. is one SciPy makes cval. */
    private static void maskOutside(double[] plane, int[] outShape, AxisTable[] tables, double cval) {
        int rank = outShape.length;
        for (int d = 1; d < rank; d++) {
            AxisTable table = tables[d];
            if (table.allInside) {
                continue;
            }
            int inner = 1;
            for (int e = d + 1; e < rank; e++) {
                inner *= outShape[e];
            }
            int outer = 1;
            for (int e = 1; e < d; e++) {
                outer *= outShape[e];
            }
            int m = outShape[d];
            for (int o = 0; o < outer; o++) {
                for (int k = 0; k < m; k++) {
                    if (!table.inside[k]) {
                        int at = (o * m + k) * inner;
                        Arrays.fill(plane, at, at + inner, cval);
                    }
                }
            }
        }
    }
}
