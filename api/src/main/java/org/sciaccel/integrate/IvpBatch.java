package org.sciaccel.integrate;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.Warnings;
import org.sciaccel.optimize.expr.ObjectiveFormula;
import org.sciaccel.spi.OdeBatchOps;

/**
 * {@link Integrate#solveIvpBatch}: the batch's checks in SciPy's order and with its messages
 * (solve_ivp's method and t_eval, then the solver's max_step, tolerances and first_step), the
 * formula parsed over y0…y(m-1), t and the named constants, then the backend's integration.
 */
final class IvpBatch {
    /** solve_ivp's methods; the batch runs RK23, RK45, DOP853 and Radau. */
    static final List<String> METHODS = List.of("RK23", "RK45", "DOP853", "Radau", "BDF", "LSODA");
    private static final double EPS = Math.ulp(1.0);

    private IvpBatch() {
    }

    static IvpBatchResult run(String fun, List<String> names, NDArray y0, NDArray constants, double[] tSpan,
            double[] tEval, String method, IvpBatchOptions options) {
        IvpBatchProblem problem = validate(fun, names, y0, constants, tSpan, tEval, method, options);
        try {
            return OpRouter.call(OdeBatchOps.SOLVE_IVP_BATCH,
                    (backend, in) -> backend.odeBatch().solveIvpBatch(problem.on(in[0], in[1])),
                    (r, move) -> new IvpBatchResult(move.apply(r.y()), move.apply(r.nfev()), move.apply(r.njev()),
                            move.apply(r.nlu()), move.apply(r.status()), move.apply(r.nsteps())),
                    problem.y0(), problem.constants());
        } finally {
            if (problem.y0() != y0) {
                problem.y0().close();
            }
            if (problem.constants() != null && problem.constants() != constants) {
                problem.constants().close();
            }
        }
    }

