package org.sciaccel.cpu.interpolation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.SplineSampling;

/**
 * Samples a coefficient array (read once into doubles) at computed coordinates, one output row per
 * task: the taps of every axis from {@link AxisTaps}, then the tensor product of their weights
 * summed over the taps in row-major order (last axis fastest, each coefficient multiplied by the
 * axes' weights in axis order), as SciPy 1.10 sums it.
 */
final class SplineSampler {
    private final double[] data;
    private final int rank;
    private final int[] len;
    private final long[] strides;
    private final int[] orders;
    private final int[] npad;
    private final int mode;
    private final double cval;
    private final DType output;
    /** Taps per axis in the scratch tables: the largest order + 1. */
    private final int width;

    SplineSampler(HostArray coefficients, SplineSampling s) {
        this.data = coefficients.dtype() == DType.FLOAT64 ? (double[]) coefficients.data() : coefficients.toDoubles();
        this.len = coefficients.shape();
        this.rank = len.length;
        this.strides = new long[rank];
        long st = 1;
        for (int d = rank - 1; d >= 0; d--) {
            strides[d] = st;
            st *= len[d];
        }
        this.orders = s.orders();
        this.npad = s.npad();
        this.mode = s.modeCode();
        this.cval = s.cval();
        this.output = s.output();
        this.width = s.maxOrder() + 1;
    }

    /** Per-task tables: the taps of each axis for the current sample. */
    private final class Scratch {
        final long[] offsets = new long[rank * width];
        final double[] weights = new double[rank * width];
        final int[] counter = new int[rank];
        final double[] coordinate = new double[rank];
    }

    /** The value at {@code s.coordinate}, or cval. */
    private double sample(Scratch s) {
        for (int d = 0; d < rank; d++) {
            if (!AxisTaps.find(s.coordinate[d], npad[d], len[d], strides[d], orders[d], mode, s.offsets, s.weights,
                    d * width)) {
                return cval;
            }
        }
        return product(s.offsets, s.weights, s.counter);
    }

    /** The sum over all tap combinations of coefficient times weights (tables {@code width} apart per axis). */
    private double product(long[] offsets, double[] weights, int[] counter) {
        java.util.Arrays.fill(counter, 0);
        double t = 0.0;
        while (true) {
            long idx = 0;
            boolean isCval = false;
            for (int d = 0; d < rank; d++) {
                long o = offsets[d * width + counter[d]];
                if (o == AxisTaps.CVAL_TAP) {
                    isCval = true;
                } else {
                    idx += o;
                }
            }
            double coeff = isCval ? cval : data[(int) idx];
            for (int d = 0; d < rank; d++) {
                if (orders[d] > 0) {
                    coeff *= weights[d * width + counter[d]];
                }
            }
            t += coeff;
            int d = rank - 1;
            while (d >= 0 && ++counter[d] > orders[d]) {
                counter[d] = 0;
                d--;
            }
            if (d < 0) {
                return t;
            }
        }
    }

    /** {@code matrix · o + offset} for every output index {@code o} of {@code outShape}. */
    HostArray affine(double[] matrix, double[] offset, int[] outShape, CpuThreads threads) {
        int orank = outShape.length;
        int size = org.sciaccel.Shapes.size(outShape);
        double[] out = new double[size];
        int last = orank == 0 ? 1 : outShape[orank - 1];
        int rows = last == 0 ? 0 : size / last;
        threads.parallelFor(rows, (long) size * width * width * 4, (from, to) -> {
            Scratch s = new Scratch();
            int[] o = new int[orank];
            for (int row = from; row < to; row++) {
                int r = row;
                for (int l = orank - 2; l >= 0; l--) {
                    o[l] = r % outShape[l];
                    r /= outShape[l];
                }
                for (int j = 0; j < last; j++) {
                    o[orank - 1] = j;
                    for (int h = 0; h < rank; h++) {
                        double tmp = offset[h];
                        for (int l = 0; l < orank; l++) {
                            tmp += o[l] * matrix[h * orank + l];
                        }
                        s.coordinate[h] = tmp;
                    }
                    out[row * last + j] = InterpolatedStore.round(sample(s), output);
                }
            }
        });
        return InterpolatedStore.store(out, output, outShape);
    }

