package org.sciaccel.optimize;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * curve_fit for a built-in or formula {@link FitModel} of x: one fit on the batched fitter, on the
 * backend, with the formula's analytic derivatives, converged tightly (so it lands on the minimum
 * SciPy's methods reach, not on their path), covariance scaled as SciPy's. SciPy's argument checks
 * and messages where they apply; what the batched fitter cannot take (a covariance-matrix sigma, a
 * Jacobian function or scheme) is refused by name.
 */
final class FormulaCurveFit {
    private FormulaCurveFit() {
    }

    static CurveFitResult fit(Backend backend, FitModel model, double[] xdata, double[] ydata, double[] p0,
            CurveFitOptions o) {
        int m = check(xdata, ydata, p0, o);
        int n = p0.length;
        if (model.dims() != 1) {
            throw new IllegalArgumentException("model: " + model + " is a model of (x, y); curveFit takes models of x");
        }
        if (model.nParams() != n) {
            throw new IllegalArgumentException("p0: " + n + " values but model " + model + " has " + model.nParams()
                    + " parameters");
        }
        FitOptions fo = FitOptions.options().x(xdata).tolerance(1e-15).maxIterations(1000).covariance(true);
        if (o.sigma != null) {
            double[] w = new double[m];
            for (int i = 0; i < m; i++) {
                w[i] = 1 / (o.sigma[i] * o.sigma[i]);
            }
            fo.weights(w);
        }
        if (o.lower != null) {
            fo.bounds(o.lower, o.upper);
        }
        DType dt = backend.supports(DType.FLOAT64) ? DType.FLOAT64 : DType.FLOAT32;
        try (NDArray d = NDArray.fromHost(backend, HostArray.fromDoubles(ydata, dt, 1, m));
                NDArray p = NDArray.fromHost(backend, HostArray.fromDoubles(p0, dt, 1, n));
                FitResult r = Optimize.curveFitBatch(model, d, p, fo)) {
            int state = r.states().toIntArray()[0];
            if (state != FitResult.CONVERGED) {
                throw new IllegalStateException("curveFit: the fit did not converge (state " + state + ")");
            }
            double cost = r.chiSquare().toDoubleArray()[0];
            double[] cov = r.covariance().toDoubleArray();
            boolean finite = true;
            for (double v : cov) {
                finite &= Double.isFinite(v);
            }
            return new CurveFitResult(r.params().toDoubleArray(),
                    CurveFitting.scaleCovariance(finite ? cov : null, cost, m, n, o.absoluteSigma), 0, cost);
        }
    }

    private static int check(double[] xdata, double[] ydata, double[] p0, CurveFitOptions o) {
        if (xdata == null || ydata == null || p0 == null) {
            throw new IllegalArgumentException("xdata, ydata and p0 must not be null");
        }
        if (xdata.length != ydata.length) {
            throw new IllegalArgumentException("xdata has " + xdata.length + " values but ydata " + ydata.length);
        }
        if (p0.length == 0) {
            throw new IllegalArgumentException("p0: empty");
        }
        if (o.sigmaCovariance != null) {
            throw new IllegalArgumentException("sigma: a covariance matrix (2-D sigma) needs a model function; the "
                    + "batched fitter of formula models takes one uncertainty per point");
        }
        if (o.jac != null || o.jacScheme != null) {
            throw new IllegalArgumentException("jac: formula models are differentiated symbolically; jac is for model "
                    + "functions");
        }
        String method = o.method;
        if (method != null && !method.equals("lm") && !method.equals("trf") && !method.equals("dogbox")) {
            throw new IllegalArgumentException("method='" + method + "': `method` must be 'trf', 'dogbox' or 'lm'.");
        }
        boolean bounded = false;
        if ((o.lower == null) != (o.upper == null)) {
            throw new IllegalArgumentException("bounds: give both lower and upper");
        }
        if (o.lower != null) {
            if (o.lower.length != p0.length || o.upper.length != p0.length) {
                throw new IllegalArgumentException("Inconsistent shapes between bounds and `x0`: need " + p0.length
                        + " lower and upper values");
            }
            for (int k = 0; k < p0.length; k++) {
                bounded |= o.lower[k] > Double.NEGATIVE_INFINITY || o.upper[k] < Double.POSITIVE_INFINITY;
            }
        }
        boolean lm = method != null ? method.equals("lm") : !bounded;
        if (lm && bounded) {
            throw new IllegalArgumentException("Method 'lm' only works for unconstrained problems. Use 'trf' or "
                    + "'dogbox' instead.");
        }
        if (o.checkFinite) {
            for (double v : ydata) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("ydata: array must not contain infs or NaNs (it holds " + v + ")");
                }
            }
        }
        if (ydata.length == 0) {
            throw new IllegalArgumentException("`ydata` must not be empty!");
        }
        if (o.sigma != null && o.sigma.length != ydata.length) {
            throw new IllegalArgumentException("`sigma` has incorrect shape: " + o.sigma.length + " values for "
                    + ydata.length + " ydata values.");
        }
        // SciPy's lm (the default without bounds) cannot fit more parameters than points; trf can.
        if (lm && ydata.length != 1 && p0.length > ydata.length) {
            throw new IllegalArgumentException("The number of func parameters=" + p0.length
                    + " must not exceed the number of data points=" + ydata.length);
        }
        if (o.lower != null) {
            for (int k = 0; k < p0.length; k++) {
                if (!(o.lower[k] < o.upper[k])) {
                    throw new IllegalArgumentException("Each lower bound must be strictly less than each upper bound: "
                            + "lower[" + k + "]=" + o.lower[k] + ", upper[" + k + "]=" + o.upper[k] + ".");
                }
            }
            for (int k = 0; k < p0.length; k++) {
                if (!(p0[k] >= o.lower[k] && p0[k] <= o.upper[k])) {
                    throw new IllegalArgumentException("`x0` is infeasible: p0[" + k + "]=" + p0[k]
                            + " is outside the bounds [" + o.lower[k] + ", " + o.upper[k] + "].");
                }
            }
        }
        return ydata.length;
    }
}
