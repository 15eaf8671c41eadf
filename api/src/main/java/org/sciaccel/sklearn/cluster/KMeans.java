package org.sciaccel.sklearn.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.RandomState;

/**
 * sklearn.cluster.KMeans (scikit-learn 1.2) by Lloyd's iterations: the data centred by its mean as scikit-learn
 * centres it, initial centres from an array or by k-means++ (scikit-learn's greedy variant with 2 + ln k local trials,
 * drawn from {@code RandomState(random_state)} exactly as scikit-learn draws them), then assignment to the centre of
 * least |c|² - 2 x·c, centres as the means of their points, an emptied cluster refilled with the point farthest
 * from its centre, until the labels repeat or the squared centre shift falls to tol × the mean feature variance;
 * the best of n_init runs by inertia. The n-sized work runs on the data's backend: the assignment and the means by
 * the backend's scipy.cluster.vq kernels (multithreaded SIMD Java, or OpenCL work-items), the inertia as a
 * reduction; the k centres and the control flow stay on the host.
 *
 * <p>{@code algorithm='elkan'} gives the same result as Lloyd's (Elkan's bounds only skip distances whose outcome
 * is known) and is computed as Lloyd's. Deviations: sample weights are not supported; when several clusters empty
 * at once, the farthest points are taken in decreasing distance (scikit-learn's order comes from argpartition).
 */
public final class KMeans {
    static final String OP = "sklearn.cluster.KMeans";

    private KMeans() {
    }

    /** A fitted KMeans: labels_ (int32), cluster_centers_ (the data's float dtype), inertia_ and n_iter_. */
    public record Fit(NDArray labels, NDArray clusterCenters, double inertia, int nIter) implements AutoCloseable {
        @Override
        public void close() {
            labels.close();
            clusterCenters.close();
        }
    }

    /**
     * {@code KMeans(n_clusters, init=init or 'k-means++', n_init, max_iter, tol, random_state).fit(X)}; init null
     * for k-means++ (then n_init runs), else an (n_clusters, n_features) array (one run).
     */
    public static Fit fit(NDArray x, int nClusters, NDArray init, int nInit, int maxIter, double tol, Long randomState) {
        if (x == null) {
            throw new IllegalArgumentException(OP + ": X: null");
        }
        if (x.ndim() != 2 || x.dtype().isComplex()) {
            throw new IllegalArgumentException(OP + ": X: Expected a real 2D array, got " + x.dtype() + " of shape "
                    + Shapes.toString(x.shape()));
        }
        int n = x.shape(0);
        int m = x.shape(1);
        if (nClusters < 1) {
            throw new IllegalArgumentException(OP + ": n_clusters: must be an int in the range [1, inf) (got "
                    + nClusters + ")");
        }
        if (n < nClusters) {
            throw new IllegalArgumentException(OP + ": n_clusters: n_samples=" + n + " should be >= n_clusters="
                    + nClusters + ".");
        }
        if (nInit < 1 || maxIter < 1 || !(tol >= 0)) {
            throw new IllegalArgumentException(OP + ": n_init, max_iter: must be at least 1 and tol at least 0 (got "
                    + nInit + ", " + maxIter + ", " + tol + ")");
        }
        if (init != null && (init.ndim() != 2 || init.shape(0) != nClusters || init.shape(1) != m)) {
            throw new IllegalArgumentException(OP + ": init: The shape of the initial centers "
                    + Shapes.toString(init.shape()) + " does not match the number of clusters " + nClusters
                    + " and features " + m + ".");
        }
        DType dt = x.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        List<NDArray> temps = new ArrayList<>();
        try {
            NDArray data = x.dtype() == dt ? x : t(temps, x.astype(dt));
            double tolerance = meanVariance(data, temps) * tol;
            NDArray mean = t(temps, Numpy.mean(data, 0));
            NDArray xc = t(temps, Numpy.subtract(data, mean));
            double[] meanHost = doubles(mean);
            double[] xHost = init == null ? doubles(xc) : null;
            RandomState rs = new RandomState(randomState != null ? randomState
                    : (long) (Math.random() * 0xFFFFFFFFL));
            int runs = init == null ? nInit : 1;
            Run best = null;
            for (int r = 0; r < runs; r++) {
                double[] centres;
                if (init == null) {
                    centres = KMeansPlusPlus.centres(xHost, n, m, nClusters, rs);
                } else {
                    NDArray i0 = t(temps, init.astype(dt));
                    centres = doubles(i0);
                    for (int c = 0; c < nClusters; c++) {
                        for (int j = 0; j < m; j++) {
                            centres[c * m + j] -= meanHost[j];
                        }
                    }
                }
                Run run = lloyd(xc, dt, centres, nClusters, m, maxIter, tolerance);
                if (best == null || run.inertia < best.inertia && !sameClustering(run.labels, best.labels, nClusters)) {
                    best = run;
                }
            }
            Backend b = x.backend();
            double[] c = best.centres;
            for (int k = 0; k < nClusters; k++) {
                for (int j = 0; j < m; j++) {
                    c[k * m + j] += meanHost[j];
                }
            }
            NDArray labels = NDArray.fromHost(b, new HostArray(DType.INT32, new int[] {n}, best.labels));
            try {
                return new Fit(labels, NDArray.fromHost(b, HostArray.fromDoubles(c, dt, nClusters, m)), best.inertia,
                        best.nIter);
            } catch (RuntimeException e) {
                labels.close();
                throw e;
            }
        } finally {
            temps.forEach(NDArray::close);
        }
    }

