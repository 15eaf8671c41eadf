package org.sciaccel.stats;

import java.util.HashMap;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * scipy.stats.gaussian_kde: a kernel density estimate of a (d, n) dataset (a 1-D dataset is one dimension) with
 * Scott's or Silverman's bandwidth or a constant factor, optionally weighted. The dataset's covariance
 * (numpy.cov with the weights as aweights) is computed on the dataset's backend and factorised on the host
 * (a d x d matrix); {@link #evaluate} is one fused element-wise/sum program on the backend over all
 * (point, datum) pairs. Holds (does not own) the dataset and weights arrays; close to release its own copy of
 * the weights. A callable bw_method is not taken (give the factor as a number).
 */
public final class GaussianKde implements AutoCloseable {
    private final NDArray dataset;
    private final NDArray weights;
    private final int d;
    private final int n;
    private final double neff;
    private final double factor;
    private final double[][] dataCovariance;
    private final double[][] choCov;

    GaussianKde(NDArray dataset, String bwMethod, Double bwFactor, NDArray weights) {
        StatsArgs.require("gaussian_kde", "dataset", dataset);
        if (dataset.ndim() > 2) {
            throw new IllegalArgumentException("stats.gaussian_kde: dataset must be 1-D or 2-D (d, n), got "
                    + StatsArgs.describe("dataset", dataset));
        }
        if (!(dataset.size() > 1)) {
            throw new IllegalArgumentException("stats.gaussian_kde: `dataset` input should have multiple elements.");
        }
        NDArray ds;
        if (dataset.ndim() == 2) {
            ds = dataset.astype(DType.FLOAT64);
        } else {
            try (NDArray cast = dataset.astype(DType.FLOAT64)) {
                ds = Numpy.reshape(cast, 1, dataset.size());
            }
        }
        this.dataset = ds;
        this.d = ds.shape(0);
        this.n = ds.shape(1);
        try {
            if (weights != null) {
                if (weights.ndim() != 1) {
                    throw new IllegalArgumentException("stats.gaussian_kde: `weights` input should be one-dimensional.");
                }
                if (weights.size() != n) {
                    throw new IllegalArgumentException("stats.gaussian_kde: `weights` input should be of length n (n = "
                            + n + ", " + StatsArgs.describe("weights", weights) + ")");
                }
                try (NDArray w = weights.astype(DType.FLOAT64); NDArray sum = Numpy.sum(w)) {
                    this.weights = Numpy.divide(w, sum);
                }
            } else {
                this.weights = Numpy.full(ds.backend(), new int[] {n}, 1.0 / n, DType.FLOAT64);
            }
            try (NDArray sq = Numpy.square(this.weights); NDArray s = Numpy.sum(sq)) {
                this.neff = 1 / s.toDoubleArray()[0];
            }
            if (d > n) {
                throw new IllegalArgumentException("stats.gaussian_kde: Number of dimensions is greater than number of "
                        + "samples (d = " + d + ", n = " + n + "); gaussian_kde interprets each column of `dataset` "
                        + "as a point.");
            }
            if (bwFactor != null) {
                this.factor = bwFactor;
            } else if (bwMethod == null || bwMethod.equals("scott")) {
                this.factor = Math.pow(neff, -1. / (d + 4));
            } else if (bwMethod.equals("silverman")) {
                this.factor = Math.pow(neff * (d + 2.0) / 4.0, -1. / (d + 4));
            } else {
                throw new IllegalArgumentException("stats.gaussian_kde: `bw_method` should be 'scott', 'silverman', "
                        + "a scalar or a callable (got '" + bwMethod + "')");
            }
            try (NDArray cov = Numpy.cov(ds, null, true, false, null, null, this.weights, null)) {
                double[] c = cov.toDoubleArray();
                dataCovariance = new double[d][d];
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < d; j++) {
                        dataCovariance[i][j] = c[i * d + j];
                    }
                }
            }
            double[][] l = cholesky(dataCovariance);
            choCov = new double[d][d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    choCov[i][j] = l[i][j] * factor;
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The lower Cholesky factor (LAPACK's potrf order: column by column). */
    private static double[][] cholesky(double[][] a) {
        int d = a.length;
        double[][] l = new double[d][d];
        for (int j = 0; j < d; j++) {
            double s = a[j][j];
            for (int k = 0; k < j; k++) {
                s -= l[j][k] * l[j][k];
            }
            if (!(s > 0)) {
                throw new org.sciaccel.LinAlgException("stats.gaussian_kde: The data appears to lie in a "
                        + "lower-dimensional subspace of the space in which it is expressed. This has resulted in a "
                        + "singular data covariance matrix, which cannot be treated using the algorithms implemented "
                        + "in `gaussian_kde`.");
            }
            l[j][j] = Math.sqrt(s);
            for (int i = j + 1; i < d; i++) {
                double t = a[i][j];
                for (int k = 0; k < j; k++) {
                    t -= l[i][k] * l[j][k];
                }
                l[i][j] = t / l[j][j];
            }
        }
        return l;
    }

    /** The number of dimensions d. */
    public int d() {
        return d;
    }

    /** The number of data points n. */
    public int n() {
        return n;
    }

    /** The effective number of data points, 1 / sum(weights**2). */
    public double neff() {
        return neff;
    }

    /** The bandwidth factor (covariance_factor()). */
    public double factor() {
        return factor;
    }

    /** The kernel covariance, the data covariance times factor**2 (a host copy). */
    public double[][] covariance() {
        double[][] c = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                c[i][j] = dataCovariance[i][j] * factor * factor;
            }
        }
        return c;
    }

    /**
     * {@code kde.evaluate(points)} (also {@code kde(points)} and {@code pdf}): the density at each of the m points,
     * given as (d, m), or 1-D (m) when d == 1 (or d values when m == 1, as SciPy's row vector), on the dataset's
     * backend: one fused program summing, for each point, weight * exp(-|L^-1 (x - datum)|**2 / 2) * norm over the
     * data, L the kernel's Cholesky factor.
     */
    public NDArray evaluate(NDArray points) {
        StatsArgs.require("gaussian_kde.evaluate", "points", points);
        NDArray p2 = points.ndim() == 0 ? Numpy.reshape(points, 1, 1) : points.ndim() == 1
                ? Numpy.reshape(points, 1, points.size()) : Numpy.reshape(points, points.shape());
        try (StatsScope s = new StatsScope()) {
            s.t(p2);
            if (p2.ndim() != 2) {
                throw new IllegalArgumentException("stats.gaussian_kde.evaluate: points must be at most 2-D, got "
                        + StatsArgs.describe("points", points));
            }
            if (p2.shape(0) != d) {
                if (p2.shape(0) == 1 && p2.shape(1) == d) {
                    p2 = s.t(Numpy.reshape(p2, d, 1));
                } else {
                    throw new IllegalArgumentException("stats.gaussian_kde.evaluate: points have dimension "
                            + p2.shape(0) + ", dataset has dimension " + d);
                }
            }
            NDArray pts = s.t(p2.astype(DType.FLOAT64));
            int m = pts.shape(1);
            double[][] inv = lowerInverse(choCov);
            double norm = Math.pow(2 * Math.PI, -d / 2.);
            for (int i = 0; i < d; i++) {
                norm /= choCov[i][i];
            }
            Map<String, Object> vars = new HashMap<>();
            StringBuilder arg = new StringBuilder();
            for (int k = 0; k < d; k++) {
                vars.put("D" + k, s.t(Numpy.getItem(dataset, k + ":" + (k + 1))));
                vars.put("X" + k, s.t(Numpy.reshape(s.t(Numpy.getItem(pts, String.valueOf(k))), m, 1)));
                StringBuilder r = new StringBuilder();
                for (int j = 0; j <= k; j++) {
                    vars.put("L" + k + "_" + j, inv[k][j]);
                    r.append(j == 0 ? "" : " + ").append("L").append(k).append('_').append(j)
                            .append(" * (D").append(j).append(" - X").append(j).append(')');
                }
                arg.append(k == 0 ? "" : " + ").append("(").append(r).append(") ** 2");
            }
            vars.put("W", s.t(Numpy.reshape(weights, 1, n)));
            vars.put("NORM", norm);
            String expr = "W * (exp(-(" + arg + ") / 2.0) * NORM)";
            return Numpy.evaluateSum(expr, vars, new int[] {1}, false);
        }
    }

    /** The inverse of a lower-triangular matrix (forward substitution on the identity's columns). */
    private static double[][] lowerInverse(double[][] l) {
        int d = l.length;
        double[][] inv = new double[d][d];
        for (int c = 0; c < d; c++) {
            for (int i = c; i < d; i++) {
                double t = i == c ? 1.0 : 0.0;
                for (int k = c; k < i; k++) {
                    t -= l[i][k] * inv[k][c];
                }
                inv[i][c] = t / l[i][i];
            }
        }
        return inv;
    }

    @Override
    public void close() {
        if (weights != null) {
            weights.close();
        }
        dataset.close();
    }
}
