package org.sciaccel.cpu.ndimage;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.Mode;

/**
 * The 1-D running filters of {@code scipy.ndimage} on host arrays, line by line along an axis:
 * {@code uniform_filter1d} (a running sum) and {@code minimum_filter1d} / {@code maximum_filter1d}
 * (an ascending-minima deque). Both cost a constant amount per element whatever the window, and
 * both follow SciPy's {@code NI_UniformFilter1D} / {@code NI_MinOrMaxFilter1D} term for term so
 * that roundings and NaN handling are SciPy's. Lines are processed in groups of up to
 * {@link #GROUP} neighbouring lines: for axes other than the last, the group's values at one axis
 * position are contiguous, so reading and the running sum go across the group.
 */
final class CpuLineFilters {
    /** Lines handled together (neighbouring columns when the axis is not the last). */
    static final int GROUP = 64;

    private CpuLineFilters() {
    }

    private interface LineKernel {
        /**
         * Filters {@code count} lines whose extended values are {@code ext[p][b]} for extended
         * position {@code p} (n + size - 1 of them) and line {@code b}, writing {@code out[i][b]}.
         */
        void apply(double[][] ext, int count, double[][] out, int n, Scratch scratch);
    }

    /** Per-thread scratch for the deque. */
    private static final class Scratch {
        final double[] value;
        final int[] death;
        final double[] sum = new double[GROUP];

        private final double[][][] rows = new double[2][][];

        Scratch(int size) {
            value = new double[size];
            death = new int[size];
        }

        /** Scratch rows {@code [len][GROUP]} number {@code which}, kept for the next group. */
        double[][] rows(int which, int len) {
            if (rows[which] == null || rows[which].length < len) {
                rows[which] = new double[len][GROUP];
            }
            return rows[which];
        }
    }

    static HostArray uniform1d(HostArray input, int size, int axis, Mode mode, double cval, int origin,
            DType outType, CpuThreads threads) {
        double inv = size;
        LineKernel k = (ext, count, out, n, scratch) -> {
            // The running sum stays a sum (exact for integer inputs) and each output divides it.
            double[] sum = scratch.sum;
            java.util.Arrays.fill(sum, 0, count, 0.0);
            for (int p = 0; p < size; p++) {
                double[] e = ext[p];
                for (int b = 0; b < count; b++) {
                    sum[b] += e[b];
                }
            }
            double[] first = out[0];
            for (int b = 0; b < count; b++) {
                first[b] = sum[b] / inv;
            }
            for (int i = 1; i < n; i++) {
                double[] cur = out[i];
                double[] enter = ext[i + size - 1];
                double[] leave = ext[i - 1];
                for (int b = 0; b < count; b++) {
                    sum[b] += enter[b] - leave[b];
                    cur[b] = sum[b] / inv;
                }
            }
        };
        return run(input, size, axis, mode, cval, origin, outType, threads, k);
    }

    static HostArray minMax1d(HostArray input, int size, int axis, Mode mode, double cval, int origin,
            boolean maximum, DType outType, CpuThreads threads) {
        LineKernel k = (ext, count, out, n, s) -> {
            if (size > 2 && !hasNaN(ext, n + size - 1, count)) {
                vanHerk(ext, count, out, n, size, maximum, s);
                return;
            }
            double[] value = s.value;
            int[] death = s.death;
            for (int b = 0; b < count; b++) {
                // The ring holds the candidates (value, position at which it leaves the window);
                // front is the current extreme, last the newest candidate.
                int front = 0;
                int last = 0;
                value[0] = ext[0][b];
                death[0] = size;
                if (size == 1) {
                    out[0][b] = value[0];
                }
                int total = n + size - 1;
                for (int p = 1; p < total; p++) {
                    double v = ext[p][b];
                    if (death[front] == p) {
                        front = front + 1 == size ? 0 : front + 1;
                    }
                    if (maximum ? v >= value[front] : v <= value[front]) {
                        value[front] = v;
                        death[front] = p + size;
                        last = front;
                    } else {
                        while (maximum ? value[last] <= v : value[last] >= v) {
                            last = last == 0 ? size - 1 : last - 1;
                        }
                        last = last + 1 == size ? 0 : last + 1;
                        value[last] = v;
                        death[last] = p + size;
                    }
                    if (p >= size - 1) {
                        out[p - size + 1][b] = value[front];
                    }
                }
            }
        };
        return run(input, size, axis, mode, cval, origin, outType, threads, k);
    }

    /** Whether any of the group's extended values is NaN (then only SciPy's deque gives SciPy's result). */
    private static boolean hasNaN(double[][] ext, int len, int count) {
        boolean nan = false;
        for (int p = 0; p < len; p++) {
            double[] e = ext[p];
            for (int b = 0; b < count; b++) {
                nan |= e[b] != e[b];
            }
        }
        return nan;
    }

