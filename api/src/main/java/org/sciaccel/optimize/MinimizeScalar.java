package org.sciaccel.optimize;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * SciPy's {@code minimize_scalar} dispatch: the method by name (bounded when bounds are given and
 * no method is), tol mapped to each method's option as SciPy maps it, SciPy's refusals.
 */
final class MinimizeScalar {
    private MinimizeScalar() {
    }

    static OptimizeResult minimize(DoubleUnaryOperator f, MinimizeScalarOptions o) {
        if (f == null) {
            throw new IllegalArgumentException("fun: null");
        }
        MinimizeScalarOptions opts = o == null ? new MinimizeScalarOptions() : o;
        String meth = opts.method == null ? (opts.bounds == null ? "brent" : "bounded")
                : opts.method.toLowerCase(Locale.ROOT);
        if (opts.bounds != null && (meth.equals("brent") || meth.equals("golden"))) {
            throw new IllegalArgumentException("Use of `bounds` is incompatible with 'method=" + opts.method + "'.");
        }
        switch (meth) {
            case "brent": {
                double xtol = opts.xtol != null ? opts.xtol : opts.tol != null ? opts.tol : 1.48e-8;
                return BrentMinimizer.minimize(f, opts.bracket, xtol, opts.maxiter != null ? opts.maxiter : 500);
            }
            case "golden": {
                double xtol = opts.xtol != null ? opts.xtol : opts.tol != null ? opts.tol : GoldenSection.DEFAULT_XTOL;
                return GoldenSection.minimize(f, opts.bracket, xtol, opts.maxiter != null ? opts.maxiter : 5000);
            }
            case "bounded": {
                if (opts.bounds == null) {
                    throw new IllegalArgumentException("The `bounds` parameter is mandatory for method `bounded`.");
                }
                if (opts.bounds.length != 2) {
                    throw new IllegalArgumentException("bounds must have two elements.");
                }
                // SciPy warns that bounded has no relative tolerance and takes tol as xatol
                double xatol = opts.xatol != null ? opts.xatol : opts.tol != null ? opts.tol : 1e-5;
                return BoundedBrent.minimize(f, opts.bounds[0], opts.bounds[1], xatol,
                        opts.maxiter != null ? opts.maxiter : 500);
            }
            default:
                throw new IllegalArgumentException("Unknown solver " + opts.method);
        }
    }
}
