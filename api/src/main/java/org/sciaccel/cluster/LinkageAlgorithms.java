package org.sciaccel.cluster;

import java.util.Arrays;

/**
 * scipy.cluster.hierarchy's agglomerative algorithms on a condensed distance matrix, SciPy 1.10's step for step
 * (so that ties go as SciPy's go): Prim's minimum spanning tree for single linkage, the nearest-neighbour chain
 * with the Lance-Williams updates for complete, average, weighted and ward, then the merges sorted stably by
 * distance and relabelled by union-find ({@code idx1 < idx2}, new clusters n, n+1, ...). Host code over a
 * condensed matrix the caller has already computed (on the points' backend, when it came from points).
 */
final class LinkageAlgorithms {
    static final int SINGLE = 0;
    static final int COMPLETE = 1;
    static final int AVERAGE = 2;
    static final int WARD = 5;
    static final int WEIGHTED = 6;

    private LinkageAlgorithms() {
    }

    static int condensed(int n, int i, int j) {
        if (i < j) {
            return (int) ((long) n * i - (long) i * (i + 1) / 2 + (j - i - 1));
        }
        return (int) ((long) n * j - (long) j * (j + 1) / 2 + (i - j - 1));
    }

    /** The (n - 1) x 4 linkage matrix, row-major. */
    static double[] linkage(double[] y, int n, int method) {
        double[] z = method == SINGLE ? mstSingle(y, n) : nnChain(y, n, method);
        return label(sortByDistance(z, n), n);
    }

    private static double[] mstSingle(double[] y, int n) {
        double[] z = new double[(n - 1) * 4];
        boolean[] merged = new boolean[n];
        double[] d = new double[n];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        int x = 0;
        for (int k = 0; k < n - 1; k++) {
            double min = Double.POSITIVE_INFINITY;
            int yy = -1;
            merged[x] = true;
            for (int i = 0; i < n; i++) {
                if (merged[i]) {
                    continue;
                }
                double dist = y[condensed(n, x, i)];
                if (d[i] > dist) {
                    d[i] = dist;
                }
                if (d[i] < min) {
                    yy = i;
                    min = d[i];
                }
            }
            z[k * 4] = x;
            z[k * 4 + 1] = yy;
            z[k * 4 + 2] = min;
            x = yy;
        }
        return z;
    }

    private static double[] nnChain(double[] y, int n, int method) {
        double[] z = new double[(n - 1) * 4];
        double[] d = y.clone();
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] chain = new int[n];
        int length = 0;
        for (int k = 0; k < n - 1; k++) {
            if (length == 0) {
                length = 1;
                for (int i = 0; i < n; i++) {
                    if (size[i] > 0) {
                        chain[0] = i;
                        break;
                    }
                }
            }
            int x;
            int yy;
            double min;
            while (true) {
                x = chain[length - 1];
                // the previous element of the chain is preferred as the minimum (no cycles)
                if (length > 1) {
                    yy = chain[length - 2];
                    min = d[condensed(n, x, yy)];
                } else {
                    yy = -1;
                    min = Double.POSITIVE_INFINITY;
                }
                for (int i = 0; i < n; i++) {
                    if (size[i] == 0 || x == i) {
                        continue;
                    }
                    double dist = d[condensed(n, x, i)];
                    if (dist < min) {
                        min = dist;
                        yy = i;
                    }
                }
                if (length > 1 && yy == chain[length - 2]) {
                    break;
                }
                chain[length++] = yy;
            }
            length -= 2;
            if (x > yy) {
                int t = x;
                x = yy;
                yy = t;
            }
            int nx = size[x];
            int ny = size[yy];
            z[k * 4] = x;
            z[k * 4 + 1] = yy;
            z[k * 4 + 2] = min;
            z[k * 4 + 3] = nx + ny;
            size[x] = 0;
            size[yy] = nx + ny;
            for (int i = 0; i < n; i++) {
                int ni = size[i];
                if (ni == 0 || i == yy) {
                    continue;
                }
                int iy = condensed(n, i, yy);
                d[iy] = update(method, d[condensed(n, i, x)], d[iy], min, nx, ny, ni);
            }
        }
        return z;
    }

    /** The Lance-Williams update of the distance from cluster i to the union of x and y. */
    private static double update(int method, double dxi, double dyi, double dxy, int sx, int sy, int si) {
        switch (method) {
            case COMPLETE:
                return dxi > dyi ? dxi : dyi;
            case AVERAGE:
                return (sx * dxi + sy * dyi) / (sx + sy);
            case WEIGHTED:
                return 0.5 * (dxi + dyi);
            case WARD: {
                double t = 1.0 / (sx + sy + si);
                return Math.sqrt((si + sx) * t * dxi * dxi + (si + sy) * t * dyi * dyi - si * t * dxy * dxy);
            }
            default:
                throw new AssertionError(method);
        }
    }

    /** The rows ordered by distance, a stable sort (NumPy's mergesort). */
    private static double[] sortByDistance(double[] z, int n) {
        Integer[] order = new Integer[n - 1];
        for (int i = 0; i < n - 1; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(z[a * 4 + 2], z[b * 4 + 2]) == 0 ? 0
                : z[a * 4 + 2] < z[b * 4 + 2] ? -1 : 1);
        double[] s = new double[z.length];
        for (int i = 0; i < n - 1; i++) {
            System.arraycopy(z, order[i] * 4, s, i * 4, 4);
        }
        return s;
    }

    /** The union-find relabelling: each row names the roots it merges (smaller first) and the merged size. */
    private static double[] label(double[] z, int n) {
        int[] parent = new int[2 * n - 1];
        int[] size = new int[2 * n - 1];
        for (int i = 0; i < 2 * n - 1; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        int next = n;
        for (int i = 0; i < n - 1; i++) {
            int xr = find(parent, (int) z[i * 4]);
            int yr = find(parent, (int) z[i * 4 + 1]);
            z[i * 4] = Math.min(xr, yr);
            z[i * 4 + 1] = Math.max(xr, yr);
            parent[xr] = next;
            parent[yr] = next;
            size[next] = size[xr] + size[yr];
            z[i * 4 + 3] = size[next];
            next++;
        }
        return z;
    }

    private static int find(int[] parent, int x) {
        int p = x;
        while (parent[p] != p) {
            p = parent[p];
        }
        while (parent[x] != p) {
            int up = parent[x];
            parent[x] = p;
            x = up;
        }
        return p;
    }
}
