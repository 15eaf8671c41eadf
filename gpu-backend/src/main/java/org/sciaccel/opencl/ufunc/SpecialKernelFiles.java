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
            // part misc: digamma, zeta, erfinv, erfcinv, dawsn, binom, poch, factorial (double forms only)
            case DIGAMMA: case RIEMANN_ZETA: case ZETA: case ERFINV: case ERFCINV: case DAWSN: case BINOM: case POCH:
            case FACTORIAL:
                return "common/special_misc.cl";
            default:
                return null;
        }
    }
}
