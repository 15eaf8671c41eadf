package org.sciaccel.stats;

import org.sciaccel.Backend;
import org.sciaccel.NDArray;

/**
 * A frozen continuous distribution (SciPy's {@code rv_continuous_frozen}, {@code norm(loc, scale)}): the
 * distribution's methods with its shapes, loc and scale fixed.
 */
public final class FrozenDistribution {
    private final ContinuousDistribution dist;
    private final double[] args;

    FrozenDistribution(ContinuousDistribution dist, double[] args) {
        this.dist = dist;
        this.args = args.clone();
    }

    /** The distribution frozen. */
    public ContinuousDistribution dist() {
        return dist;
    }

    /** Its shapes, loc and scale. */
    public double[] args() {
        return args.clone();
    }

    public NDArray pdf(NDArray x) {
        return dist.pdf(x, args);
    }

    public NDArray logpdf(NDArray x) {
        return dist.logpdf(x, args);
    }

    public NDArray cdf(NDArray x) {
        return dist.cdf(x, args);
    }

    public NDArray logcdf(NDArray x) {
        return dist.logcdf(x, args);
    }

    public NDArray sf(NDArray x) {
        return dist.sf(x, args);
    }

    public NDArray logsf(NDArray x) {
        return dist.logsf(x, args);
    }

    public NDArray ppf(NDArray q) {
        return dist.ppf(q, args);
    }

    public NDArray isf(NDArray q) {
        return dist.isf(q, args);
    }

    public double mean() {
        return dist.mean(args);
    }

    public double var() {
        return dist.var(args);
    }

    public double std() {
        return dist.std(args);
    }

    public double median() {
        return dist.median(args);
    }

    public double entropy() {
        return dist.entropy(args);
    }

    public double moment(int order) {
        return dist.moment(order, args);
    }

    public double[] interval(double confidence) {
        return dist.interval(confidence, args);
    }

    public NDArray rvs(int[] size, long seed, Backend backend) {
        return dist.rvs(args, size, seed, backend);
    }

    @Override
    public String toString() {
        return dist.name() + java.util.Arrays.toString(args);
    }
}
