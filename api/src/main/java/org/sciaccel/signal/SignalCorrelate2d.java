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
            if (a.dtype() == DType.BOOL || a.dtype().isComplex()) {
                throw new IllegalArgumentException((a == in1 ? "in1" : "in2") + ": dtype " + a.dtype()
                        + " is not supported by " + name + " (real numeric dtypes only)");
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
        double fill = Casting.castTo(fillvalue, t);
        String op = "signal." + name;
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
