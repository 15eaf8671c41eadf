package org.sciaccel.linalg;

import org.sciaccel.DType;
import org.sciaccel.DTypeSupport;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * {@code scipy.linalg.lstsq} behind {@link Linalg#lstsq}: SciPy 1.10's checks and messages, both
 * operands at the one dtype of SciPy's LAPACK prefix, and the driver's results as SciPy returns
 * them (gelsy gives no singular values).
 */
final class LinalgLstsq {
    private LinalgLstsq() {
    }

    static Lstsq lstsq(NDArray a, NDArray b, double cond, LstsqDriver driver) {
        if (a == null || b == null) {
            throw new IllegalArgumentException((a == null ? "a" : "b") + ": must not be null");
        }
        if (driver == null) {
            throw new IllegalArgumentException("lapack_driver: must not be null");
        }
        DTypeSupport.require("linalg.lstsq", "a", a.dtype());
        DTypeSupport.require("linalg.lstsq", "b", b.dtype());
        if (a.ndim() != 2) {
            throw new IllegalArgumentException("lstsq: Input array a should be 2D; got a of shape " + Shapes.toString(a.shape()));
        }
        if (b.ndim() < 1 || b.ndim() > 2) {
            throw new IllegalArgumentException("lstsq: b must be 1-D or 2-D; got b of shape " + Shapes.toString(b.shape()));
        }
        if (a.shape(0) != b.shape(0)) {
            throw new IllegalArgumentException("lstsq: Shape mismatch: a and b should have the same number of rows ("
                    + a.shape(0) + " != " + b.shape(0) + "); a of shape " + Shapes.toString(a.shape()) + ", b of shape "
                    + Shapes.toString(b.shape()));
        }
        DType t = LinalgSolve.solveType(a.dtype(), b.dtype());
        NDArray x = a.dtype() == t ? a : a.astype(t);
        NDArray y = b.dtype() == t ? b : b.astype(t);
        try {
            NDArray[] r = OpRouter.arrays("linalg.lstsq", (on, in) -> on.linalg().lstsq(in[0], in[1], cond, driver), x, y);
            return new Lstsq(r[0], r[1], r[2], r[3]);
        } finally {
            if (x != a) {
                x.close();
            }
            if (y != b) {
                y.close();
            }
        }
    }
}
