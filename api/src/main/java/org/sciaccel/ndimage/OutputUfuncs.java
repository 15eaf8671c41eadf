package org.sciaccel.ndimage;

import org.sciaccel.Backend;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.spi.MorphologyOps;

/**
 * NumPy's {@code numpy.add / numpy.subtract(x, y, out)} as SciPy's gradient, laplace and tophats call them on their
 * output array: computed in {@code numpy.promote_types(x, y)} (integers wrapping) and cast to the output's dtype,
 * which NumPy's default casting rule, same_kind, allows only from a kind no higher than the output's (bool, then
 * unsigned, signed, float); subtracting two bools is refused.
 */
final class OutputUfuncs {
    private OutputUfuncs() {
    }

    /**
     * Refuses, before anything is computed, what NumPy refuses in the op's arithmetic stages for an input of dtype
     * {@code in} and an output of dtype {@code out}; the messages name SciPy's TypeError.
     */
    static void checkStages(String op, DType in, DType out) {
        DType p = Casting.promoteTypes(in, out);
        switch (op) {
            case "ndimage.morphological_gradient":
                check("subtract", p, out, op);
                break;
            case "ndimage.morphological_laplace":
                // add(dilation, output, output), then subtract(output, input, output) twice.
                check("add", p, out, op);
                check("subtract", p, out, op);
                break;
            case "ndimage.white_tophat":
            case "ndimage.black_tophat":
                if (!(in == DType.BOOL && out == DType.BOOL)) { // two bools are combined by bitwise_xor
                    check("subtract", p, out, op);
                }
                break;
            default:
                break;
        }
    }

    private static void check(String ufunc, DType p, DType out, String op) {
        if (p == DType.BOOL && ufunc.equals("subtract")) {
            throw new IllegalArgumentException("input: TypeError: numpy boolean subtract, the `-` operator, is not"
                    + " supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead (" + op
                    + " of a bool input" + (out == DType.BOOL ? "" : " into " + out) + ")");
        }
        if (!sameKind(p, out)) {
            throw new IllegalArgumentException("output: TypeError: Cannot cast ufunc '" + ufunc + "' output from dtype('"
                    + p.numpyName() + "') to dtype('" + out.numpyName() + "') with casting rule 'same_kind' (" + op + ")");
        }
    }

    /** NumPy's {@code can_cast(from, to, 'same_kind')} for the real dtypes. */
    static boolean sameKind(DType from, DType to) {
        return kindRank(from) <= kindRank(to);
    }

    private static int kindRank(DType t) {
        if (t == DType.BOOL) {
            return 0;
        }
        if (t.isFloatingPoint()) {
            return 3;
        }
        return t.kind() == DType.Kind.UNSIGNED ? 1 : 2;
    }

    /** {@code ufunc(x, y, out)} with {@code op} ADD or SUBTRACT, as a new array of dtype {@code out}. */
    static NDArray apply(Backend b, int op, NDArray x, NDArray y, DType out) {
        DType p = Casting.promoteTypes(x.dtype(), y.dtype());
        NDArray xp = x.dtype() == p ? x : b.astype(x, p);
        try {
            NDArray yp = y.dtype() == p ? y : b.astype(y, p);
            try {
                NDArray r = b.morphology().elementwise(xp, yp, op);
                if (p == out) {
                    return r;
                }
                try (r) {
                    return b.astype(r, out);
                }
            } finally {
                if (yp != y) {
                    yp.close();
                }
            }
        } finally {
            if (xp != x) {
                xp.close();
            }
        }
    }

    /**
     * The tophats' last stage: {@code input - opened} (white) or {@code closed - input} (black) into {@code out}, or
     * their bitwise_xor when the input and the output are both bool.
     */
    static NDArray tophat(Backend b, NDArray input, NDArray stage, boolean black, DType out) {
        if (input.dtype() == DType.BOOL && out == DType.BOOL) {
            return b.morphology().elementwise(black ? stage : input, black ? input : stage, MorphologyOps.XOR);
        }
        return black ? apply(b, MorphologyOps.SUBTRACT, stage, input, out) : apply(b, MorphologyOps.SUBTRACT, input, stage, out);
    }
}
