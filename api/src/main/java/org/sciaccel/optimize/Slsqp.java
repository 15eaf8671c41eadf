package org.sciaccel.optimize;

/**
 * Sequential least-squares quadratic programming, Dieter Kraft's SLSQP ("A software package for
 * sequential quadratic programming", DFVLR-FB 88-28, 1988; ACM TOMS 733, 1994) as SciPy 1.10's
 * {@code minimize(method='SLSQP')} runs it: the method of Han and Powell with
 *
 * <ul>
 * <li>the search direction from the QP subproblem with B = LDLᵀ, posed as a constrained linear least
 *     squares problem ({@link LsqSubproblem#lsq}); an inconsistent linearisation is relaxed by one
 *     extra variable weighted 100, 1000, ... (at most 5 times);
 * <li>Powell's damped BFGS update of B's LDLᵀ factors (two rank-one updates, Fletcher–Powell),
 *     B reset to I when the direction is not one of descent (at most 5 resets);
 * <li>an Armijo-type line search on the l1 merit function f + Σ μⱼ|cⱼ⁻| (step ≥ 0.1, at most 10
 *     steps), or Brent's exact search ({@code linmin}) when acc &lt; 0;
 * <li>convergence when |f − f₀| &lt; acc or ‖s‖ &lt; acc, with the constraint violation &lt; acc.
 * </ul>
 *
 * <p>Exit modes as SciPy's {@code status}: 0 success, 2 more equality constraints than variables,
 * 3 more than 3n NNLS iterations, 4 inequality constraints incompatible, 5/6 singular E/C in the LSQ
 * subproblem, 7 rank-deficient equality subproblem, 8 positive directional derivative in the line
 * search, 9 iteration limit.
 */
final class Slsqp {
    static final String[] MESSAGES = {
        "Optimization terminated successfully",
        "Function evaluation required (f & c)",
        "More equality constraints than independent variables",
        "More than 3*n iterations in LSQ subproblem",
        "Inequality constraints incompatible",
        "Singular matrix E in LSQ subproblem",
        "Singular matrix C in LSQ subproblem",
        "Rank-deficient equality constraint subproblem HFTI",
        "Positive directional derivative for linesearch",
        "Iteration limit reached",
    };

    /**
     * The problem as SLSQP asks for it (SciPy's driver: mode 1 evaluates f and c, mode −1 the
     * gradients). Constraints: the first meq are equalities c = 0, the rest inequalities c ≥ 0.
     */
    interface Problem {
        double value(double[] x);

        void constraints(double[] x, double[] c);

        void gradient(double[] x, double[] g);

        /** The constraint normals, {@code a[j]} the gradient of constraint j. */
        void normals(double[] x, double[][] a);
    }

    /** x, f and g at the end, the iteration count ({@code nit}) and the exit mode ({@code status}). */
    record Outcome(double[] x, double fun, double[] jac, int nit, int mode) {
        String message() {
            return mode >= 0 && mode < MESSAGES.length ? MESSAGES[mode] : "Unknown exit mode " + mode;
        }
    }

    private Slsqp() {
    }

