package org.sciaccel.cluster;

import java.security.SecureRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.RandomState;
import org.sciaccel.numpy.ReductionOptions;

/**
 * scipy.cluster.vq's kmeans and kmeans2 as SciPy 1.10 runs them: each iteration assigns the observations (the
 * backend's vq) and takes the clusters' means (the backend's update_cluster_means) over the data on its backend;
 * the code book (k rows) is read back to the host between iterations, where SciPy's bookkeeping runs (kmeans drops
 * clusters without members and stops once the mean distortion improves by at most thresh; kmeans2 keeps an empty
 * cluster's centroid or raises). The data are computed in float32 when they are float32, else in float64, and a
 * code book is converted to the data's type. Seeds are NumPy's legacy RandomState (drawn as NumPy draws).
 */
final class KMeans {
    static final String KMEANS = "cluster.vq.kmeans";
    static final String KMEANS2 = "cluster.vq.kmeans2";
    private static final String EMPTY = "One of the clusters is empty. Re-run kmeans with a different initialization.";

    private KMeans() {
    }

    static KmeansResult kmeans(NDArray obs, NDArray guess, double thresh, boolean checkFinite) {
        Quantization.require(obs, "obs", KMEANS);
        Quantization.require(guess, "k_or_guess", KMEANS);
        if (checkFinite) {
            Quantization.finite(obs, "obs", KMEANS);
            Quantization.finite(guess, "k_or_guess", KMEANS);
        }
        if (guess.size() < 1) {
            throw new IllegalArgumentException(KMEANS + ": k_or_guess: Asked for 0 clusters. Initial book was []");
        }
        return OpRouter.value(KMEANS, (backend, in) -> {
            try (Data d = Data.of(in[0], KMEANS)) {
                return run(d, d.hostBook(in[1], KMEANS), thresh);
            }
        }, obs, guess);
    }

    static KmeansResult kmeans(NDArray obs, int k, int iter, double thresh, Long seed, boolean checkFinite) {
        Quantization.require(obs, "obs", KMEANS);
        if (checkFinite) {
            Quantization.finite(obs, "obs", KMEANS);
        }
        if (iter < 1) {
            throw new IllegalArgumentException(KMEANS + ": iter: iter must be at least 1, got " + iter);
        }
        if (k < 1) {
            throw new IllegalArgumentException(KMEANS + ": k_or_guess: Asked for " + k + " clusters.");
        }
        RandomState rng = random(seed);
        return OpRouter.value(KMEANS, (backend, in) -> {
            try (Data d = Data.of(in[0], KMEANS)) {
                KmeansResult best = null;
                for (int i = 0; i < iter; i++) {
                    KmeansResult r = run(d, d.rows(rng.choiceWithoutReplacement(d.n, k)), thresh);
                    if (best == null || r.distortion() < best.distortion()) {
                        if (best != null) {
                            best.close();
                        }
                        best = r;
                    } else {
                        r.close();
                    }
                }
                return best;
            }
        }, obs);
    }

    /** SciPy's _kmeans: until the mean distortion improves by at most thresh. */
    private static KmeansResult run(Data d, double[] book, double thresh) {
        double[] prev = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double diff = Double.POSITIVE_INFINITY;
        while (diff > thresh) {
            int k = book.length / d.dim;
            double mean;
            NDArray[] means;
            try (NDArray cb = d.upload(book, k)) {
                NDArray[] a = d.backend.cluster().vq(d.obs, cb);
                try (NDArray code = a[0]; NDArray dist = a[1]; NDArray m = Numpy.mean(dist);
                        NDArray m64 = m.astype(DType.FLOAT64)) {
                    mean = m64.toDoubleArray()[0];
                    means = d.backend.cluster().clusterMeans(d.obs, code, k);
                }
            }
            prev[0] = prev[1];
            prev[1] = mean;
            try (NDArray m = means[0]; NDArray h = means[1]) {
                book = keep(m.toDoubleArray(), h.toBooleanArray(), d.dim);
            }
            diff = prev[0] - prev[1];
        }
        return new KmeansResult(d.result(book, book.length / d.dim), prev[1]);
    }

