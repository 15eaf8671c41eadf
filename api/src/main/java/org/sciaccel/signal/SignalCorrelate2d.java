package org.sciaccel.signal;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.DTypeSupport;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.NdimageOps;

/**
 * {@code signal.convolve2d} and {@code correlate2d}: SciPy's validation, dtype promotion and input
 * swap for {@code 'valid'} mode, then the backend's {@link NdimageOps#correlate2d}.
 */
final class SignalCorrelate2d {
    private SignalCorrelate2d() {
    }

    static NDArray run(boolean convolve, NDArray in1, NDArray in2, String mode, String boundary, double fillvalue) {
        return run(convolve, in1, in2, mode, boundary, fillvalue, 0.0, false);
    }

    /**
     * @param complexFill whether the fill value was given as a complex number ({@code fillIm} its
     *                    imaginary part): SciPy takes one only for a complex output
     */
    static NDArray run(boolean convolve, NDArray in1, NDArray in2, String mode, String boundary, double fillvalue,
            double fillIm, boolean complexFill) {
        String name = convolve ? "convolve2d" : "correlate2d";
        if (in1 == null || in1.isClosed() || in2 == null || in2.isClosed()) {
            throw new IllegalArgumentException((in1 == null || in1.isClosed() ? "in1" : "in2")
                    + ": null or closed array");
        }
        if (in1.ndim() != 2 || in2.ndim() != 2) {
            throw new IllegalArgumentException(name + " inputs must both be 2-D arrays (in1 shape "
                    + Shapes.toString(in1.shape()) + ", in2 shape " + Shapes.toString(in2.shape()) + ")");
        }
        for (NDArray a : new NDArray[] {in1, in2}) {
            // Named here: the operands may be swapped before routing, which would misname them there.
            DTypeSupport.require("signal." + name, a == in1 ? "in1" : "in2", a.dtype());
            if (a.dtype() == DType.BOOL) {
                throw new IllegalArgumentException((a == in1 ? "in1" : "in2") + ": dtype " + a.dtype()
                        + " is not supported by " + name + " (numeric dtypes only)");
            }
            if (a.size() == 0) {
                throw new IllegalArgumentException((a == in1 ? "in1" : "in2") + ": empty array of shape "
                        + Shapes.toString(a.shape()) + " (deviation: SciPy's result for empty inputs is not defined here)");
            }
        }
        int outMode = outMode(mode);
        int bound = boundary(boundary);
        boolean swap = outMode == NdimageOps.VALID && swapNeeded(in1.shape(), in2.shape());
        NDArray a = swap ? in2 : in1;
        NDArray b = swap ? in1 : in2;
        DType t = promote(a.dtype(), b.dtype());
        String op = "signal." + name;
        if (t.isComplex()) {
            in1.backend().requireSupported(t, "in1");
            return OpRouter.run(op, a, (backend, x) -> complex2d(backend, x, b, t, convolve, outMode, bound,
                    fillvalue, fillIm, swap && !convolve));
        }
        // SciPy converts the fill value to the output type directly (a Python complex, or a value a C
        // long cannot hold for an integer output, does not convert) before its fallback through complex.
        boolean castable = !complexFill && (!t.isIntegral()
                || (Double.isFinite(fillvalue) && fillvalue < 0x1p63 && fillvalue >= -0x1p63));
        if (!castable) {
            throw new IllegalArgumentException("fillvalue=" + (complexFill ? "(" + fillvalue + (fillIm < 0 ? "" : "+")
                    + fillIm + "j)" : String.valueOf(fillvalue)) + ": could not cast `fillvalue` directly to the output "
                    + "type (it was first converted to complex). (output dtype " + t + ")");
        }
        double fill = Casting.castTo(fillvalue, t);
        return OpRouter.run(op, a, (backend, x) -> {
            NDArray xa = x.dtype() == t ? x : backend.astype(x, t);
            NDArray onB = b.to(backend);
            NDArray xb = onB.dtype() == t ? onB : backend.astype(onB, t);
            try {
                // SciPy flips correlate2d's result back after swapping its inputs.
                return backend.ndimage().correlate2d(xa, xb, convolve, outMode, bound, fill, swap && !convolve);
            } finally {
                if (xa != x) {
                    xa.close();
                }
                if (xb != onB) {
                    xb.close();
                }
                if (onB != b) {
                    onB.close();
                }
            }
        });
    }

