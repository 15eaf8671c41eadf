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
    // ---- special functions, part bessel (issue 17): Bessel functions of real argument ----

    /** scipy.special.j0: the Bessel function of the first kind of order 0. */
    public static NDArray j0(NDArray x) {
        return SpecialUfuncs.run("j0", new String[] {"x"}, x);
    }

    /** scipy.special.j1: the Bessel function of the first kind of order 1. */
    public static NDArray j1(NDArray x) {
        return SpecialUfuncs.run("j1", new String[] {"x"}, x);
    }

    /** scipy.special.y0: the Bessel function of the second kind of order 0 (-inf at 0, NaN below). */
    public static NDArray y0(NDArray x) {
        return SpecialUfuncs.run("y0", new String[] {"x"}, x);
    }

    /** scipy.special.y1: the Bessel function of the second kind of order 1 (-inf at 0, NaN below). */
    public static NDArray y1(NDArray x) {
        return SpecialUfuncs.run("y1", new String[] {"x"}, x);
    }

    /** scipy.special.i0: the modified Bessel function of the first kind of order 0. */
    public static NDArray i0(NDArray x) {
        return SpecialUfuncs.run("i0", new String[] {"x"}, x);
    }

    /** scipy.special.i0e: the exponentially scaled i0: exp(-|x|) i0(x). */
    public static NDArray i0e(NDArray x) {
        return SpecialUfuncs.run("i0e", new String[] {"x"}, x);
    }

    /** scipy.special.i1: the modified Bessel function of the first kind of order 1. */
    public static NDArray i1(NDArray x) {
        return SpecialUfuncs.run("i1", new String[] {"x"}, x);
    }

    /** scipy.special.i1e: the exponentially scaled i1: exp(-|x|) i1(x). */
    public static NDArray i1e(NDArray x) {
        return SpecialUfuncs.run("i1e", new String[] {"x"}, x);
    }

    /** scipy.special.k0: the modified Bessel function of the second kind of order 0 (inf at 0, NaN below). */
    public static NDArray k0(NDArray x) {
        return SpecialUfuncs.run("k0", new String[] {"x"}, x);
    }

    /** scipy.special.k1: the modified Bessel function of the second kind of order 1 (inf at 0, NaN below). */
    public static NDArray k1(NDArray x) {
        return SpecialUfuncs.run("k1", new String[] {"x"}, x);
    }

    /** scipy.special.jv: the Bessel function of the first kind of real order v (NaN for x < 0 unless v is an integer). */
    public static NDArray jv(NDArray v, NDArray z) {
        return SpecialUfuncs.run("jv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.jv with a Python float order: the Bessel function of the first kind of real order v (NaN for x < 0 unless v is an integer). */
    public static NDArray jv(double v, NDArray z) {
        return SpecialUfuncs.run("jv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.jv with a Python float argument: the Bessel function of the first kind of real order v (NaN for x < 0 unless v is an integer). */
    public static NDArray jv(NDArray v, double z) {
        return SpecialUfuncs.run("jv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.jn: the the same function as jv (SciPy's jn is jv). */
    public static NDArray jn(NDArray v, NDArray z) {
        return SpecialUfuncs.run("jv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.jn with a Python float order: the the same function as jv (SciPy's jn is jv). */
    public static NDArray jn(double v, NDArray z) {
        return SpecialUfuncs.run("jv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.jn with a Python float argument: the the same function as jv (SciPy's jn is jv). */
    public static NDArray jn(NDArray v, double z) {
        return SpecialUfuncs.run("jv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.yv: the Bessel function of the second kind of real order v (NaN for z < 0). */
    public static NDArray yv(NDArray v, NDArray z) {
        return SpecialUfuncs.run("yv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.yv with a Python float order: the Bessel function of the second kind of real order v (NaN for z < 0). */
    public static NDArray yv(double v, NDArray z) {
        return SpecialUfuncs.run("yv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.yv with a Python float argument: the Bessel function of the second kind of real order v (NaN for z < 0). */
    public static NDArray yv(NDArray v, double z) {
        return SpecialUfuncs.run("yv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.iv: the modified Bessel function of the first kind of real order v (NaN for z < 0 unless v is an integer). */
    public static NDArray iv(NDArray v, NDArray z) {
        return SpecialUfuncs.run("iv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.iv with a Python float order: the modified Bessel function of the first kind of real order v (NaN for z < 0 unless v is an integer). */
    public static NDArray iv(double v, NDArray z) {
        return SpecialUfuncs.run("iv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.iv with a Python float argument: the modified Bessel function of the first kind of real order v (NaN for z < 0 unless v is an integer). */
    public static NDArray iv(NDArray v, double z) {
        return SpecialUfuncs.run("iv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.ive: the exponentially scaled iv: exp(-|z|) iv(v, z). */
    public static NDArray ive(NDArray v, NDArray z) {
        return SpecialUfuncs.run("ive", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.ive with a Python float order: the exponentially scaled iv: exp(-|z|) iv(v, z). */
    public static NDArray ive(double v, NDArray z) {
        return SpecialUfuncs.run("ive", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.ive with a Python float argument: the exponentially scaled iv: exp(-|z|) iv(v, z). */
    public static NDArray ive(NDArray v, double z) {
        return SpecialUfuncs.run("ive", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.kv: the modified Bessel function of the second kind of real order v (inf at 0, NaN below). */
    public static NDArray kv(NDArray v, NDArray z) {
        return SpecialUfuncs.run("kv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.kv with a Python float order: the modified Bessel function of the second kind of real order v (inf at 0, NaN below). */
    public static NDArray kv(double v, NDArray z) {
        return SpecialUfuncs.run("kv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.kv with a Python float argument: the modified Bessel function of the second kind of real order v (inf at 0, NaN below). */
    public static NDArray kv(NDArray v, double z) {
        return SpecialUfuncs.run("kv", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.kve: the exponentially scaled kv: exp(z) kv(v, z). */
    public static NDArray kve(NDArray v, NDArray z) {
        return SpecialUfuncs.run("kve", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.kve with a Python float order: the exponentially scaled kv: exp(z) kv(v, z). */
    public static NDArray kve(double v, NDArray z) {
        return SpecialUfuncs.run("kve", new String[] {"v", "z"}, v, z);
    }

    /** scipy.special.kve with a Python float argument: the exponentially scaled kv: exp(z) kv(v, z). */
    public static NDArray kve(NDArray v, double z) {
        return SpecialUfuncs.run("kve", new String[] {"v", "z"}, v, z);
    }

    /**
     * scipy.special.yn: the Bessel function of the second kind of integer order n (an order of an integer dtype takes SciPy's
     * int64,float64 loop, a float order is truncated to an integer as SciPy's float loops do).
     */
    public static NDArray yn(NDArray n, NDArray x) {
        return SpecialBesselUfuncs.runIntegerOrder("yn", new String[] {"n", "x"}, false, n, x);
    }

    /** scipy.special.yn with a Python int order. */
    public static NDArray yn(long n, NDArray x) {
        return SpecialBesselUfuncs.runIntegerOrder("yn", new String[] {"n", "x"}, false, n, x);
    }

    /** scipy.special.yn with a Python float order (truncated to an integer). */
    public static NDArray yn(double n, NDArray x) {
        return SpecialBesselUfuncs.runIntegerOrder("yn", new String[] {"n", "x"}, false, n, x);
    }

    /**
     * scipy.special.kn: the modified Bessel function of the second kind of integer order n (an order of an integer dtype takes SciPy's
     * int64,float64 loop, a float order is truncated to an integer as SciPy's float loops do).
     */
    public static NDArray kn(NDArray n, NDArray x) {
        return SpecialBesselUfuncs.runIntegerOrder("kn", new String[] {"n", "x"}, false, n, x);
    }

    /** scipy.special.kn with a Python int order. */
    public static NDArray kn(long n, NDArray x) {
        return SpecialBesselUfuncs.runIntegerOrder("kn", new String[] {"n", "x"}, false, n, x);
    }

    /** scipy.special.kn with a Python float order (truncated to an integer). */
    public static NDArray kn(double n, NDArray x) {
        return SpecialBesselUfuncs.runIntegerOrder("kn", new String[] {"n", "x"}, false, n, x);
    }

    /**
     * scipy.special.spherical_jn(n, z, derivative): the spherical Bessel function of the first kind j_n(z) =
     * sqrt(pi/(2z)) J_{n+1/2}(z), or its derivative; n of an integer dtype (a float order is SciPy's TypeError), n &lt; 0
     * gives NaN; real z only (SciPy's complex loop is not run).
     */
    public static NDArray sphericalJn(NDArray n, NDArray z, boolean derivative) {
        return SpecialBesselUfuncs.runIntegerOrder("spherical_jn", derivative ? "_spherical_jn_d" : "_spherical_jn",
                new String[] {"n", "z"}, true, n, z);
    }

    /** scipy.special.spherical_jn(n, z) (derivative=False). */
    public static NDArray sphericalJn(NDArray n, NDArray z) {
        return sphericalJn(n, z, false);
    }

    /** scipy.special.spherical_jn with a Python int order. */
    public static NDArray sphericalJn(long n, NDArray z, boolean derivative) {
        return SpecialBesselUfuncs.runIntegerOrder("spherical_jn", derivative ? "_spherical_jn_d" : "_spherical_jn",
                new String[] {"n", "z"}, true, n, z);
    }

    /** scipy.special.spherical_jn(n, z) with a Python int order (derivative=False). */
    public static NDArray sphericalJn(long n, NDArray z) {
        return sphericalJn(n, z, false);
    }
    // ---- end of special functions, part bessel ----
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

    // ---- special functions, part stats-rest (issue 17) ----

    /**
     * scipy.special.pdtrik(p, m): the (real) k with pdtr(k, m) = p, found by cdflib's search (a stepping bracket
     * search, then the Bus-Dekker zero finder to a relative tolerance of 1e-8), as SciPy 1.10.1 does.
     */
    public static NDArray pdtrik(NDArray p, NDArray m) {
        return SpecialUfuncs.run("pdtrik", new String[] {"p", "m"}, p, m);
    }
    // ---- end of special functions, part stats-rest ----
}
