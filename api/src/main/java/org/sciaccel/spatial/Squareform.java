package org.sciaccel.spatial;

import java.util.Locale;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.numpy.Numpy;

/**
 * squareform: SciPy 1.10's checks and messages in its order (force, the vector's length d(d-1)/2, the matrix's
 * squareness, then is_valid_dm's symmetry and zero diagonal compared as NumPy's {@code ==} on the matrix's
 * backend), the conversion itself a bitwise copy on the backend. A vector of length 0 is the (1, 1) zero matrix
 * and a matrix of side 0 or 1 the empty vector, in the input's dtype.
 */
final class Squareform {
    static final String OP = "spatial.distance.squareform";

    private Squareform() {
    }

    static NDArray apply(NDArray x, String force, boolean checks) {
        if (x == null) {
            throw new IllegalArgumentException(OP + ": X is null");
        }
        if (force == null) {
            throw new IllegalArgumentException(OP + ": force is null");
        }
        String f = force.toLowerCase(Locale.ROOT);
        if (f.equals("tomatrix") && x.ndim() != 1) {
            throw new IllegalArgumentException(OP + ": Forcing 'tomatrix' but input X is not a distance vector (shape "
                    + Shapes.toString(x.shape()) + ")");
        }
        if (f.equals("tovector") && x.ndim() != 2) {
            throw new IllegalArgumentException(OP + ": Forcing 'tovector' but input X is not a distance matrix (shape "
                    + Shapes.toString(x.shape()) + ")");
        }
        if (x.ndim() == 1) {
            int s = x.shape(0);
            if (s == 0) {
                return OpRouter.run(OP, x, (backend, in) -> Numpy.zeros(backend, new int[] {1, 1}, in.dtype()));
            }
            int d = (int) Math.ceil(Math.sqrt(s * 2.0));
            if ((long) d * (d - 1) != 2L * s) {
                throw new IllegalArgumentException(OP + ": X: Incompatible vector size. It must be a binomial "
                        + "coefficient n choose 2 for some integer n >= 2 (length " + s + ")");
            }
            return OpRouter.run(OP, x, (backend, in) -> backend.distance().squareformToMatrix(in, d));
        }
        if (x.ndim() == 2) {
            if (x.shape(0) != x.shape(1)) {
                throw new IllegalArgumentException(OP + ": X: The matrix argument must be square (shape "
                        + Shapes.toString(x.shape()) + ")");
            }
            if (checks) {
                check(x);
            }
            if (x.shape(0) <= 1) {
                return OpRouter.run(OP, x, (backend, in) -> Numpy.zeros(backend, new int[] {0}, in.dtype()));
            }
            return OpRouter.run(OP, x, (backend, in) -> backend.distance().squareformToVector(in));
        }
        throw new IllegalArgumentException(OP + ": X: The first argument must be one or two dimensional array. A "
                + x.ndim() + "-dimensional array is not permitted");
    }

    /** is_valid_dm(X, throw=True, name='X') with tol = 0: X == X.T everywhere, then the diagonal == 0. */
    private static void check(NDArray x) {
        int d = x.shape(0);
        try (NDArray t = x.T(); NDArray eq = Numpy.equal(x, t); NDArray all = Numpy.all(eq)) {
            if (!all.toBooleanArray()[0]) {
                throw new IllegalArgumentException(OP + ": X: Distance matrix 'X' must be symmetric.");
            }
        }
        try (NDArray flat = x.reshape(d * d); NDArray diag = flat.slice("::" + (d + 1));
                NDArray zero = Numpy.equal(diag, 0L); NDArray all = Numpy.all(zero)) {
            if (!all.toBooleanArray()[0]) {
                throw new IllegalArgumentException(OP + ": X: Distance matrix 'X' diagonal must be zero.");
            }
        }
    }
}
