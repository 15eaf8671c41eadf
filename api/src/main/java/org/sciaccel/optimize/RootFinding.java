package org.sciaccel.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sciaccel.Warnings;

/**
 * SciPy's {@code root(method='hybr'|'lm')} and {@code fsolve} on an {@link EquationSystem}: the
 * argument checks of scipy/optimize/_root.py and _minpack_py.py, the defaults each method fills
 * in (maxfev 200·(n+1), or 100·(n+1) with a Jacobian; hybr's eps the float64 machine epsilon),
 * then {@link Hybrd} or {@link Lmdif}, and the result under SciPy's field names in its order.
 */
final class RootFinding {
    private static final Set<String> HYBR_OPTIONS = Set.of("col_deriv", "xtol", "maxfev", "band", "eps", "factor",
            "diag");
    private static final Set<String> LM_OPTIONS = Set.of("col_deriv", "xtol", "ftol", "gtol", "maxiter", "eps",
            "factor", "diag");

    private RootFinding() {
    }

    /** root(fun, x0, method, jac, tol, options). */
    static OptimizeResult root(EquationSystem fun, double[] x0, RootOptions options) {
        RootOptions o = options == null ? RootOptions.options() : options;
        String method = o.method == null ? "hybr" : o.method.toLowerCase(java.util.Locale.ROOT);
        if (!method.equals("hybr") && !method.equals("lm")) {
            throw new IllegalArgumentException("method: Unknown solver " + o.method);
        }
        warnUnknown(o.set, method.equals("hybr") ? HYBR_OPTIONS : LM_OPTIONS);
        return method.equals("hybr") ? hybr(fun, x0, o) : lm(fun, x0, o);
    }

    /** fsolve(func, x0, fprime, full_output=True, ...): hybr's result in the legacy form. */
    static FsolveResult fsolve(EquationSystem fun, double[] x0, RootOptions options) {
        RootOptions o = options == null ? RootOptions.options() : options;
        warnUnknown(o.set, HYBR_OPTIONS);
        OptimizeResult r = hybr(fun, x0, o);
        return new FsolveResult(r.x(), r.nfev(), r.has("njev") ? r.njev() : 0, (double[][]) r.fields().get("fjac"),
                (double[]) r.fields().get("r"), (double[]) r.fields().get("qtf"), r.funValues(), r.status(),
                r.message());
    }

    private static OptimizeResult hybr(EquationSystem fun, double[] x0, RootOptions o) {
        int n = checkStart(fun, x0);
        Optimize.Residuals f = residuals(fun, n, n, "fsolve");
        Optimize.Jacobian j = jacobian(fun, o, n, n);
        double xtol = o.xtol != null ? o.xtol : o.tol != null ? o.tol : 1.49012e-8;
        if (o.maxfev < 0) {
            throw new IllegalArgumentException("maxfev=" + o.maxfev + " must be positive (0 for 200·(n+1))");
        }
        int maxfev = o.maxfev > 0 ? o.maxfev : (j == null ? 200 : 100) * (n + 1);
        double epsfcn = o.eps != null ? o.eps : Math.ulp(1.0);
        int ml = o.band == null ? -10 : o.band[0];
        int mu = o.band == null ? -10 : o.band[1];
        Hybrd.Result s = Hybrd.solve(f, j, x0, xtol, maxfev, ml, mu, epsfcn, o.diag, o.factor);
        OptimizeResult.Builder b = OptimizeResult.builder().x(s.x()).success(s.info() == 1).status(s.info())
                .nfev(s.nfev());
        if (j != null) {
            b.njev(s.njev());
        }
        return b.set("fjac", rows(s.fjac(), n, n)).set("r", s.r()).set("qtf", s.qtf()).fun(s.fvec())
                .message(Hybrd.message(s.info(), xtol, maxfev)).build();
    }

