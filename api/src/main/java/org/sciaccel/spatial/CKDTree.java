package org.sciaccel.spatial;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/**
 * scipy.spatial.cKDTree: a k-d tree over points (n, m) for nearest-neighbour queries ({@link #query}), the points
 * within a distance ({@link #queryBallPoint}) and the pairs of points within a distance ({@link #queryPairs}), in
 * any Minkowski p-norm (1 &lt;= p &lt;= inf), with SciPy 1.10's results. The tree and its searches live on the host
 * (as the issue asks: tree searches branch per query point; they run in parallel over the query points on all
 * cores); the results are created on the backend of the data array.
 *
 * <p>Semantics as SciPy's: the data is read as float64; {@code distance_upper_bound} is strict (a point at exactly
 * that distance is not returned), the ball's radius inclusive; missing neighbours are reported with distance inf
 * and index n. Where SciPy leaves an order to its tree, sciaccel fixes one: neighbours at equal distances come in
 * increasing index order, and the indices of a ball query always come sorted (SciPy's {@code return_sorted=True};
 * SciPy leaves a single point's list in tree order by default). The searches are exact, so {@code eps > 0} (an
 * allowance for SciPy's approximate search) returns the exact answer, which meets SciPy's guarantee but can differ
 * from SciPy's approximate one. Periodic boxes ({@code boxsize}) are not supported. Bad input (p &lt; 1, k &lt; 1, a
 * negative radius or bound or eps, points of the wrong length) is refused in one line, where SciPy crashes on k =
 * [0] and squares a negative radius.
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.spatial.cKDTree.html">cKDTree</a>
 */
public final class CKDTree {
    static final String QUERY = "spatial.cKDTree.query";
    static final String BALL = "spatial.cKDTree.query_ball_point";
    static final String PAIRS = "spatial.cKDTree.query_pairs";
    private final KdTree tree;
    private final Backend backend;

    private CKDTree(KdTree tree, Backend backend) {
        this.tree = tree;
        this.backend = backend;
    }

    /** {@code cKDTree(data)}: a tree over the rows of data (n, m), 16 points per leaf. */
    public static CKDTree of(NDArray data) {
        return of(data, 16);
    }

    /** {@code cKDTree(data, leafsize)}. */
    public static CKDTree of(NDArray data, int leafsize) {
        return build(data, leafsize, "spatial.cKDTree");
    }

    static CKDTree build(NDArray data, int leafsize, String op) {
        if (data == null) {
            throw new IllegalArgumentException(op + ": data: null");
        }
        if (data.ndim() != 2) {
            throw new IllegalArgumentException(op + ": data: data must be 2 dimensions (shape "
                    + Shapes.toString(data.shape()) + ")");
        }
        if (data.dtype().isComplex()) {
            throw new IllegalArgumentException(op + ": data: complex points are not supported (dtype " + data.dtype()
                    + ")");
        }
        if (leafsize < 1) {
            throw new IllegalArgumentException(op + ": leafsize: leafsize must be at least 1 (got " + leafsize + ")");
        }
        double[] values = doubles(data);
        return new CKDTree(new KdTree(values, data.shape(0), data.shape(1), leafsize), data.backend());
    }

    /** The number of points, n. */
    public int n() {
        return tree.n;
    }

    /** The dimension of the points, m. */
    public int m() {
        return tree.m;
    }

    /** {@code query(x)}: the nearest point to each point of x (..., m) in the Euclidean norm. */
    public KdQueryResult query(NDArray x) {
        return query(x, 1);
    }

    /** {@code query(x, k)}: the k nearest points (the last axis of the results has length k unless k is 1). */
    public KdQueryResult query(NDArray x, int k) {
        return query(x, k, 0, 2, Double.POSITIVE_INFINITY);
    }

    /** {@code query(x, k, eps, p, distance_upper_bound)}. */
    public KdQueryResult query(NDArray x, int k, double eps, double p, double distanceUpperBound) {
        if (k < 1) {
            throw new IllegalArgumentException(QUERY + ": k: k must be at least 1 (got " + k + ")");
        }
        return query(x, IntStream.rangeClosed(1, k).toArray(), k == 1, eps, p, distanceUpperBound);
    }

