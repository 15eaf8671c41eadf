package org.sciaccel.spi;

/**
 * The element-wise primitives an {@link ElementwiseProgram} node computes, each with NumPy 1.24's
 * semantics for every loop type it is given (both backends implement each once: the CPU in
 * {@code org.sciaccel.cpu.ufunc}, OpenCL in {@code kernels/common/npmath.cl}):
 *
 * <ul>
 * <li>integer loops wrap on overflow; floor_divide and remainder follow Python (floor, the divisor's sign),
 *     an integer divided by 0 gives 0 (NumPy warns); power of integers refuses negative exponents
 *     (NumPy's {@code ValueError}); shifts by the type's width or more give 0 (-1 for a negative value shifted
 *     right); bool loops are logical (add is or, multiply and, invert not);</li>
 * <li>float16 is computed in float32 and rounded to half after every node, as NumPy's half loops;</li>
 * <li>maximum and minimum propagate NaN, fmax and fmin ignore it; complex values order lexicographically;
 *     rint and round go half to even; sign of a complex value is the sign of its real part (of its
 *     imaginary part when the real part is 0).</li>
 * </ul>
 *
 * <p>{@link #ufunc()} is NumPy's ufunc whose loops a node of this function runs ({@code null} for the few
 * NumPy functions that are not ufuncs: where, nan_to_num, real, imag, cast; np.round and np.angle are
 * compositions of ufunc nodes), so that callers resolve
 * its loop with {@link org.sciaccel.numpy.NumpyTypes#resolve}.
 */
