package org.sciaccel.sklearn.linear_model;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.LinAlgException;
import org.sciaccel.NDArray;
import org.sciaccel.linalg.AssumeA;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.linalg.Svd;
import org.sciaccel.linalg.Transpose;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.sklearn.SklearnArrays;
import org.sciaccel.sklearn.metrics.Metrics;

/**
 * {@code sklearn.linear_model.Ridge} (scikit-learn 1.2): least squares with an L2 penalty alpha, on X and y centred
 * as {@link LinearRegression} centres them. Solvers as scikit-learn's, on the data's backend: "cholesky" (and
 * "auto", which is cholesky for dense data) solves (X^T X + alpha I) w = X^T y with scipy.linalg.solve
 * (assume_a='pos'), or, with more features than samples, the kernel form (X X^T + alpha I) c = y, w = X^T c (the
 * kernel's lstsq fallback where it is singular); a singular system falls back to "svd": w = V diag(s / (s^2 +
 * alpha)) U^T y over the singular values above 1e-15. Other solvers, sample weights and one alpha per target are
 * not offered.
 *
 * @see <a href="https://scikit-learn.org/1.2/modules/generated/sklearn.linear_model.Ridge.html">Ridge</a>
 */
public final class Ridge implements AutoCloseable {
    private static final String NAME = "Ridge";

    private final double alpha;
    private final boolean fitIntercept;
    private final String solver;
    private NDArray coef;
    private NDArray coefT;
    private double[] intercept;
    private boolean oneD;
    private int nFeatures = -1;

    /** {@code Ridge()}: alpha 1, fit_intercept true, solver auto. */
    public Ridge() {
        this(1.0, true, "auto");
    }

