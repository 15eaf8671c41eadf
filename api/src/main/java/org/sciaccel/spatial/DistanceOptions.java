package org.sciaccel.spatial;

import org.sciaccel.NDArray;

/**
 * The keyword arguments of scipy.spatial.distance's cdist and pdist: {@code p} (minkowski), {@code w} (weights,
 * for euclidean, sqeuclidean, cityblock, chebyshev, minkowski and hamming), {@code V} (seuclidean's variances) and
 * {@code VI} (mahalanobis's inverse covariance). Unset ones take SciPy's defaults. Immutable; each setter returns a
 * new instance.
 */
public final class DistanceOptions {
    private static final DistanceOptions DEFAULTS = new DistanceOptions(null, null, null, null);

    private final Double p;
    private final NDArray w;
    private final NDArray v;
    private final NDArray vi;

    private DistanceOptions(Double p, NDArray w, NDArray v, NDArray vi) {
        this.p = p;
        this.w = w;
        this.v = v;
        this.vi = vi;
    }

    /** No keyword arguments. */
    public static DistanceOptions defaults() {
        return DEFAULTS;
    }

    /** minkowski's order p (SciPy's default 2). */
    public DistanceOptions p(double order) {
        return new DistanceOptions(order, w, v, vi);
    }

    /** The weight of each feature (1-D, n non-negative values). */
    public DistanceOptions w(NDArray weights) {
        return new DistanceOptions(p, weights, v, vi);
    }

    /** seuclidean's variance of each feature (1-D, n values; default: the points' variance with ddof=1). */
    public DistanceOptions V(NDArray variances) {
        return new DistanceOptions(p, w, variances, vi);
    }

    /** mahalanobis's inverse covariance (n, n) (default: the inverse of the points' covariance, transposed). */
    public DistanceOptions VI(NDArray inverseCovariance) {
        return new DistanceOptions(p, w, v, inverseCovariance);
    }

    Double p() {
        return p;
    }

    NDArray w() {
        return w;
    }

    NDArray v() {
        return v;
    }

    NDArray vi() {
        return vi;
    }
}
