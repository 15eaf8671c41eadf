package org.sciaccel.integrate;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.sciaccel.Warnings;

/**
 * scipy.integrate.quad's routing onto QUADPACK (SciPy 1.10): limits in increasing order (the result
 * negated when b < a), qagse for a finite range, qagie for an infinite one, qagpe with break points
 * (those strictly inside (a, b), unique and sorted, as SciPy passes them), and for a weight qawoe
 * (cos/sin, finite), qawfe (cos/sin over (a, inf), or over (-inf, b) by x -> -x), qawse (alg*) and
 * qawce (cauchy). QUADPACK's ier becomes SciPy's warning (an IntegrationWarning, or the message of
 * the result with full_output) or, for ier 6, SciPy's error, naming the parameter.
 */
final class Quad {
    private Quad() {
    }

    private static final String[] MESSAGES = {
        null,
        "The maximum number of subdivisions (%d) has been achieved.\n  If increasing the limit yields no improvement "
                + "it is advised to analyze \n  the integrand in order to determine the difficulties.  If the position of a "
                + "\n  local difficulty can be determined (singularity, discontinuity) one will \n  probably gain from "
                + "splitting up the interval and calling the integrator \n  on the subranges.  Perhaps a special-purpose "
                + "integrator should be used.",
        "The occurrence of roundoff error is detected, which prevents \n  the requested tolerance from being achieved.  "
                + "The error may be \n  underestimated.",
        "Extremely bad integrand behavior occurs at some points of the\n  integration interval.",
        "The algorithm does not converge.  Roundoff error is detected\n  in the extrapolation table.  It is assumed that "
                + "the requested tolerance\n  cannot be achieved, and that the returned result (if full_output = 1) is \n  "
                + "the best which can be obtained.",
        "The integral is probably divergent, or slowly convergent.",
        "The input is invalid.",
        "Abnormal termination of the routine.  The estimates for result\n  and error are less reliable.  It is assumed "
                + "that the requested accuracy\n  has not been achieved.",
    };

    private static final String FOURIER_1 = "The maximum number of cycles allowed has been achieved., e.e.\n  of "
            + "subintervals (a+(k-1)c, a+kc) where c = (2*int(abs(omega)+1))\n  *pi/abs(omega), for k = 1, 2, ..., lst.  "
            + "One can allow more cycles by increasing the value of limlst.  Look at info['ierlst'] with full_output=1.";
    private static final String FOURIER_4 = "The extrapolation table constructed for convergence acceleration\n  of "
            + "the series formed by the integral contributions over the cycles, \n  does not converge to within the "
            + "requested accuracy.  Look at \n  info['ierlst'] with full_output=1.";
    private static final String FOURIER_7 = "Bad integrand behavior occurs within one or more of the cycles.\n  "
            + "Location and type of the difficulty involved can be determined from \n  the vector info['ierlist'] "
            + "obtained with full_output=1.";

    static QuadResult quad(DoubleUnaryOperator func, double a0, double b0, QuadOptions o) {
        boolean flip = b0 < a0;
        double a = Math.min(a0, b0);
        double b = Math.max(a0, b0);
        if (Double.isNaN(a0) || Double.isNaN(b0)) {
            throw new IllegalArgumentException("a, b: the limits must be numbers (a=" + a0 + ", b=" + b0 + ")");
        }
        Quadpack.Out out;
        boolean fourierInf = false;
        String weight = o.weight;
        if (weight == null) {
            out = unweighted(func, a, b, o);
        } else {
            if (o.points != null) {
                Warnings.warn(Warnings.Category.INTEGRATION, "Break points cannot be specified when using weighted "
                        + "integrand.\nContinuing, ignoring specified points.");
            }
            fourierInf = (weight.equals("cos") || weight.equals("sin"))
                    && (b == Double.POSITIVE_INFINITY || a == Double.NEGATIVE_INFINITY);
            out = weighted(func, a, b, o);
        }
        double y = flip ? -out.result() : out.result();
        int ier = out.ier();
        if (ier == 6) {
            throw new IllegalArgumentException(invalid(a, b, o));
        }
        String message = null;
        if (ier != 0) {
            if (fourierInf && (ier == 1 || ier == 4 || ier == 7)) {
                message = ier == 1 ? FOURIER_1 : ier == 4 ? FOURIER_4 : FOURIER_7;
            } else if (ier >= 1 && ier <= 7) {
                message = ier == 1 ? String.format(MESSAGES[1], o.limit) : MESSAGES[ier];
            } else {
                message = "Unknown error.";
            }
            if (!o.fullOutput) {
                Warnings.warn(Warnings.Category.INTEGRATION, message);
            }
        }
        return fourierInf ? new QuadResult(y, out.abserr(), out.neval(), -1, out.last(), ier, message)
                : new QuadResult(y, out.abserr(), out.neval(), out.last(), -1, ier, message);
    }

