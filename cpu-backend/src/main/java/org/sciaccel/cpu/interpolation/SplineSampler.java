package org.sciaccel.cpu.interpolation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.SplineSampling;

/**
 * Samples a coefficient array (read as doubles) at computed coordinates, one output row per task:
 * the taps of every axis from {@link AxisTaps}, then the tensor product of their weights summed
 * over the taps in row-major order (last axis fastest, each coefficient multiplied by the axes'
 * weights in axis order), as SciPy 1.10 sums it. A separable zoom/shift with a floating-point
 * output is handed to {@link SeparableZoomShift}.
 */
final class SplineSampler {
    private final HostArray coefficients;
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
    private final CpuThreads threads;

    SplineSampler(HostArray coefficients, SplineSampling s, CpuThreads threads) {
        this.coefficients = coefficients;
        this.threads = threads;
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
        // the separable path reads the coefficients as they are; the others as doubles
        this.data = null;
    }

    private SplineSampler(SplineSampler base, double[] data) {
        this.coefficients = base.coefficients;
        this.threads = base.threads;
        this.len = base.len;
        this.rank = base.rank;
        this.strides = base.strides;
        this.orders = base.orders;
        this.npad = base.npad;
        this.mode = base.mode;
        this.cval = base.cval;
        this.output = base.output;
        this.width = base.width;
        this.data = data;
    }

    /** This sampler with the coefficients converted to doubles. */
    private SplineSampler withDoubles() {
        return data != null ? this : new SplineSampler(this, Doubles.view(coefficients, threads));
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
        return rank == 2 ? product2(s.offsets, s.weights) : product(s.offsets, s.weights, s.counter);
    }

    /**
     * The value at {@code (y, x)} of a 2-D coefficient array. A sample whose taps all lie inside
     * at orders 1 or 3 is summed straight from the closed-form weights (SplineBasis's formulas and
     * the tensor loop's order, written out); any other goes through {@link #sample}.
     */
    private double sample2(double y, double x, Scratch s) {
        double cy = y + npad[0];
        double cx = x + npad[1];
        int n0 = len[0];
        int n1 = len[1];
        boolean inside = cy >= 0 && cy <= n0 - 1 && cx >= 0 && cx <= n1 - 1;
        if (!inside && mode == SplineSampling.CONSTANT) {
            // constant maps every coordinate beyond an edge (or NaN) to "outside": cval
            return cval;
        }
        int o = orders[0];
        if (inside && o == orders[1] && (o == 3 || o == 1)) {
            double fy = Math.floor(cy);
            double fx = Math.floor(cx);
            long sy = (long) fy - o / 2;
            long sx = (long) fx - o / 2;
            if (sy >= 0 && sy + o < n0 && sx >= 0 && sx + o < n1) {
                int base = (int) (sy * n1 + sx);
                return o == 3 ? cubic(base, n1, cy - fy, cx - fx) : linear(base, n1, cy - fy, cx - fx);
            }
        }
        s.coordinate[0] = y;
        s.coordinate[1] = x;
        return sample(s);
    }

    /** Order 3 inside: taps from {@code base}, rows {@code n1} apart, distances {@code dy, dx} past the floor. */
    private double cubic(int base, int n1, double dy, double dx) {
        double zy = 1.0 - dy;
        double wy1 = (dy * dy * (dy - 2.0) * 3.0 + 4.0) / 6.0;
        double wy2 = (zy * zy * (zy - 2.0) * 3.0 + 4.0) / 6.0;
        double wy0 = zy * zy * zy / 6.0;
        double wy3 = 1.0 - wy0 - wy1 - wy2;
        double zx = 1.0 - dx;
        double wx1 = (dx * dx * (dx - 2.0) * 3.0 + 4.0) / 6.0;
        double wx2 = (zx * zx * (zx - 2.0) * 3.0 + 4.0) / 6.0;
        double wx0 = zx * zx * zx / 6.0;
        double wx3 = 1.0 - wx0 - wx1 - wx2;
        double[] c = data;
        double t = 0.0;
        int r = base;
        t += c[r] * wy0 * wx0;
        t += c[r + 1] * wy0 * wx1;
        t += c[r + 2] * wy0 * wx2;
        t += c[r + 3] * wy0 * wx3;
        r += n1;
        t += c[r] * wy1 * wx0;
        t += c[r + 1] * wy1 * wx1;
        t += c[r + 2] * wy1 * wx2;
        t += c[r + 3] * wy1 * wx3;
        r += n1;
        t += c[r] * wy2 * wx0;
        t += c[r + 1] * wy2 * wx1;
        t += c[r + 2] * wy2 * wx2;
        t += c[r + 3] * wy2 * wx3;
        r += n1;
        t += c[r] * wy3 * wx0;
        t += c[r + 1] * wy3 * wx1;
        t += c[r + 2] * wy3 * wx2;
        t += c[r + 3] * wy3 * wx3;
        return t;
    }

