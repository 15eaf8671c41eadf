package org.sciaccel.linalg;

import org.sciaccel.DType;
import org.sciaccel.DTypeSupport;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.Warnings;

/**
 * {@code scipy.linalg.solve} behind {@link Linalg#solve}: SciPy 1.10's argument handling (a scalar
 * or one-element a as a 1 x 1 matrix, b of any shape (N, ...) whose trailing axes are columns, an
 * empty b returned as a copy, sym_pos's deprecation, her on real a as sym, no transposed complex
 * solve) and its LinAlgWarning when LAPACK's reciprocal condition number (gecon / sycon / hecon /
 * pocon, in the 1-norm, the infinity norm for transposed) is below the machine epsilon.
 */
final class LinalgSolve {
    /** LAPACK's lamch('E') (the relative machine precision, half of NumPy's eps) for single and double. */
    private static final double EPS_SINGLE = Math.ulp(1.0f) / 2;
    private static final double EPS_DOUBLE = Math.ulp(1.0) / 2;

    private LinalgSolve() {
    }

    static NDArray solve(NDArray a, NDArray b, SolveOptions options) {
        if (a == null || b == null) {
            throw new IllegalArgumentException((a == null ? "a" : "b") + ": must not be null");
        }
        if (options == null) {
            throw new IllegalArgumentException("options: must not be null");
        }
        DTypeSupport.require("linalg.solve", "a", a.dtype());
        DTypeSupport.require("linalg.solve", "b", b.dtype());
        // SciPy's atleast_2d(a): a scalar or a one-element vector is a 1 x 1 matrix.
        boolean asMatrix = a.ndim() < 2 && a.size() == 1;
        int[] as = asMatrix ? new int[] {1, 1} : a.ndim() == 1 ? new int[] {1, a.shape(0)} : a.shape();
        if (as.length != 2 || as[0] != as[1]) {
            throw new IllegalArgumentException("solve: Input a needs to be a square matrix; got a of shape "
                    + Shapes.toString(a.shape()));
        }
        int n = as[0];
        int[] bs = b.ndim() == 0 ? new int[] {1} : b.shape();
        // The last chance SciPy gives a 1 x 1 a: a 1-D b of any length holds that many right-hand sides.
        if (bs[0] != n && !(n == 1 && bs.length == 1 && b.size() != 0)) {
            throw new IllegalArgumentException("solve: Input b has to have same number of rows as input a; got b of shape "
                    + Shapes.toString(b.shape()) + " and a of shape " + Shapes.toString(a.shape()));
        }
        if (b.size() == 0) {
            return NDArray.fromHost(b.backend(), HostArray.zeros(b.dtype(), bs));
        }
        AssumeA assume = options.effectiveAssumeA();
        boolean complex = a.dtype().isComplex();
        if (assume == AssumeA.HER && !complex) {
            assume = AssumeA.SYM;  // LAPACK has no real Hermitian solver; SciPy calls it symmetric
        }
        if (options.transposed() && complex) {
            throw new UnsupportedOperationException("solve: scipy.linalg.solve can currently not solve a^T x = b or"
                    + " a^H x = b for complex matrices.");
        }
        // lamch is chosen by a's precision alone (SciPy: a1.dtype.char in 'fF'), whatever b's is.
        double eps = a.dtype() == DType.FLOAT32 || a.dtype() == DType.COMPLEX64 ? EPS_SINGLE : EPS_DOUBLE;
        DType t = solveType(a.dtype(), b.dtype());
        NDArray x = asMatrix || a.dtype() != t ? converted(a, t, as) : a;
        NDArray y = b.ndim() == 0 || b.dtype() != t ? converted(b, t, bs) : b;
        AssumeA structure = assume;
        boolean lower = options.lower();
        boolean transposed = options.transposed();
        try {
            NDArray[] r = OpRouter.arrays("linalg.solve",
                    (on, in) -> on.linalg().solve(in[0], in[1], structure, lower, transposed), x, y);
            double rcond;
            try (NDArray rc = r[1]) {
                rcond = rc.toDoubleArray()[0];
            }
            if (rcond < eps) {
                Warnings.warn(Warnings.Category.LINALG, "Ill-conditioned matrix (rcond=" + pythonG6(rcond)
                        + "): result may not be accurate.");
            }
            return r[0];
        } finally {
            if (x != a) {
                x.close();
            }
            if (y != b) {
                y.close();
            }
        }
    }

    /**
     * The one dtype of SciPy's LAPACK prefix for both operands: complex when either is, single
     * precision only when both are; other real dtypes compute in float64.
     */
    static DType solveType(DType a, DType b) {
        return Linalg.productType(a, b);
    }

    /** Python's {@code '{:.6g}'.format(v)}, the rcond of SciPy's warning (Java's %g keeps trailing zeros). */
    static String pythonG6(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return Double.doubleToRawLongBits(v) < 0 ? "-0" : "0";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(6, java.math.RoundingMode.HALF_EVEN));
        int exp = d.precision() - d.scale() - 1;
        if (exp >= -4 && exp < 6) {
            return d.stripTrailingZeros().toPlainString();
        }
        String digits = d.unscaledValue().abs().toString().replaceAll("0+$", "");
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = Integer.toString(Math.abs(exp));
        return (v < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /** {@code a} at dtype {@code t} and shape {@code shape} (same size), a new array on a's backend. */
    static NDArray converted(NDArray a, DType t, int[] shape) {
        if (java.util.Arrays.equals(a.shape(), shape)) {
            return a.astype(t);
        }
        HostArray h = a.toHost();
        HostArray reshaped = new HostArray(h.dtype(), shape, h.data());
        try (NDArray r = NDArray.fromHost(a.backend(), reshaped)) {
            return r.astype(t);
        }
    }
}
