package org.sciaccel.cpu.ufunc;

import org.sciaccel.spi.ElementwiseFunction;

/**
 * The real floating-point loops of the element-wise engine, in double precision: every real function
 * (float32 and float16 loops run the ones {@link FloatLoops} has no float form of through these and round).
 * Functions answering bool write 0/1 into a {@code long[]}; the others into a {@code double[]}.
 */
final class DoubleLoops {
    private DoubleLoops() {
    }

    /** Whether {@code f} answers bool. */
    static boolean answersBool(ElementwiseFunction f) {
        switch (f) {
            case ISNAN: case ISINF: case ISFINITE: case EQUAL: case NOT_EQUAL: case LESS: case LESS_EQUAL:
            case GREATER: case GREATER_EQUAL: case LOGICAL_AND: case LOGICAL_OR: case LOGICAL_XOR: case LOGICAL_NOT:
                return true;
            default:
                return false;
        }
    }

    static void run(ElementwiseFunction f, double[][] a, double[] params, Object result, int n) {
        if (answersBool(f)) {
            predicate(f, a, (long[]) result, n);
            return;
        }
        double[] out = (double[]) result;
        double[] x = a.length > 0 ? a[0] : null;
        double[] y = a.length > 1 ? a[1] : null;
        switch (f) {
            case ADD: for (int i = 0; i < n; i++) out[i] = x[i] + y[i]; break;
            case SUBTRACT: for (int i = 0; i < n; i++) out[i] = x[i] - y[i]; break;
            case MULTIPLY: for (int i = 0; i < n; i++) out[i] = x[i] * y[i]; break;
            case DIVIDE: for (int i = 0; i < n; i++) out[i] = x[i] / y[i]; break;
            case FLOOR_DIVIDE: for (int i = 0; i < n; i++) out[i] = NpMath.floorDivide(x[i], y[i]); break;
            case REMAINDER: for (int i = 0; i < n; i++) out[i] = NpMath.remainder(x[i], y[i]); break;
            case POWER: for (int i = 0; i < n; i++) out[i] = NpMath.power(x[i], y[i]); break;
            case NEGATIVE: for (int i = 0; i < n; i++) out[i] = -x[i]; break;
            case POSITIVE: case CONJUGATE: case REAL: System.arraycopy(x, 0, out, 0, n); break;
            case IMAG: java.util.Arrays.fill(out, 0, n, 0.0); break;
            case ABSOLUTE: for (int i = 0; i < n; i++) out[i] = Math.abs(x[i]); break;
            case SIGN: for (int i = 0; i < n; i++) out[i] = NpMath.sign(x[i]); break;
            case SQRT: for (int i = 0; i < n; i++) out[i] = Math.sqrt(x[i]); break;
            case CBRT: for (int i = 0; i < n; i++) out[i] = Math.cbrt(x[i]); break;
            case SQUARE: for (int i = 0; i < n; i++) out[i] = x[i] * x[i]; break;
            case RECIPROCAL: for (int i = 0; i < n; i++) out[i] = 1.0 / x[i]; break;
            case EXP: for (int i = 0; i < n; i++) out[i] = Math.exp(x[i]); break;
            case EXP2: for (int i = 0; i < n; i++) out[i] = NpMath.exp2(x[i]); break;
            case EXPM1: for (int i = 0; i < n; i++) out[i] = Math.expm1(x[i]); break;
            case LOG: for (int i = 0; i < n; i++) out[i] = Math.log(x[i]); break;
            case LOG2: for (int i = 0; i < n; i++) out[i] = NpMath.log2(x[i]); break;
            case LOG10: for (int i = 0; i < n; i++) out[i] = Math.log10(x[i]); break;
            case LOG1P: for (int i = 0; i < n; i++) out[i] = Math.log1p(x[i]); break;
            case SIN: for (int i = 0; i < n; i++) out[i] = Math.sin(x[i]); break;
            case COS: for (int i = 0; i < n; i++) out[i] = Math.cos(x[i]); break;
            case TAN: for (int i = 0; i < n; i++) out[i] = Math.tan(x[i]); break;
            case ARCSIN: for (int i = 0; i < n; i++) out[i] = Math.asin(x[i]); break;
            case ARCCOS: for (int i = 0; i < n; i++) out[i] = Math.acos(x[i]); break;
            case ARCTAN: for (int i = 0; i < n; i++) out[i] = Math.atan(x[i]); break;
            case ARCTAN2: for (int i = 0; i < n; i++) out[i] = Math.atan2(x[i], y[i]); break;
            case SINH: for (int i = 0; i < n; i++) out[i] = Math.sinh(x[i]); break;
            case COSH: for (int i = 0; i < n; i++) out[i] = Math.cosh(x[i]); break;
            case TANH: for (int i = 0; i < n; i++) out[i] = Math.tanh(x[i]); break;
            case ARCSINH: for (int i = 0; i < n; i++) out[i] = NpMath.arcsinh(x[i]); break;
            case ARCCOSH: for (int i = 0; i < n; i++) out[i] = NpMath.arccosh(x[i]); break;
            case ARCTANH: for (int i = 0; i < n; i++) out[i] = NpMath.arctanh(x[i]); break;
            case HYPOT: for (int i = 0; i < n; i++) out[i] = Math.hypot(x[i], y[i]); break;
            case DEG2RAD: for (int i = 0; i < n; i++) out[i] = x[i] * NpMath.RAD_PER_DEG; break;
            case RAD2DEG: for (int i = 0; i < n; i++) out[i] = x[i] * NpMath.DEG_PER_RAD; break;
            case FLOOR: for (int i = 0; i < n; i++) out[i] = Math.floor(x[i]); break;
            case CEIL: for (int i = 0; i < n; i++) out[i] = Math.ceil(x[i]); break;
            case TRUNC: for (int i = 0; i < n; i++) out[i] = x[i] < 0 ? Math.ceil(x[i]) : Math.floor(x[i]); break;
            case RINT: for (int i = 0; i < n; i++) out[i] = Math.rint(x[i]); break;
            case CLIP: {
                double[] lo = a[1], hi = a[2];
                for (int i = 0; i < n; i++) out[i] = NpMath.clip(x[i], lo[i], hi[i]);
                break;
            }
            case MAXIMUM: for (int i = 0; i < n; i++) out[i] = NpMath.maximum(x[i], y[i]); break;
            case MINIMUM: for (int i = 0; i < n; i++) out[i] = NpMath.minimum(x[i], y[i]); break;
            case FMAX: for (int i = 0; i < n; i++) out[i] = NpMath.fmax(x[i], y[i]); break;
            case FMIN: for (int i = 0; i < n; i++) out[i] = NpMath.fmin(x[i], y[i]); break;
            case NAN_TO_NUM: {
                double nan = params[0], posinf = params[1], neginf = params[2];
                for (int i = 0; i < n; i++) {
                    double v = x[i];
                    out[i] = v != v ? nan : v == Double.POSITIVE_INFINITY ? posinf : v == Double.NEGATIVE_INFINITY ? neginf : v;
                }
                break;
            }
            case EXPIT: for (int i = 0; i < n; i++) out[i] = SpecialMath.expit(x[i]); break;
            case LOGIT: for (int i = 0; i < n; i++) out[i] = SpecialMath.logit(x[i]); break;
            case LOG_EXPIT: for (int i = 0; i < n; i++) out[i] = SpecialMath.logExpit(x[i]); break;
            case XLOGY: for (int i = 0; i < n; i++) out[i] = SpecialMath.xlogy(x[i], y[i]); break;
            case XLOG1PY: for (int i = 0; i < n; i++) out[i] = SpecialMath.xlog1py(x[i], y[i]); break;
            case ERF: for (int i = 0; i < n; i++) out[i] = SpecialMath.erf(x[i]); break;
            case ERFC: for (int i = 0; i < n; i++) out[i] = SpecialMath.erfc(x[i]); break;
            case NDTR: for (int i = 0; i < n; i++) out[i] = SpecialMath.ndtr(x[i]); break;
            case LOG_NDTR: for (int i = 0; i < n; i++) out[i] = SpecialMath.logNdtr(x[i]); break;
            case GAMMALN: for (int i = 0; i < n; i++) out[i] = SpecialMath.gammaln(x[i]); break;
            case RGAMMA: for (int i = 0; i < n; i++) out[i] = SpecialMath.rgamma(x[i]); break;
            case NDTRI: for (int i = 0; i < n; i++) out[i] = SpecialMath.ndtri(x[i]); break;
            case ERFCX: for (int i = 0; i < n; i++) out[i] = SpecialMath.erfcx(x[i]); break;
            case GAMMA: for (int i = 0; i < n; i++) out[i] = SpecialMath.gamma(x[i]); break;
            case GAMMASGN: for (int i = 0; i < n; i++) out[i] = SpecialMath.gammasgn(x[i]); break;
            case LOGGAMMA: for (int i = 0; i < n; i++) out[i] = SpecialMath.loggamma(x[i]); break;
            // part ellip
            case ELLIPJ_SN: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.ellipj(x[i], y[i], 0); break;
            case ELLIPJ_CN: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.ellipj(x[i], y[i], 1); break;
            case ELLIPJ_DN: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.ellipj(x[i], y[i], 2); break;
            case ELLIPJ_PH: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.ellipj(x[i], y[i], 3); break;
            case ELLIPK: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.ellipk(x[i]); break;
            case ELLIPKM1: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.ellipkm1(x[i]); break;
            case ELLIPE: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.ellipe(x[i]); break;
            case ELLIPKINC: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.ellipkinc(x[i], y[i]); break;
            case ELLIPEINC: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.ellipeinc(x[i], y[i]); break;
            case SICI_SI: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.sici(x[i], false); break;
            case SICI_CI: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.sici(x[i], true); break;
            case EXPI: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.expi(x[i]); break;
            case EXP1: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.exp1(x[i]); break;
            case EXPN: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.expn(x[i], y[i]); break;
            case OWENS_T: for (int i = 0; i < n; i++) out[i] = SpecialEllipMath.owensT(x[i], y[i]); break;
            // part bessel
            case J0: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.j0(x[i]); break;
            case J1: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.j1(x[i]); break;
            case Y0: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.y0(x[i]); break;
            case Y1: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.y1(x[i]); break;
            case I0: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.i0(x[i]); break;
            case I0E: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.i0e(x[i]); break;
            case I1: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.i1(x[i]); break;
            case I1E: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.i1e(x[i]); break;
            case K0: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.k0(x[i]); break;
            case K1: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.k1(x[i]); break;
            case JV: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.jv(x[i], y[i]); break;
            case YV: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.yv(x[i], y[i]); break;
            case YN: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.yn(x[i], y[i]); break;
            case IV: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.iv(x[i], y[i]); break;
            case IVE: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.ive(x[i], y[i]); break;
            case KV: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.kv(x[i], y[i]); break;
            case KVE: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.kve(x[i], y[i]); break;
            case KN: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.kn(x[i], y[i]); break;
            case SPHERICAL_JN: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.sphericalJn(x[i], y[i]); break;
            case SPHERICAL_JN_D: for (int i = 0; i < n; i++) out[i] = SpecialBesselMath.sphericalJnD(x[i], y[i]); break;
            // part incomplete: incomplete gamma/beta, their inverses, beta, distribution helpers (SpecialIncompleteMath)
            case GAMMAINC: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.igam(x[i], y[i]); break;
            case GAMMAINCC: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.igamc(x[i], y[i]); break;
            case GAMMAINCINV: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.igami(x[i], y[i]); break;
            case GAMMAINCCINV: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.igamci(x[i], y[i]); break;
            case BETA: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.beta(x[i], y[i]); break;
            case BETALN: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.lbeta(x[i], y[i]); break;
            case STDTR: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.stdtr(x[i], y[i]); break;
            case STDTRIT: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.stdtrit(x[i], y[i]); break;
            case CHDTR: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.chdtr(x[i], y[i]); break;
            case CHDTRC: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.chdtrc(x[i], y[i]); break;
            case CHDTRI: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.chdtri(x[i], y[i]); break;
            case PDTR: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.pdtr(x[i], y[i]); break;
            case PDTRC: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.pdtrc(x[i], y[i]); break;
            case PDTRI: for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.pdtri(x[i], y[i]); break;
            case BETAINC: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.incbet(x[i], y[i], z[i]); break; }
            case BETAINCINV: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.incbi(x[i], y[i], z[i]); break; }
            case FDTR: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.fdtr(x[i], y[i], z[i]); break; }
            case FDTRC: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.fdtrc(x[i], y[i], z[i]); break; }
            case FDTRI: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.fdtri(x[i], y[i], z[i]); break; }
            case GDTR: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.gdtr(x[i], y[i], z[i]); break; }
            case GDTRC: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.gdtrc(x[i], y[i], z[i]); break; }
            case BDTR: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.bdtr(x[i], y[i], z[i]); break; }
            case BDTRC: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.bdtrc(x[i], y[i], z[i]); break; }
            case BDTRI: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.bdtri(x[i], y[i], z[i]); break; }
            case NBDTR: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.nbdtr(x[i], y[i], z[i]); break; }
            case NBDTRC: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.nbdtrc(x[i], y[i], z[i]); break; }
            case NBDTRI: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.nbdtri(x[i], y[i], z[i]); break; }
            case BTDTR: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.btdtr(x[i], y[i], z[i]); break; }
            case BTDTRI: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialIncompleteMath.incbi(x[i], y[i], z[i]); break; }
            // part misc
            case DIGAMMA: for (int i = 0; i < n; i++) out[i] = SpecialMiscMath.digamma(x[i]); break;
            case RIEMANN_ZETA: for (int i = 0; i < n; i++) out[i] = SpecialMiscMath.riemannZeta(x[i]); break;
            case ZETA: for (int i = 0; i < n; i++) out[i] = SpecialMiscMath.zeta(x[i], y[i]); break;
            case ERFINV: for (int i = 0; i < n; i++) out[i] = SpecialMiscMath.erfinv(x[i]); break;
            case ERFCINV: for (int i = 0; i < n; i++) out[i] = SpecialMiscMath.erfcinv(x[i]); break;
            case DAWSN: for (int i = 0; i < n; i++) out[i] = SpecialMiscMath.dawsn(x[i]); break;
            case BINOM: for (int i = 0; i < n; i++) out[i] = SpecialMiscMath.binom(x[i], y[i]); break;
            case POCH: for (int i = 0; i < n; i++) out[i] = SpecialMiscMath.poch(x[i], y[i]); break;
            case FACTORIAL: for (int i = 0; i < n; i++) out[i] = SpecialMiscMath.factorial(x[i]); break;
            // part stats-rest
            case PDTRIK: for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.pdtrik(x[i], y[i]); break;
            case HYPERGEOM_CDF: { double[] z = a[2]; double[] w = a[3]; for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.hypergeomCdf(x[i], y[i], z[i], w[i]); break; }
            case HYPERGEOM_SF: { double[] z = a[2]; double[] w = a[3]; for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.hypergeomSf(x[i], y[i], z[i], w[i]); break; }
            case HYPERGEOM_LOGCDF: { double[] z = a[2]; double[] w = a[3]; for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.hypergeomLogcdf(x[i], y[i], z[i], w[i]); break; }
            case HYPERGEOM_LOGSF: { double[] z = a[2]; double[] w = a[3]; for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.hypergeomLogsf(x[i], y[i], z[i], w[i]); break; }
            case HYPERGEOM_PMF: { double[] z = a[2]; double[] w = a[3]; for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.hypergeomPmf(x[i], y[i], z[i], w[i]); break; }
            case POISSON_ENTROPY: for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.poissonEntropy(x[i]); break;
            case GEOM_ENTROPY: for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.geomEntropy(x[i]); break;
            case BINOM_ENTROPY: for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.binomEntropy(x[i], y[i]); break;
            case HYPERGEOM_ENTROPY: { double[] z = a[2]; for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.hypergeomEntropy(x[i], y[i], z[i]); break; }
            case HYPERGEOM_PPF: { double[] z = a[2]; double[] w = a[3]; for (int i = 0; i < n; i++) out[i] = SpecialStatsRestMath.hypergeomPpf(x[i], y[i], z[i], w[i]); break; }
            // part stats4
            case COSM1: for (int i = 0; i < n; i++) out[i] = SpecialStats4Math.cosm1(x[i]); break;
            case NDTRI_EXP: for (int i = 0; i < n; i++) out[i] = SpecialStats4Math.ndtriExp(x[i]); break;
            case VON_MISES_CDF: for (int i = 0; i < n; i++) out[i] = SpecialStats4Math.vonMisesCdf(x[i], y[i]); break;
            case VON_MISES_PPF: for (int i = 0; i < n; i++) out[i] = SpecialStats4Math.vonMisesPpf(x[i], y[i]); break;
            case WHERE: {
                throw new AssertionError("WHERE is run by the engine on its own lanes");
            }
            default:
                throw new IllegalArgumentException(f + " has no real floating-point loop");
        }
    }

    private static void predicate(ElementwiseFunction f, double[][] a, long[] out, int n) {
        double[] x = a[0];
        double[] y = a.length > 1 ? a[1] : null;
        switch (f) {
            case ISNAN: for (int i = 0; i < n; i++) out[i] = Double.isNaN(x[i]) ? 1 : 0; break;
            case ISINF: for (int i = 0; i < n; i++) out[i] = Double.isInfinite(x[i]) ? 1 : 0; break;
            case ISFINITE: for (int i = 0; i < n; i++) out[i] = Double.isFinite(x[i]) ? 1 : 0; break;
            case EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] == y[i] ? 1 : 0; break;
            case NOT_EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] != y[i] ? 1 : 0; break;
            case LESS: for (int i = 0; i < n; i++) out[i] = x[i] < y[i] ? 1 : 0; break;
            case LESS_EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] <= y[i] ? 1 : 0; break;
            case GREATER: for (int i = 0; i < n; i++) out[i] = x[i] > y[i] ? 1 : 0; break;
            case GREATER_EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] >= y[i] ? 1 : 0; break;
            case LOGICAL_AND: for (int i = 0; i < n; i++) out[i] = x[i] != 0 && y[i] != 0 ? 1 : 0; break;
            case LOGICAL_OR: for (int i = 0; i < n; i++) out[i] = x[i] != 0 || y[i] != 0 ? 1 : 0; break;
            case LOGICAL_XOR: for (int i = 0; i < n; i++) out[i] = (x[i] != 0) != (y[i] != 0) ? 1 : 0; break;
            case LOGICAL_NOT: for (int i = 0; i < n; i++) out[i] = x[i] == 0 ? 1 : 0; break;
            default: throw new AssertionError(f);
        }
    }
}
