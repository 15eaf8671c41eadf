package org.sciaccel.sklearn.preprocessing;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;
import org.sciaccel.sklearn.SklearnArrays;

/**
 * {@code sklearn.preprocessing.MinMaxScaler} (scikit-learn 1.2): each feature mapped linearly onto feature_range.
 * {@link #fit} takes each column's nanmin and nanmax on the data's backend, then finishes the per-feature numbers
 * in the data's float type as scikit-learn does ({@code scale_ = (max - min of the range) / data_range_}, a range
 * below ten machine epsilons taken as 1; {@code min_ = range min - data_min_ * scale_}). transform ({@code X *
 * scale_ + min_}, clipped to feature_range with clip) and inverse_transform ({@code (X - min_) / scale_}) are the
 * backend's element-wise operations. Integer data is float64; float16 is refused; partial_fit is not offered.
 *
 * @see <a href="https://scikit-learn.org/1.2/modules/generated/sklearn.preprocessing.MinMaxScaler.html">MinMaxScaler</a>
 */
public final class MinMaxScaler implements AutoCloseable {
    private static final String NAME = "MinMaxScaler";

    private final double rangeMin;
    private final double rangeMax;
    private final boolean clip;
    private NDArray min;
    private NDArray scale;
    private NDArray dataMin;
    private NDArray dataMax;
    private NDArray dataRange;
    private long nSamplesSeen = -1;
    private int nFeatures;

    /** {@code MinMaxScaler()}: feature_range (0, 1), no clipping. */
    public MinMaxScaler() {
        this(0, 1, false);
    }

    /**
     * {@code MinMaxScaler(feature_range=(rangeMin, rangeMax), clip=clip)}.
     *
     * @throws IllegalArgumentException unless rangeMin &lt; rangeMax (scikit-learn checks it at fit)
     */
    public MinMaxScaler(double rangeMin, double rangeMax, boolean clip) {
        if (!(rangeMin < rangeMax)) {
            throw new IllegalArgumentException(NAME + ": feature_range: Minimum of desired feature range must be "
                    + "smaller than maximum. Got (" + num(rangeMin) + ", " + num(rangeMax) + ").");
        }
        this.rangeMin = rangeMin;
        this.rangeMax = rangeMax;
        this.clip = clip;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Fits the scaler to X (n_samples, n_features) and returns it. */
    public MinMaxScaler fit(NDArray x) {
        SklearnArrays.require(x, "X", NAME);
        NDArray xf = SklearnArrays.floats2d(x, "X", NAME);
        try {
            SklearnArrays.finite(xf, "X", NAME, true);
            release();
            DType t = xf.dtype();
            int d = xf.shape(1);
            double[] lo;
            double[] hi;
            try (NDArray a = Numpy.nanmin(xf, ReductionOptions.over(0));
                    NDArray b = Numpy.nanmax(xf, ReductionOptions.over(0))) {
                lo = a.toDoubleArray();
                hi = b.toDoubleArray();
            }
            double[] range = new double[d];
            double[] sc = new double[d];
            double[] mn = new double[d];
            if (t == DType.FLOAT32) {
                float width = (float) (rangeMax - rangeMin);
                float fmin = (float) rangeMin;
                float tiny = 10 * Math.ulp(1.0f);
                for (int j = 0; j < d; j++) {
                    float r = (float) hi[j] - (float) lo[j];
                    float s = width / (r < tiny ? 1.0f : r);
                    range[j] = r;
                    sc[j] = s;
                    mn[j] = fmin - (float) lo[j] * s;
                }
            } else {
                double width = rangeMax - rangeMin;
                double tiny = 10 * Math.ulp(1.0);
                for (int j = 0; j < d; j++) {
                    double r = hi[j] - lo[j];
                    double s = width / (r < tiny ? 1.0 : r);
                    range[j] = r;
                    sc[j] = s;
                    mn[j] = rangeMin - lo[j] * s;
                }
            }
            min = SklearnArrays.vector(xf, mn, t);
            scale = SklearnArrays.vector(xf, sc, t);
            dataMin = SklearnArrays.vector(xf, lo, t);
            dataMax = SklearnArrays.vector(xf, hi, t);
            dataRange = SklearnArrays.vector(xf, range, t);
            nSamplesSeen = xf.shape(0);
            nFeatures = d;
        } finally {
            SklearnArrays.closeIfNew(xf, x);
        }
        return this;
    }

    /** {@code X * scale_ + min_}, clipped to feature_range with clip, in X's float type. */
    public NDArray transform(NDArray x) {
        SklearnArrays.require(x, "X", NAME);
        fitted();
        NDArray xf = SklearnArrays.floats2d(x, "X", NAME);
        try {
            SklearnArrays.finite(xf, "X", NAME, true);
            SklearnArrays.features(xf, nFeatures, "X", NAME);
            DType t = xf.dtype();
            try (NDArray times = typed(Numpy.multiply(xf, scale), t)) {
                NDArray plus = typed(Numpy.add(times, min), t);
                if (!clip) {
                    return plus;
                }
                try (plus) {
                    return typed(Numpy.clip(plus, rangeMin, rangeMax), t);
                }
            }
        } finally {
            SklearnArrays.closeIfNew(xf, x);
        }
    }

    /** {@code (X - min_) / scale_}, in X's float type. */
    public NDArray inverseTransform(NDArray x) {
        SklearnArrays.require(x, "X", NAME);
        fitted();
        NDArray xf = SklearnArrays.floats2d(x, "X", NAME);
        try {
            SklearnArrays.finite(xf, "X", NAME, true);
            DType t = xf.dtype();
            try (NDArray minus = typed(Numpy.subtract(xf, min), t)) {
                return typed(Numpy.divide(minus, scale), t);
            }
        } finally {
            SklearnArrays.closeIfNew(xf, x);
        }
    }

    /** {@code fit(X).transform(X)}. */
    public NDArray fitTransform(NDArray x) {
        return fit(x).transform(x);
    }

    /** The result of an in-place step stored in type t (float64 data's fitted arrays are float64 already). */
    private static NDArray typed(NDArray r, DType t) {
        if (r.dtype() == t) {
            return r;
        }
        try {
            return r.astype(t);
        } finally {
            r.close();
        }
    }

    private void fitted() {
        if (nSamplesSeen < 0) {
            throw new IllegalStateException("This MinMaxScaler instance is not fitted yet. Call 'fit' with "
                    + "appropriate arguments before using this estimator.");
        }
    }

    /** min_: the offset of each feature, in the data's float type. */
    public NDArray min() {
        fitted();
        return min;
    }

    /** scale_: the factor of each feature. */
    public NDArray scale() {
        fitted();
        return scale;
    }

    /** data_min_: each feature's minimum (NaN ignored). */
    public NDArray dataMin() {
        fitted();
        return dataMin;
    }

    /** data_max_: each feature's maximum (NaN ignored). */
    public NDArray dataMax() {
        fitted();
        return dataMax;
    }

    /** data_range_: data_max_ - data_min_. */
    public NDArray dataRange() {
        fitted();
        return dataRange;
    }

    /** n_samples_seen_. */
    public long nSamplesSeen() {
        fitted();
        return nSamplesSeen;
    }

    private void release() {
        for (NDArray a : new NDArray[] {min, scale, dataMin, dataMax, dataRange}) {
            if (a != null) {
                a.close();
            }
        }
        min = scale = dataMin = dataMax = dataRange = null;
    }

    @Override
    public void close() {
        release();
    }
}
