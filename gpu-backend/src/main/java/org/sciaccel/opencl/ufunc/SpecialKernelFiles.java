package org.sciaccel.opencl.ufunc;

import org.sciaccel.spi.ElementwiseFunction;

/**
 * Which kernels/common file defines each scipy.special function's OpenCL form ({@code sp_NAME_f} /
 * {@code sp_NAME_d}, NAME the enum constant in lower case). Each group of special functions keeps its own
 * file, and an element-wise program includes only the files its nodes call, so that a kernel using erf does not
 * compile the Bessel functions too (PoCL's build time grows with the source).
 */
final class SpecialKernelFiles {
    private SpecialKernelFiles() {
    }

    /** The include path (relative to the kernels root) of f's OpenCL form, or null when f is not scipy.special's. */
    static String fileOf(ElementwiseFunction f) {
        switch (f) {
            // part 1: logistic, xlogy, error function, normal CDF, gamma
            case EXPIT: case LOGIT: case LOG_EXPIT: case XLOGY: case XLOG1PY: case ERF: case ERFC: case NDTR:
            case LOG_NDTR: case GAMMALN: case GAMMA: case GAMMASGN: case LOGGAMMA: case ERFCX: case NDTRI: case RGAMMA:
                return "common/special.cl";
            // part ellip: elliptic functions and integrals, sici, expi, exp1, expn, owens_t, lambertw
            case ELLIPJ_SN: case ELLIPJ_CN: case ELLIPJ_DN: case ELLIPJ_PH: case ELLIPK: case ELLIPKM1: case ELLIPE:
            case ELLIPKINC: case ELLIPEINC: case SICI_SI: case SICI_CI: case EXPI: case EXP1: case EXPN: case OWENS_T:
            case LAMBERTW:
                return "common/special_ellip.cl";
            // part bessel: Bessel functions of real argument
            case J0: case J1: case Y0: case Y1: case I0: case I0E: case I1: case I1E: case K0: case K1: case JV:
            case YV: case YN: case IV: case IVE: case KV: case KVE: case KN: case SPHERICAL_JN: case SPHERICAL_JN_D:
                return "common/special_bessel.cl";
            // part incomplete: incomplete gamma functions, their inverses, chi-square, gamma and Poisson helpers
            case GAMMAINC: case GAMMAINCC: case GAMMAINCINV: case GAMMAINCCINV: case CHDTR: case CHDTRC: case CHDTRI:
            case GDTR: case GDTRC: case PDTR: case PDTRC: case PDTRI:
                return "common/special_incomplete.cl";
            // part incomplete: beta, the incomplete beta function, its inverse and the helpers built on them
            case BETA: case BETALN: case BETAINC: case BETAINCINV: case STDTR: case STDTRIT: case FDTR: case FDTRC: case FDTRI:
            case BDTR: case BDTRC: case BDTRI: case NBDTR: case NBDTRC: case NBDTRI: case BTDTR: case BTDTRI:
                return "common/special_incomplete_beta.cl";
            // part misc: digamma, zeta, erfinv, erfcinv, dawsn, binom, poch, factorial (double forms only)
            case DIGAMMA: case RIEMANN_ZETA: case ZETA: case ERFINV: case ERFCINV: case DAWSN: case BINOM: case POCH:
            case FACTORIAL:
                return "common/special_misc.cl";
            // part stats-rest: pdtrik and hypergeom's sums
            case PDTRIK: case HYPERGEOM_CDF: case HYPERGEOM_SF: case HYPERGEOM_LOGCDF: case HYPERGEOM_LOGSF:
            case HYPERGEOM_PPF: case HYPERGEOM_PMF: case POISSON_ENTROPY: case GEOM_ENTROPY: case BINOM_ENTROPY:
            case HYPERGEOM_ENTROPY:
                return "common/special_stats_rest.cl";
            // part stats4: cosm1, ndtri_exp and the von Mises CDF and ppf (beta, vonmises, truncnorm; double forms only)
            case COSM1: case NDTRI_EXP: case VON_MISES_CDF: case VON_MISES_PPF:
                return "common/special_stats4.cl";
            default:
                return null;
        }
    }
}