    /**
     * Minimises from {@code x0} (clipped to the bounds first, as SciPy does).
     *
     * @param lower lower bounds (−∞: none), {@code upper} upper bounds (+∞: none)
     * @param acc SciPy's ftol (negative: the exact line search)
     * @param maxiter SciPy's maxiter (SciPy hands SLSQP maxiter − 1 as its limit, and so do we)
     */
    static Outcome minimize(Problem problem, double[] x0, double[] lower, double[] upper, int m, int meq,
            double acc, int maxiter) {
        int n = x0.length;
        int n1 = n + 1;
        int la = Math.max(1, m);
        double[] x = new double[n + 1];
        double[] xl = new double[n1 + 1];
        double[] xu = new double[n1 + 1];
        for (int i = 1; i <= n; i++) {
            double v = Math.min(Math.max(x0[i - 1], lower[i - 1]), upper[i - 1]);
            x[i] = v;
            xl[i] = Double.isInfinite(lower[i - 1]) ? Double.NaN : lower[i - 1];
            xu[i] = Double.isInfinite(upper[i - 1]) ? Double.NaN : upper[i - 1];
        }
        Evaluations ev = new Evaluations(problem, n, m, la, lower, upper);
        double f = ev.value(x);
        double[] c = new double[la + 1];
        double[] g = new double[n1 + 1];
        double[] a = new double[la * n1 + 1];
        ev.gradient(x, g);
        ev.constraints(x, c);
        ev.normals(x, a);

        // slsqpb (mode 0 on entry).
        int itermx = maxiter - 1;
        boolean exact = acc < 0;
        acc = Math.abs(acc);
        double tol = 10 * acc;
        int iter = 0;
        int ireset = 0;
        int n2 = n1 * n / 2;
        int n3 = n2 + 1;
        double[] s = new double[n1 + 1];
        double[] mu = new double[la + 1];
        double[] l = new double[(n + 1) * (n + 2) / 2 + 1];
        double[] r = new double[m + n + n + 2 + 1];
        double[] x0s = new double[n + 1];
        double[] u = new double[n1 + 1];
        double[] v = new double[n1 + 1];
        double f0 = 0;
        double h3;
        double h4;
        boolean badlin;

        boolean reset = true;
        while (true) {
            if (reset) {
                ireset++;
                if (ireset > 5) {
                    // Relaxed convergence after repeated resets (positive directional derivative).
                    h3 = violation(c, m, meq);
                    boolean ok = (Math.abs(f - f0) < tol || LsqSubproblem.dnrm2(n, s, 1, 1) < tol) && h3 < tol;
                    return ev.outcome(x, f, g, iter, ok ? 0 : 8);
                }
                for (int i = 1; i <= n2; i++) {
                    l[i] = 0;
                }
                int j = 1;
                for (int i = 1; i <= n; i++) {
                    l[j] = 1;
                    j = j + n1 - i;
                }
                reset = false;
            }
            iter++;
            if (iter > itermx) {
                return ev.outcome(x, f, g, iter, 9);
            }
            // The search direction: the QP subproblem in the step s, the bounds as u ≤ s ≤ v.
            for (int i = 1; i <= n; i++) {
                u[i] = xl[i] - x[i];
                v[i] = xu[i] - x[i];
            }
            h4 = 1;
            int mode = LsqSubproblem.lsq(m, meq, n, n3, la, l, g, a, c, u, v, s, r);
            badlin = false;
            if (mode == 6 && n == meq) {
                mode = 4;
            }
            if (mode == 4) {
                // Inconsistent linearisation: relax the constraints by an extra variable in [0, 1].
                badlin = true;
                for (int j = 1; j <= m; j++) {
                    a[j + n * la] = j <= meq ? -c[j] : Math.max(-c[j], 0);
                }
                for (int i = 1; i <= n; i++) {
                    s[i] = 0;
                }
                g[n1] = 0;
                l[n3] = 100;
                s[n1] = 1;
                u[n1] = 0;
                v[n1] = 1;
                int incons = 0;
                while (true) {
                    mode = LsqSubproblem.lsq(m, meq, n1, n3, la, l, g, a, c, u, v, s, r);
                    h4 = 1 - s[n1];
                    if (mode == 4) {
                        l[n3] = 10 * l[n3];
                        incons++;
                        if (incons > 5) {
                            return ev.outcome(x, f, g, iter, mode);
                        }
                        continue;
                    }
                    break;
                }
                if (mode != 1) {
                    return ev.outcome(x, f, g, iter, mode);
                }
            } else if (mode != 1) {
                return ev.outcome(x, f, g, iter, mode);
            }
            // The multipliers of the l1 merit function.
            for (int i = 1; i <= n; i++) {
                v[i] = g[i] - columnDot(a, la, i, r, m);
            }
            f0 = f;
            System.arraycopy(x, 1, x0s, 1, n);
            double gs = dot(g, s, n);
            double h1 = Math.abs(gs);
            double h2 = 0;
            for (int j = 1; j <= m; j++) {
                h3 = j <= meq ? c[j] : 0;
                h2 = h2 + Math.max(-c[j], h3);
                h3 = Math.abs(r[j]);
                mu[j] = Math.max(h3, (mu[j] + h3) / 2);
                h1 = h1 + h3 * Math.abs(c[j]);
            }
            if (h1 < acc && h2 < acc && !badlin) {
                return ev.outcome(x, f, g, iter, 0);
            }
            h1 = 0;
            for (int j = 1; j <= m; j++) {
                h3 = j <= meq ? c[j] : 0;
                h1 = h1 + mu[j] * Math.max(-c[j], h3);
            }
            double t0 = f + h1;
            h3 = gs - h1 * h4;
            if (h3 >= 0) {
                reset = true;
                continue;
            }
            // The line search on the merit function t = f + Σ μⱼ |cⱼ⁻|.
            double alpha = 1;
            int line = 0;
            if (!exact) {
                while (true) {
                    line++;
                    h3 = alpha * h3;
                    for (int i = 1; i <= n; i++) {
                        s[i] = alpha * s[i];
                    }
                    for (int i = 1; i <= n; i++) {
                        x[i] = x0s[i] + s[i];
                    }
                    f = ev.value(x);
                    ev.constraints(x, c);
                    h1 = merit(f, c, mu, m, meq) - t0;
                    if (h1 <= h3 / 10 || line > 10) {
                        break;
                    }
                    alpha = Math.max(h3 / (2 * (h3 - h1)), 0.1);
                }
            } else {
                // Brent's search on [0.1, 1]; as the Fortran, f is evaluated once more at the final step.
                Linmin search = new Linmin(0.1, 1, tol);
                alpha = search.first();
                while (true) {
                    for (int i = 1; i <= n; i++) {
                        x[i] = x0s[i] + alpha * s[i];
                    }
                    f = ev.value(x);
                    ev.constraints(x, c);
                    if (search.done()) {
                        break;
                    }
                    alpha = search.next(merit(f, c, mu, m, meq));
                }
                for (int i = 1; i <= n; i++) {
                    s[i] = alpha * s[i];
                }
            }
            h3 = violation(c, m, meq);
            if ((Math.abs(f - f0) < acc || LsqSubproblem.dnrm2(n, s, 1, 1) < acc) && h3 < acc && !badlin) {
                return ev.outcome(x, f, g, iter, 0);
            }
            ev.gradient(x, g);
            ev.normals(x, a);
            // Powell's damped BFGS update of LDLᵀ with the Lagrangian's gradient change u and v = Bs.
            for (int i = 1; i <= n; i++) {
                u[i] = g[i] - columnDot(a, la, i, r, m) - v[i];
            }
            int k = 0;
            for (int i = 1; i <= n; i++) {
                h1 = 0;
                k++;
                for (int j = i + 1; j <= n; j++) {
                    k++;
                    h1 = h1 + l[k] * s[j];
                }
                v[i] = s[i] + h1;
            }
            k = 1;
            for (int i = 1; i <= n; i++) {
                v[i] = l[k] * v[i];
                k = k + n1 - i;
            }
            for (int i = n; i >= 1; i--) {
                h1 = 0;
                k = i;
                for (int j = 1; j <= i - 1; j++) {
                    h1 = h1 + l[k] * v[j];
                    k = k + n - j;
                }
                v[i] = v[i] + h1;
            }
            h1 = dot(s, u, n);
            h2 = dot(s, v, n);
            h3 = 0.2 * h2;
            if (h1 < h3) {
                h4 = (h2 - h3) / (h2 - h1);
                h1 = h3;
                for (int i = 1; i <= n; i++) {
                    u[i] = h4 * u[i];
                }
                double w = 1 - h4;
                if (w != 0) {
                    for (int i = 1; i <= n; i++) {
                        u[i] = u[i] + w * v[i];
                    }
                }
            }
            if (h1 == 0 || h2 == 0) {
                reset = true;
                continue;
            }
            ldl(n, l, u, 1 / h1, v);
            ldl(n, l, v, -1 / h2, u);
        }
    }

