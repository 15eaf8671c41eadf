package org.sciaccel.cluster;

import java.util.Map;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spatial.Distance;

/**
 * The checks of scipy.cluster.hierarchy's functions in SciPy's words (is_valid_y, is_valid_linkage, the methods
 * and criteria), the condensed matrix from the points (pdist on their backend), and the results made on the
 * input's backend from the host algorithms of {@link LinkageAlgorithms} and {@link FlatClusters}.
 */
final class HierarchyCalls {
    static final String LINKAGE = "cluster.hierarchy.linkage";
    static final String FCLUSTER = "cluster.hierarchy.fcluster";
    static final String INCONSISTENT = "cluster.hierarchy.inconsistent";
    static final String LEAVES = "cluster.hierarchy.leaves_list";
    static final String DENDROGRAM = "cluster.hierarchy.dendrogram";
    private static final java.util.Set<String> SORTS = java.util.Set.of("false", "true", "ascending", "descending");
    private static final Map<String, Integer> METHODS = Map.of("single", LinkageAlgorithms.SINGLE,
            "complete", LinkageAlgorithms.COMPLETE, "average", LinkageAlgorithms.AVERAGE,
            "weighted", LinkageAlgorithms.WEIGHTED, "ward", LinkageAlgorithms.WARD,
            "centroid", LinkageAlgorithms.CENTROID, "median", LinkageAlgorithms.MEDIAN);

    private HierarchyCalls() {
    }

