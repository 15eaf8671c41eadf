package org.sciaccel.linalg;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.DTypeSupport;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.Warnings;

/**
 * The decompositions of {@link Linalg} (svd, svdvals, qr, lu, lu_factor, eigh, eigvalsh, eig,
 * eigvals, schur): SciPy 1.10's functions and validation, routed to the backends. {@link Linalg}
 * inherits them, so they are called as {@code Linalg.svd(a)}; this class only keeps the facade's
 * file short.
 *
 * <p>Operands are taken as SciPy's {@code get_lapack_funcs} takes them: float32 and complex64 in
 * single precision, float64 and complex128 in double, the other real dtypes as float64, and two
 * operands at one common type (complex if either is, single only if both are). The CPU backend
 * computes complex decompositions in double precision and rounds complex64 results once at the end.
 */
abstract class LinalgDecompositions {

    LinalgDecompositions() {
    }

    // ---------------------------------------------------------------- svd

    /** {@code scipy.linalg.svd(a)}: full matrices, with U and Vh. */
    public static Svd svd(NDArray a) {
        return svd(a, true, true);
    }

    /** {@code scipy.linalg.svd(a, full_matrices, compute_uv)} with SciPy's default driver gesdd. */
    public static Svd svd(NDArray a, boolean fullMatrices, boolean computeUv) {
        return svd(a, fullMatrices, computeUv, SvdDriver.GESDD);
    }

    /**
     * {@code scipy.linalg.svd(a, full_matrices, compute_uv, lapack_driver)}: for an M x N matrix,
     * K = min(M, N), U is M x M (M x K without full matrices), s has K values descending, Vh is N x N
     * (K x N). Real input runs LAPACK's gesdd / gesvd (s* for float32). Complex input is reduced to a
     * real bidiagonal matrix by Householder reflectors as zgebrd does and that matrix decomposed by
     * the real routine the driver names (dbdsdc for gesdd, dbdsqr for gesvd, as zgesdd and zgesvd
     * do); deviation: the phases of the complex singular vectors are this computation's (each pair
     * u_i, v_i is unique only up to one common phase), not necessarily zgesdd's.
     *
     * @throws IllegalArgumentException for a matrix that is not 2-D or holds infs or NaNs
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.svd.html">scipy.linalg.svd</a>
     */
    public static Svd svd(NDArray a, boolean fullMatrices, boolean computeUv, SvdDriver driver) {
        if (driver == null) {
            throw new IllegalArgumentException("lapack_driver: must not be null");
        }
        NDArray[] r = withLapack("svd", a, x -> OpRouter.arrays("linalg.svd",
                (on, in) -> on.linalg().svd(in[0], fullMatrices, computeUv, driver), matrix("svd", x)));
        return new Svd(r[0], r[1], r[2]);
    }

    /**
     * {@code scipy.linalg.svdvals(a)}: the singular values, descending (real, single precision for
     * float32 and complex64 input).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.svdvals.html">scipy.linalg.svdvals</a>
     */
    public static NDArray svdvals(NDArray a) {
        return withLapack("svdvals", a, x -> OpRouter.arrays("linalg.svdvals",
                (on, in) -> new NDArray[] {on.linalg().svd(in[0], false, false, SvdDriver.GESDD)[1]},
                matrix("svdvals", x))[0]);
    }

    // ---------------------------------------------------------------- qr and lu

    /** {@code scipy.linalg.qr(a)}: mode full. */
    public static Qr qr(NDArray a) {
        return qr(a, QrMode.FULL);
    }

    /**
     * {@code scipy.linalg.qr(a, mode=mode)} (no pivoting): Householder QR, {@code a = Q @ R}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.qr.html">scipy.linalg.qr</a>
     */
    public static Qr qr(NDArray a, QrMode mode) {
        return qr(a, mode, false);
    }

