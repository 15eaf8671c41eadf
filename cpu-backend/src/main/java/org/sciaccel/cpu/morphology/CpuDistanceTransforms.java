package org.sciaccel.cpu.morphology;

import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.ndimage.StructureNeighbours;

/**
 * Distance transforms on the CPU. Euclidean: SciPy's feature transform (Maurer, Qi and Raghavan's separable Voronoi
 * passes, one pass per axis in axis order, each line's lower envelope of parabolas built with SciPy's exact tie
 * rules, so indices match SciPy's), lines of a pass in parallel. Chamfer: SciPy's two raster passes (the second
 * over the reversed array), which are sequential by nature.
 */
final class CpuDistanceTransforms {
    private CpuDistanceTransforms() {
    }

    /** The feature transform, layout (ndim, shape): ft[c * total + i] is coordinate c of i's nearest background. */
    static int[] features(byte[] in, int[] shape, double[] sampling, CpuThreads threads) {
        int nd = shape.length;
        int total = in.length;
        int[] ft = new int[nd * total];
        for (int d = 0; d < nd; d++) {
            int n = shape[d];
            if (n == 0 || total == 0) {
                continue;
            }
            int inner = Shapes.inner(shape, d);
            int lines = total / n;
            int axis = d;
            threads.parallelFor(lines, (long) total * nd * 4, (from, to) -> {
                int[] f = new int[n * nd];
                int[] g = new int[n];
                int[] coor = new int[nd];
                for (int line = from; line < to; line++) {
                    int o = line / inner;
                    int i0 = line % inner;
                    int base = o * n * inner + i0;
                    // The line's coordinates along the other axes.
                    int rest = base;
                    for (int ax = nd - 1; ax >= 0; ax--) {
                        coor[ax] = rest % shape[ax];
                        rest /= shape[ax];
                    }
                    if (axis == 0) {
                        for (int k = 0; k < n; k++) {
                            int idx = base + k * inner;
                            if (in[idx] != 0) {
                                ft[idx] = -1;
                            } else {
                                ft[idx] = k;
                                for (int c = 1; c < nd; c++) {
                                    ft[c * total + idx] = coor[c];
                                }
                            }
                        }
                    }
                    voronoi(ft, total, base, inner, n, nd, axis, coor, f, g, sampling);
                }
            });
        }
        return ft;
    }

    /** SciPy's _VoronoiFT on one line along axis d (elements base + k * stride). */
    private static void voronoi(int[] ft, int total, int base, int stride, int len, int rank, int d, int[] coor, int[] f,
            int[] g, double[] sampling) {
        for (int ii = 0; ii < len; ii++) {
            for (int jj = 0; jj < rank; jj++) {
                f[ii * rank + jj] = ft[jj * total + base + ii * stride];
            }
        }
        int l = -1;
        for (int ii = 0; ii < len; ii++) {
            if (f[ii * rank] < 0) {
                continue;
            }
            double fd = f[ii * rank + d];
            double wR = 0.0;
            for (int jj = 0; jj < rank; jj++) {
                if (jj != d) {
                    double tw = (f[ii * rank + jj] - coor[jj]) * sampling[jj];
                    wR += tw * tw;
                }
            }
            while (l >= 1) {
                int idx1 = g[l];
                int idx2 = g[l - 1];
                double f1 = f[idx1 * rank + d];
                double a = (f1 - f[idx2 * rank + d]) * sampling[d];
                double b = (fd - f1) * sampling[d];
                double c = a + b;
                double uR = 0.0;
                double vR = 0.0;
                for (int jj = 0; jj < rank; jj++) {
                    if (jj != d) {
                        double cc = coor[jj];
                        double tu = (f[idx2 * rank + jj] - cc) * sampling[jj];
                        double tv = (f[idx1 * rank + jj] - cc) * sampling[jj];
                        uR += tu * tu;
                        vR += tv * tv;
                    }
                }
                if (c * vR - b * uR - a * wR - a * b * c <= 0.0) {
                    break;
                }
                --l;
            }
            ++l;
            g[l] = ii;
        }
        int maxl = l;
        if (maxl < 0) {
            return;
        }
        l = 0;
        for (int ii = 0; ii < len; ii++) {
            double delta1 = 0.0;
            for (int jj = 0; jj < rank; jj++) {
                double t = (jj == d ? f[g[l] * rank + jj] - ii : f[g[l] * rank + jj] - coor[jj]) * sampling[jj];
                delta1 += t * t;
            }
            while (l < maxl) {
                double delta2 = 0.0;
                for (int jj = 0; jj < rank; jj++) {
                    double t = (jj == d ? f[g[l + 1] * rank + jj] - ii : f[g[l + 1] * rank + jj] - coor[jj]) * sampling[jj];
                    delta2 += t * t;
                }
                if (delta1 <= delta2) {
                    break;
                }
                delta1 = delta2;
                ++l;
            }
            int src = g[l];
            for (int jj = 0; jj < rank; jj++) {
                ft[jj * total + base + ii * stride] = f[src * rank + jj];
            }
        }
    }