    private static Quadpack.Out unweighted(DoubleUnaryOperator func, double a, double b, QuadOptions o) {
        double inf = Double.POSITIVE_INFINITY;
        int infbounds = 0;
        double bound = 0;
        if (b != inf && a != -inf) {
            infbounds = 0;
        } else if (b == inf && a != -inf) {
            infbounds = 1;
            bound = a;
        } else if (b == inf) {
            infbounds = 2;
        } else {
            infbounds = -1;
            bound = b;
        }
        if (o.points == null) {
            if (o.limit < 1) {
                return new Quadpack.Out(0, 0, 0, 6, 0);
            }
            return infbounds == 0 ? Quadpack.qagse(func, a, b, o.epsabs, o.epsrel, o.limit)
                    : Quadpack.qagie(func, bound, infbounds, o.epsabs, o.epsrel, o.limit);
        }
        if (infbounds != 0) {
            throw new IllegalArgumentException("points: Infinity inputs cannot be used with break points.");
        }
        double[] pts = Arrays.stream(o.points).distinct().sorted().filter(p -> a < p && p < b).toArray();
        if (o.limit < 1) {
            return new Quadpack.Out(0, 0, 0, 6, 0);
        }
        return Quadpack.qagpe(func, a, b, pts, o.epsabs, o.epsrel, o.limit);
    }

    private static Quadpack.Out weighted(DoubleUnaryOperator func, double a, double b, QuadOptions o) {
        String weight = o.weight;
        double inf = Double.POSITIVE_INFINITY;
        int integr;
        switch (weight) {
            case "cos": case "alg": integr = 1; break;
            case "sin": case "alg-loga": integr = 2; break;
            case "alg-logb": integr = 3; break;
            case "alg-log": integr = 4; break;
            case "cauchy": integr = 0; break;
            default:
                throw new IllegalArgumentException("weight: " + weight + " not a recognized weighting function.");
        }
        int want = weight.startsWith("alg") ? 2 : 1;
        if (o.wvar == null || o.wvar.length != want) {
            throw new IllegalArgumentException("wvar: weight '" + weight + "' takes " + (want == 2
                    ? "two values (alpha, beta)" : weight.equals("cauchy") ? "one value (c)" : "one value (omega)")
                    + "; got " + (o.wvar == null ? "none" : Arrays.toString(o.wvar)));
        }
        if (weight.equals("cos") || weight.equals("sin")) {
            double omega = o.wvar[0];
            if (b != inf && a != -inf) {
                if (o.limit < 1) {
                    return new Quadpack.Out(0, 0, 0, 6, 0);
                }
                return Quadpack.qawoe(func, a, b, omega, integr, o.epsabs, o.epsrel, o.limit, 1,
                        new QuadRules.FourierMoments(Math.max(o.maxp1, 0)));
            }
            if (o.limit < 1) {
                // SciPy's wrapper refuses limit < 1 before QUADPACK runs; maxp1 < 1 is left to each
                // cycle's qawoe (ier 6 there, so 7 overall)
                return new Quadpack.Out(0, 0, 0, 6, 0);
            }
            if (b == inf && a != -inf) {
                return Quadpack.qawfe(func, a, omega, integr, o.epsabs, o.limlst, o.limit, o.maxp1);
            }
            if (b != inf) {
                DoubleUnaryOperator g = integr == 1 ? x -> func.applyAsDouble(-x) : x -> -func.applyAsDouble(-x);
                return Quadpack.qawfe(g, -b, omega, integr, o.epsabs, o.limlst, o.limit, o.maxp1);
            }
            throw new IllegalArgumentException("a, b: Cannot integrate with this weight from -Inf to +Inf.");
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("a, b: Cannot integrate with this weight over an infinite interval.");
        }
        if (o.limit < 1) {
            return new Quadpack.Out(0, 0, 0, 6, 0);
        }
        if (integr != 0) {
            return Quadpack.qawse(func, a, b, o.wvar[0], o.wvar[1], integr, o.epsabs, o.epsrel, o.limit);
        }
        return Quadpack.qawce(func, a, b, o.wvar[0], o.epsabs, o.epsrel, o.limit);
    }

