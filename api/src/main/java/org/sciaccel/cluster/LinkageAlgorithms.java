package org.sciaccel.cluster;

import java.util.Arrays;

/**
 * scipy.cluster.hierarchy's agglomerative algorithms on a condensed distance matrix, SciPy 1.10's step for step
 * (so that ties go as SciPy's go): Prim's minimum spanning tree for single linkage, the nearest-neighbour chain
 * with the Lance-Williams updates for complete, average, weighted and ward, the generic algorithm (a heap of
 * nearest-neighbour bounds) for centroid and median, then (but for the generic algorithm) the merges sorted stably by
 * distance and relabelled by union-find ({@code idx1 < idx2}, new clusters n, n+1, ...). Host code over a
 * condensed matrix the caller has already computed (on the points' backend, when it came from points).
 */
final class LinkageAlgorithms {
    static final int SINGLE = 0;
    static final int COMPLETE = 1;
    static final int AVERAGE = 2;
    static final int CENTROID = 3;
    static final int MEDIAN = 4;
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
        if (method == CENTROID || method == MEDIAN) {
            // the generic algorithm numbers its clusters as it merges them, in merge order: no sort, no relabelling
            // (centroid and median distances need not grow from merge to merge)
            return generic(y, n, method);
        }
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

    /**
     * The generic agglomeration (for centroid and median, whose updates break the nearest-neighbour chain): each
     * cluster x keeps a candidate nearest neighbour among the clusters after it and a lower bound of that distance in
     * a min-heap; the heap's top is merged once its bound is the true current distance, else its candidate is looked
     * up again. Steps, heap and tie-breaking as SciPy 1.10's.
     */
    private static double[] generic(double[] y, int n, int method) {
        double[] z = new double[(n - 1) * 4];
        double[] d = y.clone();
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        int[] neighbour = new int[Math.max(0, n - 1)];
        double[] minDist = new double[Math.max(0, n - 1)];
        for (int x = 0; x < n - 1; x++) {
            neighbour[x] = nearestAfter(d, n, size, x);
            minDist[x] = neighbour[x] < 0 ? Double.POSITIVE_INFINITY : d[condensed(n, x, neighbour[x])];
        }
        IndexedMinHeap heap = new IndexedMinHeap(minDist);
        for (int k = 0; k < n - 1; k++) {
            int x = 0;
            int yy = 0;
            double dist = 0;
            // at most n - k corrections find the closest pair (a bounded loop, as SciPy's, against rounding)
            for (int attempt = 0; attempt < n - k; attempt++) {
                x = heap.minKey();
                dist = heap.minValue();
                yy = neighbour[x];
                if (dist == d[condensed(n, x, yy)]) {
                    break;
                }
                yy = nearestAfter(d, n, size, x);
                dist = yy < 0 ? Double.POSITIVE_INFINITY : d[condensed(n, x, yy)];
                neighbour[x] = yy;
                minDist[x] = dist;
                heap.change(x, dist);
            }
            heap.removeMin();
            int idx = id[x];
            int idy = id[yy];
            int nx = size[x];
            int ny = size[yy];
            z[k * 4] = Math.min(idx, idy);
            z[k * 4 + 1] = Math.max(idx, idy);
            z[k * 4 + 2] = dist;
            z[k * 4 + 3] = nx + ny;
            size[x] = 0;
            size[yy] = nx + ny;
            id[yy] = n + k;
            for (int i = 0; i < n; i++) {
                int ni = size[i];
                if (ni == 0 || i == yy) {
                    continue;
                }
                int iy = condensed(n, i, yy);
                d[iy] = update(method, d[condensed(n, i, x)], d[iy], dist, nx, ny, ni);
            }
            // the clusters whose candidate was x now guess y (a guess the bound check above corrects)
            for (int i = 0; i < x; i++) {
                if (size[i] > 0 && neighbour[i] == x) {
                    neighbour[i] = yy;
                }
            }
            for (int i = 0; i < yy; i++) {
                if (size[i] == 0) {
                    continue;
                }
                double di = d[condensed(n, i, yy)];
                if (di < minDist[i]) {
                    neighbour[i] = yy;
                    minDist[i] = di;
                    heap.change(i, di);
                }
            }
            if (yy < n - 1) {
                int w = nearestAfter(d, n, size, yy);
                if (w != -1) {
                    neighbour[yy] = w;
                    minDist[yy] = d[condensed(n, yy, w)];
                    heap.change(yy, minDist[yy]);
                }
            }
        }
        return z;
    }

    /** The first live cluster after x at the smallest distance from it, or -1. */
    private static int nearestAfter(double[] d, int n, int[] size, int x) {
        double min = Double.POSITIVE_INFINITY;
        int best = -1;
        for (int i = x + 1; i < n; i++) {
            if (size[i] == 0) {
                continue;
            }
            double v = d[condensed(n, x, i)];
            if (v < min) {
                min = v;
                best = i;
            }
        }
        return best;
    }

    /** A binary min-heap of values by key (0 .. n-1) with value changes, sifting as SciPy's cluster heap does. */
    private static final class IndexedMinHeap {
        private final int[] indexOfKey;
        private final int[] keyAt;
        private final double[] values;
        private int size;

        IndexedMinHeap(double[] initial) {
            size = initial.length;
            indexOfKey = new int[size];
            keyAt = new int[size];
            values = initial.clone();
            for (int i = 0; i < size; i++) {
                indexOfKey[i] = i;
                keyAt[i] = i;
            }
            for (int i = size / 2 - 1; i >= 0; i--) {
                siftDown(i);
            }
        }

        int minKey() {
            return keyAt[0];
        }

        double minValue() {
            return values[0];
        }

        void removeMin() {
            swap(0, size - 1);
            size--;
            siftDown(0);
        }

        void change(int key, double value) {
            int index = indexOfKey[key];
            double old = values[index];
            values[index] = value;
            if (value < old) {
                siftUp(index);
            } else {
                siftDown(index);
            }
        }

        private void siftUp(int index) {
            int parent = (index - 1) >> 1;
            while (index > 0 && values[parent] > values[index]) {
                swap(index, parent);
                index = parent;
                parent = (index - 1) >> 1;
            }
        }

        private void siftDown(int index) {
            int child = 2 * index + 1;
            while (child < size) {
                if (child + 1 < size && values[child + 1] < values[child]) {
                    child++;
                }
                if (values[index] > values[child]) {
                    swap(index, child);
                    index = child;
                    child = 2 * index + 1;
                } else {
                    break;
                }
            }
        }

        private void swap(int i, int j) {
            double v = values[i];
            values[i] = values[j];
            values[j] = v;
            int ki = keyAt[i];
            int kj = keyAt[j];
            keyAt[i] = kj;
            keyAt[j] = ki;
            indexOfKey[kj] = i;
            indexOfKey[ki] = j;
        }
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
            case CENTROID:
                return Math.sqrt(((sx * dxi * dxi) + (sy * dyi * dyi) - (sx * sy * dxy * dxy) / (sx + sy)) / (sx + sy));
            case MEDIAN:
                return Math.sqrt(0.5 * (dxi * dxi + dyi * dyi) - 0.25 * dxy * dxy);
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
