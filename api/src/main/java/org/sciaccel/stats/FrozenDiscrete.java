package org.sciaccel.stats;

import java.util.Arrays;
import org.sciaccel.NDArray;

/**
 * SciPy's {@code rv_discrete_frozen}: a discrete distribution with its shape parameters (and loc) fixed, each an
 * {@link NDArray} or a Python float. Its methods are the distribution's with those arguments.
 */
public final class FrozenDiscrete {
    private final DiscreteDistribution dist;
    private final Object[] args;

    FrozenDiscrete(DiscreteDistribution dist, Object[] args) {
        if (args == null) {
            throw new IllegalArgumentException("stats." + dist.name() + ": args is null");
        }
        this.dist = dist;
        this.args = args.clone();
        // Checks the number of arguments and nulls now, as SciPy's freeze does.
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                throw new IllegalArgumentException("stats." + dist.name() + ": " + (i < dist.shapes().size()
                        ? dist.shapes().get(i) : "loc") + " is null");
            }
        }
        int ns = dist.shapes().size();
        if (args.length != ns && args.length != ns + 1) {
            throw new IllegalArgumentException("stats." + dist.name() + ": takes " + ns + " shape parameter(s) ("
                    + String.join(", ", dist.shapes()) + ") and an optional loc; got " + args.length + " argument(s)");
        }
    }

    /** The distribution this is a frozen form of. */
    public DiscreteDistribution dist() {
        return dist;
    }

    public NDArray pmf(NDArray k) {
        return dist.pmfOf(k, args);
    }

    public NDArray logpmf(NDArray k) {
        return dist.logpmfOf(k, args);
    }

    public NDArray cdf(NDArray k) {
        return dist.cdfOf(k, args);
    }

    public NDArray logcdf(NDArray k) {
        return dist.logcdfOf(k, args);
    }

    public NDArray sf(NDArray k) {
        return dist.sfOf(k, args);
    }

    public NDArray logsf(NDArray k) {
        return dist.logsfOf(k, args);
    }

    public NDArray ppf(NDArray q) {
        return dist.ppfOf(q, args);
    }

    public NDArray isf(NDArray q) {
        return dist.isfOf(q, args);
    }

    public NDArray mean() {
        return dist.moment1("mean", args, 0);
    }

    public NDArray var() {
        return dist.moment1("var", args, 1);
    }

    public NDArray std() {
        return dist.moment1("std", args, 2);
    }

    public NDArray median() {
        return dist.medianOf(args);
    }

    public NDArray[] interval(double confidence) {
        return dist.intervalOf(confidence, args);
    }

    public NDArray moment(int order) {
        return dist.momentOf(order, args);
    }

    public NDArray entropy() {
        return dist.entropyOf(args);
    }

    /** {@code rvs(size, random_state=seed)}; see {@link DiscreteDistribution#rvs(NDArray[], int[], long)}. */
    public NDArray rvs(int[] size, long seed) {
        return dist.rvsOf(size, seed, args);
    }

    @Override
    public String toString() {
        return "frozen " + dist.name() + Arrays.toString(args);
    }
}