    /** The state variables' names of a system of m equations. */
    static List<String> stateNames(int m) {
        List<String> v = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            v.add("y" + i);
        }
        return v;
    }

    static IvpBatchProblem validate(String fun, List<String> names, NDArray y0, NDArray constants, double[] tSpan,
            double[] tEval, String method, IvpBatchOptions options) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (names == null) {
            throw new IllegalArgumentException("names: null (List.of() for a formula without constants)");
        }
        if (y0 == null) {
            throw new IllegalArgumentException("y0: null");
        }
        if (tSpan == null) {
            throw new IllegalArgumentException("t_span: null");
        }
        if (tEval == null) {
            throw new IllegalArgumentException("t_eval: null");
        }
        if (method == null) {
            throw new IllegalArgumentException("method: null");
        }
        IvpBatchOptions o = options == null ? IvpBatchOptions.options() : options;
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method: `method` must be one of " + METHODS + " or OdeSolver class; got '"
                    + method + "'");
        }
        RkTableau tableau = RkTableau.byName(method);
        if (tableau == null) {
            throw new IllegalArgumentException("method='" + method + "': solveIvpBatch runs RK23, RK45, DOP853 and Radau");
        }
        if (tSpan.length != 2) {
            throw new IllegalArgumentException("t_span: " + tSpan.length + " values; (t0, tf), two, are needed");
        }
        double t0 = tSpan[0];
        double tf = tSpan[1];
        if (!Double.isFinite(t0) || !Double.isFinite(tf)) {
            throw new IllegalArgumentException("t_span: (" + t0 + ", " + tf + ") must be finite");
        }
        for (double te : tEval) {
            if (!(te >= Math.min(t0, tf) && te <= Math.max(t0, tf))) {
                throw new IllegalArgumentException("t_eval: Values in `t_eval` are not within `t_span`. (" + te
                        + " outside [" + Math.min(t0, tf) + ", " + Math.max(t0, tf) + "])");
            }
        }
        for (int i = 1; i < tEval.length; i++) {
            double d = tEval[i] - tEval[i - 1];
            if (tf > t0 && d <= 0 || tf < t0 && d >= 0) {
                throw new IllegalArgumentException("t_eval: Values in `t_eval` are not properly sorted. (t_eval["
                        + (i - 1) + "] = " + tEval[i - 1] + ", t_eval[" + i + "] = " + tEval[i] + ")");
            }
        }
        int m = fun.split(";", -1).length;
        for (String name : names) {
            if (name != null && (name.equals("t") || name.matches("y[0-9]+"))) {
                throw new IllegalArgumentException("names: '" + name + "' is reserved (t is the time, y0, y1, … the state)");
            }
        }
        List<String> consts = new ArrayList<>();
        consts.add("t");
        consts.addAll(names);
        ObjectiveFormula formula = ObjectiveFormula.parse("fun", fun, stateNames(m), consts);
        int k = names.size();
        if (y0.ndim() != 2 || y0.shape(1) != m || y0.dtype().isComplex()) {
            throw new IllegalArgumentException("y0: shape " + Shapes.toString(y0.shape()) + " " + y0.dtype()
                    + " must be real (n, " + m + "): one row of initial values per system for the " + m
                    + " equations of fun");
        }
        int n = y0.shape(0);
        if (k == 0 && constants != null && (constants.ndim() != 2 || constants.shape(0) != n || constants.shape(1) != 0)) {
            throw new IllegalArgumentException("constants: shape " + Shapes.toString(constants.shape())
                    + " but names is empty");
        }
        if (k > 0) {
            if (constants == null) {
                throw new IllegalArgumentException("constants: null, but names has the constants " + names);
            }
            if (constants.ndim() != 2 || constants.shape(0) != n || constants.shape(1) != k
                    || constants.dtype().isComplex()) {
                throw new IllegalArgumentException("constants: shape " + Shapes.toString(constants.shape()) + " "
                        + constants.dtype() + " must be real (" + n + ", " + k + ") for the constants " + names
                        + " and y0 " + Shapes.toString(y0.shape()));
            }
            if (constants.backend() != y0.backend()) {
                throw new IllegalArgumentException("constants is on backend " + constants.backend().name()
                        + " but y0 on " + y0.backend().name());
            }
        }
        if (o.maxStep <= 0) {
            throw new IllegalArgumentException("max_step: `max_step` must be positive. (" + o.maxStep + ")");
        }
        double rtol = o.rtol;
        if (rtol < 100 * EPS) {
            Warnings.warn(Warnings.Category.USER, "At least one element of `rtol` is too small. Setting `rtol = "
                    + "np.maximum(rtol, " + (100 * EPS) + ")`.");
            rtol = 100 * EPS;
        }
        if (o.atol.length != 1 && o.atol.length != m) {
            throw new IllegalArgumentException("atol: `atol` has wrong shape. (" + o.atol.length + " values for " + m
                    + " equations)");
        }
        double[] atol = new double[m];
        for (int i = 0; i < m; i++) {
            atol[i] = o.atol[o.atol.length == 1 ? 0 : i];
            if (atol[i] < 0) {
                throw new IllegalArgumentException("atol: `atol` must be positive. (" + atol[i] + ")");
            }
        }
        double firstStep = o.firstStep;
        if (!Double.isNaN(firstStep)) {
            if (firstStep <= 0) {
                throw new IllegalArgumentException("first_step: `first_step` must be positive. (" + firstStep + ")");
            }
            if (firstStep > Math.abs(tf - t0)) {
                throw new IllegalArgumentException("first_step: `first_step` exceeds bounds. (" + firstStep
                        + " > |tf - t0| = " + Math.abs(tf - t0) + ")");
            }
        }
        if (o.maxSteps <= 0) {
            throw new IllegalArgumentException("max_steps: " + o.maxSteps + " must be positive");
        }
        y0.backend().requireSupported(DType.FLOAT64, "solveIvpBatch");
        NDArray y = y0.dtype() == DType.FLOAT64 ? y0 : y0.astype(DType.FLOAT64);
        NDArray c = k == 0 ? null : constants;
        if (c != null && c.dtype() != DType.FLOAT64) {
            c = c.astype(DType.FLOAT64);
        }
        return new IvpBatchProblem(formula, tableau, y, c, n, m, k, t0, tf, tEval.clone(), rtol, atol, o.maxStep,
                firstStep, o.maxSteps);
    }
}
