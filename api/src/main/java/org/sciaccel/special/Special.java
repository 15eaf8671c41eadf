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

    // ---- special functions, part ellip (issue 17): elliptic functions and integrals, exponential and
    // ---- trigonometric integrals, Lambert W, Owen's T ----

    /**
     * scipy.special.ellipj: the Jacobian elliptic functions of (u | m), {sn, cn, dn, ph} (ph the amplitude), NaN
     * for m outside [0, 1]. Each output is its own element-wise pass over the operands (four passes).
     */
    public static NDArray[] ellipj(NDArray u, NDArray m) {
        return SpecialEllip.outputs("ellipj", ELLIPJ_OUTPUTS, new String[] {"u", "m"}, u, m);
    }

    /** scipy.special.ellipj with a Python float m. */
    public static NDArray[] ellipj(NDArray u, double m) {
        return SpecialEllip.outputs("ellipj", ELLIPJ_OUTPUTS, new String[] {"u", "m"}, u, m);
    }

    private static final String[] ELLIPJ_OUTPUTS = {"ellipj_sn", "ellipj_cn", "ellipj_dn", "ellipj_ph"};

    /** scipy.special.ellipk: the complete elliptic integral of the first kind K(m) (m may be negative; inf at 1). */
    public static NDArray ellipk(NDArray m) {
        return SpecialUfuncs.run("ellipk", new String[] {"m"}, m);
    }

    /** scipy.special.ellipkm1: K(1 - p), accurate near m = 1. */
    public static NDArray ellipkm1(NDArray p) {
        return SpecialUfuncs.run("ellipkm1", new String[] {"p"}, p);
    }

    /** scipy.special.ellipe: the complete elliptic integral of the second kind E(m) (NaN above 1). */
    public static NDArray ellipe(NDArray m) {
        return SpecialUfuncs.run("ellipe", new String[] {"m"}, m);
    }

    /** scipy.special.ellipkinc: the incomplete elliptic integral of the first kind F(phi | m). */
    public static NDArray ellipkinc(NDArray phi, NDArray m) {
        return SpecialUfuncs.run("ellipkinc", new String[] {"phi", "m"}, phi, m);
    }

    /** scipy.special.ellipkinc with a Python float m. */
    public static NDArray ellipkinc(NDArray phi, double m) {
        return SpecialUfuncs.run("ellipkinc", new String[] {"phi", "m"}, phi, m);
    }

    /** scipy.special.ellipeinc: the incomplete elliptic integral of the second kind E(phi | m). */
    public static NDArray ellipeinc(NDArray phi, NDArray m) {
        return SpecialUfuncs.run("ellipeinc", new String[] {"phi", "m"}, phi, m);
    }

    /** scipy.special.ellipeinc with a Python float m. */
    public static NDArray ellipeinc(NDArray phi, double m) {
        return SpecialUfuncs.run("ellipeinc", new String[] {"phi", "m"}, phi, m);
    }

    /**
     * scipy.special.sici: {Si(x), Ci(x)}, real or complex (SciPy's complex loop: complex64 computed in complex128);
     * for real x &lt; 0 Ci is Ci(|x|), the real part, as SciPy's real loop gives it. Two element-wise passes.
     */
    public static NDArray[] sici(NDArray x) {
        return SpecialEllip.outputs("sici", new String[] {"sici_si", "sici_ci"}, new String[] {"x"}, x);
    }

    /** scipy.special.expi: the exponential integral Ei(x), real (-E1(-x) below 0) or complex. */
    public static NDArray expi(NDArray x) {
        return SpecialUfuncs.run("expi", new String[] {"x"}, x);
    }

    /** scipy.special.exp1: the exponential integral E1(z), real (NaN below 0, inf at 0) or complex. */
    public static NDArray exp1(NDArray z) {
        return SpecialUfuncs.run("exp1", new String[] {"z"}, z);
    }

    /**
     * scipy.special.expn: the generalized exponential integral E_n(x); an integer array n takes SciPy's
     * int64,float64 loop, a float n is truncated to an integer (SciPy warns), NaN for n &lt; 0 or x &lt; 0.
     */
    public static NDArray expn(NDArray n, NDArray x) {
        return SpecialEllip.expn(n, x);
    }

    /** scipy.special.expn with a Python int n. */
    public static NDArray expn(long n, NDArray x) {
        return SpecialEllip.expn(n, x);
    }

    /**
     * scipy.special.lambertw(z, k, tol): the branch k of the Lambert W function, complex128 (SciPy's only loop;
     * real and complex64 z are converted), Halley's iteration to relative step tol.
     */
    public static NDArray lambertw(NDArray z, long k, double tol) {
        return SpecialEllip.lambertw(z, k, tol);
    }

    /**
     * scipy.special.lambertw(z, k, tol) with arrays of branches k (an integer or bool dtype, as SciPy's int64
     * loop takes) and tolerances tol, broadcast against z.
     */
    public static NDArray lambertw(NDArray z, NDArray k, NDArray tol) {
        return SpecialEllip.lambertw(z, k, tol);
    }

    /** scipy.special.lambertw(z, k) with SciPy's tol = 1e-8. */
    public static NDArray lambertw(NDArray z, long k) {
        return SpecialEllip.lambertw(z, k, 1e-8);
    }

    /** scipy.special.lambertw(z): the principal branch k = 0, tol = 1e-8. */
    public static NDArray lambertw(NDArray z) {
        return SpecialEllip.lambertw(z, 0, 1e-8);
    }

    /** scipy.special.owens_t: Owen's T function T(h, a). */
    public static NDArray owensT(NDArray h, NDArray a) {
        return SpecialUfuncs.run("owens_t", new String[] {"h", "a"}, h, a);
    }

    /** scipy.special.owens_t with a Python float a. */
    public static NDArray owensT(NDArray h, double a) {
        return SpecialUfuncs.run("owens_t", new String[] {"h", "a"}, h, a);
    }
    // ---- end of special functions, part ellip ----
}