    /** NumPy's distances from a feature transform: sqrt of the per-axis squared scaled differences, summed in axis order. */
    static double[] distances(int[] ft, int[] shape, double[] sampling, CpuThreads threads) {
        int nd = shape.length;
        int total = Shapes.size(shape);
        double[] out = new double[total];
        threads.parallelFor(total, (long) total * nd, (from, to) -> {
            int[] coord = new int[nd];
            int rest = from;
            for (int ax = nd - 1; ax >= 0; ax--) {
                coord[ax] = rest % shape[ax];
                rest /= shape[ax];
            }
            for (int i = from; i < to; i++) {
                double sum = 0;
                for (int ax = 0; ax < nd; ax++) {
                    double t = (double) (ft[ax * total + i] - coord[ax]) * sampling[ax];
                    sum = ax == 0 ? t * t : sum + t * t;
                }
                out[i] = Math.sqrt(sum);
                for (int ax = nd - 1; ax >= 0; ax--) {
                    if (++coord[ax] < shape[ax]) {
                        break;
                    }
                    coord[ax] = 0;
                }
            }
        });
        return out;
    }

    /**
     * Distances only, without the feature transform (ties do not change a distance): squared distances along axis
     * 0 by two sweeps, then along each further axis the lower envelope of parabolas (Felzenszwalb and Huttenlocher),
     * then the square root. Returns null when the input has no background (SciPy's result there comes from its
     * feature transform's placeholders, which {@link #features} reproduces).
     */
    static double[] distancesOnly(byte[] in, int[] shape, double[] sampling, CpuThreads threads) {
        int nd = shape.length;
        int total = in.length;
        boolean any = false;
        for (int i = 0; i < total && !any; i++) {
            any = in[i] == 0;
        }
        if (!any) {
            return null;
        }
        double[] sq = new double[total];
        int n0 = shape[0];
        int inner0 = total / n0;
        double s0 = sampling[0];
        // Axis 0: distance in rows to the nearest background of the same column, forward then backward, row-wise.
        int[] run = new int[total];
        threads.parallelFor(inner0, (long) total * 2, (from, to) -> {
            for (int r = 0; r < n0; r++) {
                int base = r * inner0;
                for (int x = from; x < to; x++) {
                    int i = base + x;
                    run[i] = in[i] == 0 ? 0 : r == 0 ? Integer.MAX_VALUE : run[i - inner0] == Integer.MAX_VALUE
                            ? Integer.MAX_VALUE : run[i - inner0] + 1;
                }
            }
            for (int r = n0 - 2; r >= 0; r--) {
                int base = r * inner0;
                for (int x = from; x < to; x++) {
                    int i = base + x;
                    int below = run[i + inner0];
                    if (below != Integer.MAX_VALUE && below + 1 < run[i]) {
                        run[i] = below + 1;
                    }
                }
            }
            for (int r = 0; r < n0; r++) {
                int base = r * inner0;
                for (int x = from; x < to; x++) {
                    int v = run[base + x];
                    double t = (double) v * s0;
                    sq[base + x] = v == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : t * t;
                }
            }
        });
        for (int d = 1; d < nd; d++) {
            int n = shape[d];
            int inner = Shapes.inner(shape, d);
            int lines = total / n;
            double sd = sampling[d];
            threads.parallelFor(lines, (long) total * 8, (from, to) -> {
                double[] f = new double[n];
                double[] outLine = new double[n];
                int[] v = new int[n];
                double[] z = new double[n + 1];
                for (int line = from; line < to; line++) {
                    int o = line / inner;
                    int i0 = line % inner;
                    int base = o * n * inner + i0;
                    for (int q = 0; q < n; q++) {
                        f[q] = sq[base + q * inner];
                    }
                    envelope(f, n, sd, v, z, outLine);
                    for (int q = 0; q < n; q++) {
                        sq[base + q * inner] = outLine[q];
                    }
                }
            });
        }
        threads.parallelFor(total, total, (from, to) -> {
            for (int i = from; i < to; i++) {
                sq[i] = Math.sqrt(sq[i]);
            }
        });
        return sq;
    }