    /** SciPy's reading of ier 6, prefixed by the parameter it concerns. */
    private static String invalid(double a, double b, QuadOptions o) {
        String weight = o.weight;
        String msg = "The input is invalid.";
        String param = "limit=" + o.limit;
        if (o.epsabs <= 0) {
            if (o.epsrel < Math.max(50 * Math.ulp(1.0), 5e-29)) {
                return "epsrel=" + o.epsrel + ": If 'epsabs'<=0, 'epsrel' must be greater than both 5e-29 and "
                        + "50*(machine epsilon).";
            } else if (weight != null && (weight.equals("sin") || weight.equals("cos"))
                    && Math.abs(a) + Math.abs(b) == Double.POSITIVE_INFINITY) {
                return "epsabs=" + o.epsabs + ": Sine or cosine weighted intergals with infinite domain must have "
                        + "'epsabs'>0.";
            }
        } else if (weight == null) {
            if (o.points == null) {
                return "limit=" + o.limit + ": Invalid 'limit' argument. There must be at least one subinterval";
            }
            double lo = Arrays.stream(o.points).min().orElse(a);
            double hi = Arrays.stream(o.points).max().orElse(a);
            if (!(Math.min(a, b) <= lo && hi <= Math.max(a, b))) {
                return "points=" + Arrays.toString(o.points) + ": All break points in 'points' must lie within the "
                        + "integration limits.";
            } else if (o.points.length >= o.limit) {
                return "limit=" + o.limit + ": Number of break points (" + o.points.length
                        + ") must be less than subinterval limit (" + o.limit + ")";
            }
        } else {
            if (o.maxp1 < 1) {
                return "maxp1=" + o.maxp1 + ": Chebyshev moment limit maxp1 must be >=1.";
            } else if ((weight.equals("cos") || weight.equals("sin")) && Math.abs(a + b) == Double.POSITIVE_INFINITY) {
                // SciPy names limlst for every invalid input of the Fourier integral (limit < 1 too)
                return (o.limlst < 3 ? "limlst=" + o.limlst : "limit=" + o.limit) + ": Cycle limit limlst must be >=3.";
            } else if (weight.startsWith("alg")) {
                if (Math.min(o.wvar[0], o.wvar[1]) < -1) {
                    return "wvar=" + Arrays.toString(o.wvar) + ": wvar parameters (alpha, beta) must both be >= -1.";
                }
                if (o.wvar[0] <= -1 || o.wvar[1] <= -1) {
                    param = "wvar=" + Arrays.toString(o.wvar);
                }
            } else if (weight.equals("cauchy") && (o.wvar[0] == a || o.wvar[0] == b)) {
                return "wvar=" + o.wvar[0] + ": Parameter 'wvar' must not equal integration limits 'a' or 'b'.";
            }
        }
        return param + ": " + msg;
    }
}
