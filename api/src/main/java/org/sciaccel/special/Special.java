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

    // ---- special functions, part misc (issue 17): digamma, polygamma, zeta, erfinv, erfcinv, dawsn, binom, poch,
    // comb, perm, factorial ----

    /** scipy.special.digamma: the logarithmic derivative of Gamma (inf/-inf at -0/0, NaN at the negative integers). */
    public static NDArray digamma(NDArray z) {
        return SpecialUfuncs.run("digamma", new String[] {"z"}, z);
    }

    /** scipy.special.psi: the same ufunc as digamma. */
    public static NDArray psi(NDArray z) {
        return SpecialMiscFunctions.ufunc("special.psi", "digamma", new String[] {"z"}, z);
    }

    /**
     * scipy.special.polygamma: the n-th derivative of digamma, composed as SciPy 1.10 does:
     * where(n == 0, psi(x), (-1.0)**(n+1) * gamma(n+1.0) * zeta(n+1, x)) (NaN for non-integer or negative n).
     */
    public static NDArray polygamma(NDArray n, NDArray x) {
        requireNonNull(n, "n");
        requireNonNull(x, "x");
        return SpecialMiscFunctions.polygamma(n, x);
    }

    /** scipy.special.zeta(x): Riemann's zeta function (inf at 1, 0 at the negative even integers). */
    public static NDArray zeta(NDArray x) {
        return SpecialMiscFunctions.ufunc("special.zeta", "_riemann_zeta", new String[] {"x"}, x);
    }

    /** scipy.special.zeta(x, q): the Hurwitz zeta function sum (k + q)^-x (NaN for x < 1). */
    public static NDArray zeta(NDArray x, NDArray q) {
        return SpecialMiscFunctions.ufunc("special.zeta", "_zeta", new String[] {"x", "q"}, x, q);
    }

    /** scipy.special.erfinv: the inverse of erf on [-1, 1] (NaN outside). */
    public static NDArray erfinv(NDArray y) {
        return SpecialUfuncs.run("erfinv", new String[] {"y"}, y);
    }

    /** scipy.special.erfcinv: the inverse of erfc on [0, 2] (NaN outside). */
    public static NDArray erfcinv(NDArray y) {
        return SpecialUfuncs.run("erfcinv", new String[] {"y"}, y);
    }

    /** scipy.special.dawsn: Dawson's integral exp(-x^2) int_0^x exp(t^2) dt. */
    public static NDArray dawsn(NDArray x) {
        return SpecialUfuncs.run("dawsn", new String[] {"x"}, x);
    }

    /** scipy.special.binom: the binomial coefficient as a function of two real arguments. */
    public static NDArray binom(NDArray x, NDArray y) {
        return SpecialUfuncs.run("binom", new String[] {"x", "y"}, x, y);
    }

    /** scipy.special.poch: the Pochhammer symbol (z)_m = Gamma(z + m)/Gamma(z). */
    public static NDArray poch(NDArray z, NDArray m) {
        return SpecialUfuncs.run("poch", new String[] {"z", "m"}, z, m);
    }

    /**
     * scipy.special.comb(N, k, exact=False, repetition): binom(N, k) with 0 where not 0 &lt;= k &lt;= N (with
     * repetition N + k - 1 for N); two 0-d operands outside that give SciPy's float64 0.
     */
    public static NDArray comb(NDArray bigN, NDArray k, boolean repetition) {
        requireNonNull(bigN, "N");
        requireNonNull(k, "k");
        return SpecialMiscFunctions.comb(bigN, k, repetition);
    }

    /** scipy.special.comb(N, k, exact=True, repetition): the exact number of combinations (0 unless 0 &lt;= k &lt;= N). */
    public static java.math.BigInteger comb(long bigN, long k, boolean repetition) {
        return SpecialMiscFunctions.combExact(bigN, k, repetition);
    }

    /** scipy.special.perm(N, k, exact=False): poch(N - k + 1, k) with 0 where not 0 &lt;= k &lt;= N. */
    public static NDArray perm(NDArray bigN, NDArray k) {
        requireNonNull(bigN, "N");
        requireNonNull(k, "k");
        return SpecialMiscFunctions.perm(bigN, k);
    }

    /** scipy.special.perm(N, k, exact=True): N!/(N-k)! exactly (0 unless 0 &lt;= k &lt;= N). */
    public static java.math.BigInteger perm(long bigN, long k) {
        return SpecialMiscFunctions.permExact(bigN, k);
    }

    /** scipy.special.factorial(n, exact=False): Gamma(n + 1), 0 for n &lt; 0. */
    public static NDArray factorial(NDArray n) {
        return SpecialMiscFunctions.ufunc("special.factorial", "_factorial", new String[] {"n"}, n);
    }

    /** scipy.special.factorial(n, exact=True): n! exactly (0 for n &lt; 0). */
    public static java.math.BigInteger factorial(long n) {
        return SpecialMiscFunctions.factorialExact(n);
    }
    // ---- end of special functions, part misc ----
}