    private static double merit(double f, double[] c, double[] mu, int m, int meq) {
        double t = f;
        for (int j = 1; j <= m; j++) {
            double h1 = j <= meq ? c[j] : 0;
            t = t + mu[j] * Math.max(-c[j], h1);
        }
        return t;
    }

    /** Σ of the equality constraints' values and the inequality violations (SLSQP's h3 test). */
    private static double violation(double[] c, int m, int meq) {
        double h3 = 0;
        for (int j = 1; j <= m; j++) {
            double h1 = j <= meq ? c[j] : 0;
            h3 = h3 + Math.max(-c[j], h1);
        }
        return h3;
    }

    /** Σⱼ a(j, col)·r(j) over the m constraints (a column-major la×(n+1), 1-based). */
    private static double columnDot(double[] a, int la, int col, double[] r, int m) {
        double s = 0;
        for (int j = 1; j <= m; j++) {
            s += a[j + (col - 1) * la] * r[j];
        }
        return s;
    }

    private static double dot(double[] p, double[] q, int n) {
        double s = 0;
        for (int i = 1; i <= n; i++) {
            s += p[i] * q[i];
        }
        return s;
    }

    /**
     * ldl: the rank-one update LDLᵀ + σzzᵀ of the packed factors {@code a} (Fletcher and Powell,
     * "On the modification of LDLᵀ factorizations", Math. Comp. 28, 1974); z is changed, w is work.
     */
    static void ldl(int n, double[] a, double[] z, double sigma, double[] w) {
        final double epmach = 2.22e-16;
        if (sigma == 0) {
            return;
        }
        int ij = 1;
        double t = 1 / sigma;
        if (sigma < 0) {
            for (int i = 1; i <= n; i++) {
                w[i] = z[i];
            }
            for (int i = 1; i <= n; i++) {
                double vv = w[i];
                t = t + vv * vv / a[ij];
                for (int j = i + 1; j <= n; j++) {
                    ij++;
                    w[j] = w[j] - vv * a[ij];
                }
                ij++;
            }
            if (t >= 0) {
                t = epmach / sigma;
            }
            for (int i = 1; i <= n; i++) {
                int j = n + 1 - i;
                ij = ij - i;
                double uu = w[j];
                w[j] = t;
                t = t - uu * uu / a[ij];
            }
        }
        for (int i = 1; i <= n; i++) {
            double vv = z[i];
            double delta = vv / a[ij];
            double tp = sigma < 0 ? w[i] : t + delta * vv;
            double alpha = tp / t;
            a[ij] = alpha * a[ij];
            if (i == n) {
                return;
            }
            double beta = delta / tp;
            if (alpha > 4) {
                double gamma = t / tp;
                for (int j = i + 1; j <= n; j++) {
                    ij++;
                    double uu = a[ij];
                    a[ij] = gamma * uu + beta * z[j];
                    z[j] = z[j] - vv * uu;
                }
            } else {
                for (int j = i + 1; j <= n; j++) {
                    ij++;
                    z[j] = z[j] - vv * a[ij];
                    a[ij] = a[ij] + beta * z[j];
                }
            }
            ij++;
            t = tp;
        }
    }