    /**
     * van Herk / Gil-Werman: with blocks of {@code size} extended positions, {@code g} the running
     * extreme from each block's start and {@code h} the one to each block's end, the window at
     * {@code i} is {@code extreme(h[i], g[i + size - 1])}: three comparisons per element whatever
     * the window, each loop across the group's lines (vectorised). Without NaN the extreme of a
     * window is the same whichever way it is found, so this equals the deque's result.
     */
    private static void vanHerk(double[][] ext, int count, double[][] out, int n, int size, boolean maximum,
            Scratch s) {
        int len = n + size - 1;
        double[][] g = s.rows(0, len);
        double[][] h = s.rows(1, len);
        for (int p = 0; p < len; p++) {
            double[] e = ext[p];
            double[] gp = g[p];
            if (p % size == 0) {
                System.arraycopy(e, 0, gp, 0, count);
            } else {
                double[] prev = g[p - 1];
                if (maximum) {
                    for (int b = 0; b < count; b++) gp[b] = Math.max(prev[b], e[b]);
                } else {
                    for (int b = 0; b < count; b++) gp[b] = Math.min(prev[b], e[b]);
                }
            }
        }
        for (int p = len - 1; p >= 0; p--) {
            double[] e = ext[p];
            double[] hp = h[p];
            if (p % size == size - 1 || p == len - 1) {
                System.arraycopy(e, 0, hp, 0, count);
            } else {
                double[] next = h[p + 1];
                if (maximum) {
                    for (int b = 0; b < count; b++) hp[b] = Math.max(next[b], e[b]);
                } else {
                    for (int b = 0; b < count; b++) hp[b] = Math.min(next[b], e[b]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double[] o = out[i];
            double[] hi = h[i];
            double[] gi = g[i + size - 1];
            if (maximum) {
                for (int b = 0; b < count; b++) o[b] = Math.max(hi[b], gi[b]);
            } else {
                for (int b = 0; b < count; b++) o[b] = Math.min(hi[b], gi[b]);
            }
        }
    }

    private static HostArray run(HostArray input, int size, int axis, Mode mode, double cval, int origin,
            DType outType, CpuThreads threads, LineKernel kernel) {
        int[] shape = input.shape();
        HostArray out = HostArray.zeros(outType, shape);
        if (input.size() == 0) {
            return out;
        }
        int n = shape[axis];
        int outer = Shapes.outer(shape, axis);
        int inner = Shapes.inner(shape, axis);
        int before = size / 2 + origin;
        int extLen = n + size - 1;
        int modeCode = mode.filterCode();
        // The input index read at each extended position, -1 for cval: the same for every line.
        int[] source = new int[extLen];
        for (int p = 0; p < extLen; p++) {
            source[p] = Mode.extendIndex(p - before, n, modeCode);
        }
        Object src = input.data();
        DType inType = input.dtype();
        Object dst = out.data();
        boolean columns = inner > 1;
        int groupsPerPlane = columns ? (inner + GROUP - 1) / GROUP : 0;
        int groups = columns ? outer * groupsPerPlane : (outer + GROUP - 1) / GROUP;
        threads.parallelFor(groups, (long) input.size() * 4, (from, to) -> {
            double[][] ext = new double[extLen][GROUP];
            double[][] res = new double[n][GROUP];
            int[] bases = new int[GROUP];
            Scratch scratch = new Scratch(size);
            for (int g = from; g < to; g++) {
                int count;
                if (columns) {
                    int o = g / groupsPerPlane;
                    int x0 = (g - o * groupsPerPlane) * GROUP;
                    count = Math.min(GROUP, inner - x0);
                    int base = o * n * inner + x0;
                    for (int p = 0; p < extLen; p++) {
                        int s = source[p];
                        if (s < 0) {
                            java.util.Arrays.fill(ext[p], 0, count, cval);
                        } else {
                            TypedLines.read(src, inType, base + s * inner, ext[p], 0, count);
                        }
                    }
                    kernel.apply(ext, count, res, n, scratch);
                    for (int i = 0; i < n; i++) {
                        TypedLines.write(res[i], 0, dst, outType, base + i * inner, count);
                    }
                } else {
                    int l0 = g * GROUP;
                    count = Math.min(GROUP, outer - l0);
                    for (int b = 0; b < count; b++) {
                        bases[b] = (l0 + b) * n;
                    }
                    // Runs of consecutive source indices are read along each line, transposed.
                    int p = 0;
                    while (p < extLen) {
                        int s = source[p];
                        if (s < 0) {
                            java.util.Arrays.fill(ext[p], 0, count, cval);
                            p++;
                            continue;
                        }
                        int run = 1;
                        while (p + run < extLen && source[p + run] == s + run) {
                            run++;
                        }
                        TypedLines.readColumns(src, inType, bases, s, 1, ext, p, count, run);
                        p += run;
                    }
                    kernel.apply(ext, count, res, n, scratch);
                    TypedLines.writeColumns(res, dst, outType, bases, 0, 1, count, n);
                }
            }
        });
        return out;
    }
}
