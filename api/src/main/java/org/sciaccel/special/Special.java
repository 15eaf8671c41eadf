package org.sciaccel.special;

import org.sciaccel.NDArray;

/**
 * scipy.special: SciPy 1.10's special functions, element-wise with broadcasting on the arrays' backend (the
 * element-wise engine: multithreaded Java on the CPU, generated OpenCL kernels), float32 and float64 (integer and
 * float16 operands take SciPy's loop, float64 or float32, as NumPy resolves it; a Java {@code double} is a Python
 * float). Each function is SciPy's of the snake_case name ({@code logNdtr} is {@code log_ndtr}).
 */
public final class Special {
    private Special() {
    }

    // ---- special functions, part 1 (issue 17): logistic, xlogy, error function, normal CDF, gammaln ----

    /** scipy.special.expit: the logistic sigmoid 1/(1 + exp(-x)). */
    public static NDArray expit(NDArray x) {
        return SpecialUfuncs.run("expit", new String[] {"x"}, x);
    }

    /** scipy.special.logit: log(p/(1 - p)), the inverse of expit (NaN outside [0, 1]). */
    public static NDArray logit(NDArray x) {
        return SpecialUfuncs.run("logit", new String[] {"x"}, x);
    }

    /** scipy.special.log_expit: log(expit(x)) without underflow. */
    public static NDArray logExpit(NDArray x) {
        return SpecialUfuncs.run("log_expit", new String[] {"x"}, x);
    }

    /** scipy.special.xlogy: x*log(y), 0 where x = 0 (unless y is NaN). */
    public static NDArray xlogy(NDArray x, NDArray y) {
        return SpecialUfuncs.run("xlogy", new String[] {"x", "y"}, x, y);
    }

    /** scipy.special.xlogy with a Python float y. */
    public static NDArray xlogy(NDArray x, double y) {
        return SpecialUfuncs.run("xlogy", new String[] {"x", "y"}, x, y);
    }

    /** scipy.special.xlogy with a Python float x. */
    public static NDArray xlogy(double x, NDArray y) {
        return SpecialUfuncs.run("xlogy", new String[] {"x", "y"}, x, y);
    }

    /** scipy.special.xlog1py: x*log1p(y), 0 where x = 0 (unless y is NaN). */
    public static NDArray xlog1py(NDArray x, NDArray y) {
        return SpecialUfuncs.run("xlog1py", new String[] {"x", "y"}, x, y);
    }

    /** scipy.special.xlog1py with a Python float y. */
    public static NDArray xlog1py(NDArray x, double y) {
        return SpecialUfuncs.run("xlog1py", new String[] {"x", "y"}, x, y);
    }

    /** scipy.special.xlog1py with a Python float x. */
    public static NDArray xlog1py(double x, NDArray y) {
        return SpecialUfuncs.run("xlog1py", new String[] {"x", "y"}, x, y);
    }

    /** scipy.special.erf: the error function (real arguments). */
    public static NDArray erf(NDArray z) {
        return SpecialUfuncs.run("erf", new String[] {"z"}, z);
    }

    /** scipy.special.erfc: the complementary error function 1 - erf(x). */
    public static NDArray erfc(NDArray x) {
        return SpecialUfuncs.run("erfc", new String[] {"x"}, x);
    }

    /** scipy.special.erfcx: the scaled complementary error function exp(x^2) erfc(x). */
    public static NDArray erfcx(NDArray x) {
        return SpecialUfuncs.run("erfcx", new String[] {"x"}, x);
    }

    /** scipy.special.ndtr: the standard normal CDF. */
    public static NDArray ndtr(NDArray x) {
        return SpecialUfuncs.run("ndtr", new String[] {"x"}, x);
    }

    /** scipy.special.ndtri: the inverse of ndtr (-inf at 0, inf at 1, NaN outside [0, 1]). */
    public static NDArray ndtri(NDArray y) {
        return SpecialUfuncs.run("ndtri", new String[] {"y"}, y);
    }

    /** scipy.special.log_ndtr: the log of the standard normal CDF, accurate in both tails. */
    public static NDArray logNdtr(NDArray x) {
        return SpecialUfuncs.run("log_ndtr", new String[] {"x"}, x);
    }

    /** scipy.special.gammaln: log|Gamma(x)| (inf at the poles 0, -1, -2, ...). */
    public static NDArray gammaln(NDArray x) {
        return SpecialUfuncs.run("gammaln", new String[] {"x"}, x);
    }
    /** scipy.special.gamma: the gamma function (inf at 0 and the negative integers). */
    public static NDArray gamma(NDArray z) {
        return SpecialUfuncs.run("gamma", new String[] {"z"}, z);
    }

    /** scipy.special.rgamma: 1/gamma(z) (0 at the poles). */
    public static NDArray rgamma(NDArray z) {
        return SpecialUfuncs.run("rgamma", new String[] {"z"}, z);
    }

    /** scipy.special.gammasgn: the sign of gamma(x) (0 at 0 and the negative integers). */
    public static NDArray gammasgn(NDArray x) {
        return SpecialUfuncs.run("gammasgn", new String[] {"x"}, x);
    }

