package org.sciaccel.sklearn.preprocessing;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;
import org.sciaccel.sklearn.SklearnArrays;

/**
 * {@code sklearn.preprocessing.StandardScaler} (scikit-learn 1.2): each feature centred on its mean and divided
 * by its standard deviation. {@link #fit} computes scikit-learn's {@code _incremental_mean_and_var} of one batch on
 * the data's backend (the column sums of the data and of its deviations from the mean in float64, NaN ignored),
 * then finishes the per-feature numbers (d of them) on the host as scikit-learn does: the variance less the
 * correction term, the near-constant features (variance below scikit-learn's error bound) given a scale of 1.
 * transform and inverse_transform are the backend's element-wise operations, rounded to float32 after each step
 * for float32 data as scikit-learn's in-place operations round. Integer data is float64; float16 is refused.
 * Sample weights and partial_fit are not offered. Closing the scaler closes its fitted arrays.
 *
 * @see <a href="https://scikit-learn.org/1.2/modules/generated/sklearn.preprocessing.StandardScaler.html">StandardScaler</a>
 */
public final class StandardScaler implements AutoCloseable {
    private static final String NAME = "StandardScaler";

    private final boolean withMean;
    private final boolean withStd;
    private NDArray mean;
    private NDArray var;
    private NDArray scale;
    private long[] nSamplesSeen;
    private int nFeatures = -1;

    /** {@code StandardScaler()}: with_mean and with_std true. */
    public StandardScaler() {
        this(true, true);
    }

    /** {@code StandardScaler(with_mean=withMean, with_std=withStd)}. */
    public StandardScaler(boolean withMean, boolean withStd) {
        this.withMean = withMean;
        this.withStd = withStd;
    }

    /** Fits the scaler to X (n_samples, n_features) and returns it. */
    public StandardScaler fit(NDArray x) {
        SklearnArrays.require(x, "X", NAME);
        NDArray xf = SklearnArrays.floats2d(x, "X", NAME);
        try {
            SklearnArrays.finite(xf, "X", NAME, true);
            release();
            fitFloats(xf);
        } finally {
            SklearnArrays.closeIfNew(xf, x);
        }
        return this;
    }

    private void fitFloats(NDArray xf) {
        int n = xf.shape(0);
        int d = xf.shape(1);
        long[] counts = new long[d];
        double[] mu = null;
        double[] variance = null;
        try (NDArray x64 = xf.astype(DType.FLOAT64); NDArray nan = Numpy.isnan(x64);
                NDArray nanCount = Numpy.sum(nan, ReductionOptions.over(0))) {
            long[] nans = nanCount.toLongArray();
            for (int j = 0; j < d; j++) {
                counts[j] = n - nans[j];
            }
            if (withMean || withStd) {
                double[] sum;
                try (NDArray s = Numpy.nansum(x64, ReductionOptions.over(0))) {
                    sum = s.toDoubleArray();
                }
                mu = new double[d];
                for (int j = 0; j < d; j++) {
                    mu[j] = sum[j] / counts[j];
                }
                if (withStd) {
                    // the two-pass variance: deviations from T = sum / count, less the square of their sum / count
                    double[] correction;
                    double[] unnormalised;
                    try (NDArray t = SklearnArrays.vector(x64, mu); NDArray dev = Numpy.subtract(x64, t);
                            NDArray c = Numpy.nansum(dev, ReductionOptions.over(0)); NDArray sq = Numpy.square(dev);
                            NDArray u = Numpy.nansum(sq, ReductionOptions.over(0))) {
                        correction = c.toDoubleArray();
                        unnormalised = u.toDoubleArray();
                    }
                    variance = new double[d];
                    for (int j = 0; j < d; j++) {
                        double nuv = unnormalised[j] - correction[j] * correction[j] / counts[j];
                        variance[j] = nuv / counts[j];
                    }
                }
            }
        }
        nFeatures = d;
        nSamplesSeen = counts;
        if (!withMean && !withStd) {
            return;
        }
        mean = SklearnArrays.vector(xf, mu);
        if (withStd) {
            double eps = Math.ulp(1.0);
            double[] sc = new double[d];
            for (int j = 0; j < d; j++) {
                double nj = counts[j];
                double bound = nj * eps * variance[j] + (nj * mu[j] * eps) * (nj * mu[j] * eps);
                sc[j] = variance[j] <= bound ? 1.0 : Math.sqrt(variance[j]);
            }
            var = SklearnArrays.vector(xf, variance);
            scale = SklearnArrays.vector(xf, sc);
        }
    }

    /** Centres and scales X as fitted: {@code (X - mean_) / scale_}, in X's float type. */
    public NDArray transform(NDArray x) {
        return apply(x, false);
    }

    /** Undoes {@link #transform}: {@code X * scale_ + mean_}, in X's float type. */
    public NDArray inverseTransform(NDArray x) {
        return apply(x, true);
    }

    /** {@code fit(X).transform(X)}. */
    public NDArray fitTransform(NDArray x) {
        return fit(x).transform(x);
    }

    private NDArray apply(NDArray x, boolean inverse) {
        SklearnArrays.require(x, "X", NAME);
        fitted();
        NDArray xf = SklearnArrays.floats2d(x, "X", NAME);
        try {
            SklearnArrays.finite(xf, "X", NAME, true);
            if (!inverse) {
                SklearnArrays.features(xf, nFeatures, "X", NAME);
            }
            DType t = xf.dtype();
            NDArray cur = xf.dtype() == x.dtype() ? Numpy.copy(xf) : xf;
            if (!inverse) {
                if (withMean) {
                    cur = step(cur, Numpy.subtract(cur, mean), t);
                }
                if (withStd) {
                    cur = step(cur, Numpy.divide(cur, scale), t);
                }
            } else {
                if (withStd) {
                    cur = step(cur, Numpy.multiply(cur, scale), t);
                }
                if (withMean) {
                    cur = step(cur, Numpy.add(cur, mean), t);
                }
            }
            return cur;
        } catch (RuntimeException e) {
            SklearnArrays.closeIfNew(xf, x);
            throw e;
        }
    }

    /** One in-place step of scikit-learn: the float64 result stored in the data's type t. */
    private static NDArray step(NDArray previous, NDArray result, DType t) {
        previous.close();
        if (result.dtype() == t) {
            return result;
        }
        try {
            return result.astype(t);
        } finally {
            result.close();
        }
    }

    private void fitted() {
        if (nSamplesSeen == null) {
            throw new IllegalStateException("This StandardScaler instance is not fitted yet. Call 'fit' with "
                    + "appropriate arguments before using this estimator.");
        }
    }

    /** mean_: each feature's mean, float64 (null when with_mean and with_std are both false). */
    public NDArray mean() {
        fitted();
        return mean;
    }

    /** var_: each feature's variance, float64 (null without with_std). */
    public NDArray var() {
        fitted();
        return var;
    }

    /** scale_: each feature's scale, the standard deviation or 1 for a near-constant feature (null without with_std). */
    public NDArray scale() {
        fitted();
        return scale;
    }

    /** n_samples_seen_: the non-NaN samples of each feature (scikit-learn's int when they are all equal). */
    public long[] nSamplesSeen() {
        fitted();
        return nSamplesSeen.clone();
    }

    /** The number of features seen by fit. */
    public int nFeaturesIn() {
        fitted();
        return nFeatures;
    }

    private void release() {
        for (NDArray a : new NDArray[] {mean, var, scale}) {
            if (a != null) {
                a.close();
            }
        }
        mean = null;
        var = null;
        scale = null;
    }

    @Override
    public void close() {
        release();
    }
}
