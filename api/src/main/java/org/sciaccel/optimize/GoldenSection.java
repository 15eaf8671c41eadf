package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * Golden-section search for a minimum of a function of one variable: SciPy's
 * {@code _minimize_scalar_golden}, step for step (same {@code nit} and {@code nfev}). The bracket's
 * evaluations count in {@code nfev}.
 */
final class GoldenSection {
    /** SciPy's {@code _gR}: the golden ratio conjugate 2/(1 + sqrt 5) to 8 digits. */
    private static final double GR = 0.61803399;
    private static final double GC = 1.0 - GR;
    /** SciPy's default {@code xtol}: sqrt of the double epsilon. */
    static final double DEFAULT_XTOL = Math.sqrt(Math.ulp(1.0));

    private GoldenSection() {
    }

    static OptimizeResult minimize(DoubleUnaryOperator f, double[] brack, double xtol, int maxiter) {
        Bracket br = Bracket.of(f, brack);
        double xa = br.xa();
        double xb = br.xb();
        double xc = br.xc();
        int funcalls = br.funcalls();
        double x3 = xc;
        double x0 = xa;
        double x1;
        double x2;
        if (Math.abs(xc - xb) > Math.abs(xb - xa)) { // put the new point in the larger interval
            x1 = xb;
            x2 = xb + GC * (xc - xb);
        } else {
            x2 = xb;
            x1 = xb - GC * (xb - xa);
        }
        double f1 = f.applyAsDouble(x1);
        double f2 = f.applyAsDouble(x2);
        funcalls += 2;
        int nit = 0;
        for (int i = 0; i < maxiter; i++) {
            if (Math.abs(x3 - x0) <= xtol * (Math.abs(x1) + Math.abs(x2))) {
                break;
            }
            if (f2 < f1) {
                x0 = x1;
                x1 = x2;
                x2 = GR * x1 + GC * x3;
                f1 = f2;
                f2 = f.applyAsDouble(x2);
            } else {
                x3 = x2;
                x2 = x1;
                x1 = GR * x2 + GC * x0;
                f2 = f1;
                f1 = f.applyAsDouble(x1);
            }
            funcalls++;
            nit++;
        }
        double xmin = f1 < f2 ? x1 : x2;
        double fval = f1 < f2 ? f1 : f2;
        boolean nan = Double.isNaN(fval) || Double.isNaN(xmin);
        boolean success = nit < maxiter && !nan;
        return OptimizeResult.builder().fun(fval).nfev(funcalls).x(new double[] {xmin}).nit(nit).success(success)
                .message(ScalarMessages.of(success, nan, xtol)).build();
    }
}