    static NDArray linkage(NDArray y, String method, String metric) {
        require(y, "y", LINKAGE);
        require(method, "method", LINKAGE);
        require(metric, "metric", LINKAGE);
        Integer code = METHODS.get(method);
        if (code == null) {
            throw new IllegalArgumentException(LINKAGE + ": method: Invalid method: " + method);
        }
        if (y.ndim() != 1 && y.ndim() != 2) {
            throw new IllegalArgumentException(LINKAGE + ": y: `y` must be 1 or 2 dimensional (shape "
                    + Shapes.toString(y.shape()) + ")");
        }
        if (y.ndim() == 2 && (code == LinkageAlgorithms.WARD || code == LinkageAlgorithms.CENTROID
                || code == LinkageAlgorithms.MEDIAN) && !metric.equals("euclidean")) {
            throw new IllegalArgumentException(LINKAGE + ": metric: Method '" + method + "' requires the distance "
                    + "metric to be Euclidean");
        }
        return OpRouter.run(LINKAGE, y, (backend, in) -> {
            double[] d;
            if (in.ndim() == 2) {
                try (NDArray p = Distance.pdist(in, metric)) {
                    d = p.toDoubleArray();
                }
            } else {
                d = doubles(in);
            }
            if (d.length == 0) {
                throw new IllegalArgumentException(LINKAGE + ": y: The number of observations cannot be determined on "
                        + "an empty distance matrix.");
            }
            int n = (int) Math.ceil(Math.sqrt(2.0 * d.length));
            if ((long) n * (n - 1) / 2 != d.length) {
                throw new IllegalArgumentException(LINKAGE + ": y: Length n of condensed distance matrix 'y' must be a "
                        + "binomial coefficient, i.e.there must be a k such that (k \\choose 2)=n)! (length "
                        + d.length + ")");
            }
            for (double v : d) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(LINKAGE + ": y: The condensed distance matrix must contain only "
                            + "finite values.");
                }
            }
            double[] z = LinkageAlgorithms.linkage(d, n, code);
            return NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {n - 1, 4}, z));
        });
    }

    static NDArray fcluster(NDArray zArray, double t, String criterion, int depth) {
        require(zArray, "Z", FCLUSTER);
        require(criterion, "criterion", FCLUSTER);
        if (!criterion.equals("inconsistent") && !criterion.equals("distance") && !criterion.equals("maxclust")) {
            throw new IllegalArgumentException(FCLUSTER + ": criterion: Invalid cluster formation criterion: "
                    + criterion + (criterion.equals("monocrit") || criterion.equals("maxclust_monocrit")
                    ? " (monocrit criteria are not supported)" : ""));
        }
        return OpRouter.run(FCLUSTER, zArray, (backend, in) -> {
            double[] z = linkageMatrix(in, FCLUSTER);
            int n = z.length / 4 + 1;
            int[] tt;
            switch (criterion) {
                case "distance":
                    tt = FlatClusters.monocrit(z, n, FlatClusters.subtreeMax(z, n, z, 2), t);
                    break;
                case "maxclust":
                    tt = FlatClusters.maxclust(z, n, FlatClusters.subtreeMax(z, n, z, 2), (int) t);
                    break;
                default:
                    double[] r = FlatClusters.inconsistent(z, n, depth);
                    tt = FlatClusters.monocrit(z, n, FlatClusters.subtreeMax(z, n, r, 3), t);
            }
            return NDArray.fromHost(backend, new HostArray(DType.INT32, new int[] {n}, tt));
        });
    }

    static NDArray inconsistent(NDArray zArray, int d) {
        require(zArray, "Z", INCONSISTENT);
        if (d < 0) {
            throw new IllegalArgumentException(INCONSISTENT + ": d: The number of levels d must be a non-negative "
                    + "integer (got " + d + ")");
        }
        return OpRouter.run(INCONSISTENT, zArray, (backend, in) -> {
            double[] z = linkageMatrix(in, INCONSISTENT);
            int n = z.length / 4 + 1;
            return NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {n - 1, 4},
                    FlatClusters.inconsistent(z, n, d)));
        });
    }

    static NDArray leavesList(NDArray zArray) {
        require(zArray, "Z", LEAVES);
        return OpRouter.run(LEAVES, zArray, (backend, in) -> {
            double[] z = linkageMatrix(in, LEAVES);
            int n = z.length / 4 + 1;
            return NDArray.fromHost(backend, new HostArray(DType.INT32, new int[] {n}, FlatClusters.leaves(z, n)));
        });
    }

    static DendrogramResult dendrogram(NDArray zArray, DendrogramOptions o) {
        require(zArray, "Z", DENDROGRAM);
        require(o, "options", DENDROGRAM);
        String mode = o.truncateMode == null ? "none" : o.truncateMode;
        if (!mode.equals("lastp") && !mode.equals("mtica") && !mode.equals("level") && !mode.equals("none")) {
            throw new IllegalArgumentException(DENDROGRAM + ": truncate_mode: Invalid truncation mode. (got '" + mode
                    + "'; lastp, level or none)");
        }
        for (String[] sort : new String[][] {{"count_sort", o.countSort}, {"distance_sort", o.distanceSort}}) {
            if (sort[1] == null || !SORTS.contains(sort[1])) {
                throw new IllegalArgumentException(DENDROGRAM + ": " + sort[0] + ": must be false, true, ascending or "
                        + "descending (got " + sort[1] + ")");
            }
        }
        require(o.aboveThresholdColor, "above_threshold_color", DENDROGRAM);
        if (o.palette.isEmpty()) {
            throw new IllegalArgumentException(DENDROGRAM + ": link_color_palette: the palette must name a colour");
        }
        if (zArray.ndim() == 2 && o.labels != null && zArray.shape(0) + 1 != o.labels.size()) {
            throw new IllegalArgumentException(DENDROGRAM + ": labels: Dimensions of Z and labels must be consistent. ("
                    + o.labels.size() + " labels, Z " + Shapes.toString(zArray.shape()) + ")");
        }
        double[] z = linkageMatrix(zArray, DENDROGRAM);
        int n = z.length / 4 + 1;
        double p = o.p;
        if (mode.equals("lastp") && (o.p > n || o.p == 0)) {
            p = n;
        }
        if (mode.equals("mtica")) {
            mode = "level";
        }
        if (mode.equals("level") && o.p <= 0) {
            p = Double.POSITIVE_INFINITY;
        }
        return Dendrogram.compute(z, n, o, mode, p);
    }

    /** is_valid_linkage(Z, throw=True, name='Z') with SciPy's messages, and the indices every walk relies on. */
    private static double[] linkageMatrix(NDArray zArray, String op) {
        if (zArray.ndim() != 2) {
            throw new IllegalArgumentException(op + ": Z: Linkage matrix 'Z' must be two-dimensional (shape "
                    + Shapes.toString(zArray.shape()) + ")");
        }
        if (zArray.shape(1) != 4) {
            throw new IllegalArgumentException(op + ": Z: Linkage matrix 'Z' must have 4 columns (shape "
                    + Shapes.toString(zArray.shape()) + ")");
        }
        if (zArray.shape(0) == 0) {
            throw new IllegalArgumentException(op + ": Z: Linkage must be computed on at least two observations.");
        }
        if (zArray.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException(op + ": Z: Linkage matrix 'Z' must contain doubles (dtype "
                    + zArray.dtype().numpyName() + ")");
        }
        double[] z = zArray.toDoubleArray();
        int rows = zArray.shape(0);
        int n = rows + 1;
        boolean[] used = new boolean[2 * n - 1];
        for (int i = 0; i < rows; i++) {
            for (int side = 0; side < 2; side++) {
                double v = z[i * 4 + side];
                if (v < 0) {
                    throw new IllegalArgumentException(op + ": Z: Linkage 'Z' contains negative indices.");
                }
                if (v != Math.rint(v) || v >= n + i) {
                    throw new IllegalArgumentException(op + ": Z: Linkage 'Z' uses non-singleton cluster before it is "
                            + "formed (row " + i + ": " + v + ")");
                }
                if (used[(int) v]) {
                    throw new IllegalArgumentException(op + ": Z: Linkage 'Z' uses the same cluster more than once.");
                }
                used[(int) v] = true;
            }
            if (z[i * 4 + 2] < 0) {
                throw new IllegalArgumentException(op + ": Z: Linkage 'Z' contains negative distances.");
            }
            if (z[i * 4 + 3] < 0) {
                throw new IllegalArgumentException(op + ": Z: Linkage 'Z' contains negative counts.");
            }
        }
        return z;
    }

    private static double[] doubles(NDArray a) {
        if (a.dtype().isComplex()) {
            throw new IllegalArgumentException(LINKAGE + ": y: complex distances are not supported");
        }
        if (a.dtype() == DType.FLOAT64) {
            return a.toDoubleArray();
        }
        try (NDArray d = a.astype(DType.FLOAT64)) {
            return d.toDoubleArray();
        }
    }

    private static void require(Object v, String name, String op) {
        if (v == null) {
            throw new IllegalArgumentException(op + ": " + name + " is null");
        }
    }
}