    /** The rows of {@code book} whose cluster has members. */
    private static double[] keep(double[] book, boolean[] has, int dim) {
        int kept = 0;
        for (boolean h : has) {
            kept += h ? 1 : 0;
        }
        double[] out = new double[kept * dim];
        int r = 0;
        for (int j = 0; j < has.length; j++) {
            if (has[j]) {
                System.arraycopy(book, j * dim, out, r++ * dim, dim);
            }
        }
        return out;
    }

    static Kmeans2Result kmeans2(NDArray data, int k, int iter, double thresh, String minit, String missing, Long seed,
            boolean checkFinite) {
        checks2(data, iter, missing, checkFinite);
        if (k < 1) {
            throw new IllegalArgumentException(KMEANS2 + ": k: Cannot ask kmeans2 for " + k + " clusters (k was " + k
                    + ")");
        }
        Quantization.require(minit, "minit", KMEANS2);
        String method = minit;
        if (!method.equals("random") && !method.equals("points") && !method.equals("++")) {
            throw new IllegalArgumentException(KMEANS2 + ": minit: Unknown init method '" + minit + "'"
                    + (method.equals("matrix") ? " (give the centroids as an array for 'matrix')" : ""));
        }
        RandomState rng = random(seed);
        return OpRouter.value(KMEANS2, (backend, in) -> {
            try (Data d = Data.of(in[0], KMEANS2)) {
                double[] book = switch (method) {
                    case "points" -> d.rows(rng.choiceWithoutReplacement(d.n, k));
                    case "++" -> plusPlus(d, k, rng);
                    default -> gaussian(d, k, rng);
                };
                return lloyd(d, book, k, iter, missing.equals("raise"));
            }
        }, data);
    }

    static Kmeans2Result kmeans2(NDArray data, NDArray centroids, int iter, String missing, boolean checkFinite) {
        checks2(data, iter, missing, checkFinite);
        Quantization.require(centroids, "k", KMEANS2);
        if (centroids.ndim() != data.ndim()) {
            throw new IllegalArgumentException(KMEANS2 + ": k: k array doesn't match data rank (data "
                    + Shapes.toString(data.shape()) + ", k " + Shapes.toString(centroids.shape()) + ")");
        }
        if (data.ndim() > 1 && centroids.shape(1) != data.shape(1)) {
            throw new IllegalArgumentException(KMEANS2 + ": k: k array doesn't match data dimension (data "
                    + Shapes.toString(data.shape()) + ", k " + Shapes.toString(centroids.shape()) + ")");
        }
        return OpRouter.value(KMEANS2, (backend, in) -> {
            try (Data d = Data.of(in[0], KMEANS2)) {
                double[] book = d.hostBook(in[1], KMEANS2);
                return lloyd(d, book, book.length / d.dim, iter, missing.equals("raise"));
            }
        }, data, centroids);
    }

    private static void checks2(NDArray data, int iter, String missing, boolean checkFinite) {
        Quantization.require(data, "data", KMEANS2);
        Quantization.require(missing, "missing", KMEANS2);
        if (iter < 1) {
            throw new IllegalArgumentException(KMEANS2 + ": iter: Invalid iter (" + iter
                    + "), must be a positive integer.");
        }
        if (!missing.equals("warn") && !missing.equals("raise")) {
            throw new IllegalArgumentException(KMEANS2 + ": missing: Unknown missing method '" + missing + "'");
        }
        if (checkFinite) {
            Quantization.finite(data, "data", KMEANS2);
        }
        if (data.ndim() > 2) {
            throw new IllegalArgumentException(KMEANS2 + ": data: Input of rank > 2 is not supported (shape "
                    + Shapes.toString(data.shape()) + ")");
        }
        if (data.size() < 1) {
            throw new IllegalArgumentException(KMEANS2 + ": data: Empty input is not supported.");
        }
    }

