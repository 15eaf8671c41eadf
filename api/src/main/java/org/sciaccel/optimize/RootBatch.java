package org.sciaccel.optimize;

import java.util.List;
import java.util.Locale;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.optimize.expr.ObjectiveFormula;
import org.sciaccel.spi.FitOps;

/**
 * {@link Optimize#rootBatch}: the batch's checks, and hybr's settings resolved once for every problem
 * as {@link RootFinding} resolves them for one (xtol from xtol or tol, maxfev 200·(d+1) or 100·(d+1)
 * with the Jacobian, eps the float64 machine epsilon, the band), then the backend's solve.
 */
final class RootBatch {
    /** The options hybr takes (SciPy's _root_hybr); others are warned about as root warns. */
    private static final java.util.Set<String> HYBR_OPTIONS = java.util.Set.of("col_deriv", "xtol", "maxfev", "band",
            "eps", "factor", "diag");

    private RootBatch() {
    }

    static BatchRootResult run(String fun, List<String> vars, List<String> constantNames, NDArray x0, NDArray constants,
            RootOptions options) {
        BatchRootProblem problem = validate(fun, vars, constantNames, x0, constants, options);
        try {
            return OpRouter.call(FitOps.ROOT_BATCH, (backend, in) -> backend.fit().rootBatch(on(problem, in[0], in[1])),
                    (r, move) -> new BatchRootResult(move.apply(r.x()), move.apply(r.success()), move.apply(r.status()),
                            move.apply(r.nfev()), r.njev() == null ? null : move.apply(r.njev()), move.apply(r.fun())),
                    problem.x0(), problem.constants());
        } finally {
            RootBatch.closeCopies(problem.x0(), x0, problem.constants(), constants);
        }
    }

    /** {@code p} with its arrays as they live on the backend the batch runs on. */
    private static BatchRootProblem on(BatchRootProblem p, NDArray x0, NDArray constants) {
        if (x0 == p.x0() && constants == p.constants()) {
            return p;
        }
        return new BatchRootProblem(p.formula(), x0, constants, p.n(), p.dims(), p.nConstants(), p.jac(), p.xtol(),
                p.maxfev(), p.ml(), p.mu(), p.epsfcn(), p.diag(), p.factor());
    }

    private static BatchRootProblem validate(String fun, List<String> vars, List<String> constantNames, NDArray x0,
            NDArray constants, RootOptions options) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (x0 == null) {
            throw new IllegalArgumentException("x0: null");
        }
        ObjectiveFormula formula = ObjectiveFormula.parse("fun", fun, vars, constantNames);
        int d = formula.dims();
        int k = formula.constants().size();
        if (formula.components() != d) {
            // what root's first call of the function raises (SciPy's _check_func)
            throw new IllegalArgumentException("fun: fsolve: there is a mismatch between the input and output shape"
                    + " of the 'func' argument: shape should be (" + d + ",) but it is (" + formula.components()
                    + ",); hybr solves as many equations as variables " + formula.vars());
        }
        if (x0.ndim() != 2 || x0.shape(1) != d || x0.dtype().isComplex()) {
            throw new IllegalArgumentException("x0: shape " + Shapes.toString(x0.shape()) + " " + x0.dtype()
                    + " must be real (n, " + d + ") for the variables " + formula.vars());
        }
        int n = x0.shape(0);
        if (k == 0 && constants != null && (constants.ndim() != 2 || constants.shape(0) != n || constants.shape(1) != 0)) {
            throw new IllegalArgumentException("constants: shape " + Shapes.toString(constants.shape())
                    + " but the formulas name no constants");
        }
        if (k > 0) {
            if (constants == null) {
                throw new IllegalArgumentException("constants: null, but the formulas have the constants "
                        + formula.constants());
            }
            if (constants.ndim() != 2 || constants.shape(0) != n || constants.shape(1) != k
                    || constants.dtype().isComplex()) {
                throw new IllegalArgumentException("constants: shape " + Shapes.toString(constants.shape()) + " "
                        + constants.dtype() + " must be real (" + n + ", " + k + ") for the constants "
                        + formula.constants() + " and x0 " + Shapes.toString(x0.shape()));
            }
        }
        NDArray c = k == 0 ? null : constants;
        if (c != null && c.backend() != x0.backend()) {
            throw new IllegalArgumentException("constants is on backend " + c.backend().name() + " but x0 on "
                    + x0.backend().name());
        }
        RootOptions o = options == null ? RootOptions.options() : options;
        String method = o.method == null ? "hybr" : o.method.toLowerCase(Locale.ROOT);
        if (method.equals("lm")) {
            throw new IllegalArgumentException("method='" + o.method + "': rootBatch runs hybr only");
        }
        if (!method.equals("hybr")) {
            throw new IllegalArgumentException("method: Unknown solver " + o.method);
        }
        List<String> unknown = new java.util.ArrayList<>();
        for (String s : o.set) {
            if (!HYBR_OPTIONS.contains(s)) {
                unknown.add(s);
            }
        }
        if (!unknown.isEmpty()) {
            org.sciaccel.Warnings.warn(org.sciaccel.Warnings.Category.OPTIMIZE,
                    "Unknown solver options: " + String.join(", ", unknown));
        }
        double xtol = o.xtol != null ? o.xtol : o.tol != null ? o.tol : 1.49012e-8;
        if (o.maxfev < 0) {
            throw new IllegalArgumentException("maxfev=" + o.maxfev + " must be positive (0 for 200·(n+1))");
        }
        int maxfev = o.maxfev > 0 ? o.maxfev : (o.jac ? 100 : 200) * (d + 1);
        double epsfcn = o.eps != null ? o.eps : Math.ulp(1.0);
        int ml = o.band == null ? -10 : o.band[0];
        int mu = o.band == null ? -10 : o.band[1];
        Hybrd.check(d, xtol, maxfev, o.factor, o.diag);
        // Hybrd's own resolution of a negative band: the dense Jacobian
        ml = ml < 0 ? d - 1 : ml;
        mu = mu < 0 ? d - 1 : mu;
        x0.backend().requireSupported(DType.FLOAT64, "rootBatch");
        NDArray x = x0.dtype() == DType.FLOAT64 ? x0 : x0.astype(DType.FLOAT64);
        if (c != null && c.dtype() != DType.FLOAT64) {
            c = c.astype(DType.FLOAT64);
        }
        return new BatchRootProblem(formula, x, c, n, d, k, o.jac, xtol, maxfev, ml, mu, epsfcn,
                o.diag == null ? null : o.diag.clone(), o.factor);
    }

    /**
     * Closes the float64 copies of x0 and the constants that validation made for the solver (a batch's
     * own, not the caller's); arrays passed through unchanged are left alone. Shared by the batched
     * minimisers and root finders.
     */
    static void closeCopies(NDArray usedX0, NDArray givenX0, NDArray usedConstants, NDArray givenConstants) {
        if (usedX0 != givenX0) {
            usedX0.close();
        }
        if (usedConstants != null && usedConstants != givenConstants) {
            usedConstants.close();
        }
    }
}
