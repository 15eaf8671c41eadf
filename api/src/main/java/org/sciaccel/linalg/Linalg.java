package org.sciaccel.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.DTypeSupport;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * {@code scipy.linalg} (and {@code numpy.matmul}) for {@link NDArray}s: SciPy 1.10's functions,
 * names in camelCase, its parameters, defaults, output shapes and conventions. Results live on the
 * input's backend. The decompositions (svd, svdvals, qr, lu, lu_factor, eigh, eigvalsh, eig, eigvals,
 * schur) are inherited from {@link LinalgDecompositions}, whose documentation describes them.
 *
 * <p>Deviations from SciPy, all deliberate: real dtypes other than float32/float64 are converted to
 * float64 as SciPy does. The decompositions (svd, svdvals, qr, schur, eig, eigvals, eigh, lu,
 * lu_factor) run the LAPACK routines SciPy calls for real input (gesdd/gesvd, geqrf/orgqr, gees,
 * geev/ggev, syevr and the other eigh drivers; float32 input the s* routines), so the order of
 * eigenvalues and the signs of vectors and of Q/R are LAPACK's, as SciPy's: bit for bit on the
 * machine's LAPACK (used through JNI when present), to rounding on the Java translation of reference
 * LAPACK used otherwise, whose older QR iteration may, for larger matrices, deflate in another order
 * or pick other signs; for complex input they run LAPACK's complex algorithms, written here. Of the
 * solvers, inv, det, solve, lu_solve (LAPACK's zgetrf pivots), cholesky, cho_factor and cho_solve
 * (zpotrf, Hermitian) take complex matrices, computed in double, as do norm, and pinv and lstsq
 * (through the real form [[Re, -Im], [Im, Re]], whose SVD is the complex one's). These ops, pinv,
 * lstsq and norm refuse infs and NaNs as SciPy's {@code check_finite} does; lstsq and solve's
 * assume_a sym run LAPACK's own drivers (gelsd, gelsy, gelss; sysv), solve's condition estimate its
 * gecon / sycon / pocon. The other solvers compute in double precision and round float32 results
 * from it (SciPy calls LAPACK's single-precision routines), so their float32 results are at least as
 * accurate as SciPy's; {@code check_finite=False} and {@code overwrite_*} have no counterpart (inputs
 * are never overwritten); integer and bool operands of {@code matmul} are multiplied in float64
 * (NumPy keeps integer dtypes).
 */
public final class Linalg extends LinalgDecompositions {

    private Linalg() {
    }

    // ---------------------------------------------------------------- products

    /** {@code numpy.matmul(a, b)}. */
    public static NDArray matmul(NDArray a, NDArray b) {
        return matmul(a, Transpose.NONE, b, Transpose.NONE);
    }

    /**
     * {@code numpy.matmul(op(a), op(b))}, the operands read transposed or conjugate-transposed
     * without a copy (as BLAS's {@code transa}/{@code transb}). NumPy's rules: 1-D operands are
     * promoted to a row (a) or column (b) matrix and the added axis removed from the result; leading
     * (batch) dimensions broadcast. The result dtype is NumPy's promotion of the two float or complex
     * dtypes.
     *
     * @param a  array of at least 1 dimension (2 when transposed)
     * @param ta how {@code a} is read
     * @param b  array of at least 1 dimension (2 when transposed), on the same backend
     * @param tb how {@code b} is read
     * @throws IllegalArgumentException when the contracted extents differ (naming both shapes) or
     *                                  the batch dimensions do not broadcast
     * @see <a href="https://numpy.org/doc/1.24/reference/generated/numpy.matmul.html">numpy.matmul</a>
     */
    public static NDArray matmul(NDArray a, Transpose ta, NDArray b, Transpose tb) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("matmul: a and b must not be null");
        }
        if (ta == null || tb == null) {
            throw new IllegalArgumentException("matmul: " + (ta == null ? "ta" : "tb") + " must not be null");
        }
        // NumPy multiplies integers in their own dtype (wrapping) and float16 in float16; not followed here.
        DTypeSupport.require("numpy.matmul", "a", a.dtype());
        DTypeSupport.require("numpy.matmul", "b", b.dtype());
        int[] as = a.shape();
        int[] bs = b.shape();
        if (as.length == 0 || bs.length == 0) {
            throw new IllegalArgumentException("matmul: operands must have at least 1 dimension; got shapes "
                    + Shapes.toString(as) + " and " + Shapes.toString(bs));
        }
        if ((ta != Transpose.NONE && as.length < 2) || (tb != Transpose.NONE && bs.length < 2)) {
            throw new IllegalArgumentException("matmul: a transposed operand must have at least 2 dimensions; got shapes "
                    + Shapes.toString(as) + " and " + Shapes.toString(bs));
        }
        boolean aVec = as.length == 1;
        boolean bVec = bs.length == 1;
        int[] a2 = aVec ? new int[] {1, as[0]} : as;
        int[] b2 = bVec ? new int[] {bs[0], 1} : bs;
        int m = ta.swaps() ? a2[a2.length - 1] : a2[a2.length - 2];
        int ka = ta.swaps() ? a2[a2.length - 2] : a2[a2.length - 1];
        int kb = tb.swaps() ? b2[b2.length - 1] : b2[b2.length - 2];
        int n = tb.swaps() ? b2[b2.length - 2] : b2[b2.length - 1];
        if (ka != kb) {
            throw new IllegalArgumentException("matmul: shapes " + Shapes.toString(as) + (ta.swaps() ? " (transposed)" : "")
                    + " and " + Shapes.toString(bs) + (tb.swaps() ? " (transposed)" : "")
                    + " are not aligned: contracted extents " + ka + " != " + kb);
        }
        int[] aBatch = Arrays.copyOf(a2, a2.length - 2);
        int[] bBatch = Arrays.copyOf(b2, b2.length - 2);
        int nb = Math.max(aBatch.length, bBatch.length);
        int[] batch = new int[nb];
        for (int i = 0; i < nb; i++) {
            int x = dimFromEnd(aBatch, nb - 1 - i);
            int y = dimFromEnd(bBatch, nb - 1 - i);
            if (x != y && x != 1 && y != 1) {
                throw new IllegalArgumentException("matmul: batch dimensions of shapes " + Shapes.toString(as) + " and "
                        + Shapes.toString(bs) + " do not broadcast (" + x + " vs " + y + ")");
            }
            batch[i] = x == 1 ? y : x;
        }
        int count = Shapes.size(batch);
        int[] aIndex = new int[count];
        int[] bIndex = new int[count];
        int[] idx = new int[nb];
        for (int t = 0; t < count; t++) {
            aIndex[t] = broadcastIndex(idx, aBatch);
            bIndex[t] = broadcastIndex(idx, bBatch);
            for (int d = nb - 1; d >= 0; d--) {
                if (++idx[d] < batch[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int d : batch) {
            out.add(d);
        }
        if (!aVec) {
            out.add(m);
        }
        if (!bVec) {
            out.add(n);
        }
        int[] outShape = out.stream().mapToInt(Integer::intValue).toArray();
        DType t = productType(a.dtype(), b.dtype());
        NDArray ac = a.dtype() == t ? a : a.astype(t);
        NDArray bc = b.dtype() == t ? b : b.astype(t);
        try {
            MatmulPlan plan = new MatmulPlan(t, m, ka, n, ta, tb, aIndex, bIndex, outShape);
            return OpRouter.array("numpy.matmul", (on, in) -> on.linalg().matmul(in[0], in[1], plan), ac, bc);
        } finally {
            if (ac != a) {
                ac.close();
            }
            if (bc != b) {
                bc.close();
            }
        }
    }

    private static int dimFromEnd(int[] shape, int fromEnd) {
        int i = shape.length - 1 - fromEnd;
        return i >= 0 ? shape[i] : 1;
    }

    /** Row-major index of the matrix of an operand with batch shape {@code own} at broadcast index {@code idx}. */
    private static int broadcastIndex(int[] idx, int[] own) {
        int off = idx.length - own.length;
        int r = 0;
        for (int d = 0; d < own.length; d++) {
            r = r * own[d] + (own[d] == 1 ? 0 : idx[off + d]);
        }
        return r;
    }

    /** NumPy's result type of matmul for the float and complex dtypes; other dtypes compute in float64. */
    static DType productType(DType x, DType y) {
        boolean complex = x.isComplex() || y.isComplex();
        boolean single = isSingle(x) && isSingle(y);
        if (complex) {
            return single ? DType.COMPLEX64 : DType.COMPLEX128;
        }
        return single ? DType.FLOAT32 : DType.FLOAT64;
    }

    private static boolean isSingle(DType t) {
        return t == DType.FLOAT32 || t == DType.COMPLEX64;
    }

    // ---------------------------------------------------------------- determinants and inverses

    /**
     * {@code scipy.linalg.det(a)}: the determinant from an LU factorisation with partial pivoting.
     *
     * @throws IllegalArgumentException "expected square matrix" for a non-square or non-2-D input
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.det.html">scipy.linalg.det</a>
     */
    public static double det(NDArray a) {
        checkNotNull("a", a);
        if (a.dtype().isComplex()) {
            throw new IllegalArgumentException("det: a has dtype " + a.dtype() + "; its determinant is complex: use detComplex");
        }
        return withReal("det", a, x -> OpRouter.value("linalg.det", (on, in) -> on.linalg().det(in[0]), square("det", x)));
    }

    /**
     * {@code scipy.linalg.det(a)} of a complex square matrix (complex64, complex128): {re, im}, from
     * LAPACK's zgetrf pivoting (the product of U's diagonal, negated for each row interchange, as
     * SciPy's det), computed in double precision and, for complex64, rounded to single precision
     * (SciPy computes it in single precision).
     *
     * @throws IllegalArgumentException "expected square matrix" for a non-square input
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.det.html">scipy.linalg.det</a>
     */
    public static double[] detComplex(NDArray a) {
        checkNotNull("a", a);
        if (!a.dtype().isComplex()) {
            return new double[] {det(a), 0};
        }
        return OpRouter.value("linalg.det", (on, in) -> on.linalg().detComplex(in[0]), square("det", a));
    }

    /**
     * {@code scipy.linalg.inv(a)}.
     *
     * @throws IllegalArgumentException "expected square matrix" for a non-square input
     * @throws org.sciaccel.LinAlgException "singular matrix" when a pivot is exactly zero (as LAPACK's getrf)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.inv.html">scipy.linalg.inv</a>
     */
    public static NDArray inv(NDArray a) {
        return withRealOrComplex("inv", a, x -> OpRouter.array("linalg.inv", (on, in) -> on.linalg().inv(in[0]),
                square("inv", x)));
    }

    // ---------------------------------------------------------------- solvers

    /** {@code scipy.linalg.solve(a, b)}: general matrix. */
    public static NDArray solve(NDArray a, NDArray b) {
        return solve(a, b, SolveOptions.options());
    }

    /** {@code scipy.linalg.solve(a, b, lower=lower, assume_a=assumeA)}; see {@link #solve(NDArray, NDArray, SolveOptions)}. */
    public static NDArray solve(NDArray a, NDArray b, AssumeA assumeA, boolean lower) {
        if (assumeA == null) {
            throw new IllegalArgumentException("assume_a: must not be null");
        }
        return solve(a, b, SolveOptions.options().assumeA(assumeA).lower(lower));
    }

    /**
     * {@code scipy.linalg.solve(a, b, sym_pos, lower, assume_a=..., transposed=...)}: {@code x} with
     * {@code a @ x = b} (or {@code a.T @ x = b}). For sym, her and pos only the {@code lower} (or
     * upper) triangle of {@code a} is read. As SciPy: a scalar or one-element {@code a} is a 1 x 1
     * matrix (and then a 1-D {@code b} of any length holds that many right-hand sides); {@code b}
     * may have any shape (N, ...), each trailing index one right-hand side, and x has b's shape; an
     * empty b gives an empty x. Warns {@code LinAlgWarning} (SciPy's message) when the reciprocal
     * condition number LAPACK's gecon, sycon, hecon or pocon would estimate is below the machine
     * precision of a's dtype; as SciPy 1.10 (which does not pass {@code lower} to them), sycon, hecon and
     * pocon read the upper triangle of the factorisation's array (deviation: for complex sym and her
     * with lower=True the estimate is that of the matrix solved).
     *
     * @throws IllegalArgumentException for a non-square a or a b whose rows do not match (naming both shapes)
     * @throws UnsupportedOperationException for transposed with complex a, as SciPy's NotImplementedError
     * @throws org.sciaccel.LinAlgException "singular matrix", or "not positive definite" for {@code pos}
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.solve.html">scipy.linalg.solve</a>
     */
    public static NDArray solve(NDArray a, NDArray b, SolveOptions options) {
        return LinalgSolve.solve(a, b, options);
    }

    /**
     * {@code scipy.linalg.lu_solve((lu, piv), b, trans)}: solves {@code a x = b} (trans 0) or
     * {@code a^T x = b} (trans 1) from {@link #luFactor}'s factors.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.lu_solve.html">scipy.linalg.lu_solve</a>
     */
    public static NDArray luSolve(LuFactor factor, NDArray b, int trans) {
        if (factor == null) {
            throw new IllegalArgumentException("lu_and_piv: must not be null");
        }
        if (trans < 0 || trans > 2) {
            throw new IllegalArgumentException("trans=" + trans + " must be 0, 1 or 2 (a, its transpose, its conjugate transpose)");
        }
        NDArray lu = factor.lu();
        square("lu_solve", lu);
        int[] ps = factor.piv().shape();
        if (ps.length != 1 || ps[0] != lu.shape(0) || factor.piv().dtype() != DType.INT32) {
            throw new IllegalArgumentException("piv: expected int32 of shape (" + lu.shape(0) + ",); got "
                    + factor.piv().dtype() + " " + Shapes.toString(ps));
        }
        return withCommon2("lu_solve", lu, b, (x, y) -> {
            rhs("lu_solve", x, y);
            return OpRouter.array("linalg.lu_solve", (on, in) -> on.linalg().luSolve(in[0], in[1], in[2], trans), x,
                    factor.piv(), y);
        });
    }

    /** {@code scipy.linalg.lu_solve((lu, piv), b)}. */
    public static NDArray luSolve(LuFactor factor, NDArray b) {
        return luSolve(factor, b, 0);
    }

    /**
     * {@code scipy.linalg.cho_solve((c, lower), b)}: solves {@code a x = b} from {@link #choFactor}'s factor.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.cho_solve.html">scipy.linalg.cho_solve</a>
     */
    public static NDArray choSolve(ChoFactor factor, NDArray b) {
        if (factor == null) {
            throw new IllegalArgumentException("c_and_lower: must not be null");
        }
        square("cho_solve", factor.c());
        return withCommon2("cho_solve", factor.c(), b, (x, y) -> {
            rhs("cho_solve", x, y);
            return OpRouter.array("linalg.cho_solve", (on, in) -> on.linalg().choSolve(in[0], factor.lower(), in[1]), x, y);
        });
    }

    // ---------------------------------------------------------------- decompositions

    /** {@code scipy.linalg.cholesky(a)}: the upper factor U, {@code a = U^T U}. */
    public static NDArray cholesky(NDArray a) {
        return cholesky(a, false);
    }

    /**
     * {@code scipy.linalg.cholesky(a, lower)}: {@code a = L L^T} (lower) or {@code U^T U}, the other
     * triangle zero; only the named triangle of {@code a} is read.
     *
     * @throws org.sciaccel.LinAlgException "not positive definite"
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.cholesky.html">scipy.linalg.cholesky</a>
     */
    public static NDArray cholesky(NDArray a, boolean lower) {
        return withRealOrComplex("cholesky", a, x -> OpRouter.array("linalg.cholesky",
                (on, in) -> on.linalg().cholesky(in[0], lower, true), square("cholesky", x)));
    }

    /**
     * {@code scipy.linalg.cho_factor(a, lower)}: as {@link #cholesky} but the other triangle keeps
     * the input's entries, as LAPACK's potrf leaves them.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.cho_factor.html">scipy.linalg.cho_factor</a>
     */
    public static ChoFactor choFactor(NDArray a, boolean lower) {
        NDArray c = withRealOrComplex("cho_factor", a, x -> OpRouter.array("linalg.cho_factor",
                (on, in) -> on.linalg().cholesky(in[0], lower, false), square("cho_factor", x)));
        return new ChoFactor(c, lower);
    }

    /** {@code scipy.linalg.cho_factor(a)}: upper. */
    public static ChoFactor choFactor(NDArray a) {
        return choFactor(a, false);
    }

    // ---------------------------------------------------------------- least squares, pseudo-inverse, eigenvalues

    /** {@code scipy.linalg.lstsq(a, b)}: default cond (the dtype's machine epsilon), driver gelsd. */
    public static Lstsq lstsq(NDArray a, NDArray b) {
        return lstsq(a, b, Double.NaN);
    }

    /** {@code scipy.linalg.lstsq(a, b, cond)} with the default driver gelsd. */
    public static Lstsq lstsq(NDArray a, NDArray b, double cond) {
        return lstsq(a, b, cond, LstsqDriver.GELSD);
    }

    /**
     * {@code scipy.linalg.lstsq(a, b, cond, lapack_driver=driver)}: the minimum-norm least-squares
     * solution of {@code a @ x = b} by LAPACK's driver as SciPy calls it (gelsd, gelss: singular
     * values at most {@code cond * s[0]} count as zero; gelsy: cond is the reciprocal condition
     * number of the leading triangle of its pivoted QR). {@code cond} NaN means SciPy's default, the
     * machine epsilon of the dtype (a negative one LAPACK's, the same). {@code residues} holds the
     * squared 2-norm of each column of {@code b - a @ x} when M &gt; N and the rank is N (shape (K,),
     * or () for a 1-D b), else shape (0,) (and always for gelsy); {@code s} is null for gelsy.
     * Complex a or b (complex64, complex128) are solved through the real 2M x 2N matrix
     * [[Re a, -Im a], [Im a, Re a]], whose singular values are a's, each twice; complex64 solves it
     * in double precision and rounds (SciPy runs cgelsd in single precision; its answer and ours are
     * both within float32's rounding of the exact one) (deviation: gelsy
     * then decides the rank on the real form's condition estimate, which for a cond well above the
     * machine epsilon may keep another number of columns than zgelsy's).
     *
     * @throws IllegalArgumentException for a that is not 2-D or b whose rows do not match (SciPy's words, with the shapes)
     * @throws org.sciaccel.LinAlgException "SVD did not converge in Linear Least Squares"
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.lstsq.html">scipy.linalg.lstsq</a>
     */
    public static Lstsq lstsq(NDArray a, NDArray b, double cond, LstsqDriver driver) {
        return LinalgLstsq.lstsq(a, b, cond, driver);
    }

    /** {@code scipy.linalg.pinv(a)} with SciPy's default tolerances (atol 0, rtol max(M, N) * eps). */
    public static NDArray pinv(NDArray a) {
        return pinv(a, Double.NaN, Double.NaN);
    }

    /**
     * {@code scipy.linalg.pinv(a, atol, rtol)}: the Moore-Penrose pseudo-inverse through the SVD,
     * singular values at most {@code atol + rtol * s[0]} treated as zero; NaN means SciPy's default
     * (atol 0; rtol max(M, N) times the dtype's machine epsilon).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.pinv.html">scipy.linalg.pinv</a>
     */
    public static NDArray pinv(NDArray a, double atol, double rtol) {
        if (atol < 0 || rtol < 0) {
            throw new IllegalArgumentException("atol=" + atol + ", rtol=" + rtol + ": tolerances must be non-negative");
        }
        return withRealOrComplex("pinv", a, x -> OpRouter.array("linalg.pinv",
                (on, in) -> on.linalg().pinv(in[0], atol, rtol), matrix("pinv", x)));
    }

    // ---------------------------------------------------------------- batched small systems

    /**
     * Solves a batch of small systems {@code a[t] @ x[t] = b[t]} (no SciPy counterpart: the loop
     * {@code [scipy.linalg.solve(a[t], b[t]) for t]}, except that a singular matrix does not stop
     * the batch: its solution is NaN and its {@link BatchedSolveResult#status()} says which pivot
     * was zero). Gaussian elimination with partial pivoting, as {@code solve}'s LAPACK getrf/getrs.
     *
     * @param a float32 or float64 of shape (batch, n, n)
     * @param b same dtype, shape (batch, n) or (batch, n, k)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.solve.html">scipy.linalg.solve</a>
     */
    public static BatchedSolveResult solveBatched(NDArray a, NDArray b) {
        int n = batchOfSquares("solve_batched", a);
        checkNotNull("b", b);
        int[] bs = b.shape();
        if ((bs.length != 2 && bs.length != 3) || bs[0] != a.shape(0) || bs[1] != n) {
            throw new IllegalArgumentException("solve_batched: b of shape " + Shapes.toString(bs)
                    + " does not match a of shape " + Shapes.toString(a.shape()) + " (expected (" + a.shape(0) + ", " + n
                    + ") or (" + a.shape(0) + ", " + n + ", K))");
        }
        if (b.dtype() != a.dtype()) {
            throw new IllegalArgumentException("solve_batched: b has dtype " + b.dtype() + " but a has " + a.dtype());
        }
        int k = bs.length == 2 ? 1 : bs[2];
        NDArray[] r = OpRouter.arrays("linalg.solve_batched", (on, in) -> on.linalg().solveBatched(in[0], in[1], n, k), a, b);
        return new BatchedSolveResult(r[0], r[1]);
    }

    /**
     * Inverts a batch of small square matrices (shape (batch, n, n), float32 or float64); singular
     * ones give NaN and a non-zero status instead of failing the batch.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.inv.html">scipy.linalg.inv</a>
     */
    public static BatchedSolveResult invBatched(NDArray a) {
        int n = batchOfSquares("inv_batched", a);
        NDArray[] r = OpRouter.arrays("linalg.inv_batched", (on, in) -> on.linalg().invBatched(in[0], n), a);
        return new BatchedSolveResult(r[0], r[1]);
    }

    /**
     * Cholesky factors of a batch of small symmetric positive definite matrices (shape (batch, n, n),
     * float32 or float64), as {@code cholesky(a[t], lower)}; a matrix that is not positive definite
     * gives NaN and a non-zero status instead of failing the batch.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.cholesky.html">scipy.linalg.cholesky</a>
     */
    public static BatchedSolveResult choleskyBatched(NDArray a, boolean lower) {
        int n = batchOfSquares("cholesky_batched", a);
        NDArray[] r = OpRouter.arrays("linalg.cholesky_batched", (on, in) -> on.linalg().choleskyBatched(in[0], n, lower), a);
        return new BatchedSolveResult(r[0], r[1]);
    }

    /** Largest n of the batched kernels (one matrix per work-group in local memory). */
    public static final int MAX_BATCHED_N = 32;

    private static int batchOfSquares(String op, NDArray a) {
        checkNotNull("a", a);
        int[] s = a.shape();
        if (s.length != 3 || s[1] != s[2]) {
            throw new IllegalArgumentException(op + ": expected a batch of square matrices, shape (batch, n, n); got "
                    + Shapes.toString(s));
        }
        if (s[1] > MAX_BATCHED_N) {
            throw new IllegalArgumentException(op + ": n=" + s[1] + " is larger than " + MAX_BATCHED_N
                    + "; use the unbatched functions for large matrices");
        }
        if (a.dtype() != DType.FLOAT32 && a.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException(op + ": a has dtype " + a.dtype() + "; expected float32 or float64");
        }
        return s[1];
    }

    // ---------------------------------------------------------------- norms

    /** {@code scipy.linalg.norm(a)}: Frobenius norm of a matrix, 2-norm of a vector (of any array, flattened). */
    public static double norm(NDArray a) {
        return LinalgNorms.scalar(a, null, null);
    }

    /**
     * {@code scipy.linalg.norm(a, ord)} with a numeric {@code ord}: for a 1-D array
     * {@code sum(|x|^ord)^(1/ord)} (inf: max |x|, -inf: min |x|, 0: count of non-zeros); for a 2-D
     * array ord must be 1, -1, 2, -2, inf or -inf (max/min column sum, largest/smallest singular
     * value, max/min row sum). See {@link #norm(NDArray, double, int[], boolean)}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.norm.html">scipy.linalg.norm</a>
     */
    public static double norm(NDArray a, double ord) {
        return LinalgNorms.scalar(a, null, ord);
    }

    /**
     * {@code scipy.linalg.norm(a, ord)} with {@code ord} {@code "fro"} or {@code "nuc"} of a 2-D
     * array (null: the default, as {@link #norm(NDArray)}).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.norm.html">scipy.linalg.norm</a>
     */
    public static double norm(NDArray a, String ord) {
        return LinalgNorms.scalar(a, ord, null);
    }

    /**
     * {@code scipy.linalg.norm(a, ord, axis, keepdims)} with a numeric {@code ord}: with one axis the
     * vector norms along it, with two (row axis, column axis) the matrix norms over them, with
     * {@code axis} null those of a 1-D or 2-D {@code a}; {@code keepdims} keeps the reduced axes as
     * 1s. Real and complex arrays of any dtype (integers and bool read as float64); the result is
     * float16 for float16, float32 for float32 and complex64, float64 otherwise, on a's backend. As
     * SciPy's default {@code check_finite=True}, infs and NaNs are refused.
     *
     * @throws IllegalArgumentException for an order the vector or matrix norm does not have, an axis
     *                                  out of bounds, duplicate axes or more than two (NumPy's words)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.norm.html">scipy.linalg.norm</a>
     */
    public static NDArray norm(NDArray a, double ord, int[] axis, boolean keepdims) {
        return LinalgNorms.norm(a, null, ord, axis, keepdims);
    }

    /**
     * {@code scipy.linalg.norm(a, ord, axis, keepdims)} with {@code ord} {@code "fro"}, {@code "f"}
     * or {@code "nuc"}, or null for SciPy's default (the 2-norm of vectors, Frobenius of matrices);
     * as {@link #norm(NDArray, double, int[], boolean)}.
     */
    public static NDArray norm(NDArray a, String ord, int[] axis, boolean keepdims) {
        return LinalgNorms.norm(a, ord, null, axis, keepdims);
    }

    // ---------------------------------------------------------------- validation

    private interface Fn<R> {
        R apply(NDArray x);
    }

    private interface Fn2<R> {
        R apply(NDArray x, NDArray y);
    }

    private static void checkNotNull(String param, NDArray a) {
        if (a == null) {
            throw new IllegalArgumentException(param + ": must not be null");
        }
    }

    /** Runs body on a as float32/float64: other real dtypes converted to float64, complex rejected. */
    private static <R> R withReal(String op, NDArray a, Fn<R> body) {
        checkNotNull("a", a);
        NDArray x = real(op, "a", a);
        try {
            return body.apply(x);
        } finally {
            if (x != a) {
                x.close();
            }
        }
    }

    /** Runs body on a as float32/float64/complex64/complex128: other dtypes converted to float64. */
    private static <R> R withRealOrComplex(String op, NDArray a, Fn<R> body) {
        checkNotNull("a", a);
        return a.dtype().isComplex() ? body.apply(a) : withReal(op, a, body);
    }

    /**
     * Both operands at the one dtype SciPy's LAPACK prefix gives them: complex when either is,
     * single precision only when both are (NumPy's result type for the float and complex dtypes).
     */
    private static <R> R withCommon2(String op, NDArray a, NDArray b, Fn2<R> body) {
        checkNotNull("a", a);
        checkNotNull("b", b);
        if (!a.dtype().isComplex() && !b.dtype().isComplex()) {
            return withReal2(op, a, b, body);
        }
        DType t = productType(a.dtype(), b.dtype());
        NDArray x = a.dtype() == t ? a : a.astype(t);
        NDArray y = b.dtype() == t ? b : b.astype(t);
        try {
            return body.apply(x, y);
        } finally {
            if (x != a) {
                x.close();
            }
            if (y != b) {
                y.close();
            }
        }
    }

    /** Both operands as float32 when both are, else float64. */
    private static <R> R withReal2(String op, NDArray a, NDArray b, Fn2<R> body) {
        checkNotNull("a", a);
        checkNotNull("b", b);
        // Checks only: the conversion is below (converting here would leave the copies unclosed).
        checkReal(op, "a", a);
        checkReal(op, "b", b);
        DType t = a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        NDArray x = a.dtype() == t ? a : a.astype(t);
        NDArray y = b.dtype() == t ? b : b.astype(t);
        try {
            return body.apply(x, y);
        } finally {
            if (x != a) {
                x.close();
            }
            if (y != b) {
                y.close();
            }
        }
    }

    private static NDArray real(String op, String param, NDArray a) {
        checkReal(op, param, a);
        if (a.dtype() == DType.FLOAT32 || a.dtype() == DType.FLOAT64) {
            return a;
        }
        return a.astype(DType.FLOAT64);
    }

    /**
     * Complex refused (not supported yet), and issue 12's dtypes: SciPy's LAPACK wrappers take int8,
     * int16 and float16 to float32 (uint32, uint64 to float64), which the float64 conversion here
     * does not follow, so they are refused rather than answered in the wrong dtype.
     */
    private static void checkReal(String op, String param, NDArray a) {
        if (a.dtype().isComplex()) {
            throw new UnsupportedOperationException(op + ": " + param + " has dtype " + a.dtype()
                    + "; complex matrices are not supported by the decompositions yet");
        }
        DTypeSupport.require("linalg." + op, param, a.dtype());
    }

    private static NDArray matrix(String op, NDArray a) {
        if (a.ndim() != 2) {
            throw new IllegalArgumentException(op + ": expected a 2-D matrix; got shape " + Shapes.toString(a.shape()));
        }
        return a;
    }

    private static NDArray square(String op, NDArray a) {
        if (a.ndim() != 2 || a.shape(0) != a.shape(1)) {
            throw new IllegalArgumentException(op + ": expected square matrix; got shape " + Shapes.toString(a.shape()));
        }
        return a;
    }

    private static void rhs(String op, NDArray a, NDArray b) {
        if ((b.ndim() != 1 && b.ndim() != 2) || b.shape(0) != a.shape(0)) {
            throw new IllegalArgumentException(op + ": b of shape " + Shapes.toString(b.shape())
                    + " does not match a of shape " + Shapes.toString(a.shape()) + " (expected (" + a.shape(0)
                    + ",) or (" + a.shape(0) + ", K))");
        }
    }
}