    /** kmeans2's iterations; an empty cluster keeps its centroid ("warn") or is an error ("raise"). */
    private static Kmeans2Result lloyd(Data d, double[] book, int k, int iter, boolean raise) {
        NDArray label = null;
        for (int i = 0; i < iter; i++) {
            if (label != null) {
                label.close();
            }
            NDArray[] means;
            try (NDArray cb = d.upload(book, k)) {
                NDArray[] a = d.backend.cluster().vq(d.obs, cb);
                a[1].close();
                label = a[0];
                means = d.backend.cluster().clusterMeans(d.obs, label, k);
            }
            double[] next;
            boolean[] has;
            try (NDArray m = means[0]; NDArray h = means[1]) {
                next = m.toDoubleArray();
                has = h.toBooleanArray();
            }
            for (int j = 0; j < k; j++) {
                if (!has[j]) {
                    if (raise) {
                        label.close();
                        throw new IllegalArgumentException(KMEANS2 + ": ClusterError: " + EMPTY);
                    }
                    System.arraycopy(book, j * d.dim, next, j * d.dim, d.dim);
                }
            }
            book = next;
        }
        return new Kmeans2Result(d.result(book, k), label);
    }

    /** _krandinit: k draws of a Gaussian with the data's mean and covariance (Cholesky factor). */
    private static double[] gaussian(Data d, int k, RandomState rng) {
        int dim = d.dim;
        double[] mu;
        try (NDArray m = Numpy.mean(d.obs, ReductionOptions.over(0)); NDArray m64 = m.astype(DType.FLOAT64)) {
            mu = m64.toDoubleArray();
        }
        double[] x = new double[k * dim];
        if (d.oneD) {
            double cov;
            try (NDArray flat = d.obs.reshape(d.n); NDArray c = Numpy.cov(flat); NDArray c64 = c.astype(DType.FLOAT64)) {
                cov = c64.toDoubleArray()[0];
            }
            double s = Math.sqrt(cov);
            for (int i = 0; i < k; i++) {
                x[i] = rng.standardNormal() * s + mu[0];
            }
            return x;
        }
        if (dim > d.n) {
            throw new IllegalArgumentException(KMEANS2 + ": minit: 'random' with more features (" + dim
                    + ") than observations (" + d.n + ") is not supported (SciPy draws it through an SVD whose "
                    + "singular vectors' signs are LAPACK's)");
        }
        double[] lower;
        try (NDArray c = Numpy.cov(d.obs, null, false, false, null, null, null, null);
                NDArray c2 = c.ndim() == 2 ? c.astype(DType.FLOAT64) : c.astype(DType.FLOAT64).reshape(1, 1);
                NDArray l = Linalg.cholesky(c2, true)) {
            lower = l.toDoubleArray();
        }
        double[] z = new double[k * dim];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.standardNormal();
        }
        // x = z . L^T + mu: x[i][j] = sum_q z[i][q] L[j][q]
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < dim; j++) {
                double s = 0;
                for (int q = 0; q < dim; q++) {
                    s += z[i * dim + q] * lower[j * dim + q];
                }
                x[i * dim + j] = s + mu[j];
            }
        }
        return x;
    }

    /** _kpp: k-means++ seeding (the first centre uniform, then by squared distance to the nearest centre). */
    private static double[] plusPlus(Data d, int k, RandomState rng) {
        if (d.oneD) {
            // SciPy's _kpp hands 1-D data to cdist, which refuses it
            throw new IllegalArgumentException(KMEANS2 + ": minit: '++' needs 2-dimensional data (SciPy's cdist: XB "
                    + "must be a 2-dimensional array.)");
        }
        int dim = d.dim;
        double[] init = new double[k * dim];
        double[] data = d.hostData();
        int first = (int) rng.randint(0, d.n);
        System.arraycopy(data, first * dim, init, 0, dim);
        double[] d2 = new double[d.n];
        for (int i = 1; i < k; i++) {
            double sum = 0;
            for (int p = 0; p < d.n; p++) {
                double best = Double.POSITIVE_INFINITY;
                for (int c = 0; c < i; c++) {
                    double s = 0;
                    for (int f = 0; f < dim; f++) {
                        double diff = init[c * dim + f] - data[p * dim + f];
                        s += diff * diff;
                    }
                    best = Math.min(best, s);
                }
                d2[p] = best;
            }
            sum = pairwiseSum(d2, 0, d.n);
            double r = rng.randomSample();
            double cum = 0;
            int pick = d.n - 1;
            for (int p = 0; p < d.n; p++) {
                cum += d2[p] / sum;
                if (cum >= r) {
                    pick = p;
                    break;
                }
            }
            System.arraycopy(data, pick * dim, init, i * dim, dim);
        }
        return init;
    }

    /** NumPy's pairwise summation (blocks of 8 partial sums below 128 elements), as D2.sum() adds. */
    private static double pairwiseSum(double[] a, int from, int n) {
        return org.sciaccel.numpy.PairwiseSum.sum(a, from, n, 1);
    }

    private static RandomState random(Long seed) {
        return new RandomState(seed != null ? seed : new SecureRandom().nextInt() & 0xFFFFFFFFL);
    }

    /** The data on its backend as (n, dim) of its float type, with what the iterations need. */
    private static final class Data implements AutoCloseable {
        final Backend backend;
        final NDArray original;
        final NDArray obs;
        final int n;
        final int dim;
        final boolean oneD;
        final DType type;

        private Data(NDArray original, NDArray obs) {
            this.backend = obs.backend();
            this.original = original;
            this.obs = obs;
            this.n = obs.shape(0);
            this.dim = obs.shape(1);
            this.oneD = original.ndim() == 1;
            this.type = obs.dtype();
        }

        static Data of(NDArray data, String op) {
            if (data.ndim() > 2) {
                throw new IllegalArgumentException(op + ": obs: Input of rank > 2 is not supported (shape "
                        + Shapes.toString(data.shape()) + ")");
            }
            DType t = Quantization.commonType(data, data);
            return new Data(data, Quantization.as2d(data, t));
        }

        /** A code book given by the caller, as host doubles of the data's type (rounded to float32 for float32 data). */
        double[] hostBook(NDArray book, String op) {
            if (book.ndim() != original.ndim() || (book.ndim() == 2 && book.shape(1) != dim)) {
                throw new IllegalArgumentException(op + ": code_book: observation and code should have same number "
                        + "of dimensions and features (obs " + Shapes.toString(original.shape()) + ", code_book "
                        + Shapes.toString(book.shape()) + ")");
            }
            try (NDArray t = book.astype(type); NDArray w = t.astype(DType.FLOAT64)) {
                return w.toDoubleArray();
            }
        }

        double[] hostData() {
            try (NDArray w = obs.astype(DType.FLOAT64)) {
                return w.toDoubleArray();
            }
        }

        double[] rows(int[] idx) {
            double[] all = hostData();
            double[] out = new double[idx.length * dim];
            for (int i = 0; i < idx.length; i++) {
                System.arraycopy(all, idx[i] * dim, out, i * dim, dim);
            }
            return out;
        }

        NDArray upload(double[] book, int k) {
            HostArray h = HostArray.fromDoubles(book, type, k, dim);
            return NDArray.fromHost(backend, h);
        }

        NDArray result(double[] book, int k) {
            HostArray h = oneD ? HostArray.fromDoubles(book, type, k) : HostArray.fromDoubles(book, type, k, dim);
            return NDArray.fromHost(backend, h);
        }

        @Override
        public void close() {
            Quantization.closeIfNew(obs, original);
        }
    }
}