    /**
     * {@code geometric_transform}: every output row's coordinates from {@code rows}, then each
     * element sampled there.
     */
    HostArray mapped(RowCoordinates rows, int[] outShape, CpuThreads threads) {
        int orank = outShape.length;
        int size = org.sciaccel.Shapes.size(outShape);
        double[] out = new double[size];
        int last = outShape[orank - 1];
        int rows0 = last == 0 ? 0 : size / last;
        threads.parallelFor(rows0, (long) size * width * width * 8, (from, to) -> {
            Scratch s = new Scratch();
            RowCoordinates.Filler filler = rows.filler(last);
            double[][] coords = new double[rank][last];
            int[] o = new int[orank];
            for (int row = from; row < to; row++) {
                int r = row;
                for (int l = orank - 2; l >= 0; l--) {
                    o[l] = r % outShape[l];
                    r /= outShape[l];
                }
                filler.fill(o, coords);
                for (int j = 0; j < last; j++) {
                    for (int h = 0; h < rank; h++) {
                        s.coordinate[h] = coords[h][j];
                    }
                    out[row * last + j] = InterpolatedStore.round(sample(s), output);
                }
            }
        });
        return InterpolatedStore.store(out, output, outShape);
    }

    /** The points of a float64 {@code (rank, n...)} coordinates array. */
    HostArray coordinates(double[] coords, int[] outShape, CpuThreads threads) {
        int n = org.sciaccel.Shapes.size(outShape);
        double[] out = new double[n];
        threads.parallelFor(n, (long) n * width * width * 4, (from, to) -> {
            Scratch s = new Scratch();
            for (int j = from; j < to; j++) {
                for (int h = 0; h < rank; h++) {
                    s.coordinate[h] = coords[h * n + j];
                }
                out[j] = InterpolatedStore.round(sample(s), output);
            }
        });
        return InterpolatedStore.store(out, output, outShape);
    }

    /**
     * The separable map of {@code NI_ZoomShift}: along axis {@code d}, output index {@code k} samples
     * {@code (k + shift[d]) * zoom[d]} (grid mode: {@code ((k + shift) + 0.5) * zoom - 0.5}); the taps of
     * every axis are found once per output index.
     */
    HostArray zoomShift(double[] zoom, double[] shift, boolean gridMode, int[] outShape, CpuThreads threads) {
        long[][] tapOffsets = new long[rank][];
        double[][] tapWeights = new double[rank][];
        boolean[][] inside = new boolean[rank][];
        for (int d = 0; d < rank; d++) {
            int n = outShape[d];
            tapOffsets[d] = new long[n * width];
            tapWeights[d] = new double[n * width];
            inside[d] = new boolean[n];
            for (int k = 0; k < n; k++) {
                double cc = k;
                if (shift != null) {
                    cc += shift[d];
                }
                if (zoom != null) {
                    cc = gridMode ? (cc + 0.5) * zoom[d] - 0.5 : cc * zoom[d];
                }
                inside[d][k] = AxisTaps.find(cc, npad[d], len[d], strides[d], orders[d], mode, tapOffsets[d],
                        tapWeights[d], k * width);
            }
        }
        int size = org.sciaccel.Shapes.size(outShape);
        double[] out = new double[size];
        int last = rank == 0 ? 1 : outShape[rank - 1];
        int rows = last == 0 ? 0 : size / last;
        threads.parallelFor(rows, (long) size * width * width * 4, (from, to) -> {
            Scratch s = new Scratch();
            int[] o = new int[rank];
            for (int row = from; row < to; row++) {
                int r = row;
                boolean rowInside = true;
                for (int l = rank - 2; l >= 0; l--) {
                    o[l] = r % outShape[l];
                    r /= outShape[l];
                    rowInside &= inside[l][o[l]];
                }
                for (int j = 0; j < last; j++) {
                    o[rank - 1] = j;
                    double t;
                    if (!rowInside || !inside[rank - 1][j]) {
                        t = cval;
                    } else {
                        for (int d = 0; d < rank; d++) {
                            System.arraycopy(tapOffsets[d], o[d] * width, s.offsets, d * width, width);
                            System.arraycopy(tapWeights[d], o[d] * width, s.weights, d * width, width);
                        }
                        t = product(s.offsets, s.weights, s.counter);
                    }
                    out[row * last + j] = InterpolatedStore.round(t, output);
                }
            }
        });
        return InterpolatedStore.store(out, output, outShape);
    }
}
