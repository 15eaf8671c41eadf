package org.sciaccel.spatial;

import java.util.Arrays;

/**
 * The k-d tree behind {@link CKDTree}: points (n, m) as float64 rows, split at the median of the widest
 * dimension of each node's bounding box until a node holds at most {@code leafsize} points. Every node keeps
 * the tight bounding box of its points, so a search prunes a node by the distance from the query to that box.
 *
 * <p>Distances are accumulated in "p-space" as SciPy's cKDTree does: the sum of |d|^p (the sum of squares for
 * p = 2, the sum of |d| for p = 1, the largest |d| for p = inf), compared with a bound raised to the same power,
 * and only the reported distances are taken back to the p-th root. The searches are exact (the approximation
 * factor eps only loosens SciPy's pruning, so the exact answer satisfies its guarantee), and results with equal
 * distances are ordered by point index. Reads of the tree are thread-safe: queries run in parallel.
 */
final class KdTree {
    final double[] data;
    final int n;
    final int m;
    /** Point indices, permuted so that each node's points are contiguous. */
    private final int[] order;
    // per node: the point range [start, end), the children (-1 for a leaf) and the bounding box
    private int[] start;
    private int[] end;
    private int[] lesser;
    private int[] greater;
    private double[] mins;
    private double[] maxes;
    private int nodes;
    private final int leafsize;

    KdTree(double[] data, int n, int m, int leafsize) {
        this.data = data;
        this.n = n;
        this.m = m;
        this.leafsize = leafsize;
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int capacity = Math.max(1, 2 * (n / Math.max(1, leafsize) + 1));
        start = new int[capacity];
        end = new int[capacity];
        lesser = new int[capacity];
        greater = new int[capacity];
        mins = new double[capacity * m];
        maxes = new double[capacity * m];
        build(0, n);
    }

    /** Builds the node over order[from, to) and returns its number. */
    private int build(int from, int to) {
        int node = newNode(from, to);
        double widest = -1;
        int dim = 0;
        for (int d = 0; d < m; d++) {
            double w = maxes[node * m + d] - mins[node * m + d];
            if (w > widest) {
                widest = w;
                dim = d;
            }
        }
        // a node of identical (or NaN) points cannot be split usefully: it stays a leaf whatever its size
        if (to - from <= leafsize || !(widest > 0)) {
            return node;
        }
        int mid = (from + to) >>> 1;
        select(from, to - 1, mid, dim);
        int l = build(from, mid);
        int g = build(mid, to);
        lesser[node] = l;
        greater[node] = g;
        return node;
    }