    /**
     * {@code scipy.linalg.qr(a, mode=mode, pivoting=pivoting)}: with pivoting, LAPACK's geqp3 (zgeqp3
     * for complex input: column pivoting on the largest remaining norm, so |diag(R)| does not increase)
     * and {@code a[:, P] = Q @ R} with P the int32 column indices; Q and R as without pivoting, so
     * {@code qr(a[:, P])} gives the same Q and R.
     *
     * @throws IllegalArgumentException for a matrix without rows, as SciPy's geqrf / geqp3 call fails
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.qr.html">scipy.linalg.qr</a>
     */
    public static Qr qr(NDArray a, QrMode mode, boolean pivoting) {
        if (mode == null) {
            throw new IllegalArgumentException("mode: must not be null");
        }
        checkNotNull("a", a);
        if (a.ndim() == 2 && a.shape(0) == 0) {
            // SciPy passes lda = M = 0 to geqrf / geqp3, which refuse it.
            String prefix = a.dtype() == DType.FLOAT32 ? "S" : a.dtype() == DType.COMPLEX64 ? "C"
                    : a.dtype() == DType.COMPLEX128 ? "Z" : "D";
            throw new IllegalArgumentException("qr: a has no rows; On entry to " + prefix
                    + (pivoting ? "GEQP3" : "GEQRF") + " parameter number 4 had an illegal value");
        }
        NDArray[] r = withLapack("qr", a, x -> OpRouter.arrays("linalg.qr",
                (on, in) -> on.linalg().qr(in[0], mode, pivoting), matrix("qr", x)));
        return new Qr(r[0], r[1], r[2]);
    }

    /** {@code scipy.linalg.lu(a)}. */
    public static Lu lu(NDArray a) {
        return lu(a, false);
    }

    /**
     * {@code scipy.linalg.lu(a, permute_l)}: {@code a = P @ L @ U} for an M x N matrix, P M x M, L
     * M x K unit lower, U K x N upper (K = min(M, N)), partial pivoting on the largest magnitude as LAPACK's getrf.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.lu.html">scipy.linalg.lu</a>
     */
    public static Lu lu(NDArray a, boolean permuteL) {
        NDArray[] r = withLapack("lu", a, x -> OpRouter.arrays("linalg.lu", (on, in) -> on.linalg().lu(in[0], permuteL),
                matrix("lu", x)));
        return new Lu(r[0], r[1], r[2]);
    }

    /**
     * {@code scipy.linalg.lu_factor(a)} of an M x N matrix (LAPACK's getrf): {@code lu} M x N, U on
     * and above the diagonal and L's multipliers below it, and {@code piv}, min(M, N) 0-based pivot
     * indices. A singular matrix is factored (SciPy warns); {@link Linalg#luSolve} (square factors
     * only) then gives infinities or NaN as LAPACK's.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.lu_factor.html">scipy.linalg.lu_factor</a>
     */
    public static LuFactor luFactor(NDArray a) {
        NDArray[] r = withLapack("lu_factor", a, x -> OpRouter.arrays("linalg.lu_factor",
                (on, in) -> on.linalg().luFactor(in[0]), matrix("lu_factor", x)));
        return new LuFactor(r[0], r[1]);
    }

    // ---------------------------------------------------------------- symmetric / Hermitian eigenproblems

    /** {@code scipy.linalg.eigh(a)}: lower triangle read, driver evr. */
    public static Eigh eigh(NDArray a) {
        return eigh(a, null, EighOptions.defaults());
    }

    /** {@code scipy.linalg.eigh(a, lower=lower)}. */
    public static Eigh eigh(NDArray a, boolean lower) {
        return eigh(a, null, EighOptions.defaults().lower(lower));
    }

    /** {@code scipy.linalg.eigh(a, ...)} of the standard problem with the keyword arguments of {@code options}. */
    public static Eigh eigh(NDArray a, EighOptions options) {
        return eigh(a, null, options);
    }

