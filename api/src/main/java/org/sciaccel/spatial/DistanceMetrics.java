package org.sciaccel.spatial;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;
import org.sciaccel.spi.DistanceMetric;
import org.sciaccel.spi.DistanceMetric.Kind;

/**
 * Resolves a metric name and its keyword arguments as SciPy 1.10's cdist/pdist do: SciPy's aliases (lower-cased
 * first), the weights' checks, minkowski's default p = 2, and seuclidean's and mahalanobis's defaults computed
 * from the points (the variance with ddof=1, the inverse of the covariance transposed) on the points' backend.
 */
final class DistanceMetrics {
    private static final Map<String, Kind> ALIASES = new HashMap<>();

    static {
        alias(Kind.EUCLIDEAN, "euclidean", "euclid", "eu", "e");
        alias(Kind.SQEUCLIDEAN, "sqeuclidean", "sqe", "sqeuclid");
        alias(Kind.CITYBLOCK, "cityblock", "cblock", "cb", "c");
        alias(Kind.CHEBYSHEV, "chebychev", "chebyshev", "cheby", "cheb", "ch");
        alias(Kind.MINKOWSKI, "minkowski", "mi", "m", "pnorm");
        alias(Kind.COSINE, "cosine", "cos");
        alias(Kind.CORRELATION, "correlation", "co");
        alias(Kind.HAMMING, "matching", "hamming", "hamm", "ha", "h");
        alias(Kind.JACCARD, "jaccard", "jacc", "ja", "j");
        alias(Kind.MAHALANOBIS, "mahalanobis", "mahal", "mah");
        alias(Kind.SEUCLIDEAN, "seuclidean", "se", "s");
    }

    private DistanceMetrics() {
    }

    private static void alias(Kind kind, String... names) {
        for (String n : names) {
            ALIASES.put(n, kind);
        }
    }

    /** The metric of SciPy's name or alias (any case), or SciPy's "Unknown Distance Metric" error. */
    static Kind kind(String op, String metric) {
        if (metric == null) {
            throw new IllegalArgumentException(op + ": metric is null");
        }
        String m = metric.toLowerCase(Locale.ROOT);
        Kind k = ALIASES.get(m);
        if (k == null) {
            throw new IllegalArgumentException(op + ": metric: Unknown Distance Metric: " + m + " (known: euclidean, "
                    + "sqeuclidean, cityblock, chebyshev, minkowski, cosine, correlation, hamming, jaccard, "
                    + "mahalanobis, seuclidean)");
        }
        return k;
    }

    /**
     * The metric with its parameters for points {@code points} (float64, n columns, m rows in all: for cdist both
     * sets, stacked as SciPy's validators stack them).
     */
    static DistanceMetric resolve(String op, Kind kind, DistanceOptions o, int n, NDArray... points) {
        if (o == null) {
            throw new IllegalArgumentException(op + ": options is null");
        }
        if (o.p() != null && kind != Kind.MINKOWSKI) {
            throw new IllegalArgumentException(op + ": p: only minkowski takes p (metric " + kind.scipyName() + ")");
        }
        if (o.v() != null && kind != Kind.SEUCLIDEAN) {
            throw new IllegalArgumentException(op + ": V: only seuclidean takes V (metric " + kind.scipyName() + ")");
        }
        if (o.vi() != null && kind != Kind.MAHALANOBIS) {
            throw new IllegalArgumentException(op + ": VI: only mahalanobis takes VI (metric " + kind.scipyName()
                    + ")");
        }
        double[] w = null;
        if (o.w() != null) {
            switch (kind) {
                case EUCLIDEAN: case SQEUCLIDEAN: case CITYBLOCK: case CHEBYSHEV: case MINKOWSKI: case HAMMING:
                    w = weights(op, o.w(), n);
                    break;
                default:
                    throw new IllegalArgumentException(op + ": w: weights are taken by euclidean, sqeuclidean, "
                            + "cityblock, chebyshev, minkowski and hamming only (metric " + kind.scipyName() + ")");
            }
        }
        switch (kind) {
            case MINKOWSKI:
                return new DistanceMetric(kind, o.p() == null ? 2.0 : o.p(), w, null, null).resolved();
            case SEUCLIDEAN:
                return new DistanceMetric(kind, Double.NaN, null, variances(op, o.v(), n, points), null);
            case MAHALANOBIS:
                return new DistanceMetric(kind, Double.NaN, null, null, inverseCovariance(op, o.vi(), n, points));
            default:
                return new DistanceMetric(kind, Double.NaN, w, null, null);
        }
    }