    /**
     * linmin: Brent's minimisation without derivatives on [ax, bx] (golden section and parabolic
     * steps, Brent 1973 "localmin" as Kraft modified it), by reverse communication: {@link #first()}
     * then {@link #next(double)} with f at each step until {@link #done()}.
     */
    static final class Linmin {
        private static final double C = 0.381966011;
        private static final double EPS = 1.5e-8;
        private final double tol;
        private double a;
        private double b;
        private double d;
        private double e;
        private double u;
        private double vv;
        private double w;
        private double x;
        private double fu;
        private double fv;
        private double fw;
        private double fx;
        private int mode;

        Linmin(double ax, double bx, double tol) {
            this.a = ax;
            this.b = bx;
            this.tol = tol;
        }

        double first() {
            e = 0;
            vv = a + C * (b - a);
            w = vv;
            x = w;
            mode = 1;
            return x;
        }

        boolean done() {
            return mode == 3;
        }

        double next(double f) {
            if (mode == 1) {
                fx = f;
                fv = fx;
                fw = fv;
            } else {
                fu = f;
                if (fu > fx) {
                    if (u < x) {
                        a = u;
                    }
                    if (u >= x) {
                        b = u;
                    }
                    if (fu <= fw || w == x) {
                        vv = w;
                        fv = fw;
                        w = u;
                        fw = fu;
                    } else if (fu <= fv || vv == x || vv == w) {
                        vv = u;
                        fv = fu;
                    }
                } else {
                    if (u >= x) {
                        a = x;
                    }
                    if (u < x) {
                        b = x;
                    }
                    vv = w;
                    fv = fw;
                    w = x;
                    fw = fx;
                    x = u;
                    fx = fu;
                }
            }
            double m = 0.5 * (a + b);
            double tol1 = EPS * Math.abs(x) + tol;
            double tol2 = tol1 + tol1;
            if (Math.abs(x - m) <= tol2 - 0.5 * (b - a)) {
                mode = 3;
                return x;
            }
            double r = 0;
            double q = r;
            double p = q;
            if (Math.abs(e) > tol1) {
                r = (x - w) * (fx - fv);
                q = (x - vv) * (fx - fw);
                p = (x - vv) * q - (x - w) * r;
                q = q - r;
                q = q + q;
                if (q > 0) {
                    p = -p;
                }
                if (q < 0) {
                    q = -q;
                }
                r = e;
                e = d;
            }
            if (Math.abs(p) >= 0.5 * Math.abs(q * r) || p <= q * (a - x) || p >= q * (b - x)) {
                e = x >= m ? a - x : b - x;
                d = C * e;
            } else {
                d = p / q;
                // As the Fortran: the test uses u from the previous step.
                if (u - a < tol2) {
                    d = Math.copySign(tol1, m - x);
                }
                if (b - u < tol2) {
                    d = Math.copySign(tol1, m - x);
                }
            }
            if (Math.abs(d) < tol1) {
                d = Math.copySign(tol1, d);
            }
            u = x + d;
            mode = 2;
            return u;
        }
    }