    /** scipy.special.loggamma of real arguments: log(gamma(x)), NaN below 0. */
    public static NDArray loggamma(NDArray x) {
        return SpecialUfuncs.run("loggamma", new String[] {"x"}, x);
    }
    /**
     * scipy.special.logsumexp: log(sum(b exp(a))) over {@code axis} (null: every axis) without overflow;
     * {@code b} (null: none) broadcast against a, a weight per element (where 0, that element is left out).
     */
    public static NDArray logsumexp(NDArray a, int[] axis, NDArray b, boolean keepdims) {
        requireNonNull(a, "a");
        return SpecialReductions.logsumexp(a, axis, b, keepdims, false)[0];
    }

    /** scipy.special.logsumexp(a) over every axis. */
    public static NDArray logsumexp(NDArray a) {
        return logsumexp(a, null, null, false);
    }

    /**
     * scipy.special.logsumexp(..., return_sign=True): {log|sum(b exp(a))|, its sign} (the sign -1, 0 or 1; the
     * log of 0 is -inf).
     */
    public static NDArray[] logsumexpWithSign(NDArray a, int[] axis, NDArray b, boolean keepdims) {
        requireNonNull(a, "a");
        return SpecialReductions.logsumexp(a, axis, b, keepdims, true);
    }

    /** scipy.special.softmax: exp(x - max) / sum(exp(x - max)) over {@code axis} (null: every axis). */
    public static NDArray softmax(NDArray x, int[] axis) {
        requireNonNull(x, "x");
        return SpecialReductions.softmax(x, axis);
    }

    private static void requireNonNull(Object v, String name) {
        if (v == null) {
            throw new IllegalArgumentException("special: " + name + " is null");
        }
    }
    // ---- end of special functions, part 1 ----

    // ---- special functions, part incomplete (issue 17): incomplete gamma and beta functions, their inverses, beta,
    // ---- betaln and the distribution helpers stats uses (SciPy 1.10's loops; integer operands take the float64 loop)

    /** scipy.special.gammainc: the regularized lower incomplete gamma function P(a, x). */
    public static NDArray gammainc(NDArray a, NDArray x) {
        return SpecialUfuncs.run("gammainc", new String[] {"a", "x"}, a, x);
    }

    /** scipy.special.gammaincc: the regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x). */
    public static NDArray gammaincc(NDArray a, NDArray x) {
        return SpecialUfuncs.run("gammaincc", new String[] {"a", "x"}, a, x);
    }

    /** scipy.special.gammaincinv: the inverse of gammainc in x: P(a, x) = y. */
    public static NDArray gammaincinv(NDArray a, NDArray y) {
        return SpecialUfuncs.run("gammaincinv", new String[] {"a", "y"}, a, y);
    }

    /** scipy.special.gammainccinv: the inverse of gammaincc in x: Q(a, x) = y. */
    public static NDArray gammainccinv(NDArray a, NDArray y) {
        return SpecialUfuncs.run("gammainccinv", new String[] {"a", "y"}, a, y);
    }

    /** scipy.special.beta: the beta function Gamma(a) Gamma(b) / Gamma(a + b). */
    public static NDArray beta(NDArray a, NDArray b) {
        return SpecialUfuncs.run("beta", new String[] {"a", "b"}, a, b);
    }

    /** scipy.special.betaln: the natural logarithm of |beta(a, b)|. */
    public static NDArray betaln(NDArray a, NDArray b) {
        return SpecialUfuncs.run("betaln", new String[] {"a", "b"}, a, b);
    }

    /** scipy.special.betainc: the regularized incomplete beta function I_x(a, b). */
    public static NDArray betainc(NDArray a, NDArray b, NDArray x) {
        return SpecialUfuncs.run("betainc", new String[] {"a", "b", "x"}, a, b, x);
    }

    /** scipy.special.betaincinv: the inverse of betainc in x: I_x(a, b) = y. */
    public static NDArray betaincinv(NDArray a, NDArray b, NDArray y) {
        return SpecialUfuncs.run("betaincinv", new String[] {"a", "b", "y"}, a, b, y);
    }

    /** scipy.special.stdtr: student's t distribution CDF at t with df degrees of freedom. */
    public static NDArray stdtr(NDArray df, NDArray t) {
        return SpecialUfuncs.run("stdtr", new String[] {"df", "t"}, df, t);
    }

    /** scipy.special.stdtrit: the inverse of stdtr in t (cdflib's search: its relative tolerance is 1e-8). */
    public static NDArray stdtrit(NDArray df, NDArray p) {
        return SpecialUfuncs.run("stdtrit", new String[] {"df", "p"}, df, p);
    }

    /** scipy.special.chdtr: the chi-square CDF with v degrees of freedom, P(v/2, x/2). */
    public static NDArray chdtr(NDArray v, NDArray x) {
        return SpecialUfuncs.run("chdtr", new String[] {"v", "x"}, v, x);
    }