    private static double[] weights(String op, NDArray w, int n) {
        if (w.ndim() != 1 || w.shape(0) != n) {
            throw new IllegalArgumentException(op + ": w: Weights must have same size as input vector. "
                    + (w.ndim() == 1 ? w.shape(0) : "shape " + org.sciaccel.Shapes.toString(w.shape())) + " vs. " + n
                    + ".");
        }
        double[] v = host(w);
        for (double x : v) {
            if (x < 0) {
                throw new IllegalArgumentException(op + ": w: Input weights should be all non-negative");
            }
        }
        return v;
    }

    private static double[] variances(String op, NDArray v, int n, NDArray[] points) {
        if (v != null) {
            if (v.ndim() != 1) {
                throw new IllegalArgumentException(op + ": V: Variance vector V must be one-dimensional (shape "
                        + org.sciaccel.Shapes.toString(v.shape()) + ")");
            }
            if (v.shape(0) != n) {
                throw new IllegalArgumentException(op + ": V: Variance vector V must be of the same dimension as the "
                        + "vectors on which the distances are computed (" + v.shape(0) + " vs. " + n + ")");
            }
            return host(v);
        }
        NDArray all = stacked(points);
        try (NDArray var = Numpy.var(all, ReductionOptions.over(0).ddof(1))) {
            return host(var);
        } finally {
            if (all != points[0]) {
                all.close();
            }
        }
    }

    private static double[] inverseCovariance(String op, NDArray vi, int n, NDArray[] points) {
        if (vi != null) {
            if (vi.ndim() != 2 || vi.shape(0) != n || vi.shape(1) != n) {
                throw new IllegalArgumentException(op + ": VI: the inverse covariance must be (" + n + ", " + n
                        + "), got " + org.sciaccel.Shapes.toString(vi.shape()));
            }
            return host(vi);
        }
        int m = 0;
        for (NDArray p : points) {
            m += p.shape(0);
        }
        if (m <= n) {
            throw new IllegalArgumentException(op + ": VI: The number of observations (" + m + ") is too small; the "
                    + "covariance matrix is singular. For observations with " + n + " dimensions, at least " + (n + 1)
                    + " observations are required.");
        }
        NDArray all = stacked(points);
        try (NDArray cv = Numpy.cov(all, null, false, false, null, null, null, null);
                NDArray square = cv.ndim() == 2 ? cv : cv.reshape(1, 1);
                NDArray inv = Linalg.inv(square)) {
            // SciPy passes inv(CV).T; VI[i][j] is read as inv[j][i]
            double[] a = host(inv);
            double[] t = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    t[i * n + j] = a[j * n + i];
                }
            }
            return t;
        } finally {
            if (all != points[0]) {
                all.close();
            }
        }
    }

    private static NDArray stacked(NDArray[] points) {
        return points.length == 1 ? points[0] : Numpy.concatenate(points, 0);
    }

    private static double[] host(NDArray a) {
        if (a.dtype().isComplex()) {
            throw new IllegalArgumentException("complex " + a.dtype().numpyName() + " parameters are not supported");
        }
        if (a.dtype() == DType.FLOAT64) {
            return a.toDoubleArray();
        }
        try (NDArray d = a.astype(DType.FLOAT64)) {
            return d.toDoubleArray();
        }
    }
}