    private int newNode(int from, int to) {
        if (nodes == start.length) {
            int c = 2 * nodes;
            start = Arrays.copyOf(start, c);
            end = Arrays.copyOf(end, c);
            lesser = Arrays.copyOf(lesser, c);
            greater = Arrays.copyOf(greater, c);
            mins = Arrays.copyOf(mins, c * m);
            maxes = Arrays.copyOf(maxes, c * m);
        }
        int node = nodes++;
        start[node] = from;
        end[node] = to;
        lesser[node] = -1;
        greater[node] = -1;
        for (int d = 0; d < m; d++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double v = data[order[i] * m + d];
                // NaN coordinates widen nothing: such points are never within any distance
                if (v < lo) {
                    lo = v;
                }
                if (v > hi) {
                    hi = v;
                }
            }
            mins[node * m + d] = lo;
            maxes[node * m + d] = hi;
        }
        return node;
    }

    /** Quickselect: order[k] gets the point whose coordinate dim has rank k in order[lo..hi] (NaN last). */
    private void select(int lo, int hi, int k, int dim) {
        while (hi > lo) {
            double pivot = coordinate((lo + hi) >>> 1, dim);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (before(coordinate(i, dim), pivot)) {
                    i++;
                }
                while (before(pivot, coordinate(j, dim))) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static boolean before(double a, double b) {
        return Double.compare(a, b) < 0;
    }

    private double coordinate(int position, int dim) {
        return data[order[position] * m + dim];
    }

    /** The p-space distance between query point x (from offset xo) and data point j. */
    static double distance(double[] data, int m, double[] x, int xo, int j, double p) {
        int jo = j * m;
        double s = 0;
        if (p == 2) {
            for (int d = 0; d < m; d++) {
                double t = x[xo + d] - data[jo + d];
                s += t * t;
            }
        } else if (p == 1) {
            for (int d = 0; d < m; d++) {
                s += Math.abs(x[xo + d] - data[jo + d]);
            }
        } else if (p == Double.POSITIVE_INFINITY) {
            for (int d = 0; d < m; d++) {
                double t = Math.abs(x[xo + d] - data[jo + d]);
                if (t > s || t != t) {
                    s = t;
                }
            }
        } else {
            for (int d = 0; d < m; d++) {
                s += Math.pow(Math.abs(x[xo + d] - data[jo + d]), p);
            }
        }
        return s;
    }

    /** The p-space distance from x to the nearest point of the node's box (0 inside it). */
    private double boxDistance(double[] x, int xo, int node, boolean farthest, double p) {
        double s = 0;
        for (int d = 0; d < m; d++) {
            double v = x[xo + d];
            double lo = mins[node * m + d];
            double hi = maxes[node * m + d];
            double t;
            if (farthest) {
                t = Math.max(Math.abs(v - lo), Math.abs(hi - v));
            } else {
                t = v < lo ? lo - v : v > hi ? v - hi : 0;
            }
            if (p == 2) {
                s += t * t;
            } else if (p == 1) {
                s += t;
            } else if (p == Double.POSITIVE_INFINITY) {
                s = Math.max(s, t);
            } else {
                s += Math.pow(t, p);
            }
        }
        return s;
    }

    /** A p-space distance back in the metric's units. */
    static double root(double s, double p) {
        if (p == 2) {
            return Math.sqrt(s);
        }
        if (p == 1 || p == Double.POSITIVE_INFINITY) {
            return s;
        }
        return Math.pow(s, 1 / p);
    }

    /** A bound in the metric's units raised into p-space. */
    static double power(double r, double p) {
        if (p == 1 || p == Double.POSITIVE_INFINITY || Double.isInfinite(r)) {
            return r;
        }
        return p == 2 ? r * r : Math.pow(r, p);
    }

    /**
     * The k nearest points to x (from offset xo) closer than {@code bound} (p-space, strict), written to
     * dist/index (p-space distances, ascending, ties by index); returns how many were found (at most k).
     */
    int nearest(double[] x, int xo, int k, double bound, double p, double[] dist, int[] index) {
        Neighbours h = new Neighbours(k, dist, index);
        if (n > 0) {
            searchNearest(0, x, xo, bound, p, h);
        }
        return h.sortAscending();
    }

    private void searchNearest(int node, double[] x, int xo, double bound, double p, Neighbours h) {
        if (lesser[node] < 0) {
            for (int i = start[node]; i < end[node]; i++) {
                int j = order[i];
                double d = distance(data, m, x, xo, j, p);
                if (d < bound) {
                    h.offer(d, j);
                }
            }
            return;
        }
        int a = lesser[node];
        int b = greater[node];
        double da = boxDistance(x, xo, a, false, p);
        double db = boxDistance(x, xo, b, false, p);
        if (db < da) {
            int t = a;
            a = b;
            b = t;
            double u = da;
            da = db;
            db = u;
        }
        if (h.admits(da, bound)) {
            searchNearest(a, x, xo, bound, p, h);
        }
        if (h.admits(db, bound)) {
            searchNearest(b, x, xo, bound, p, h);
        }
    }

    /** Appends to out the indices of the points within r (p-space, inclusive) of x, in any order. */
    void within(double[] x, int xo, double r, double p, IntList out) {
        if (n > 0) {
            searchWithin(0, x, xo, r, p, out);
        }
    }

    private void searchWithin(int node, double[] x, int xo, double r, double p, IntList out) {
        if (!(boxDistance(x, xo, node, false, p) <= r)) {
            return;
        }
        if (boxDistance(x, xo, node, true, p) <= r) {
            // the whole box is inside the ball: no distance to check (NaN-free boxes only reach here)
            for (int i = start[node]; i < end[node]; i++) {
                int j = order[i];
                if (!hasNaN(j)) {
                    out.add(j);
                }
            }
            return;
        }
        if (lesser[node] < 0) {
            for (int i = start[node]; i < end[node]; i++) {
                int j = order[i];
                if (distance(data, m, x, xo, j, p) <= r) {
                    out.add(j);
                }
            }
            return;
        }
        searchWithin(lesser[node], x, xo, r, p, out);
        searchWithin(greater[node], x, xo, r, p, out);
    }

    private boolean hasNaN(int j) {
        for (int d = 0; d < m; d++) {
            if (Double.isNaN(data[j * m + d])) {
                return true;
            }
        }
        return false;
    }

    /** A bounded max-heap of (distance, index), largest on top, ordered by distance then index. */
    private static final class Neighbours {
        private final int k;
        private final double[] d;
        private final int[] i;
        private int size;

        Neighbours(int k, double[] d, int[] i) {
            this.k = k;
            this.d = d;
            this.i = i;
        }

        /** Whether a box at p-space distance boxD can still hold a point to keep. */
        boolean admits(double boxD, double bound) {
            if (!(boxD < bound)) {
                return false;
            }
            return size < k || boxD <= d[0];
        }

        void offer(double dist, int index) {
            if (size < k) {
                int c = size++;
                d[c] = dist;
                i[c] = index;
                while (c > 0) {
                    int parent = (c - 1) / 2;
                    if (!above(c, parent)) {
                        break;
                    }
                    swap(c, parent);
                    c = parent;
                }
            } else if (dist < d[0] || (dist == d[0] && index < i[0])) {
                d[0] = dist;
                i[0] = index;
                int c = 0;
                while (true) {
                    int l = 2 * c + 1;
                    int r = l + 1;
                    int top = c;
                    if (l < size && above(l, top)) {
                        top = l;
                    }
                    if (r < size && above(r, top)) {
                        top = r;
                    }
                    if (top == c) {
                        break;
                    }
                    swap(c, top);
                    c = top;
                }
            }
        }

        /** Whether entry a ranks after entry b (farther, or as far with a larger index). */
        private boolean above(int a, int b) {
            return d[a] > d[b] || (d[a] == d[b] && i[a] > i[b]);
        }

        private void swap(int a, int b) {
            double td = d[a];
            d[a] = d[b];
            d[b] = td;
            int ti = i[a];
            i[a] = i[b];
            i[b] = ti;
        }

        /** Sorts the kept entries ascending in place (heap sort) and returns their count. */
        int sortAscending() {
            int kept = size;
            while (size > 1) {
                swap(0, --size);
                int c = 0;
                while (true) {
                    int l = 2 * c + 1;
                    int r = l + 1;
                    int top = c;
                    if (l < size && above(l, top)) {
                        top = l;
                    }
                    if (r < size && above(r, top)) {
                        top = r;
                    }
                    if (top == c) {
                        break;
                    }
                    swap(c, top);
                    c = top;
                }
            }
            size = kept;
            return kept;
        }
    }

    /** A growable int list. */
    static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        int[] sorted() {
            int[] r = Arrays.copyOf(values, size);
            Arrays.sort(r);
            return r;
        }
    }
}