    /** {@code Ridge(alpha=alpha, fit_intercept=fitIntercept, solver=solver)}: solver auto, cholesky or svd. */
    public Ridge(double alpha, boolean fitIntercept, String solver) {
        SklearnArrays.require(solver, "solver", NAME);
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException(NAME + ": alpha: The 'alpha' parameter of Ridge must be a float in the "
                    + "range [0.0, inf). Got " + alpha + " instead.");
        }
        if (!solver.equals("auto") && !solver.equals("cholesky") && !solver.equals("svd")) {
            throw new IllegalArgumentException(NAME + ": solver: '" + solver + "' is not supported by sciaccel's Ridge "
                    + "(auto, cholesky or svd)");
        }
        this.alpha = alpha;
        this.fitIntercept = fitIntercept;
        this.solver = solver;
    }

    /** Fits the model to X (n_samples, n_features) and y (n_samples,) or (n_samples, n_targets); returns it. */
    public Ridge fit(NDArray x, NDArray y) {
        try (LinearData data = LinearData.of(x, y, fitIntercept, NAME)) {
            release();
            int d = data.x.shape(1);
            int targets = data.y.shape(1);
            NDArray w = null;
            if (!solver.equals("svd")) {
                try {
                    w = data.x.shape(1) > data.x.shape(0) ? kernel(data.x, data.y) : cholesky(data.x, data.y);
                } catch (LinAlgException singular) {
                    w = null; // scikit-learn falls back to the svd solver
                }
            }
            if (w == null) {
                w = svd(data.x, data.y);
            }
            coef = w;
            intercept = fitIntercept ? data.intercept(coef.toDoubleArray(), targets) : new double[targets];
            oneD = data.yIs1d;
            nFeatures = d;
            coefT = LinearData.coefT(coef, oneD);
        }
        return this;
    }

    /** The identity times alpha, (n, n) of type t, on x's backend. */
    private NDArray ridge(NDArray like, int n, DType t) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = alpha;
        }
        HostArray h = new HostArray(DType.FLOAT64, new int[] {n, n}, a);
        return NDArray.fromHost(like.backend(), t == DType.FLOAT64 ? h : h.astype(t));
    }

    /** (X^T X + alpha I) w = X^T y; w (n_features, n_targets). */
    private NDArray cholesky(NDArray x, NDArray y) {
        int d = x.shape(1);
        try (NDArray a = Linalg.matmul(x, Transpose.TRANSPOSE, x, Transpose.NONE);
                NDArray xy = Linalg.matmul(x, Transpose.TRANSPOSE, y, Transpose.NONE);
                NDArray r = ridge(x, d, x.dtype()); NDArray ar = typed(Numpy.add(a, r), x.dtype())) {
            return Linalg.solve(ar, xy, AssumeA.POS, false);
        }
    }

    /** (X X^T + alpha I) c = y (lstsq where singular), w = X^T c. */
    private NDArray kernel(NDArray x, NDArray y) {
        int n = x.shape(0);
        try (NDArray k = Linalg.matmul(x, Transpose.NONE, x, Transpose.TRANSPOSE);
                NDArray r = ridge(x, n, x.dtype()); NDArray kr = typed(Numpy.add(k, r), x.dtype())) {
            NDArray dual;
            try {
                dual = Linalg.solve(kr, y, AssumeA.POS, false);
            } catch (LinAlgException singular) {
                org.sciaccel.Warnings.warn(org.sciaccel.Warnings.Category.USER, "Singular matrix in solving dual "
                        + "problem. Using least-squares solution instead.");
                try (org.sciaccel.linalg.Lstsq l = Linalg.lstsq(kr, y)) {
                    dual = Numpy.copy(l.x());
                }
            }
            try (NDArray c = dual) {
                return Linalg.matmul(x, Transpose.TRANSPOSE, c, Transpose.NONE);
            }
        }
    }

    /** w = Vt^T (d * U^T y), d = s / (s^2 + alpha) where s > 1e-15, else 0. */
    private NDArray svd(NDArray x, NDArray y) {
        try (Svd f = Linalg.svd(x, false, true)) {
            double[] s = f.s().toDoubleArray();
            double[] dv = new double[s.length];
            DType t = x.dtype();
            for (int i = 0; i < s.length; i++) {
                if (s[i] > 1e-15) {
                    dv[i] = t == DType.FLOAT32 ? (float) ((float) s[i] / (float) ((float) ((float) s[i] * (float) s[i])
                            + (float) alpha)) : s[i] / (s[i] * s[i] + alpha);
                }
            }
            HostArray h = new HostArray(DType.FLOAT64, new int[] {s.length, 1}, dv);
            try (NDArray uty = Linalg.matmul(f.U(), Transpose.TRANSPOSE, y, Transpose.NONE);
                    NDArray d = NDArray.fromHost(x.backend(), t == DType.FLOAT64 ? h : h.astype(t));
                    NDArray duty = Numpy.multiply(d, uty)) {
                return Linalg.matmul(f.Vh(), Transpose.TRANSPOSE, duty, Transpose.NONE);
            }
        }
    }

    private static NDArray typed(NDArray r, DType t) {
        if (r.dtype() == t) {
            return r;
        }
        try (r) {
            return r.astype(t);
        }
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
            throw new IllegalStateException("This Ridge instance is not fitted yet. Call 'fit' with appropriate "
                    + "arguments before using this estimator.");
        }
    }

    /** coef_: (n_features,) for a 1-D y, (n_targets, n_features) otherwise. */
    public NDArray coef() {
        fitted();
        return coefT;
    }

    /** intercept_: one per target (0.0 without fit_intercept). */
    public double[] intercept() {
        fitted();
        return intercept.clone();
    }

    /** Whether fit_intercept was set. */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /** Whether the fit's y was 1-D. */
    public boolean singleTarget() {
        fitted();
        return oneD;
    }

    private void release() {
        for (NDArray a : new NDArray[] {coef, coefT}) {
            if (a != null) {
                a.close();
            }
        }
        coef = coefT = null;
    }

    @Override
    public void close() {
        release();
    }
}