    private static OptimizeResult lm(EquationSystem fun, double[] x0, RootOptions o) {
        int n = checkStart(fun, x0);
        double[] f0 = fun.values(x0);
        int m = f0.length;
        Optimize.Residuals f = residuals(fun, n, m, "leastsq");
        Optimize.Jacobian j = jacobian(fun, o, n, m);
        double xtol = o.xtol != null ? o.xtol : o.tol != null ? o.tol : 1.49012e-8;
        if (o.maxiter < 0) {
            throw new IllegalArgumentException("maxiter=" + o.maxiter + " must be positive (0 for 200·(n+1))");
        }
        int maxfev = o.maxiter > 0 ? o.maxiter : (j == null ? 200 : 100) * (n + 1);
        double epsfcn = o.eps != null ? o.eps : 0.0;
        Lmdif.Result s = Lmdif.solve(f, j, m, x0, o.ftol, xtol, o.gtol, maxfev, epsfcn, o.diag, o.factor);
        OptimizeResult.Builder b = OptimizeResult.builder().x(s.x()).message(s.message()).status(s.info())
                .success(s.converged());
        double[] cov = Lmdif.covariance(s, m);
        if (cov != null) {
            // SciPy's cov_x is None when R is singular; then the field is absent
            b.set("cov_x", rows(cov, n, n));
        }
        b.fun(s.fvec()).nfev(s.nfev());
        if (j != null) {
            b.njev(s.njev());
        }
        double[] ipvt = new double[n];
        for (int k = 0; k < n; k++) {
            ipvt[k] = s.ipvt()[k] + 1;
        }
        // fjac: MINPACK's column-major m×n read as SciPy's n×m rows
        return b.set("fjac", rows(s.fjac(), n, m)).set("ipvt", ipvt).set("qtf", s.qtf()).build();
    }

    /** The number of variables, after checking x0 against the formulas' variables. */
    private static int checkStart(EquationSystem fun, double[] x0) {
        if (fun == null) {
            throw new IllegalArgumentException("fun: null");
        }
        if (x0 == null || x0.length == 0) {
            throw new IllegalArgumentException("x0: empty");
        }
        if (fun.dims() >= 0 && fun.dims() != x0.length) {
            throw new IllegalArgumentException("x0: " + x0.length + " values for the " + fun.dims() + " variables "
                    + fun.formula().vars());
        }
        return x0.length;
    }

    /** F as MINPACK's fcn, each call checked to give m values (SciPy's _check_func shape error). */
    private static Optimize.Residuals residuals(EquationSystem fun, int n, int m, String caller) {
        return (p, out) -> {
            double[] v = fun.values(p);
            if (v.length != m) {
                throw new IllegalArgumentException(caller + ": there is a mismatch between the input and output shape"
                        + " of the 'func' argument: shape should be (" + m + ",) but it is (" + v.length + ",).");
            }
            System.arraycopy(v, 0, out, 0, m);
        };
    }

    /** The system's Jacobian when asked for (rows of n; transposed first for col_deriv), else null. */
    private static Optimize.Jacobian jacobian(EquationSystem fun, RootOptions o, int n, int m) {
        if (!o.jac) {
            return null;
        }
        if (!fun.hasJacobian()) {
            throw new IllegalArgumentException("jac: the system has no Jacobian (give one, or use finite differences)");
        }
        if (!o.colDeriv || fun.formula() != null) {
            return fun::jacobian;
        }
        return p -> {
            double[][] c = fun.jacobian(p);
            double[][] t = new double[m][c.length];
            for (int i = 0; i < c.length; i++) {
                for (int k = 0; k < m; k++) {
                    t[k][i] = c[i][k];
                }
            }
            return t;
        };
    }

    /** A flat array read row by row as r rows of c. */
    private static double[][] rows(double[] a, int r, int c) {
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(a, i * c, out[i], 0, c);
        }
        return out;
    }

    private static void warnUnknown(Set<String> given, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (String s : given) {
            if (!known.contains(s)) {
                unknown.add(s);
            }
        }
        if (!unknown.isEmpty()) {
            Warnings.warn(Warnings.Category.OPTIMIZE, "Unknown solver options: " + String.join(", ", unknown));
        }
    }
}