    /** out[p] = min_q ((p - q) * s)^2 + f[q] over the sites with finite f, by the lower envelope of parabolas. */
    private static void envelope(double[] f, int n, double s, int[] v, double[] z, double[] out) {
        int k = -1;
        double s2 = s * s;
        for (int q = 0; q < n; q++) {
            if (f[q] == Double.POSITIVE_INFINITY) {
                continue;
            }
            double fq = f[q] + s2 * q * q;
            while (k >= 0) {
                int vk = v[k];
                double inter = (fq - (f[vk] + s2 * vk * vk)) / (2 * s2 * (q - vk));
                if (inter <= z[k]) {
                    k--;
                } else {
                    break;
                }
            }
            k++;
            v[k] = q;
            z[k] = k == 0 ? Double.NEGATIVE_INFINITY : (fq - (f[v[k - 1]] + s2 * v[k - 1] * v[k - 1])) / (2 * s2 * (q - v[k - 1]));
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        if (k < 0) {
            java.util.Arrays.fill(out, 0, n, Double.POSITIVE_INFINITY);
            return;
        }
        int j = 0;
        for (int p = 0; p < n; p++) {
            while (z[j + 1] < p) {
                j++;
            }
            int q = v[j];
            double t = (double) (p - q) * s;
            out[p] = t * t + f[q];
        }
    }

    /** SciPy's chamfer transform: dt (int32, -1 unreached) and flat feature indices ft, both updated in place. */
    static void chamfer(byte[] in, int[] shape, boolean[] metric, int[] dt, int[] ft) {
        int total = in.length;
        for (int i = 0; i < total; i++) {
            dt[i] = in[i] != 0 ? -1 : 0;
            ft[i] = i;
        }
        onePass(dt, ft, shape, metric);
        reverse(dt);
        reverse(ft);
        onePass(dt, ft, shape, metric);
        reverse(dt);
        reverse(ft);
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** NI_DistanceTransformOnePass: the earlier half of the metric, in the structure's raster order, constant border. */
    private static void onePass(int[] dt, int[] ft, int[] shape, boolean[] metric) {
        int nd = shape.length;
        int[][] off = StructureNeighbours.preceding(metric, nd);
        int count = off.length;
        int[] flat = new int[count];
        for (int k = 0; k < count; k++) {
            int f = 0;
            for (int ax = 0; ax < nd; ax++) {
                f = f * shape[ax] + off[k][ax];
            }
            flat[k] = f;
        }
        int total = dt.length;
        int[] coord = new int[nd];
        for (int i = 0; i < total; i++) {
            int value = dt[i];
            if (value != 0) {
                int min = value;
                int minIndex = i;
                for (int e = 0; e < count; e++) {
                    boolean inside = true;
                    for (int ax = 0; ax < nd; ax++) {
                        int c = coord[ax] + off[e][ax];
                        inside &= c >= 0 && c < shape[ax];
                    }
                    if (!inside) {
                        continue;
                    }
                    int tt = dt[i + flat[e]];
                    if (tt >= 0 && (min < 0 || tt + 1 < min)) {
                        min = tt + 1;
                        minIndex = i + flat[e];
                    }
                }
                dt[i] = min;
                ft[i] = ft[minIndex];
            }
            for (int ax = nd - 1; ax >= 0; ax--) {
                if (++coord[ax] < shape[ax]) {
                    break;
                }
                coord[ax] = 0;
            }
        }
    }
}
