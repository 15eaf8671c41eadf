package org.sciaccel.spi;

import java.util.Arrays;

/**
 * A scipy.spatial.distance metric with its parameters, validated and resolved by the facade
 * ({@code org.sciaccel.spatial.Distance}): SciPy's defaults already filled in (p = 2, the variances of
 * seuclidean and the inverse covariance of mahalanobis from the data), so a backend only evaluates
 * {@link #between} (or its own kernel of the same arithmetic) for every pair of rows.
 *
 * @param kind the metric
 * @param p minkowski's order (NaN for the other metrics)
 * @param w the weight per feature, or null (euclidean, sqeuclidean, cityblock, chebyshev, minkowski, hamming)
 * @param v seuclidean's variance per feature, or null
 * @param vi mahalanobis's inverse covariance, row-major n x n, or null
 */
public record DistanceMetric(Kind kind, double p, double[] w, double[] v, double[] vi) {

    /** The metrics, in SciPy's canonical names (lower case of the constant). */
    public enum Kind {
        EUCLIDEAN, SQEUCLIDEAN, CITYBLOCK, CHEBYSHEV, MINKOWSKI, COSINE, CORRELATION, HAMMING, JACCARD,
        MAHALANOBIS, SEUCLIDEAN;

        /** SciPy's canonical name. */
        public String scipyName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The metric a backend runs: minkowski of order 1, 2 or infinity without weights is cityblock,
     * euclidean or chebyshev, as SciPy dispatches it (the results are those metrics' to the bit).
     */
    public DistanceMetric resolved() {
        if (kind != Kind.MINKOWSKI || w != null) {
            return this;
        }
        if (p == 1) {
            return new DistanceMetric(Kind.CITYBLOCK, Double.NaN, null, null, null);
        }
        if (p == 2) {
            return new DistanceMetric(Kind.EUCLIDEAN, Double.NaN, null, null, null);
        }
        if (p == Double.POSITIVE_INFINITY) {
            return new DistanceMetric(Kind.CHEBYSHEV, Double.NaN, null, null, null);
        }
        return this;
    }

    /** Whether rows are first centred on their own mean (correlation: the cosine distance of centred rows). */
    public boolean centred() {
        return kind == Kind.CORRELATION;
    }

    /**
     * The distance between rows {@code u} (from {@code ua}) and {@code v} (from {@code vb}) of {@code n}
     * features, in SciPy's arithmetic order. For cosine and correlation {@code normU} and {@code normV} are the
     * rows' Euclidean norms (of the centred rows for correlation, whose rows the caller has centred); they are
     * ignored by the other metrics. {@code buf} is scratch of length n (mahalanobis only).
     */
    public double between(double[] ua, int u, double[] vb, int v, int n, double normU, double normV, double[] buf) {
        switch (kind) {
            case EUCLIDEAN: {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    double d = ua[u + k] - vb[v + k];
                    s += w == null ? d * d : w[k] * (d * d);
                }
                return Math.sqrt(s);
            }
            case SQEUCLIDEAN: {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    double d = ua[u + k] - vb[v + k];
                    s += w == null ? d * d : w[k] * (d * d);
                }
                return s;
            }
            case CITYBLOCK: {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    double d = Math.abs(ua[u + k] - vb[v + k]);
                    s += w == null ? d : w[k] * d;
                }
                return s;
            }
            case CHEBYSHEV: {
                // SciPy keeps the running maximum unless a difference exceeds it: a NaN difference is skipped
                double m = 0;
                for (int k = 0; k < n; k++) {
                    double d = Math.abs(ua[u + k] - vb[v + k]);
                    if ((w == null || w[k] > 0) && m < d) {
                        m = d;
                    }
                }
                return m;
            }
            case MINKOWSKI: {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    double d = Math.pow(Math.abs(ua[u + k] - vb[v + k]), p);
                    s += w == null ? d : w[k] * d;
                }
                return Math.pow(s, 1 / p);
            }
            case COSINE: case CORRELATION: {
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    dot += ua[u + k] * vb[v + k];
                }
                double c = dot / (normU * normV);
                if (Math.abs(c) > 1) {
                    c = Math.copySign(1.0, c);
                }
                return 1 - c;
            }
            case HAMMING: {
                double s = 0;
                double ws = 0;
                for (int k = 0; k < n; k++) {
                    double wk = w == null ? 1 : w[k];
                    s += ua[u + k] != vb[v + k] ? wk : 0;
                    ws += wk;
                }
                return s / ws;
            }
            case JACCARD: {
                double num = 0;
                double den = 0;
                for (int k = 0; k < n; k++) {
                    double a = ua[u + k];
                    double b = vb[v + k];
                    boolean nz = a != 0 || b != 0;
                    num += nz && a != b ? 1 : 0;
                    den += nz ? 1 : 0;
                }
                return den == 0 ? 0 : num / den;
            }
            case SEUCLIDEAN: {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    double d = ua[u + k] - vb[v + k];
                    s += d * d / this.v[k];
                }
                return Math.sqrt(s);
            }
            case MAHALANOBIS: {
                for (int k = 0; k < n; k++) {
                    buf[k] = ua[u + k] - vb[v + k];
                }
                double s = 0;
                for (int i = 0; i < n; i++) {
                    double r = 0;
                    for (int j = 0; j < n; j++) {
                        r += buf[j] * vi[i * n + j];
                    }
                    s += buf[i] * r;
                }
                return Math.sqrt(s);
            }
            default:
                throw new AssertionError(kind);
        }
    }

    /** The Euclidean norm of row {@code r} of {@code x} (n features), summed in index order. */
    public static double rowNorm(double[] x, int r, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += x[r + k] * x[r + k];
        }
        return Math.sqrt(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DistanceMetric m && m.kind == kind && Double.compare(m.p, p) == 0
                && Arrays.equals(m.w, w) && Arrays.equals(m.v, v) && Arrays.equals(m.vi, vi);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return kind.scipyName() + (kind == Kind.MINKOWSKI ? "(p=" + p + ")" : "") + (w != null ? " weighted" : "");
    }
}
