package org.sciaccel.integrate;

/**
 * {@code solve_ivp(method='LSODA')}: the LSODA package stepping one internal step per call (itask
 * 5, never past t_bound), as SciPy's wrapper drives it, with SciPy's defaults for the package's own
 * options (500 steps per call, orders 12 and 5, min_step 0); the Jacobian is the problem's (a given
 * function, a formula's symbolic one or a constant matrix) or else the package's finite
 * differences; njev and nlu are the package's Jacobian count. The dense output is the Nordsieck
 * history's polynomial, as SciPy's LsodaDenseOutput evaluates it.
 */
final class LsodaSolver extends OdeSolver {
    private final Lsoda lsoda;
    private int istate = 1;

    LsodaSolver(OdeProblem problem, double t0, double[] y0, double tBound, IvpSettings s) {
        super(problem, t0, y0, tBound);
        double first = Double.isNaN(s.firstStep()) ? 0 : validateFirstStep(s.firstStep(), t0, tBound);
        first *= direction;
        double maxStep = s.maxStep();
        if (maxStep == Double.POSITIVE_INFINITY) {
            maxStep = 0; // the package's "no limit"
        } else if (!(maxStep > 0)) {
            throw new IllegalArgumentException("max_step: `max_step` must be positive.");
        }
        double rtol = validateRtol(s.rtol());
        double[] atol = validateAtol(s.atol(), s.atolScalar(), n);
        double[][] constant = problem.constantJacobian();
        Lsoda.Jac jac = null;
        if (constant != null) {
            jac = (tt, yy, pd) -> copyInto(constant, pd);
        } else if (problem.hasJacobianFunction()) {
            jac = (tt, yy, pd) -> copyInto(problem.jacobian(tt, yy), pd);
        }
        lsoda = new Lsoda(n, (tt, yy, d) -> System.arraycopy(fun(tt, yy), 0, d, 0, n), jac, new double[] {rtol}, atol,
                first, maxStep, 0.0, 500, 0, 12, 5);
    }

    private static void copyInto(double[][] from, double[][] to) {
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(from[i], 0, to[i], 0, from[i].length);
        }
    }

    @Override
    protected boolean stepImpl() {
        double[] tt = {t};
        double[] yy = y.clone();
        istate = lsoda.call(yy, tt, tBound, 5, istate, tBound);
        if (istate < 0) {
            return fail("Unexpected istate in LSODA.");
        }
        t = tt[0];
        y = yy;
        njev = lsoda.nje();
        nlu = lsoda.nje();
        return true;
    }

    @Override
    protected DenseOutput denseOutputImpl() {
        int order = lsoda.nq();
        double h = lsoda.h();
        double[][] yh = new double[order + 1][];
        for (int j = 0; j <= order; j++) {
            yh[j] = lsoda.history(j);
        }
        double tOld = this.tOld;
        double tEnd = this.t;
        int m = n;
        return new DenseOutput() {
            @Override
            public double tOld() {
                return tOld;
            }

            @Override
            public double t() {
                return tEnd;
            }

            @Override
            public double[] value(double at) {
                // Σ_j yh[j]·x^j with x = (t - t_end)/h, the powers taken as SciPy's x ** arange(order + 1)
                double x = (at - tEnd) / h;
                double[] out = new double[m];
                for (int j = 0; j <= order; j++) {
                    double p = Math.pow(x, j);
                    for (int i = 0; i < m; i++) {
                        out[i] += yh[j][i] * p;
                    }
                }
                return out;
            }
        };
    }
}
