package org.sciaccel.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code minimize(method='L-BFGS-B')} and {@code minimize(method='SLSQP')} of SciPy 1.10 and their
 * legacy forms {@code fmin_l_bfgs_b} and {@code fmin_slsqp}: SciPy's drivers around {@link LbfgsB}
 * and {@link Slsqp} (x0 clipped to the bounds, evaluations counted by {@link ScalarFunction},
 * results by SciPy's field names and messages).
 *
 * <p>{@code hess_inv} of L-BFGS-B is the dense n×n matrix of SciPy's
 * {@code LbfgsInvHessProduct.todense()}; {@link #lbfgsbInverseHessian} gives the operator itself.
 */
public final class ConstrainedMinimize {
    /** SLSQP's default step for finite differences: √ε of float64. */
    public static final double SQRT_EPS = 1.4901161193847656e-08;

    private ConstrainedMinimize() {
    }

    /** L-BFGS-B's options by SciPy's names, with SciPy's defaults. */
    public static final class LbfgsbOptions {
        int maxcor = 10;
        double ftol = 2.2204460492503131e-09;
        double gtol = 1e-5;
        double eps = 1e-8;
        int maxfun = 15000;
        int maxiter = 15000;
        int maxls = 20;
        ScalarFunction.Gradient gradient;
        Double relStep;

        public LbfgsbOptions maxcor(int v) {
            maxcor = v;
            return this;
        }

        public LbfgsbOptions ftol(double v) {
            ftol = v;
            return this;
        }

        public LbfgsbOptions gtol(double v) {
            gtol = v;
            return this;
        }

        public LbfgsbOptions eps(double v) {
            eps = v;
            return this;
        }

        public LbfgsbOptions maxfun(int v) {
            maxfun = v;
            return this;
        }

        public LbfgsbOptions maxiter(int v) {
            maxiter = v;
            return this;
        }

        public LbfgsbOptions maxls(int v) {
            maxls = v;
            return this;
        }

        /** {@code jac='2-point'} even when the objective knows its gradient (a formula's is symbolic). */
        public LbfgsbOptions numericGradient(boolean v) {
            gradient = v ? ScalarFunction.Gradient.ABSOLUTE_2_POINT : null;
            return this;
        }

        /** How the gradient is formed (SciPy's jac); null: the objective's if it has one, else jac=None's differences. */
        public LbfgsbOptions gradient(ScalarFunction.Gradient g, Double finiteDiffRelStep) {
            gradient = g;
            relStep = finiteDiffRelStep;
            return this;
        }
    }

    /** SLSQP's options by SciPy's names, with SciPy's defaults. */
    public static final class SlsqpOptions {
        double ftol = 1e-6;
        int maxiter = 100;
        double eps = SQRT_EPS;
        ScalarFunction.Gradient gradient;
        Double relStep;

        public SlsqpOptions ftol(double v) {
            ftol = v;
            return this;
        }

        public SlsqpOptions maxiter(int v) {
            maxiter = v;
            return this;
        }

        public SlsqpOptions eps(double v) {
            eps = v;
            return this;
        }

        /**
         * {@code jac='2-point'} for the objective even when its gradient is known, and the constraints'
         * Jacobians by SciPy's default differences (step eps) rather than symbolically.
         */
        public SlsqpOptions numericGradient(boolean v) {
            gradient = v ? ScalarFunction.Gradient.ABSOLUTE_2_POINT : null;
            return this;
        }

        /**
         * How the objective's gradient is formed (SciPy's jac); null: the objective's if it has one.
         * Anything but the objective's own also takes the constraints' Jacobians by differences.
         */
        public SlsqpOptions gradient(ScalarFunction.Gradient g, Double finiteDiffRelStep) {
            gradient = g;
            relStep = finiteDiffRelStep;
            return this;
        }
    }

    /** Bounds as SciPy checks them: lengths, NaN, low &gt; high; null means none (±∞). */
    static double[][] bounds(double[] lower, double[] upper, int n, String method) {
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        if (lower != null) {
            if (lower.length != n) {
                throw new IllegalArgumentException("bounds: length of x0 != length of bounds (" + lower.length
                        + " lower bounds for " + n + " variables)");
            }
            System.arraycopy(lower, 0, lo, 0, n);
        }
        if (upper != null) {
            if (upper.length != n) {
                throw new IllegalArgumentException("bounds: length of x0 != length of bounds (" + upper.length
                        + " upper bounds for " + n + " variables)");
            }
            System.arraycopy(upper, 0, hi, 0, n);
        }
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(lo[i]) || Double.isNaN(hi[i]) || lo[i] > hi[i]) {
                throw new IllegalArgumentException("bounds: " + (method.equals("L-BFGS-B")
                        ? "LBFGSB - one of the lower bounds is greater than an upper bound."
                        : "SLSQP Error: lb > ub in bounds") + " (variable " + i + ": " + lo[i] + " > " + hi[i] + ")");
            }
        }
        return new double[][] {lo, hi};
    }

    /** The gradient asked for, or by default the objective's own when it has one, else jac=None's differences. */
    private static ScalarFunction.Gradient gradientOf(Objective fun, ScalarFunction.Gradient asked) {
        if (asked != null) {
            return asked;
        }
        return fun.hasGradient() ? ScalarFunction.Gradient.OBJECTIVE : ScalarFunction.Gradient.ABSOLUTE_2_POINT;
    }

    private static double[] checkedX0(Objective fun, double[] x0) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (x0 == null || x0.length == 0) {
            throw new IllegalArgumentException("x0: an initial point of at least one variable is needed");
        }
        if (fun.dims() >= 0 && fun.dims() != x0.length) {
            throw new IllegalArgumentException("x0: " + x0.length + " values for the " + fun.dims()
                    + " variables of " + fun);
        }
        return x0.clone();
    }

    private static double[] clip(double[] x, double[] lo, double[] hi) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = Math.min(Math.max(x[i], lo[i]), hi[i]);
        }
        return c;
    }

    /** The run of L-BFGS-B with its memory, for the result and the legacy form. */
    record LbfgsbRun(LbfgsB.Outcome outcome, int nfev, int njev, int n) {
    }

    static LbfgsbRun runLbfgsb(Objective fun, double[] x0, double[] lower, double[] upper, LbfgsbOptions o) {
        double[] x = checkedX0(fun, x0);
        int n = x.length;
        double[][] b = bounds(lower, upper, n, "L-BFGS-B");
        if (o.maxls <= 0) {
            throw new IllegalArgumentException("maxls: maxls must be positive.");
        }
        if (o.maxcor <= 0) {
            throw new IllegalArgumentException("maxcor: must be positive");
        }
        x = clip(x, b[0], b[1]);
        ScalarFunction sf = new ScalarFunction(fun, x, gradientOf(fun, o.gradient), o.eps, o.relStep, b[0], b[1]);
        double factr = o.ftol / Math.ulp(1.0);
        LbfgsB.Outcome out = new LbfgsB(b[0], b[1], o.maxcor).minimize(sf::funAndGrad, x, factr, o.gtol, o.maxiter,
                o.maxfun, o.maxls, sf::nfev);
        return new LbfgsbRun(out, sf.nfev(), sf.ngev(), n);
    }

    /** {@code minimize(fun, x0, method='L-BFGS-B', bounds=..., options=...)}; lower/upper may be null. */
    public static OptimizeResult lbfgsb(Objective fun, double[] x0, double[] lower, double[] upper, LbfgsbOptions o) {
        return lbfgsb(fun, x0, lower, upper, o, true);
    }

    /**
     * {@link #lbfgsb(Objective, double[], double[], double[], LbfgsbOptions)}, with SciPy's dense
     * {@code hess_inv} or (for the batched form, which does not return it) without.
     */
    static OptimizeResult lbfgsb(Objective fun, double[] x0, double[] lower, double[] upper, LbfgsbOptions o,
            boolean hessInv) {
        LbfgsbRun run = runLbfgsb(fun, x0, lower, upper, o == null ? new LbfgsbOptions() : o);
        LbfgsB.Outcome out = run.outcome();
        int status = out.converged() ? 0
                : run.nfev() > (o == null ? 15000 : o.maxfun) || out.message().equals(LbfgsB.STOP_ITER) ? 1 : 2;
        OptimizeResult.Builder b = OptimizeResult.builder()
                .fun(out.f()).jac(out.g()).nfev(run.nfev()).njev(run.njev()).nit(out.nit()).status(status)
                .message(out.message()).x(out.x()).success(status == 0);
        if (hessInv) {
            b.set("hess_inv", new LbfgsInvHessProduct(out.sk(), out.yk(), run.n()).todense());
        }
        return b.build();
    }

    /** The inverse Hessian operator L-BFGS-B ends with (SciPy's {@code res.hess_inv} before todense()). */
    public static LbfgsInvHessProduct lbfgsbInverseHessian(Objective fun, double[] x0, double[] lower, double[] upper,
            LbfgsbOptions o) {
        LbfgsbRun run = runLbfgsb(fun, x0, lower, upper, o == null ? new LbfgsbOptions() : o);
        return new LbfgsInvHessProduct(run.outcome().sk(), run.outcome().yk(), run.n());
    }

    /**
     * SciPy's legacy {@code fmin_l_bfgs_b(func, x0, approx_grad, bounds, m, factr, pgtol, epsilon, maxfun,
     * maxiter, maxls)}: fields x, f and d's grad, task, funcalls, nit, warnflag (in that order).
     */
    public static OptimizeResult fminLbfgsb(Objective fun, double[] x0, boolean approxGrad, double[] lower,
            double[] upper, int m, double factr, double pgtol, double epsilon, int maxfun, int maxiter, int maxls) {
        LbfgsbOptions o = new LbfgsbOptions().maxcor(m).ftol(factr * Math.ulp(1.0)).gtol(pgtol).eps(epsilon)
                .maxfun(maxfun).maxiter(maxiter).maxls(maxls).numericGradient(approxGrad);
        OptimizeResult r = lbfgsb(fun, x0, lower, upper, o);
        return OptimizeResult.builder()
                .x(r.x()).set("f", r.fun()).set("grad", r.jac()).set("task", r.message())
                .set("funcalls", r.nfev()).set("nit", r.nit()).set("warnflag", r.status())
                .build();
    }

    /** {@code minimize(fun, x0, method='SLSQP', bounds=..., constraints=..., options=...)}. */
    public static OptimizeResult slsqp(Objective fun, double[] x0, double[] lower, double[] upper,
            List<Constraint> constraints, SlsqpOptions o) {
        SlsqpOptions opt = o == null ? new SlsqpOptions() : o;
        double[] x = checkedX0(fun, x0);
        int n = x.length;
        double[][] b = bounds(lower, upper, n, "SLSQP");
        x = clip(x, b[0], b[1]);
        List<Constraint> cons = constraints == null ? List.of() : constraints;
        List<EquationSystem> eq = new ArrayList<>();
        List<EquationSystem> ineq = new ArrayList<>();
        for (Constraint c : cons) {
            if (c.fun().dims() >= 0 && c.fun().dims() != n) {
                throw new IllegalArgumentException("constraints: a constraint of " + c.fun().dims()
                        + " variables for " + n);
            }
            (c.type().equals("eq") ? eq : ineq).add(c.fun());
        }
        int meq = 0;
        for (EquationSystem s : eq) {
            meq += s.values(x).length;
        }
        int mineq = 0;
        for (EquationSystem s : ineq) {
            mineq += s.values(x).length;
        }
        int m = meq + mineq;
        List<EquationSystem> all = new ArrayList<>(eq);
        all.addAll(ineq);
        ScalarFunction.Gradient objectiveGradient = gradientOf(fun, opt.gradient);
        if (objectiveGradient != ScalarFunction.Gradient.OBJECTIVE) {
            // jac='2-point': the constraints' Jacobians by differences too, as SciPy's default constraint jac.
            all.replaceAll(s -> EquationSystem.of(s::values));
        }
        ScalarFunction sf = new ScalarFunction(fun, x, objectiveGradient, opt.eps, opt.relStep, b[0], b[1]);
        double eps = opt.eps;
        Slsqp.Problem problem = new Slsqp.Problem() {
            @Override
            public double value(double[] xv) {
                return sf.fun(xv);
            }

            @Override
            public void constraints(double[] xv, double[] c) {
                int k = 0;
                for (EquationSystem s : all) {
                    for (double v : s.values(xv)) {
                        c[k++] = v;
                    }
                }
            }

            @Override
            public void gradient(double[] xv, double[] g) {
                System.arraycopy(sf.grad(xv), 0, g, 0, n);
            }

            @Override
            public void normals(double[] xv, double[][] a) {
                int k = 0;
                for (EquationSystem s : all) {
                    double[][] j = s.hasJacobian() ? s.jacobian(xv)
                            : FiniteDifferenceSteps.forwardJacobian(s, clip(xv, b[0], b[1]), eps, b[0], b[1]);
                    for (double[] row : j) {
                        a[k++] = row;
                    }
                }
            }
        };
        Slsqp.Outcome out = Slsqp.minimize(problem, x, b[0], b[1], m, meq, opt.ftol, opt.maxiter);
        return OptimizeResult.builder()
                .x(out.x()).fun(out.fun()).jac(out.jac()).nit(out.nit()).nfev(sf.nfev()).njev(sf.ngev())
                .status(out.mode()).message(out.message()).success(out.mode() == 0)
                .build();
    }

    /**
     * SciPy's legacy {@code fmin_slsqp(func, x0, eqcons, ieqcons, bounds, iter, acc, epsilon,
     * full_output=True)}: fields x, fx, its, imode, smode.
     */
    public static OptimizeResult fminSlsqp(Objective fun, double[] x0, List<EquationSystem> eqcons,
            List<EquationSystem> ieqcons, double[] lower, double[] upper, int iter, double acc, double epsilon,
            boolean approxGrad) {
        List<Constraint> cons = new ArrayList<>();
        for (EquationSystem s : eqcons == null ? List.<EquationSystem>of() : eqcons) {
            cons.add(new Constraint("eq", s));
        }
        for (EquationSystem s : ieqcons == null ? List.<EquationSystem>of() : ieqcons) {
            cons.add(new Constraint("ineq", s));
        }
        OptimizeResult r = slsqp(fun, x0, lower, upper, cons,
                new SlsqpOptions().maxiter(iter).ftol(acc).eps(epsilon).numericGradient(approxGrad));
        return OptimizeResult.builder()
                .x(r.x()).set("fx", r.fun()).set("its", r.nit()).set("imode", r.status()).set("smode", r.message())
                .build();
    }
}
