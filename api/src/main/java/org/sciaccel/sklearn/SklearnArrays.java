package org.sciaccel.sklearn;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.numpy.Numpy;

/**
 * The input checks scikit-learn 1.2's {@code check_array} runs before an estimator or a metric sees its data,
 * shared by the {@code org.sciaccel.sklearn} packages: scikit-learn's messages in one line, naming the parameter
 * and the shape. Real data is computed as scikit-learn's {@code FLOAT_DTYPES} keep it: float32 and float64 as
 * they are, integers and bool converted to float64; float16 (which scikit-learn keeps as float16) is refused.
 * Not a user API: the estimators and {@link org.sciaccel.sklearn.metrics.Metrics} call it.
 */
public final class SklearnArrays {
    private SklearnArrays() {
    }

    /** A null argument: IllegalArgumentException naming the parameter. */
    public static <T> T require(T v, String name, String where) {
        if (v == null) {
            throw new IllegalArgumentException(where + ": " + name + " is null");
        }
        return v;
    }

    /** The float type the array is computed in: float32 and float64 as they are, any other real type float64. */
    public static DType floatType(NDArray x, String name, String where) {
        DType t = x.dtype();
        if (t.isComplex()) {
            throw new IllegalArgumentException(where + ": " + name + ": Complex data not supported (dtype "
                    + t.numpyName() + ")");
        }
        if (t == DType.FLOAT16) {
            throw new IllegalArgumentException(where + ": " + name + ": float16 data is not supported (scikit-learn "
                    + "computes it in float16; sciaccel computes float32 and float64: convert first)");
        }
        return t == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /**
     * check_array's 2-D estimator input: X of rank 2 with at least one sample and one feature, converted to its
     * float type (a new array the caller closes, or x itself when its dtype already is that type).
     */
    public static NDArray floats2d(NDArray x, String name, String estimator) {
        require(x, name, estimator);
        DType t = floatType(x, name, estimator);
        rank2(x, name, estimator);
        return x.dtype() == t ? x : x.astype(t);
    }

    /** The rank and the minimum sizes check_array requires of a 2-D input. */
    public static void rank2(NDArray x, String name, String estimator) {
        if (x.ndim() != 2) {
            if (x.ndim() < 2) {
                throw new IllegalArgumentException(estimator + ": " + name + ": Expected 2D array, got "
                        + (x.ndim() == 0 ? "scalar array" : "1D array") + " instead (shape "
                        + Shapes.toString(x.shape()) + "); reshape your data either using array.reshape(-1, 1) if "
                        + "your data has a single feature or array.reshape(1, -1) if it contains a single sample");
            }
            throw new IllegalArgumentException(estimator + ": " + name + ": Found array with dim " + x.ndim() + ". "
                    + estimator + " expected <= 2. (shape " + Shapes.toString(x.shape()) + ")");
        }
        if (x.shape(0) < 1) {
            throw new IllegalArgumentException(estimator + ": " + name + ": Found array with 0 sample(s) (shape="
                    + Shapes.toString(x.shape()) + ") while a minimum of 1 is required by " + estimator + ".");
        }
        if (x.shape(1) < 1) {
            throw new IllegalArgumentException(estimator + ": " + name + ": Found array with 0 feature(s) (shape="
                    + Shapes.toString(x.shape()) + ") while a minimum of 1 is required by " + estimator + ".");
        }
    }

    /** force_all_finite: infinities refused always, NaN refused unless {@code allowNan}. */
    public static void finite(NDArray x, String name, String where, boolean allowNan) {
        if (!x.dtype().isFloatingPoint()) {
            return;
        }
        if (!allowNan) {
            try (NDArray nan = Numpy.isnan(x); NDArray any = Numpy.any(nan)) {
                if (any.toBooleanArray()[0]) {
                    throw new IllegalArgumentException(where + ": " + name + ": Input " + name + " contains NaN.");
                }
            }
        }
        try (NDArray inf = Numpy.isinf(x); NDArray any = Numpy.any(inf)) {
            if (any.toBooleanArray()[0]) {
                throw new IllegalArgumentException(where + ": " + name + ": Input " + name
                        + " contains infinity or a value too large for dtype('" + x.dtype().numpyName() + "').");
            }
        }
    }

    /** The features check of transform and predict: X as many columns as the fit's data. */
    public static void features(NDArray x, int expected, String name, String estimator) {
        if (x.shape(1) != expected) {
            throw new IllegalArgumentException(estimator + ": " + name + ": X has " + x.shape(1) + " features, but "
                    + estimator + " is expecting " + expected + " features as input.");
        }
    }

    /** Closes {@code made} unless it is {@code original} (a conversion that made no copy). */
    public static void closeIfNew(NDArray made, NDArray original) {
        if (made != null && made != original) {
            made.close();
        }
    }

    /** A float64 vector on x's backend. */
    public static NDArray vector(NDArray like, double[] v) {
        return NDArray.fromHost(like.backend(), new HostArray(DType.FLOAT64, new int[] {v.length}, v));
    }

    /** A vector of type t (float32 or float64) on x's backend, from doubles already rounded to t. */
    public static NDArray vector(NDArray like, double[] v, DType t) {
        if (t == DType.FLOAT32) {
            float[] f = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                f[i] = (float) v[i];
            }
            return NDArray.fromHost(like.backend(), new HostArray(DType.FLOAT32, new int[] {v.length}, f));
        }
        return vector(like, v);
    }

    /** The values of a float32 or float64 array as doubles. */
    public static double[] doubles(NDArray a) {
        return a.toDoubleArray();
    }
}
