package org.sciaccel.registry;

import java.util.List;
import org.sciaccel.NDArray;
import org.sciaccel.special.Special;

/**
 * The registry entries of scipy.special's incomplete gamma and beta functions, their inverses, beta, betaln and
 * the distribution helpers (issue 17, part incomplete), under SciPy's names and SciPy 1.10's parameter names;
 * every operand is an array (a 0-d array is a NumPy scalar, cast by value), broadcast against the others.
 */
public final class SpecialIncompleteEntries implements OpEntries {
    /** Every op of this family, as registered. */
    public static final List<String> NAMES = List.of("special.gammainc", "special.gammaincc",
            "special.gammaincinv", "special.gammainccinv", "special.beta", "special.betaln", "special.betainc",
            "special.betaincinv", "special.stdtr", "special.stdtrit", "special.chdtr", "special.chdtrc",
            "special.chdtri", "special.fdtr", "special.fdtrc", "special.fdtri", "special.gdtr", "special.gdtrc",
            "special.bdtr", "special.bdtrc", "special.bdtri", "special.pdtr", "special.pdtrc", "special.pdtri",
            "special.nbdtr", "special.nbdtrc", "special.nbdtri", "special.btdtr", "special.btdtri");

    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // served by the backends' element-wise engine (UfuncOps)
    }

    /** One operand-only function: its arrays in SciPy's order. */
    private interface Fn {
        NDArray apply(NDArray[] a);
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(op("gammainc", "The regularized lower incomplete gamma function P(a, x).", new String[] {"a", "x"},
                new String[] {"first parameter (real array)", "argument, broadcast"}, a -> Special.gammainc(a[0], a[1])));
        registry.add(op("gammaincc", "The regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x).", new String[] {"a", "x"},
                new String[] {"first parameter (real array)", "argument, broadcast"}, a -> Special.gammaincc(a[0], a[1])));
        registry.add(op("gammaincinv", "The inverse of gammainc in x: P(a, x) = y.", new String[] {"a", "y"},
                new String[] {"first parameter (real array)", "probability, broadcast"}, a -> Special.gammaincinv(a[0], a[1])));
        registry.add(op("gammainccinv", "The inverse of gammaincc in x: Q(a, x) = y.", new String[] {"a", "y"},
                new String[] {"first parameter (real array)", "probability, broadcast"}, a -> Special.gammainccinv(a[0], a[1])));
        registry.add(op("beta", "The beta function Gamma(a) Gamma(b) / Gamma(a + b).", new String[] {"a", "b"},
                new String[] {"first parameter (real array)", "second parameter, broadcast"}, a -> Special.beta(a[0], a[1])));
        registry.add(op("betaln", "The natural logarithm of |beta(a, b)|.", new String[] {"a", "b"},
                new String[] {"first parameter (real array)", "second parameter, broadcast"}, a -> Special.betaln(a[0], a[1])));
        registry.add(op("betainc", "The regularized incomplete beta function I_x(a, b).", new String[] {"a", "b", "x"},
                new String[] {"first parameter (real array)", "second parameter, broadcast", "argument, broadcast"}, a -> Special.betainc(a[0], a[1], a[2])));
        registry.add(op("betaincinv", "The inverse of betainc in x: I_x(a, b) = y.", new String[] {"a", "b", "y"},
                new String[] {"first parameter (real array)", "second parameter, broadcast", "probability, broadcast"}, a -> Special.betaincinv(a[0], a[1], a[2])));
        registry.add(op("stdtr", "Student's t distribution CDF at t with df degrees of freedom.", new String[] {"df", "t"},
                new String[] {"degrees of freedom", "argument, broadcast"}, a -> Special.stdtr(a[0], a[1])));
        registry.add(op("stdtrit", "The inverse of stdtr in t (cdflib's bracketing search, relative tolerance 1e-8).",
                new String[] {"df", "p"}, new String[] {"degrees of freedom", "probability, broadcast"},
                a -> Special.stdtrit(a[0], a[1])));
        registry.add(op("chdtr", "The chi-square CDF with v degrees of freedom, P(v/2, x/2).", new String[] {"v", "x"},
                new String[] {"degrees of freedom", "argument, broadcast"}, a -> Special.chdtr(a[0], a[1])));
        registry.add(op("chdtrc", "The chi-square survival function, Q(v/2, x/2) (1 below 0).", new String[] {"v", "x"},
                new String[] {"degrees of freedom", "argument, broadcast"}, a -> Special.chdtrc(a[0], a[1])));
        registry.add(op("chdtri", "The inverse of chdtrc in x.", new String[] {"v", "p"},
                new String[] {"degrees of freedom", "probability, broadcast"}, a -> Special.chdtri(a[0], a[1])));
        registry.add(op("fdtr", "The F distribution CDF.", new String[] {"dfn", "dfd", "x"},
                new String[] {"numerator degrees of freedom", "denominator degrees of freedom, broadcast", "argument, broadcast"}, a -> Special.fdtr(a[0], a[1], a[2])));
        registry.add(op("fdtrc", "The F distribution survival function.", new String[] {"dfn", "dfd", "x"},
                new String[] {"numerator degrees of freedom", "denominator degrees of freedom, broadcast", "argument, broadcast"}, a -> Special.fdtrc(a[0], a[1], a[2])));
        registry.add(op("fdtri", "The inverse of fdtr in x.", new String[] {"dfn", "dfd", "p"},
                new String[] {"numerator degrees of freedom", "denominator degrees of freedom, broadcast", "probability, broadcast"}, a -> Special.fdtri(a[0], a[1], a[2])));
        registry.add(op("gdtr", "The gamma distribution CDF (rate a, shape b), P(b, a x).", new String[] {"a", "b", "x"},
                new String[] {"first parameter (real array)", "second parameter, broadcast", "argument, broadcast"}, a -> Special.gdtr(a[0], a[1], a[2])));
        registry.add(op("gdtrc", "The gamma distribution survival function, Q(b, a x).", new String[] {"a", "b", "x"},
                new String[] {"first parameter (real array)", "second parameter, broadcast", "argument, broadcast"}, a -> Special.gdtrc(a[0], a[1], a[2])));
        registry.add(op("bdtr", "The binomial CDF: floor(k) or fewer successes in n trials (n truncated to an integer).", new String[] {"k", "n", "p"},
                new String[] {"number of successes or events", "number of trials or successes, broadcast", "probability, broadcast"}, a -> Special.bdtr(a[0], a[1], a[2])));
        registry.add(op("bdtrc", "The binomial survival function: more than floor(k) successes in n trials.", new String[] {"k", "n", "p"},
                new String[] {"number of successes or events", "number of trials or successes, broadcast", "probability, broadcast"}, a -> Special.bdtrc(a[0], a[1], a[2])));
        registry.add(op("bdtri", "The inverse of bdtr in p.", new String[] {"k", "n", "y"},
                new String[] {"number of successes or events", "number of trials or successes, broadcast", "probability, broadcast"}, a -> Special.bdtri(a[0], a[1], a[2])));
        registry.add(op("pdtr", "The Poisson CDF: floor(k) or fewer events at mean m.", new String[] {"k", "m"},
                new String[] {"number of successes or events", "mean, broadcast"}, a -> Special.pdtr(a[0], a[1])));
        registry.add(op("pdtrc", "The Poisson survival function: more than floor(k) events at mean m.", new String[] {"k", "m"},
                new String[] {"number of successes or events", "mean, broadcast"}, a -> Special.pdtrc(a[0], a[1])));
        registry.add(op("pdtri", "The inverse of pdtr in m (k truncated to an integer).", new String[] {"k", "y"},
                new String[] {"number of successes or events", "probability, broadcast"}, a -> Special.pdtri(a[0], a[1])));
        registry.add(op("nbdtr", "The negative binomial CDF (k and n truncated to integers).", new String[] {"k", "n", "p"},
                new String[] {"number of successes or events", "number of trials or successes, broadcast", "probability, broadcast"}, a -> Special.nbdtr(a[0], a[1], a[2])));
        registry.add(op("nbdtrc", "The negative binomial survival function.", new String[] {"k", "n", "p"},
                new String[] {"number of successes or events", "number of trials or successes, broadcast", "probability, broadcast"}, a -> Special.nbdtrc(a[0], a[1], a[2])));
        registry.add(op("nbdtri", "The inverse of nbdtr in p.", new String[] {"k", "n", "y"},
                new String[] {"number of successes or events", "number of trials or successes, broadcast", "probability, broadcast"}, a -> Special.nbdtri(a[0], a[1], a[2])));
        registry.add(op("btdtr", "The beta distribution CDF, I_x(a, b).", new String[] {"a", "b", "x"},
                new String[] {"first parameter (real array)", "second parameter, broadcast", "argument, broadcast"}, a -> Special.btdtr(a[0], a[1], a[2])));
        registry.add(op("btdtri", "The inverse of btdtr in x.", new String[] {"a", "b", "p"},
                new String[] {"first parameter (real array)", "second parameter, broadcast", "probability, broadcast"}, a -> Special.btdtri(a[0], a[1], a[2])));
    }

    private static OpSpec op(String name, String summary, String[] params, String[] docs, Fn f) {
        OpSpec.Builder b = OpSpec.builder("special." + name).summary(summary);
        for (int i = 0; i < params.length; i++) {
            b.input(params[i], docs[i]);
        }
        return b.output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> {
                    NDArray[] in = new NDArray[params.length];
                    for (int i = 0; i < in.length; i++) {
                        in[i] = a.input(i);
                    }
                    return OpOutputs.result(f.apply(in));
                })
                .build();
    }
}