    /**
     * The complex case by real components: both operands converted to the complex type {@code t}
     * (SciPy's _convolve2d works in their common type), correlate2d's second operand conjugated as SciPy's
     * {@code in2.conj()}, then {@code re = sum(ar*br) - sum(ai*bi)}, {@code im = sum(ar*bi) + sum(ai*br)},
     * each sum accumulated in the component dtype; the fill value's real part pads the real component,
     * its imaginary part the imaginary one.
     */
    private static NDArray complex2d(org.sciaccel.Backend backend, NDArray x, NDArray b, DType t, boolean convolve,
            int outMode, int bound, double fillvalue, double fillIm, boolean flip) {
        DType comp = t == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
        double fill = Casting.castTo(fillvalue, comp);
        double fillI = Casting.castTo(fillIm, comp);
        NDArray[] tmp = new NDArray[11];
        try {
            NDArray onB = b.to(backend);
            tmp[0] = onB == b ? null : onB;
            NDArray xa = x.dtype() == t ? x : (tmp[1] = backend.astype(x, t));
            NDArray xb = onB.dtype() == t ? onB : (tmp[2] = backend.astype(onB, t));
            if (!convolve) {
                xb = tmp[3] = backend.fft().conj(xb);
            }
            NDArray ar = tmp[4] = backend.ndimage().complexPart(xa, false);
            NDArray ai = tmp[5] = backend.ndimage().complexPart(xa, true);
            NDArray br = tmp[6] = backend.ndimage().complexPart(xb, false);
            NDArray bi = tmp[7] = backend.ndimage().complexPart(xb, true);
            NdimageOps nd = backend.ndimage();
            tmp[8] = nd.correlate2d(ar, br, convolve, outMode, bound, fill, flip);
            tmp[9] = nd.correlate2d(ai, bi, convolve, outMode, bound, fillI, flip);
            tmp[10] = nd.correlate2d(ar, bi, convolve, outMode, bound, fill, flip);
            try (NDArray last = nd.correlate2d(ai, br, convolve, outMode, bound, fillI, flip)) {
                return nd.complexJoin(tmp[8], tmp[9], tmp[10], last, t);
            }
        } finally {
            for (NDArray n : tmp) {
                if (n != null) {
                    n.close();
                }
            }
        }
    }

    static int outMode(String mode) {
        if (mode != null) {
            switch (mode) {
                case "full": return NdimageOps.FULL;
                case "same": return NdimageOps.SAME;
                case "valid": return NdimageOps.VALID;
                default: break;
            }
        }
        throw new IllegalArgumentException("mode='" + mode + "': acceptable mode flags are 'valid', 'same', or 'full'");
    }

    static int boundary(String boundary) {
        if (boundary != null) {
            switch (boundary) {
                case "fill": case "pad": return NdimageOps.FILL;
                case "symm": case "symmetric": return NdimageOps.SYMM;
                case "wrap": case "circular": return NdimageOps.WRAP;
                default: break;
            }
        }
        throw new IllegalArgumentException("boundary='" + boundary + "': acceptable boundary flags are 'fill',"
                + " 'circular' (or 'wrap'), and 'symmetric' (or 'symm')");
    }

    /** SciPy's {@code _inputs_swap_needed} for {@code 'valid'} mode. */
    private static boolean swapNeeded(int[] s1, int[] s2) {
        boolean ok1 = true;
        boolean ok2 = true;
        for (int i = 0; i < s1.length; i++) {
            ok1 &= s1[i] >= s2[i];
            ok2 &= s2[i] >= s1[i];
        }
        if (!ok1 && !ok2) {
            throw new IllegalArgumentException("For 'valid' mode, one must be at least as large as the other in every"
                    + " dimension (in1 shape " + Shapes.toString(s1) + ", in2 shape " + Shapes.toString(s2) + ")");
        }
        return !ok1;
    }

    /** NumPy's type promotion ({@link Casting#promoteTypes}). */
    static DType promote(DType a, DType b) {
        return Casting.promoteTypes(a, b);
    }
}
