package org.sciaccel.special;

import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.numpy.ElementwiseExpression;
import org.sciaccel.numpy.NumpyTypes;
import org.sciaccel.numpy.UfuncLoop;
import org.sciaccel.spi.ElementwiseFunction;

/**
 * The element-wise programs of part "ellip" that SpecialUfuncs' one-call form does not cover: SciPy's
 * several-output ufuncs (ellipj, sici) as one program per output, expn's integer loop, lambertw's branch and
 * tolerance operands.
 */
final class SpecialEllip {
    private SpecialEllip() {
    }

    /** One array per output ufunc (ellipj_sn ..., sici_si ...), each SciPy's loop for that output. */
    static NDArray[] outputs(String name, String[] outputs, String[] params, Object... operands) {
        NDArray[] out = new NDArray[outputs.length];
        try {
            for (int i = 0; i < outputs.length; i++) {
                ElementwiseExpression e = new ElementwiseExpression("special." + name);
                int[] ids = new int[operands.length];
                for (int j = 0; j < operands.length; j++) {
                    ids[j] = operand(e, name, params[j], operands[j]);
                }
                try {
                    out[i] = e.evaluate(e.ufunc(outputs[i], ids));
                } catch (SciPyArgumentException refused) { // NumPy names the ufunc, not our per-output one
                    throw new SciPyArgumentException(refused.scipyRaises(),
                            refused.getMessage().replace("'" + outputs[i] + "'", "'" + name + "'"));
                }
            }
        } catch (RuntimeException e) {
            for (NDArray a : out) {
                if (a != null) {
                    a.close();
                }
            }
            throw e;
        }
        return out;
    }

    /**
     * expn(n, x): NumPy picks SciPy's loop (int64,float64->float64 for integer n, else float32 or float64); the
     * integer loop computes with n converted to float64, which the kernels truncate back to C's int (exact for
     * every int; an n outside int's range gives NaN, as SciPy's conversion does).
     */
    static NDArray expn(Object n, Object x) {
        ElementwiseExpression e = new ElementwiseExpression("special.expn");
        int in = operand(e, "expn", "n", n);
        int ix = operand(e, "expn", "x", x);
        UfuncLoop loop;
        try {
            loop = NumpyTypes.resolve("expn", e.operand(in), e.operand(ix));
        } catch (IllegalArgumentException refused) {
            return e.evaluate(e.ufunc("expn", in, ix)); // throws NumPy's TypeError naming the operands
        }
        if (loop.in().get(0).isIntegral()) {
            return e.evaluate(e.call(ElementwiseFunction.EXPN, List.of(DType.FLOAT64, DType.FLOAT64), DType.FLOAT64,
                    new double[0], in, ix));
        }
        return e.evaluate(e.ufunc("expn", in, ix));
    }

    /** lambertw(z, k, tol): SciPy's complex128 loop, k and tol as float64 scalars of the program. */
    static NDArray lambertw(NDArray z, long k, double tol) {
        if (z == null) {
            throw new IllegalArgumentException("special.lambertw: z is null");
        }
        if (Math.abs(k) > (1L << 53)) {
            throw new IllegalArgumentException("special.lambertw: k = " + k + " is beyond +-2^53 (the branch index"
                    + " travels as a float64)");
        }
        ElementwiseExpression e = new ElementwiseExpression("special.lambertw");
        int iz = e.array("z", z);
        int ik = e.scalar("k", (double) k);
        int it = e.scalar("tol", tol);
        return e.evaluate(e.ufunc("_lambertw", iz, ik, it));
    }

    /**
     * lambertw(z, k, tol) with arrays k and tol broadcast against z (SciPy's loop takes k as int64: an integer or
     * bool k; tol any real).
     */
    static NDArray lambertw(NDArray z, NDArray k, NDArray tol) {
        if (z == null || k == null || tol == null) {
            throw new IllegalArgumentException("special.lambertw: " + (z == null ? "z" : k == null ? "k" : "tol")
                    + " is null");
        }
        DType kt = k.dtype();
        if (!(kt == DType.BOOL || kt.isIntegral() && kt != DType.UINT64)) {
            throw SciPyArgumentException.typeError("special.lambertw: ufunc '_lambertw' not supported for the input"
                    + " types, and the inputs could not be safely coerced to any supported types according to the"
                    + " casting rule ''safe'' (k: " + kt + ", SciPy's loop takes k as int64)");
        }
        if (tol.dtype().isComplex()) {
            throw SciPyArgumentException.typeError("special.lambertw: ufunc '_lambertw' not supported for the input"
                    + " types, and the inputs could not be safely coerced to any supported types according to the"
                    + " casting rule ''safe'' (tol: " + tol.dtype() + ")");
        }
        ElementwiseExpression e = new ElementwiseExpression("special.lambertw");
        int iz = e.array("z", z);
        int ik = e.array("k", k);
        int it = e.array("tol", tol);
        return e.evaluate(e.ufunc("_lambertw", iz, ik, it));
    }

    private static int operand(ElementwiseExpression e, String name, String param, Object o) {
        if (o == null) {
            throw new IllegalArgumentException("special." + name + ": " + param + " is null");
        }
        if (o instanceof Double d) {
            return e.scalar(param, (double) d);
        }
        if (o instanceof Long l) {
            return e.scalar(param, (long) l);
        }
        return e.array(param, (NDArray) o);
    }
}