    /**
     * SciPy's driver around the Fortran: f and its gradient at x clipped to the bounds
     * ({@code _clip_x_for_func}), the constraints at x itself.
     */
    private static final class Evaluations {
        private final Problem problem;
        private final int n;
        private final int m;
        private final int la;
        private final double[] lower;
        private final double[] upper;
        private final double[] xv;
        private final double[] cv;
        private final double[][] av;

        Evaluations(Problem problem, int n, int m, int la, double[] lower, double[] upper) {
            this.problem = problem;
            this.n = n;
            this.m = m;
            this.la = la;
            this.lower = lower;
            this.upper = upper;
            this.xv = new double[n];
            this.cv = new double[m];
            this.av = new double[m][n];
        }

        private double[] clipped(double[] x) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = Math.min(Math.max(x[i + 1], lower[i]), upper[i]);
            }
            return y;
        }

        double value(double[] x) {
            return problem.value(clipped(x));
        }

        void gradient(double[] x, double[] g) {
            double[] gv = new double[n];
            problem.gradient(clipped(x), gv);
            System.arraycopy(gv, 0, g, 1, n);
            g[n + 1] = 0;
        }

        void constraints(double[] x, double[] c) {
            if (m == 0) {
                return;
            }
            System.arraycopy(x, 1, xv, 0, n);
            problem.constraints(xv.clone(), cv);
            System.arraycopy(cv, 0, c, 1, m);
        }

        void normals(double[] x, double[] a) {
            for (int k = 1; k < a.length; k++) {
                a[k] = 0;
            }
            if (m == 0) {
                return;
            }
            System.arraycopy(x, 1, xv, 0, n);
            problem.normals(xv.clone(), av);
            for (int j = 1; j <= m; j++) {
                for (int i = 1; i <= n; i++) {
                    a[j + (i - 1) * la] = av[j - 1][i - 1];
                }
            }
        }

        Outcome outcome(double[] x, double f, double[] g, int iter, int mode) {
            double[] xo = new double[n];
            double[] go = new double[n];
            System.arraycopy(x, 1, xo, 0, n);
            System.arraycopy(g, 1, go, 0, n);
            return new Outcome(xo, f, go, iter, mode);
        }
    }
}