    /** scipy.special.chdtrc: the chi-square survival function, Q(v/2, x/2) (1 below 0). */
    public static NDArray chdtrc(NDArray v, NDArray x) {
        return SpecialUfuncs.run("chdtrc", new String[] {"v", "x"}, v, x);
    }

    /** scipy.special.chdtri: the inverse of chdtrc in x. */
    public static NDArray chdtri(NDArray v, NDArray p) {
        return SpecialUfuncs.run("chdtri", new String[] {"v", "p"}, v, p);
    }

    /** scipy.special.fdtr: the F distribution CDF. */
    public static NDArray fdtr(NDArray dfn, NDArray dfd, NDArray x) {
        return SpecialUfuncs.run("fdtr", new String[] {"dfn", "dfd", "x"}, dfn, dfd, x);
    }

    /** scipy.special.fdtrc: the F distribution survival function. */
    public static NDArray fdtrc(NDArray dfn, NDArray dfd, NDArray x) {
        return SpecialUfuncs.run("fdtrc", new String[] {"dfn", "dfd", "x"}, dfn, dfd, x);
    }

    /** scipy.special.fdtri: the inverse of fdtr in x. */
    public static NDArray fdtri(NDArray dfn, NDArray dfd, NDArray p) {
        return SpecialUfuncs.run("fdtri", new String[] {"dfn", "dfd", "p"}, dfn, dfd, p);
    }

    /** scipy.special.gdtr: the gamma distribution CDF (rate a, shape b), P(b, a x). */
    public static NDArray gdtr(NDArray a, NDArray b, NDArray x) {
        return SpecialUfuncs.run("gdtr", new String[] {"a", "b", "x"}, a, b, x);
    }

    /** scipy.special.gdtrc: the gamma distribution survival function, Q(b, a x). */
    public static NDArray gdtrc(NDArray a, NDArray b, NDArray x) {
        return SpecialUfuncs.run("gdtrc", new String[] {"a", "b", "x"}, a, b, x);
    }

    /** scipy.special.bdtr: the binomial CDF: floor(k) or fewer successes in n trials (n truncated to an integer). */
    public static NDArray bdtr(NDArray k, NDArray n, NDArray p) {
        return SpecialUfuncs.run("bdtr", new String[] {"k", "n", "p"}, k, n, p);
    }

    /** scipy.special.bdtrc: the binomial survival function: more than floor(k) successes in n trials. */
    public static NDArray bdtrc(NDArray k, NDArray n, NDArray p) {
        return SpecialUfuncs.run("bdtrc", new String[] {"k", "n", "p"}, k, n, p);
    }

    /** scipy.special.bdtri: the inverse of bdtr in p. */
    public static NDArray bdtri(NDArray k, NDArray n, NDArray y) {
        return SpecialUfuncs.run("bdtri", new String[] {"k", "n", "y"}, k, n, y);
    }

    /** scipy.special.pdtr: the Poisson CDF: floor(k) or fewer events at mean m. */
    public static NDArray pdtr(NDArray k, NDArray m) {
        return SpecialUfuncs.run("pdtr", new String[] {"k", "m"}, k, m);
    }

    /** scipy.special.pdtrc: the Poisson survival function: more than floor(k) events at mean m. */
    public static NDArray pdtrc(NDArray k, NDArray m) {
        return SpecialUfuncs.run("pdtrc", new String[] {"k", "m"}, k, m);
    }

    /** scipy.special.pdtri: the inverse of pdtr in m (k truncated to an integer). */
    public static NDArray pdtri(NDArray k, NDArray y) {
        return SpecialUfuncs.run("pdtri", new String[] {"k", "y"}, k, y);
    }

    /** scipy.special.nbdtr: the negative binomial CDF (k and n truncated to integers). */
    public static NDArray nbdtr(NDArray k, NDArray n, NDArray p) {
        return SpecialUfuncs.run("nbdtr", new String[] {"k", "n", "p"}, k, n, p);
    }

    /** scipy.special.nbdtrc: the negative binomial survival function. */
    public static NDArray nbdtrc(NDArray k, NDArray n, NDArray p) {
        return SpecialUfuncs.run("nbdtrc", new String[] {"k", "n", "p"}, k, n, p);
    }

    /** scipy.special.nbdtri: the inverse of nbdtr in p. */
    public static NDArray nbdtri(NDArray k, NDArray n, NDArray y) {
        return SpecialUfuncs.run("nbdtri", new String[] {"k", "n", "y"}, k, n, y);
    }

    /** scipy.special.btdtr: the beta distribution CDF, I_x(a, b). */
    public static NDArray btdtr(NDArray a, NDArray b, NDArray x) {
        return SpecialUfuncs.run("btdtr", new String[] {"a", "b", "x"}, a, b, x);
    }

    /** scipy.special.btdtri: the inverse of btdtr in x. */
    public static NDArray btdtri(NDArray a, NDArray b, NDArray p) {
        return SpecialUfuncs.run("btdtri", new String[] {"a", "b", "p"}, a, b, p);
    }
}