    private record Run(int[] labels, double[] centres, double inertia, int nIter) {
    }

    /**
     * One run. The labels stay on the backend from iteration to iteration (compared there with the last ones);
     * only the k centres, the k counts and a flag cross to the host per iteration.
     */
    private static Run lloyd(NDArray xc, DType dt, double[] centres, int k, int m, int maxIter, double tol) {
        NDArray old = null;
        NDArray labels = null;
        boolean strict = false;
        int iter = 0;
        try {
            for (; iter < maxIter; iter++) {
                labels = assign(xc, dt, centres, k, m);
                double[] next = update(xc, dt, centres, labels, k, m);
                double shift = 0;
                for (int c = 0; c < k; c++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) {
                        double d = next[c * m + j] - centres[c * m + j];
                        s += d * d;
                    }
                    shift += s; // (||shift_c||)^2 summed
                }
                centres = next;
                if (old != null && same(labels, old)) {
                    strict = true;
                    break;
                }
                if (shift <= tol) {
                    break;
                }
                if (old != null) {
                    old.close();
                }
                old = labels;
                labels = null;
            }
            if (!strict) {
                // scikit-learn's last E-step: the labels of the final centres
                if (labels != null) {
                    labels.close();
                }
                labels = assign(xc, dt, centres, k, m);
            }
            int[] host = ints(labels);
            return new Run(host, centres, inertia(xc, dt, centres, labels, k, m), Math.min(iter + 1, maxIter));
        } finally {
            if (old != null) {
                old.close();
            }
            if (labels != null) {
                labels.close();
            }
        }
    }

    private static boolean same(NDArray a, NDArray b) {
        try (NDArray e = Numpy.arrayEqual(a, b, false)) {
            return ((byte[]) e.toHost().data())[0] != 0;
        }
    }

    /**
     * Each point's nearest centre (the first on ties), int32 labels on the backend: the backend's vq kernel, which
     * ranks the centres by the squared distance itself where scikit-learn ranks |c|² - 2 x·c (equal up to
     * rounding; only a point within rounding of two centres' bisector can go the other way).
     */
    private static NDArray assign(NDArray xc, DType dt, double[] centres, int k, int m) {
        try (NDArray cs = NDArray.fromHost(xc.backend(), HostArray.fromDoubles(centres, dt, k, m))) {
            NDArray[] r = xc.backend().cluster().vq(xc, cs);
            r[1].close();
            return r[0];
        }
    }

    /**
     * The centres as the means of their points (the backend's cluster-means kernel, each sum in the points' order);
     * when a cluster empties, the sums, the relocation and the means on the host, as scikit-learn orders them.
     */
    private static double[] update(NDArray xc, DType dt, double[] centres, NDArray labels, int k, int m) {
        NDArray[] r = xc.backend().cluster().clusterMeans(xc, labels, k);
        boolean empty = false;
        double[] means;
        try {
            means = doubles(r[0]);
            for (byte b : (byte[]) r[1].toHost().data()) {
                empty |= b == 0;
            }
        } finally {
            r[0].close();
            r[1].close();
        }
        if (!empty) {
            return means;
        }
        int[] l = ints(labels);
        double[] x = doubles(xc);
        double[] sums = new double[k * m];
        double[] weight = new double[k];
        for (int i = 0; i < l.length; i++) {
            weight[l[i]]++;
            for (int j = 0; j < m; j++) {
                sums[l[i] * m + j] += x[i * m + j];
            }
        }
        int empties = 0;
        for (double w : weight) {
            empties += w == 0 ? 1 : 0;
        }
        relocate(x, centres, l, sums, weight, k, m, empties);
        for (int c = 0; c < k; c++) {
            if (weight[c] > 0) {
                for (int j = 0; j < m; j++) {
                    sums[c * m + j] /= weight[c];
                }
            }
        }
        return sums;
    }

    /** An emptied cluster takes the point farthest from its own centre (scikit-learn's relocation). */
    private static void relocate(double[] x, double[] centres, int[] labels, double[] sums, double[] weight,
            int k, int m, int empties) {
        int n = labels.length;
        double[] dist = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                double d = x[i * m + j] - centres[labels[i] * m + j];
                s += d * d;
            }
            dist[i] = s;
            order[i] = i;
        }
        Arrays.sort(order, (a, c) -> Double.compare(dist[c], dist[a]));
        int e = 0;
        for (int c = 0; c < k && e < empties; c++) {
            if (weight[c] != 0) {
                continue;
            }
            int far = order[e++];
            int from = labels[far];
            for (int j = 0; j < m; j++) {
                sums[from * m + j] -= x[far * m + j];
                sums[c * m + j] = x[far * m + j];
            }
            weight[c] = 1;
            weight[from] -= 1;
        }
    }

    private static double inertia(NDArray xc, DType dt, double[] centres, NDArray labels, int k, int m) {
        Backend b = xc.backend();
        try (NDArray cs = NDArray.fromHost(b, HostArray.fromDoubles(centres, dt, k, m));
             NDArray own = Numpy.take(cs, labels, 0);
             NDArray diff = Numpy.subtract(xc, own);
             NDArray sq = Numpy.square(diff);
             NDArray total = Numpy.sum(sq)) {
            return doubles(total)[0];
        }
    }

    private static int[] ints(NDArray labels) {
        return (int[]) labels.toHost().data();
    }

    /** scikit-learn's _is_same_clustering: the two labellings are one relabelling apart. */
    private static boolean sameClustering(int[] a, int[] b, int k) {
        int[] map = new int[k];
        Arrays.fill(map, -1);
        for (int i = 0; i < a.length; i++) {
            if (map[a[i]] == -1) {
                map[a[i]] = b[i];
            } else if (map[a[i]] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static double meanVariance(NDArray data, List<NDArray> temps) {
        NDArray v = t(temps, Numpy.var(data, 0));
        NDArray mv = t(temps, Numpy.mean(v));
        return doubles(mv)[0];
    }

    private static NDArray t(List<NDArray> list, NDArray a) {
        list.add(a);
        return a;
    }

    static double[] doubles(NDArray a) {
        if (a.dtype() == DType.FLOAT64) {
            return a.toDoubleArray();
        }
        try (NDArray d = a.astype(DType.FLOAT64)) {
            return d.toDoubleArray();
        }
    }
}