public enum ElementwiseFunction {
    ADD("add", 2), SUBTRACT("subtract", 2), MULTIPLY("multiply", 2), DIVIDE("divide", 2),
    FLOOR_DIVIDE("floor_divide", 2), REMAINDER("remainder", 2), POWER("power", 2),
    NEGATIVE("negative", 1), POSITIVE("positive", 1), ABSOLUTE("absolute", 1), SIGN("sign", 1),
    SQRT("sqrt", 1), CBRT("cbrt", 1), SQUARE("square", 1), RECIPROCAL("reciprocal", 1),
    EXP("exp", 1), EXP2("exp2", 1), EXPM1("expm1", 1), LOG("log", 1), LOG2("log2", 1), LOG10("log10", 1),
    LOG1P("log1p", 1),
    SIN("sin", 1), COS("cos", 1), TAN("tan", 1), ARCSIN("arcsin", 1), ARCCOS("arccos", 1), ARCTAN("arctan", 1),
    ARCTAN2("arctan2", 2), SINH("sinh", 1), COSH("cosh", 1), TANH("tanh", 1), ARCSINH("arcsinh", 1),
    ARCCOSH("arccosh", 1), ARCTANH("arctanh", 1), HYPOT("hypot", 2), DEG2RAD("deg2rad", 1), RAD2DEG("rad2deg", 1),
    FLOOR("floor", 1), CEIL("ceil", 1), TRUNC("trunc", 1), RINT("rint", 1),
    /** clip(x, min, max) = minimum(maximum(x, min), max) with NaN propagating from x and the bounds. */
    CLIP("clip", 3),
    MAXIMUM("maximum", 2), MINIMUM("minimum", 2), FMAX("fmax", 2), FMIN("fmin", 2),
    ISNAN("isnan", 1), ISINF("isinf", 1), ISFINITE("isfinite", 1),
    /** np.nan_to_num: {@code params = {nan, posinf, neginf}}, already cast to the loop type's range. */
    NAN_TO_NUM(null, 1),
    /** The real part (complex loop to its component type; a real value as it is). */
    REAL(null, 1),
    /** The imaginary part (complex loop to its component type; 0 for a real value). */
    IMAG(null, 1),
    CONJUGATE("conjugate", 1),
    EQUAL("equal", 2), NOT_EQUAL("not_equal", 2), LESS("less", 2), LESS_EQUAL("less_equal", 2),
    GREATER("greater", 2), GREATER_EQUAL("greater_equal", 2),
    LOGICAL_AND("logical_and", 2), LOGICAL_OR("logical_or", 2), LOGICAL_XOR("logical_xor", 2),
    LOGICAL_NOT("logical_not", 1),
    BITWISE_AND("bitwise_and", 2), BITWISE_OR("bitwise_or", 2), BITWISE_XOR("bitwise_xor", 2), INVERT("invert", 1),
    LEFT_SHIFT("left_shift", 2), RIGHT_SHIFT("right_shift", 2),
    /** where(condition, x, y): the condition read as bool (its loop input type is bool), x and y of the loop type. */
    WHERE(null, 3),
    /** Conversion to the node's output type, as {@code astype} converts (the loop input is the operand's type). */
    CAST(null, 1),
    // ---- scipy.special (issue 17): SciPy 1.10's ufuncs, their loops in special-ufunc-loops.txt ----
    EXPIT("expit", 1), LOGIT("logit", 1), LOG_EXPIT("log_expit", 1), XLOGY("xlogy", 2), XLOG1PY("xlog1py", 2),
    ERF("erf", 1), ERFC("erfc", 1), NDTR("ndtr", 1), LOG_NDTR("log_ndtr", 1), GAMMALN("gammaln", 1),
    GAMMA("gamma", 1), GAMMASGN("gammasgn", 1), LOGGAMMA("loggamma", 1), ERFCX("erfcx", 1), NDTRI("ndtri", 1), RGAMMA("rgamma", 1),
    // part ellip: elliptic functions and integrals, exponential and trigonometric integrals, Lambert W, Owen's T.
    // SciPy's ellipj and sici have several outputs: one function per output, each SciPy's loop for that output.
    ELLIPJ_SN("ellipj_sn", 2), ELLIPJ_CN("ellipj_cn", 2), ELLIPJ_DN("ellipj_dn", 2), ELLIPJ_PH("ellipj_ph", 2),
    ELLIPK("ellipk", 1), ELLIPKM1("ellipkm1", 1), ELLIPE("ellipe", 1), ELLIPKINC("ellipkinc", 2),
    ELLIPEINC("ellipeinc", 2), SICI_SI("sici_si", 1), SICI_CI("sici_ci", 1), EXPI("expi", 1), EXP1("exp1", 1),
    EXPN("expn", 2), OWENS_T("owens_t", 2),
    /** lambertw(z, k, tol): complex128 z, the branch k and tol as float64 operands, a complex128 result. */
    LAMBERTW("_lambertw", 3),
    // part bessel (issue 17): Bessel functions of real argument; jn is jv (SciPy's jn is the same ufunc)
    J0("j0", 1), J1("j1", 1), Y0("y0", 1), Y1("y1", 1), I0("i0", 1), I0E("i0e", 1), I1("i1", 1), I1E("i1e", 1),
    K0("k0", 1), K1("k1", 1), JV("jv", 2), YV("yv", 2), YN("yn", 2), IV("iv", 2), IVE("ive", 2), KV("kv", 2),
    KVE("kve", 2), KN("kn", 2), SPHERICAL_JN("_spherical_jn", 2), SPHERICAL_JN_D("_spherical_jn_d", 2),
    // part incomplete: incomplete gamma and beta functions, their inverses, beta, and the distribution helpers
    GAMMAINC("gammainc", 2), GAMMAINCC("gammaincc", 2), GAMMAINCINV("gammaincinv", 2), GAMMAINCCINV("gammainccinv", 2),
    BETA("beta", 2), BETALN("betaln", 2), BETAINC("betainc", 3), BETAINCINV("betaincinv", 3), STDTR("stdtr", 2),
    CHDTR("chdtr", 2), CHDTRC("chdtrc", 2), CHDTRI("chdtri", 2), FDTR("fdtr", 3), FDTRC("fdtrc", 3), FDTRI("fdtri", 3),
    GDTR("gdtr", 3), GDTRC("gdtrc", 3), BDTR("bdtr", 3), BDTRC("bdtrc", 3), BDTRI("bdtri", 3), PDTR("pdtr", 2),
    PDTRC("pdtrc", 2), PDTRI("pdtri", 2), NBDTR("nbdtr", 3), NBDTRC("nbdtrc", 3), NBDTRI("nbdtri", 3),
    BTDTR("btdtr", 3), BTDTRI("btdtri", 3), STDTRIT("stdtrit", 2),
    // part misc: digamma (psi), zeta (Riemann and Hurwitz), erfinv, erfcinv, dawsn, binom, poch, factorial
    DIGAMMA("digamma", 1), RIEMANN_ZETA("_riemann_zeta", 1), ZETA("_zeta", 2), ERFINV("erfinv", 1),
    ERFCINV("erfcinv", 1), DAWSN("dawsn", 1), BINOM("binom", 2), POCH("poch", 2), FACTORIAL("_factorial", 1),
    // part stats-rest: pdtrik (cdflib's inverse of pdtr in k); hypergeom's sums (k, M, n, N) for scipy.stats
    PDTRIK("pdtrik", 2), HYPERGEOM_CDF("_hypergeom_cdf", 4), HYPERGEOM_SF("_hypergeom_sf", 4),
    HYPERGEOM_LOGCDF("_hypergeom_logcdf", 4), HYPERGEOM_LOGSF("_hypergeom_logsf", 4), HYPERGEOM_PPF("_hypergeom_ppf", 4),
    HYPERGEOM_PMF("_hypergeom_pmf", 4), POISSON_ENTROPY("_poisson_entropy", 1), GEOM_ENTROPY("_geom_entropy", 1),
    BINOM_ENTROPY("_binom_entropy", 2), HYPERGEOM_ENTROPY("_hypergeom_entropy", 3),
    // part stats4 (beta, vonmises, truncnorm): cosm1, ndtri_exp, and the von Mises CDF and ppf as element-wise functions
    COSM1("cosm1", 1), NDTRI_EXP("ndtri_exp", 1), VON_MISES_CDF("_von_mises_cdf", 2), VON_MISES_PPF("_von_mises_ppf", 2);

    private final String ufunc;
    private final int arity;

    ElementwiseFunction(String ufunc, int arity) {
        this.ufunc = ufunc;
        this.arity = arity;
    }

    /** NumPy's ufunc name whose loops this function runs, or null when NumPy's function is not a ufunc. */
    public String ufunc() {
        return ufunc;
    }

    /** Number of arguments. */
    public int arity() {
        return arity;
    }

    /** The function whose NumPy ufunc is {@code name} ({@code divide} or {@code true_divide}, ...), or null. */
    public static ElementwiseFunction ofUfunc(String name) {
        String n = name.equals("true_divide") ? "divide" : name.equals("conj") ? "conjugate"
                : name.equals("abs") ? "absolute" : name.equals("mod") ? "remainder" : name;
        for (ElementwiseFunction f : values()) {
            if (n.equals(f.ufunc)) {
                return f;
            }
        }
        return null;
    }
}
