package org.sciaccel.sklearn.linear_model;

import org.sciaccel.NDArray;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.linalg.Lstsq;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.sklearn.SklearnArrays;
import org.sciaccel.sklearn.metrics.Metrics;

/**
 * {@code sklearn.linear_model.LinearRegression} (scikit-learn 1.2): ordinary least squares. fit centres X and y on
 * their means (fit_intercept), solves the centred problem with scipy.linalg.lstsq (driver gelsd, SciPy's default
 * cond) on the data's backend, as scikit-learn does, and takes rank_ and singular_ from it; intercept_ is
 * y_offset - X_offset . coef_. predict is X @ coef_.T + intercept_ and score the r2_score of predict. float32 data is
 * solved in float32, other real data in float64.
 *
 * <p>Not offered: positive=True (scikit-learn solves it with scipy.optimize.nnls, which sciaccel does not have: the
 * constructor refuses it), sample weights, sparse X.
 *
 * @see <a href="https://scikit-learn.org/1.2/modules/generated/sklearn.linear_model.LinearRegression.html">LinearRegression</a>
 */
public final class LinearRegression implements AutoCloseable {
    private static final String NAME = "LinearRegression";

    private final boolean fitIntercept;
    private NDArray coef;
    private NDArray coefT;
    private NDArray singular;
    private double[] intercept;
    private int rank;
    private boolean oneD;
    private int nFeatures = -1;

    /** {@code LinearRegression()}: fit_intercept true. */
    public LinearRegression() {
        this(true, false);
    }

    /**
     * {@code LinearRegression(fit_intercept=fitIntercept, positive=positive)}.
     *
     * @throws UnsupportedOperationException for positive=true (no non-negative least squares in sciaccel)
     */
    public LinearRegression(boolean fitIntercept, boolean positive) {
        if (positive) {
            throw new UnsupportedOperationException(NAME + ": positive: positive=True is not supported (scikit-learn "
                    + "solves it with scipy.optimize.nnls, which sciaccel does not provide)");
        }
        this.fitIntercept = fitIntercept;
    }

    /** Fits the model to X (n_samples, n_features) and y (n_samples,) or (n_samples, n_targets); returns it. */
    public LinearRegression fit(NDArray x, NDArray y) {
        try (LinearData data = LinearData.of(x, y, fitIntercept, NAME); Lstsq r = Linalg.lstsq(data.x, data.y)) {
            release();
            int d = data.x.shape(1);
            int targets = data.y.shape(1);
            coef = Numpy.copy(r.x());
            intercept = fitIntercept ? data.intercept(coef.toDoubleArray(), targets) : new double[targets];
            rank = r.rank().toIntArray()[0];
            singular = Numpy.copy(r.s());
            oneD = data.yIs1d;
            nFeatures = d;
            coefT = LinearData.coefT(coef, oneD);
        }
        return this;
    }

    /** predict: X @ coef_.T + intercept_. */
    public NDArray predict(NDArray x) {
        fitted();
        return LinearData.predict(x, coef, intercept, oneD, nFeatures, NAME);
    }

    /** score: the r2_score of y against predict(X). */
    public double score(NDArray x, NDArray y) {
        SklearnArrays.require(y, "y", NAME);
        try (NDArray p = predict(x)) {
            return Metrics.r2Score(y, p);
        }
    }

    private void fitted() {
        if (coef == null) {
            throw new IllegalStateException("This LinearRegression instance is not fitted yet. Call 'fit' with "
                    + "appropriate arguments before using this estimator.");
        }
    }

    /** coef_: (n_features,) for a 1-D y, (n_targets, n_features) otherwise. */
    public NDArray coef() {
        fitted();
        return coefT;
    }

    /** intercept_: one per target (scikit-learn's float for a 1-D y, 0.0 without fit_intercept). */
    public double[] intercept() {
        fitted();
        return intercept.clone();
    }

    /** Whether fit_intercept was set (without it scikit-learn's intercept_ is the float 0.0). */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /** Whether the fit's y was 1-D (coef_ 1-D, intercept_ a float). */
    public boolean singleTarget() {
        fitted();
        return oneD;
    }

    /** rank_: the effective rank of the centred X. */
    public int rank() {
        fitted();
        return rank;
    }

    /** singular_: the singular values of the centred X. */
    public NDArray singular() {
        fitted();
        return singular;
    }

    private void release() {
        for (NDArray a : new NDArray[] {coef, coefT, singular}) {
            if (a != null) {
                a.close();
            }
        }
        coef = coefT = singular = null;
    }

    @Override
    public void close() {
        release();
    }
}
