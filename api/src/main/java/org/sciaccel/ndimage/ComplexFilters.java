package org.sciaccel.ndimage;

import org.sciaccel.Backend;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Warnings;

/**
 * The linear filters of complex data or with complex weights, composed as SciPy 1.10's
 * {@code _complex_via_real_components} composes them from real filters: a complex input with real
 * weights is {@code f(re) + 1j f(im)} (the real part of cval going to the first, its imaginary part
 * to the second); complex weights {@code w} give
 * {@code out.real = f(re, w.real) - f(im, w.imag)}, {@code out.imag = f(re, w.imag) + f(im, w.real)},
 * the subtracted and added terms stored in the input's component dtype (SciPy's {@code output=None})
 * before the in-place arithmetic on the output's component; a real input with complex weights is
 * {@code f(in, w.real) + 1j f(in, w.imag)} and takes no complex cval. Callers conjugate correlation
 * weights first, as SciPy does.
 */
final class ComplexFilters {
    private ComplexFilters() {
    }

    /** Which weights a {@link RealFilter} call uses. */
    static final boolean REAL_WEIGHTS = false, IMAG_WEIGHTS = true;

    /** The real filter of one component: weights' real or imaginary part, that cval, stored as {@code out}. */
    interface RealFilter {
        NDArray apply(NDArray input, boolean imagWeights, double cval, DType out);
    }

    /** Whether the complex composition applies: a complex input or complex weights. */
    static boolean applies(NDArray input, boolean complexWeights) {
        return input.dtype().isComplex() || complexWeights;
    }

    /**
     * SciPy's {@code _get_output(output, input, complex_output=True)}: {@code promote_types(input, complex64)}
     * without {@code output}; a real {@code output} dtype is promoted the same way, with SciPy's
     * {@link Warnings warning} "promoting specified output dtype to complex".
     */
    static DType complexOutput(NDArray input, DType output) {
        DType base = output == null ? input.dtype() : output;
        FilterArgs.refuseFloat16(input, base);
        DType out = Casting.promoteTypes(base, DType.COMPLEX64);
        input.backend().requireSupported(out, "output");
        if (output != null && !output.isComplex()) {
            Warnings.warn(Warnings.Category.USER, "promoting specified output dtype to complex");
        }
        return out;
    }

    /** Refuses a complex cval for a real input, in SciPy's words. */
    static void checkCval(NDArray input, double cvalImag) {
        if (!input.dtype().isComplex() && cvalImag != 0) {
            throw new IllegalArgumentException("cval: Cannot provide a complex-valued cval when the input is real.");
        }
    }

    /**
     * Runs the composition on {@code backend}.
     *
     * @param out complex64 or complex128, from {@link #complexOutput}
     */
    static NDArray run(Backend backend, NDArray in, boolean complexWeights, double cvalRe, double cvalIm, DType out,
            RealFilter f) {
        DType comp = out == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
        if (!in.dtype().isComplex()) {
            try (NDArray re = f.apply(in, REAL_WEIGHTS, cvalRe, comp);
                    NDArray im = f.apply(in, IMAG_WEIGHTS, cvalRe, comp)) {
                return backend.ndimage().complexJoin(re, null, im, null, out);
            }
        }
        DType inComp = in.dtype() == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
        try (NDArray inRe = backend.ndimage().complexPart(in, false);
                NDArray inIm = backend.ndimage().complexPart(in, true)) {
            if (!complexWeights) {
                try (NDArray re = f.apply(inRe, REAL_WEIGHTS, cvalRe, comp);
                        NDArray im = f.apply(inIm, REAL_WEIGHTS, cvalIm, comp)) {
                    return backend.ndimage().complexJoin(re, null, im, null, out);
                }
            }
            // The in-place arithmetic runs in the wider of the two component dtypes (NumPy's
            // out.real -= tmp); widening a float32 part to float64 is exact.
            DType work = Casting.promoteTypes(comp, inComp);
            NDArray[] parts = new NDArray[4];
            try {
                parts[0] = widen(backend, f.apply(inRe, REAL_WEIGHTS, cvalRe, comp), work);
                parts[1] = widen(backend, f.apply(inIm, IMAG_WEIGHTS, cvalIm, inComp), work);
                parts[2] = widen(backend, f.apply(inRe, IMAG_WEIGHTS, cvalRe, comp), work);
                parts[3] = widen(backend, f.apply(inIm, REAL_WEIGHTS, cvalIm, inComp), work);
                return backend.ndimage().complexJoin(parts[0], parts[1], parts[2], parts[3], out);
            } finally {
                for (NDArray p : parts) {
                    if (p != null) {
                        p.close();
                    }
                }
            }
        }
    }

    private static NDArray widen(Backend backend, NDArray a, DType work) {
        if (a.dtype() == work) {
            return a;
        }
        try (a) {
            return backend.astype(a, work);
        }
    }
}