    /** Order 1 inside, as {@link #cubic}. */
    private double linear(int base, int n1, double dy, double dx) {
        double wy0 = 1.0 - dy;
        double wy1 = 1.0 - wy0;
        double wx0 = 1.0 - dx;
        double wx1 = 1.0 - wx0;
        double[] c = data;
        double t = 0.0;
        t += c[base] * wy0 * wx0;
        t += c[base + 1] * wy0 * wx1;
        t += c[base + n1] * wy1 * wx0;
        t += c[base + n1 + 1] * wy1 * wx1;
        return t;
    }

    /** {@link #product} for two axes, the same sum in the same order without the odometer. */
    private double product2(long[] offsets, double[] weights) {
        int o0 = orders[0];
        int o1 = orders[1];
        int w = width;
        double t = 0.0;
        for (int i = 0; i <= o0; i++) {
            long a = offsets[i];
            double w0 = weights[i];
            for (int j = 0; j <= o1; j++) {
                long b = offsets[w + j];
                double coeff = a == AxisTaps.CVAL_TAP || b == AxisTaps.CVAL_TAP ? cval : data[(int) (a + b)];
                if (o0 > 0) {
                    coeff *= w0;
                }
                if (o1 > 0) {
                    coeff *= weights[w + j];
                }
                t += coeff;
            }
        }
        return t;
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

    /**
     * {@code matrix · o + offset} for every output index {@code o} of {@code outShape}. Along a row
     * only the last output index changes, so the sum over the other indices is taken once per row
     * and each sample adds the last term: the same additions in the same order as SciPy's.
     */
    HostArray affine(double[] matrix, double[] offset, int[] outShape) {
        return withDoubles().affineRows(matrix, offset, outShape);
    }

    private HostArray affineRows(double[] matrix, double[] offset, int[] outShape) {
        int orank = outShape.length;
        int size = org.sciaccel.Shapes.size(outShape);
        OutputStore store = new OutputStore(output, outShape);
        int last = orank == 0 ? 1 : outShape[orank - 1];
        int rows = last == 0 ? 0 : size / last;
        threads.parallelFor(rows, (long) size * width * width * 4, (from, to) -> {
            Scratch s = new Scratch();
            int[] o = new int[orank];
            double[] rowBase = new double[rank];
            double[] step = new double[rank];
            double[] values = new double[last];
            for (int h = 0; h < rank; h++) {
                step[h] = matrix[h * orank + orank - 1];
            }
            for (int row = from; row < to; row++) {
                int r = row;
                for (int l = orank - 2; l >= 0; l--) {
                    o[l] = r % outShape[l];
                    r /= outShape[l];
                }
                for (int h = 0; h < rank; h++) {
                    double tmp = offset[h];
                    for (int l = 0; l < orank - 1; l++) {
                        tmp += o[l] * matrix[h * orank + l];
                    }
                    rowBase[h] = tmp;
                }
                if (rank == 2) {
                    for (int j = 0; j < last; j++) {
                        values[j] = sample2(rowBase[0] + j * step[0], rowBase[1] + j * step[1], s);
                    }
                } else {
                    for (int j = 0; j < last; j++) {
                        for (int h = 0; h < rank; h++) {
                            s.coordinate[h] = rowBase[h] + j * step[h];
                        }
                        values[j] = sample(s);
                    }
                }
                store.put(row * last, values, 0, last);
            }
        });
        return store.result();
    }

    /**
     * {@code geometric_transform}: every output row's coordinates from {@code rows}, then each
     * element sampled there.
     */
    HostArray mapped(RowCoordinates rows, int[] outShape) {
        return withDoubles().mappedRows(rows, outShape);
    }

    private HostArray mappedRows(RowCoordinates rows, int[] outShape) {
        int orank = outShape.length;
        int size = org.sciaccel.Shapes.size(outShape);
        OutputStore store = new OutputStore(output, outShape);
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
                    store.put(row * last + j, sample(s));
                }
            }
        });
        return store.result();
    }

    /** The points of a float64 {@code (rank, n...)} coordinates array. */
    HostArray coordinates(double[] coords, int[] outShape) {
        return withDoubles().coordinatesOf(coords, outShape);
    }

    private HostArray coordinatesOf(double[] coords, int[] outShape) {
        int n = org.sciaccel.Shapes.size(outShape);
        OutputStore store = new OutputStore(output, outShape);
        threads.parallelFor(n, (long) n * width * width * 4, (from, to) -> {
            Scratch s = new Scratch();
            if (rank == 2) {
                for (int j = from; j < to; j++) {
                    store.put(j, sample2(coords[j], coords[n + j], s));
                }
                return;
            }
            for (int j = from; j < to; j++) {
                for (int h = 0; h < rank; h++) {
                    s.coordinate[h] = coords[h * n + j];
                }
                store.put(j, sample(s));
            }
        });
        return store.result();
    }

    /**
     * The separable map of {@code NI_ZoomShift}: along axis {@code d}, output index {@code k} samples
     * {@code (k + shift[d]) * zoom[d]} (grid mode: {@code ((k + shift) + 0.5) * zoom - 0.5}); the taps of
     * every axis are found once per output index.
     */
    HostArray zoomShift(double[] zoom, double[] shift, boolean gridMode, int[] outShape) {
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
        if (SeparableZoomShift.applies(output, len)) {
            return SeparableZoomShift.resample(coefficients, tables(tapOffsets, tapWeights, inside), outShape, cval,
                    output, threads);
        }
        return withDoubles().tensorZoomShift(tapOffsets, tapWeights, inside, outShape);
    }

    /** The per-axis tap tables as {@link SeparableZoomShift} reads them: indices, weights (order 0: 1). */
    private SeparableZoomShift.AxisTable[] tables(long[][] offsets, double[][] weights, boolean[][] inside) {
        SeparableZoomShift.AxisTable[] t = new SeparableZoomShift.AxisTable[rank];
        for (int d = 0; d < rank; d++) {
            int taps = orders[d] + 1;
            int n = inside[d].length;
            int[] index = new int[n * taps];
            double[] weight = new double[n * taps];
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < taps; j++) {
                    long off = offsets[d][k * width + j];
                    index[k * taps + j] = off == AxisTaps.CVAL_TAP ? -1 : (int) (off / strides[d]);
                    weight[k * taps + j] = orders[d] == 0 ? 1.0 : weights[d][k * width + j];
                }
            }
            t[d] = new SeparableZoomShift.AxisTable(taps, index, weight, inside[d]);
        }
        return t;
    }

    /** SciPy's tensor loop over the tables, for outputs that round (integers, bool). */
    private HostArray tensorZoomShift(long[][] tapOffsets, double[][] tapWeights, boolean[][] inside, int[] outShape) {
        int size = org.sciaccel.Shapes.size(outShape);
        OutputStore store = new OutputStore(output, outShape);
        int last = rank == 0 ? 1 : outShape[rank - 1];
        int rows = last == 0 ? 0 : size / last;
        threads.parallelFor(rows, (long) size * width * width * 4, (from, to) -> {
            Scratch s = new Scratch();
            int[] o = new int[rank];
            double[] values = new double[last];
            for (int row = from; row < to; row++) {
                int r = row;
                boolean rowInside = true;
                for (int l = rank - 2; l >= 0; l--) {
                    o[l] = r % outShape[l];
                    r /= outShape[l];
                    rowInside &= inside[l][o[l]];
                }
                if (rowInside && rank > 1) {
                    for (int d = 0; d < rank - 1; d++) {
                        System.arraycopy(tapOffsets[d], o[d] * width, s.offsets, d * width, width);
                        System.arraycopy(tapWeights[d], o[d] * width, s.weights, d * width, width);
                    }
                }
                int lastAxis = rank - 1;
                for (int j = 0; j < last; j++) {
                    if (!rowInside || !inside[lastAxis][j]) {
                        values[j] = cval;
                    } else {
                        System.arraycopy(tapOffsets[lastAxis], j * width, s.offsets, lastAxis * width, width);
                        System.arraycopy(tapWeights[lastAxis], j * width, s.weights, lastAxis * width, width);
                        values[j] = rank == 2 ? product2(s.offsets, s.weights) : product(s.offsets, s.weights, s.counter);
                    }
                }
                store.put(row * last, values, 0, last);
            }
        });
        return store.result();
    }
}
