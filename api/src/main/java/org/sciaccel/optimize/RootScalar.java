package org.sciaccel.optimize;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * SciPy's {@code root_scalar} dispatch (scipy/optimize/_root_scalar.py): the method chosen as SciPy
 * chooses it (a bracket: brentq; else x0 with fprime: newton, with fprime2 too: halley; else
 * secant), SciPy's refusals, and every solver run with {@code full_output=True, disp=False}: a
 * failure to converge is a result with {@code converged == false}, never an exception.
 */
final class RootScalar {
    private RootScalar() {
    }

    static RootScalarResult solve(DoubleUnaryOperator f, DoubleUnaryOperator fprime, DoubleUnaryOperator fprime2,
            RootScalarOptions o) {
        if (f == null) {
            throw new IllegalArgumentException("f: null");
        }
        String method = o.method;
        if (method == null || method.isEmpty()) {
            if (o.bracket != null && o.bracket.length > 0) {
                method = "brentq";
            } else if (o.x0 != null) {
                method = fprime != null ? (fprime2 != null ? "halley" : "newton") : "secant";
            }
        }
        if (method == null || method.isEmpty()) {
            throw new IllegalArgumentException("Unable to select a solver as neither bracket nor starting point provided.");
        }
        String meth = method.toLowerCase(Locale.ROOT);
        switch (meth) {
            case "bisect", "ridder", "brentq", "brenth", "toms748": {
                if (o.bracket == null) {
                    throw new IllegalArgumentException("Bracket needed for " + method);
                }
                if (o.bracket.length < 2) {
                    throw new IllegalArgumentException("bracket: " + o.bracket.length
                            + " values; (a, b) is needed (not enough values to unpack)");
                }
                double a = o.bracket[0];
                double b = o.bracket[1];
                double xtol = o.xtol != null ? o.xtol : BracketRootChecks.XTOL;
                double rtol = o.rtol != null ? o.rtol : BracketRootChecks.RTOL;
                int maxiter = o.maxiter != null ? o.maxiter : BracketRootChecks.MAXITER;
                return switch (meth) {
                    case "bisect" -> Bisection.solve(f, a, b, xtol, rtol, maxiter, false);
                    case "ridder" -> Ridder.solve(f, a, b, xtol, rtol, maxiter, false);
                    case "brentq" -> BrentRootFinder.solve(BrentRootFinder.Extrapolation.INVERSE_QUADRATIC, f, a, b,
                            xtol, rtol, maxiter, false);
                    case "brenth" -> BrentRootFinder.solve(BrentRootFinder.Extrapolation.HYPERBOLIC, f, a, b, xtol,
                            rtol, maxiter, false);
                    default -> Toms748.solve(f, a, b, o.k != null ? o.k : 1, xtol, rtol, maxiter, false);
                };
            }
            case "secant", "newton", "halley": {
                if (o.x0 == null) {
                    throw new IllegalArgumentException("x0 must not be None for " + method);
                }
                NewtonOptions n = NewtonOptions.options().disp(false);
                if (o.xtol != null) {
                    n.tol(o.xtol);
                }
                if (o.rtol != null) {
                    n.rtol(o.rtol);
                }
                if (o.maxiter != null) {
                    n.maxiter(o.maxiter);
                }
                if (meth.equals("secant")) {
                    if (o.x1 == null) {
                        throw new IllegalArgumentException("x1 must not be None for " + method);
                    }
                    n.x1(o.x1);
                } else {
                    if (fprime == null) {
                        throw new IllegalArgumentException("fprime must be specified for " + method);
                    }
                    n.fprime(fprime);
                    if (meth.equals("halley")) {
                        if (fprime2 == null) {
                            throw new IllegalArgumentException("fprime2 must be specified for " + method);
                        }
                        n.fprime2(fprime2);
                    }
                }
                return Newton.solve(f, o.x0, n);
            }
            default:
                throw new IllegalArgumentException("Unknown solver " + meth);
        }
    }
}
