package org.sciaccel.sklearn.linear_model;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;
import org.sciaccel.sklearn.SklearnArrays;

/**
 * What scikit-learn 1.2's linear models share: check_X_y (X 2-D of float32 or float64, integers as float64; y 1-D
 * or 2-D of as many samples, converted to X's type; no NaN or infinity), _preprocess_data (X and y centred on
 * their means when fit_intercept), and the fitted model's intercept and predictions. The centred arrays live on
 * the data's backend; closing this closes them.
 */
final class LinearData implements AutoCloseable {
    final NDArray x;
    /** y as (n_samples, n_targets). */
    final NDArray y;
    final boolean yIs1d;
    final double[] xOffset;
    final double[] yOffset;

    private LinearData(NDArray x, NDArray y, boolean yIs1d, double[] xOffset, double[] yOffset) {
        this.x = x;
        this.y = y;
        this.yIs1d = yIs1d;
        this.xOffset = xOffset;
        this.yOffset = yOffset;
    }

    static LinearData of(NDArray x, NDArray y, boolean fitIntercept, String estimator) {
        SklearnArrays.require(x, "X", estimator);
        SklearnArrays.require(y, "y", estimator);
        NDArray xf = SklearnArrays.floats2d(x, "X", estimator);
        NDArray yf = null;
        NDArray xc = null;
        try {
            SklearnArrays.floatType(y, "y", estimator);
            if (y.ndim() < 1 || y.ndim() > 2) {
                throw new IllegalArgumentException(estimator + ": y: " + (y.ndim() == 0
                        ? "Expected 1D or 2D y, got a scalar array" : "Found array with dim " + y.ndim()
                        + ". None expected <= 2.") + " (shape " + Shapes.toString(y.shape()) + ")");
            }
            if (y.shape(0) != x.shape(0)) {
                throw new IllegalArgumentException(estimator + ": y: Found input variables with inconsistent numbers "
                        + "of samples: [" + x.shape(0) + ", " + y.shape(0) + "]");
            }
            SklearnArrays.finite(xf, "X", estimator, false);
            DType t = xf.dtype();
            NDArray typed = y.dtype() == t ? y : y.astype(t);
            boolean oneD = y.ndim() == 1;
            yf = oneD ? typed.viewAs(y.shape(0), 1) : typed;
            if (oneD && typed != y) {
                typed.close();
            }
            SklearnArrays.finite(yf, "y", estimator, false);
            int d = xf.shape(1);
            int targets = yf.shape(1);
            if (!fitIntercept) {
                NDArray xo = xf == x ? Numpy.copy(xf) : xf;
                return new LinearData(xo, yf == y ? Numpy.copy(yf) : yf, oneD, new double[d], new double[targets]);
            }
            double[] xo;
            double[] yo;
            NDArray yc;
            try (NDArray xm = Numpy.mean(xf, ReductionOptions.over(0)); NDArray ym = Numpy.mean(yf, ReductionOptions.over(0))) {
                xo = xm.toDoubleArray();
                yo = ym.toDoubleArray();
                xc = Numpy.subtract(xf, xm);
                yc = Numpy.subtract(yf, ym);
            }
            SklearnArrays.closeIfNew(xf, x);
            SklearnArrays.closeIfNew(yf, y);
            return new LinearData(xc, yc, oneD, xo, yo);
        } catch (RuntimeException e) {
            SklearnArrays.closeIfNew(xf, x);
            SklearnArrays.closeIfNew(yf, y);
            if (xc != null) {
                xc.close();
            }
            throw e;
        }
    }

    DType type() {
        return x.dtype();
    }

    /** intercept_ = y_offset - X_offset . coef_ per target, in the data's type (coef (n_features, n_targets)). */
    double[] intercept(double[] coef, int targets) {
        int d = xOffset.length;
        double[] b = new double[targets];
        for (int j = 0; j < targets; j++) {
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += xOffset[i] * coef[i * targets + j];
            }
            b[j] = x.dtype() == DType.FLOAT32 ? (float) ((float) yOffset[j] - (float) s) : yOffset[j] - s;
        }
        return b;
    }

    /** coef_ as scikit-learn shapes it from the solution (n_features, n_targets): 1-D for one target, else its transpose. */
    static NDArray coefT(NDArray coef, boolean oneD) {
        if (oneD) {
            try (NDArray v = coef.viewAs(coef.shape(0))) {
                return Numpy.copy(v);
            }
        }
        try (NDArray t = Numpy.transpose(coef)) {
            return Numpy.copy(t);
        }
    }

    @Override
    public void close() {
        x.close();
        y.close();
    }

    /** X_test @ coef + intercept: (n,) for one target, (n, n_targets) otherwise (coef (n_features, n_targets)). */
    static NDArray predict(NDArray xTest, NDArray coef, double[] intercept, boolean oneD, int nFeatures,
            String estimator) {
        SklearnArrays.require(xTest, "X", estimator);
        NDArray xf = SklearnArrays.floats2d(xTest, "X", estimator);
        try {
            SklearnArrays.finite(xf, "X", estimator, false);
            SklearnArrays.features(xf, nFeatures, "X", estimator);
            DType t = xf.dtype() == DType.FLOAT32 && coef.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
            try (NDArray xt = xf.astype(t); NDArray c = coef.astype(t); NDArray p = Linalg.matmul(xt, c);
                    NDArray b = SklearnArrays.vector(xf, intercept, t)) {
                NDArray r = Numpy.add(p, b);
                if (!oneD) {
                    return r;
                }
                try (r; NDArray v = r.viewAs(r.shape(0))) {
                    return Numpy.copy(v);
                }
            }
        } finally {
            SklearnArrays.closeIfNew(xf, xTest);
        }
    }
}