    /**
     * {@code query(x, k=[k1, k2, ...], eps, p, distance_upper_bound)}: the k1-th, k2-th, ... nearest points (1 is the
     * nearest), the results' last axis one per entry.
     */
    public KdQueryResult query(NDArray x, int[] k, double eps, double p, double distanceUpperBound) {
        return query(x, k, false, eps, p, distanceUpperBound);
    }

    private KdQueryResult query(NDArray x, int[] ks, boolean squeeze, double eps, double p, double bound) {
        if (ks == null) {
            throw new IllegalArgumentException(QUERY + ": k: null");
        }
        if (ks.length == 0) {
            throw new IllegalArgumentException(QUERY + ": k: k must name at least one neighbour (got [])");
        }
        int kmax = 0;
        for (int k : ks) {
            if (k < 1) {
                throw new IllegalArgumentException(QUERY + ": k: every k must be at least 1 (got "
                        + Arrays.toString(ks) + ")");
            }
            kmax = Math.max(kmax, k);
        }
        checkP(QUERY, p);
        checkNonNegative(QUERY, "eps", eps);
        if (bound < 0) {
            throw new IllegalArgumentException(QUERY + ": distance_upper_bound: must not be negative (got " + bound
                    + ")");
        }
        int[] lead = leadingShape(QUERY, x);
        double[] xs = doubles(x);
        int q = Shapes.size(lead);
        int cols = ks.length;
        double[] dist = new double[q * cols];
        long[] idx = new long[q * cols];
        double pBound = Double.isNaN(bound) ? bound : KdTree.power(bound, p);
        int kFound = kmax;
        IntStream.range(0, q).parallel().forEach(r -> {
            double[] d = new double[kFound];
            int[] i = new int[kFound];
            int found = tree.nearest(xs, r * tree.m, kFound, pBound, p, d, i);
            for (int c = 0; c < cols; c++) {
                int rank = ks[c] - 1;
                boolean has = rank < found;
                dist[r * cols + c] = has ? KdTree.root(d[rank], p) : Double.POSITIVE_INFINITY;
                idx[r * cols + c] = has ? i[rank] : tree.n;
            }
        });
        int[] shape = squeeze ? lead : append(lead, cols);
        NDArray d = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, shape, dist));
        try {
            return new KdQueryResult(d, NDArray.fromHost(backend, new HostArray(DType.INT64, shape, idx)));
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** {@code query_ball_point(x, r)}: the points within r of each point of x, Euclidean. */
    public BallPointResult queryBallPoint(NDArray x, double r) {
        return queryBallPoint(x, r, 2, 0);
    }

    /**
     * {@code query_ball_point(x, r, p, eps, return_sorted=True)}: for each point of x (..., m), the sorted indices of
     * the data points at distance at most r, concatenated in x's order, with the count per point (SciPy's
     * {@code return_length}).
     */
    public BallPointResult queryBallPoint(NDArray x, double r, double p, double eps) {
        checkP(BALL, p);
        checkNonNegative(BALL, "eps", eps);
        if (r < 0) {
            throw new IllegalArgumentException(BALL + ": r: the radius must not be negative (got " + r + ")");
        }
        int[] lead = leadingShape(BALL, x);
        double[] xs = doubles(x);
        int q = Shapes.size(lead);
        double pr = Double.isNaN(r) ? r : KdTree.power(r, p);
        int[][] lists = new int[q][];
        IntStream.range(0, q).parallel().forEach(i -> {
            KdTree.IntList out = new KdTree.IntList();
            tree.within(xs, i * tree.m, pr, p, out);
            lists[i] = out.sorted();
        });
        long total = 0;
        long[] counts = new long[q];
        for (int i = 0; i < q; i++) {
            counts[i] = lists[i].length;
            total += lists[i].length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(BALL + ": r: " + total + " neighbours found, more than one array holds");
        }
        long[] flat = new long[(int) total];
        int at = 0;
        for (int[] list : lists) {
            for (int v : list) {
                flat[at++] = v;
            }
        }
        NDArray indices = NDArray.fromHost(backend, new HostArray(DType.INT64, new int[] {flat.length}, flat));
        try {
            return new BallPointResult(indices, NDArray.fromHost(backend, new HostArray(DType.INT64, lead, counts)));
        } catch (RuntimeException e) {
            indices.close();
            throw e;
        }
    }

    /** {@code query_pairs(r)}: the pairs (i, j), i &lt; j, of points within r of each other, Euclidean. */
    public NDArray queryPairs(double r) {
        return queryPairs(r, 2, 0);
    }

    /**
     * {@code query_pairs(r, p, eps, output_type='ndarray')}: the pairs (i, j), i &lt; j, at distance at most r, as an
     * int64 (npairs, 2) array sorted by i then j (SciPy returns them as a set, without an order).
     */
    public NDArray queryPairs(double r, double p, double eps) {
        checkP(PAIRS, p);
        checkNonNegative(PAIRS, "eps", eps);
        if (r < 0) {
            throw new IllegalArgumentException(PAIRS + ": r: the distance must not be negative (got " + r + ")");
        }
        double pr = Double.isNaN(r) ? r : KdTree.power(r, p);
        int n = tree.n;
        int[][] partners = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            KdTree.IntList out = new KdTree.IntList();
            tree.within(tree.data, i * tree.m, pr, p, out);
            int[] all = out.sorted();
            int from = 0;
            while (from < all.length && all[from] <= i) {
                from++;
            }
            partners[i] = Arrays.copyOfRange(all, from, all.length);
        });
        long total = 0;
        for (int[] list : partners) {
            total += list.length;
        }
        if (2 * total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(PAIRS + ": r: " + total + " pairs found, more than one array holds");
        }
        long[] flat = new long[(int) (2 * total)];
        int at = 0;
        for (int i = 0; i < n; i++) {
            for (int j : partners[i]) {
                flat[at++] = i;
                flat[at++] = j;
            }
        }
        return NDArray.fromHost(backend, new HostArray(DType.INT64, new int[] {(int) total, 2}, flat));
    }

    private int[] leadingShape(String name, NDArray x) {
        if (x == null) {
            throw new IllegalArgumentException(name + ": x: null");
        }
        if (x.dtype().isComplex()) {
            throw new IllegalArgumentException(name + ": x: complex points are not supported (dtype " + x.dtype() + ")");
        }
        int[] s = x.shape();
        if (s.length == 0) {
            // a scalar is one point of a 1-D tree
            if (tree.m != 1) {
                throw new IllegalArgumentException(name + ": x: x must consist of vectors of length " + tree.m
                        + " but has shape ()");
            }
            return new int[0];
        }
        if (s[s.length - 1] != tree.m) {
            throw new IllegalArgumentException(name + ": x: x must consist of vectors of length " + tree.m
                    + " but has shape " + Shapes.toString(s));
        }
        return Arrays.copyOf(s, s.length - 1);
    }

    private static void checkP(String name, double p) {
        if (!(p >= 1)) {
            throw new IllegalArgumentException(name + ": p: Only p-norms with 1<=p<=infinity permitted (got " + p + ")");
        }
    }

    private static void checkNonNegative(String name, String param, double v) {
        if (!(v >= 0)) {
            throw new IllegalArgumentException(name + ": " + param + ": must be at least 0 (got " + v + ")");
        }
    }

    private static int[] append(int[] shape, int last) {
        int[] s = Arrays.copyOf(shape, shape.length + 1);
        s[shape.length] = last;
        return s;
    }

    private static double[] doubles(NDArray a) {
        if (a.dtype() == DType.FLOAT64) {
            return a.toDoubleArray();
        }
        try (NDArray f = a.astype(DType.FLOAT64)) {
            return f.toDoubleArray();
        }
    }

    @Override
    public String toString() {
        return "cKDTree(n=" + tree.n + ", m=" + tree.m + ") on " + backend.name();
    }
}