    /**
     * {@code scipy.linalg.eigh(a, b, ...)}: the eigenvalues (ascending) and eigenvectors of the real
     * symmetric or complex Hermitian {@code a}, of the generalized problem with the Hermitian positive
     * definite {@code b} when it is not null; only the {@code lower} (or upper) triangles are read.
     * SciPy's argument checks and messages and its choice of driver (see {@link EighOptions}). Real
     * input runs the LAPACK driver SciPy runs (syev, syevd, syevr, syevx, sygv, sygvd, sygvx; s* for
     * float32); complex input is reduced to a real tridiagonal matrix by Householder reflectors as
     * zhetrd does (and the generalized problem to a standard one by b's Cholesky factor, as zhegst),
     * whose eigenproblem the driver's real LAPACK routines solve (steqr for ev, stedc for evd, stemr
     * or stebz/stein for evr, stebz/stein for evx), as zheev, zheevd, zheevr and zheevx do. For every
     * eigenvalue the eigenvector is unique up to sign (phase), which is LAPACK's for real input.
     *
     * @return w ascending; v with orthonormal (b-orthonormal) columns, null with {@code eigvals_only};
     *         w and v real, or v complex for complex input; single precision for single-precision input
     * @throws IllegalArgumentException SciPy's ValueErrors (shapes, type, subsets, drivers, infs or NaNs)
     * @throws org.sciaccel.LinAlgException when b is not positive definite ("The leading minor of order
     *                                      k of B is not positive definite ...") or the driver fails
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.eigh.html">scipy.linalg.eigh</a>
     */
    public static Eigh eigh(NDArray a, NDArray b, EighOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options: must not be null");
        }
        checkNotNull("a", a);
        EighPlan plan = eighPlan(a, b, options);
        NDArray[] r = withLapack2("eigh", a, b, (x, y) -> OpRouter.arrays("linalg.eigh",
                (on, in) -> on.linalg().eigh(in[0], in[1], plan), x, y));
        return new Eigh(r[0], r[1]);
    }

    /** {@code scipy.linalg.eigvalsh(a)}: the eigenvalues of a symmetric (Hermitian) matrix, ascending (lower triangle read). */
    public static NDArray eigvalsh(NDArray a) {
        return eigvalsh(a, null, EighOptions.defaults());
    }

    /** {@code scipy.linalg.eigvalsh(a, ...)} with the keyword arguments of {@code options}. */
    public static NDArray eigvalsh(NDArray a, EighOptions options) {
        return eigvalsh(a, null, options);
    }

    /**
     * {@code scipy.linalg.eigvalsh(a, b, ...)}: {@link #eigh(NDArray, NDArray, EighOptions)} with
     * {@code eigvals_only=True}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.eigvalsh.html">scipy.linalg.eigvalsh</a>
     */
    public static NDArray eigvalsh(NDArray a, NDArray b, EighOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options: must not be null");
        }
        checkNotNull("a", a);
        EighPlan plan = eighPlan(a, b, options.eigvalsOnly(true));
        return withLapack2("eigvalsh", a, b, (x, y) -> OpRouter.arrays("linalg.eigvalsh",
                (on, in) -> on.linalg().eigh(in[0], in[1], plan), x, y))[0];
    }

    /** SciPy's eigh argument checks, in SciPy's order, and its choice of driver. */
    @SuppressWarnings("deprecation")
    private static EighPlan eighPlan(NDArray a, NDArray b, EighOptions o) {
        if (o.turbo()) {
            deprecated("Keyword argument 'turbo' is deprecated in favour of 'driver=gvd' keyword instead and will be "
                    + "removed in SciPy 1.12.0.");
        }
        int[] eigvals = o.deprecatedEigvals();
        if (eigvals != null) {
            deprecated("Keyword argument 'eigvals' is deprecated in favour of 'subset_by_index' keyword instead and "
                    + "will be removed in SciPy 1.12.0.");
        }
        if (a.ndim() != 2 || a.shape(0) != a.shape(1)) {
            throw new IllegalArgumentException("eigh: expected square \"a\" matrix; got shape " + Shapes.toString(a.shape()));
        }
        int n = a.shape(0);
        if (b != null) {
            if (b.ndim() != 2 || b.shape(0) != b.shape(1)) {
                throw new IllegalArgumentException("eigh: expected square \"b\" matrix; got shape "
                        + Shapes.toString(b.shape()));
            }
            if (!Arrays.equals(b.shape(), a.shape())) {
                throw new IllegalArgumentException("eigh: wrong b dimensions " + Shapes.toString(b.shape()) + ", should be "
                        + Shapes.toString(a.shape()));
            }
            if (o.type() < 1 || o.type() > 3) {
                throw new IllegalArgumentException("type=" + o.type() + ": \"type\" keyword only accepts 1, 2, and 3.");
            }
        }
        int[] byIndex = eigvals != null ? eigvals : o.subsetByIndex();
        double[] byValue = o.subsetByValue();
        boolean subset = byIndex != null || byValue != null;
        if (byIndex != null && byValue != null) {
            throw new IllegalArgumentException("subset_by_index, subset_by_value: Either index or value subset can be "
                    + "requested.");
        }
        EighDriver driver = o.driver();
        if (o.turbo() && b != null) {
            driver = subset ? EighDriver.GVX : EighDriver.GVD;
        }
        char range = 'A';
        int il = 0;
        int iu = n - 1;
        double vl = 0;
        double vu = 1;
        if (byIndex != null) {
            il = byIndex[0];
            iu = byIndex[1];
            if (!(0 <= il && il <= iu && iu < n)) {
                throw new IllegalArgumentException("subset_by_index: Requested eigenvalue indices are not valid. Valid "
                        + "range is [0, " + (n - 1) + "] and start <= end, but start=" + il + ", end=" + iu + " is given");
            }
            range = 'I';
        }
        if (byValue != null) {
            vl = byValue[0];
            vu = byValue[1];
            if (!(vl < vu)) {
                throw new IllegalArgumentException("subset_by_value: Requested eigenvalue bounds are not valid. Valid "
                        + "range is (-inf, inf) and low < high, but low=" + python(vl) + ", high=" + python(vu)
                        + " is given");
            }
            range = 'V';
        }
        if (driver != null) {
            if (b == null && driver.generalized()) {
                throw new IllegalArgumentException("driver: " + driver.scipyName() + " requires input b array to be "
                        + "supplied for generalized eigenvalue problems.");
            }
            if (b != null && !driver.generalized()) {
                throw new IllegalArgumentException("driver: \"" + driver.scipyName() + "\" does not accept input b array "
                        + "for standard eigenvalue problems.");
            }
            if (subset && !driver.subsets()) {
                throw new IllegalArgumentException("driver: \"" + driver.scipyName() + "\" cannot compute subsets of "
                        + "eigenvalues");
            }
        } else {
            driver = b == null ? EighDriver.EVR : subset ? EighDriver.GVX : EighDriver.GVD;
        }
        return new EighPlan(driver, o.lower(), o.eigvalsOnly(), b == null ? 1 : o.type(), range, il, iu, vl, vu);
    }

    /** A double as Python's repr writes it (2.0, inf, -inf), for SciPy's messages. */
    private static String python(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v);
    }

    /**
     * SciPy's DeprecationWarning for eigh's deprecated keywords, logged at WARN with SciPy's
     * message (the one place it is raised, so that it can be handed to a warnings channel).
     */
    private static void deprecated(String message) {
        Warnings.warn(Warnings.Category.DEPRECATION, message);
    }

    // ---------------------------------------------------------------- general eigenproblems

    /** {@code scipy.linalg.eig(a)}: eigenvalues and right eigenvectors. */
    public static Eig eig(NDArray a) {
        return eig(a, null, false, true, false);
    }

    /** {@code scipy.linalg.eig(a, b)}: the generalized problem {@code a v = w b v} (b null: the standard one). */
    public static Eig eig(NDArray a, NDArray b) {
        return eig(a, b, false, true, false);
    }

    /**
     * {@code scipy.linalg.eig(a, b, left, right, homogeneous_eigvals)}. Real matrices run LAPACK's
     * geev (ggev with {@code b}; s* for float32) with SciPy's arguments: the eigenvalues in LAPACK's
     * order, complex-conjugate pairs of vectors unpacked from LAPACK's two real columns as SciPy
     * does, geev's vectors of unit norm with the largest component real, ggev's normalised to unit
     * norm by SciPy. Complex matrices run zgeev's steps (balancing, Hessenberg reduction, the complex
     * single-shift QR iteration of zlahqr, triangular eigenvectors as ztrevc, the same
     * normalisation), complex pencils zggev's (permutation, QR of b, Hessenberg-triangular
     * reduction, the single-shift QZ iteration of zhgeqz, ztgevc's vectors, then SciPy's unit norm).
     * {@code w} is {@code alpha / beta} (inf where only beta is 0, NaN where both are), or with
     * {@code homogeneous_eigvals} the 2 x N array {@code [alpha; beta]} (beta 1 without {@code b}).
     *
     * @return w, vl (null unless {@code left}) and vr (null unless {@code right})
     * @throws IllegalArgumentException "expected square matrix", "a and b must have the same shape", infs or NaNs
     * @throws org.sciaccel.LinAlgException when the QR (QZ) iteration does not converge
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.eig.html">scipy.linalg.eig</a>
     */
    public static Eig eig(NDArray a, NDArray b, boolean left, boolean right, boolean homogeneousEigvals) {
        checkNotNull("a", a);
        squareEig("a", a);
        if (b != null) {
            squareEig("b", b);
            if (!Arrays.equals(a.shape(), b.shape())) {
                throw new IllegalArgumentException("eig: a and b must have the same shape; got " + Shapes.toString(a.shape())
                        + " and " + Shapes.toString(b.shape()));
            }
        }
        String op = left || right ? "linalg.eig" : "linalg.eigvals";
        NDArray[] r = withLapack2(left || right ? "eig" : "eigvals", a, b, (x, y) -> OpRouter.arrays(op,
                (on, in) -> on.linalg().eig(in[0], in[1], left, right, homogeneousEigvals), x, y));
        return new Eig(r[0], r[1], r[2]);
    }

    /**
     * {@code scipy.linalg.eigvals(a)} of a square matrix: complex eigenvalues (complex64 for
     * single-precision input, complex128 otherwise), in the order of LAPACK's geev with jobvr='N', as SciPy's.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.eigvals.html">scipy.linalg.eigvals</a>
     */
    public static NDArray eigvals(NDArray a) {
        return eigvals(a, null, false);
    }

    /** {@code scipy.linalg.eigvals(a, b)}: the generalized eigenvalues ({@code b} null: the standard ones). */
    public static NDArray eigvals(NDArray a, NDArray b) {
        return eigvals(a, b, false);
    }

    /**
     * {@code scipy.linalg.eigvals(a, b, homogeneous_eigvals)}: {@link #eig(NDArray, NDArray, boolean,
     * boolean, boolean)} without vectors.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.eigvals.html">scipy.linalg.eigvals</a>
     */
    public static NDArray eigvals(NDArray a, NDArray b, boolean homogeneousEigvals) {
        return eig(a, b, false, false, homogeneousEigvals).w();
    }

    private static void squareEig(String param, NDArray m) {
        checkNotNull(param, m);
        if (m.ndim() != 2 || m.shape(0) != m.shape(1)) {
            throw new IllegalArgumentException("eig: " + param + ": expected square matrix; got shape "
                    + Shapes.toString(m.shape()));
        }
    }

    // ---------------------------------------------------------------- schur

    /** {@code scipy.linalg.schur(a)}: output 'real', no sorting. */
    public static Schur schur(NDArray a) {
        return schur(a, SchurOutput.REAL);
    }

    /** {@code scipy.linalg.schur(a, output)}, no sorting. */
    public static Schur schur(NDArray a, SchurOutput output) {
        return schur(a, output, (EigenvalueSelector) null);
    }

    /** {@code scipy.linalg.schur(a, output, sort=...)} with one of SciPy's named orders (see {@link SchurSort}). */
    public static Schur schur(NDArray a, SchurOutput output, SchurSort sort) {
        if (sort == null) {
            throw new IllegalArgumentException("sort: must not be null (use schur(a, output) for no sorting)");
        }
        return schur(a, output, sort, null);
    }

    /**
     * {@code scipy.linalg.schur(a, output, sort=callable)}: {@code a = Z T Z^H}. Real matrices with
     * output 'real' run LAPACK's gees steps as SciPy calls dgees (sgees for float32): T upper
     * quasi-triangular with standardised 2x2 blocks for complex-conjugate pairs. With output
     * 'complex' a real matrix is converted to complex first (complex64 for float32, else complex128)
     * and, as for complex input, zgees's steps run (permuting balance, Hessenberg reduction, the
     * complex QR iteration of zlahqr): T upper triangular, Z unitary. With {@code sort} the eigenvalues
     * it selects are moved to the leading block (LAPACK's trsen) and {@code sdim} counts them; for real
     * T a selected eigenvalue of a conjugate pair selects the pair, and SciPy's check that the leading
     * eigenvalues still satisfy the sort after reordering applies.
     *
     * @param sort null for no sorting
     * @throws org.sciaccel.LinAlgException if the QR iteration does not converge, or, as SciPy's gees,
     *                                      "Eigenvalues could not be separated for reordering." /
     *                                      "Leading eigenvalues do not satisfy sort condition."
     * @throws IllegalArgumentException if {@code a} is not square or holds infs or NaNs
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.linalg.schur.html">scipy.linalg.schur</a>
     */
    public static Schur schur(NDArray a, SchurOutput output, EigenvalueSelector sort) {
        return schur(a, output, null, sort);
    }

    private static Schur schur(NDArray a, SchurOutput output, SchurSort named, EigenvalueSelector sort) {
        if (output == null) {
            throw new IllegalArgumentException("output: must not be null");
        }
        checkNotNull("a", a);
        if (a.ndim() != 2 || a.shape(0) != a.shape(1)) {
            throw new IllegalArgumentException("schur: expected square matrix; got shape " + Shapes.toString(a.shape()));
        }
        NDArray[] r = withLapack("schur", a, x -> {
            boolean toComplex = output == SchurOutput.COMPLEX && !x.dtype().isComplex();
            NDArray y = toComplex ? x.astype(x.dtype() == DType.FLOAT32 ? DType.COMPLEX64 : DType.COMPLEX128) : x;
            try {
                EigenvalueSelector select = named != null ? named.selector(!y.dtype().isComplex()) : sort;
                return OpRouter.arrays("linalg.schur", (on, in) -> on.linalg().schur(in[0], select), y);
            } finally {
                if (y != x) {
                    y.close();
                }
            }
        });
        int sdim = -1;
        if (r[2] != null) {
            sdim = ((int[]) r[2].toHost().data())[0];
            r[2].close();
        }
        return new Schur(r[0], r[1], sdim);
    }

    // ---------------------------------------------------------------- operands

    /** A body over one operand at its LAPACK dtype. */
    private interface Body<R> {
        R apply(NDArray x);
    }

    /** A body over two operands (the second may be null) at their common LAPACK dtype. */
    private interface Body2<R> {
        R apply(NDArray x, NDArray y);
    }

    private static void checkNotNull(String param, NDArray a) {
        if (a == null) {
            throw new IllegalArgumentException(param + ": must not be null");
        }
    }

    /** The dtype SciPy's LAPACK prefix gives an operand: float32/float64/complex64/complex128 kept, other reals float64. */
    private static DType lapackType(String op, String param, NDArray a) {
        DTypeSupport.require("linalg." + op, param, a.dtype());
        DType t = a.dtype();
        if (t == DType.FLOAT32 || t == DType.FLOAT64 || t.isComplex()) {
            return t;
        }
        return DType.FLOAT64;
    }

    /** The one dtype two operands run at: complex if either is, single precision only if both are. */
    private static DType commonLapackType(DType x, DType y) {
        boolean complex = x.isComplex() || y.isComplex();
        boolean single = (x == DType.FLOAT32 || x == DType.COMPLEX64) && (y == DType.FLOAT32 || y == DType.COMPLEX64);
        if (complex) {
            return single ? DType.COMPLEX64 : DType.COMPLEX128;
        }
        return single ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** Runs body on {@code a} at its LAPACK dtype, closing the converted copy afterwards. */
    private static <R> R withLapack(String op, NDArray a, Body<R> body) {
        checkNotNull("a", a);
        DType t = lapackType(op, "a", a);
        NDArray x = a.dtype() == t ? a : a.astype(t);
        try {
            return body.apply(x);
        } finally {
            if (x != a) {
                x.close();
            }
        }
    }

    /** Runs body on {@code a} and {@code b} (which may be null) at their common LAPACK dtype. */
    private static <R> R withLapack2(String op, NDArray a, NDArray b, Body2<R> body) {
        checkNotNull("a", a);
        DType t = lapackType(op, "a", a);
        if (b != null) {
            t = commonLapackType(t, lapackType(op, "b", b));
        }
        NDArray x = a.dtype() == t ? a : a.astype(t);
        NDArray y = b == null || b.dtype() == t ? b : b.astype(t);
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

    private static NDArray matrix(String op, NDArray a) {
        if (a.ndim() != 2) {
            throw new IllegalArgumentException(op + ": expected a 2-D matrix; got shape " + Shapes.toString(a.shape()));
        }
        return a;
    }
}
