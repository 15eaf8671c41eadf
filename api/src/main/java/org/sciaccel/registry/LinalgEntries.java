package org.sciaccel.registry;

import org.sciaccel.NDArray;
import org.sciaccel.linalg.AssumeA;
import org.sciaccel.linalg.BatchedSolveResult;
import org.sciaccel.linalg.ChoFactor;
import org.sciaccel.linalg.EighDriver;
import org.sciaccel.linalg.EighOptions;
import org.sciaccel.linalg.Eigh;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.linalg.LstsqDriver;
import org.sciaccel.linalg.Lu;
import org.sciaccel.linalg.LuFactor;
import org.sciaccel.linalg.Qr;
import org.sciaccel.linalg.QrMode;
import org.sciaccel.linalg.SolveOptions;
import org.sciaccel.linalg.SchurOutput;
import org.sciaccel.linalg.SchurSort;
import org.sciaccel.linalg.Svd;
import org.sciaccel.linalg.SvdDriver;

/** The {@code scipy.linalg} and {@code numpy.matmul} ops of the CLI, outputs named as SciPy's documentation names them. */
public final class LinalgEntries implements OpEntries {
    private static final String A_DOC = "2-D real matrix (float32 or float64; other real dtypes as float64)";
    private static final String SQUARE_DOC = "square real matrix";
    private static final String A_OR_COMPLEX_DOC = "2-D real or complex matrix (float32, float64, complex64, complex128; "
            + "other real dtypes as float64)";
    private static final String SQUARE_OR_COMPLEX_DOC = "square real or complex matrix";
    private static final String B_DOC = "right-hand side, shape (N,) or (N, K)";

    @Override
    public SpiFamily family() {
        return SpiFamily.LINALG;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("numpy.matmul")
                .summary("Matrix product of two arrays; leading dimensions broadcast, 1-D operands as NumPy's.")
                .input("x1", "array of float32, float64, complex64 or complex128, at least 1-D")
                .input("x2", "array, at least 1-D, on the same backend")
                .output("result", "the product")
                .invoker(a -> OpOutputs.result(Linalg.matmul(a.input(0), a.input(1))))
                .build());
        registry.add(OpSpec.builder("linalg.inv")
                .summary("Inverse of a square matrix; a singular matrix is an error.")
                .input("a", SQUARE_OR_COMPLEX_DOC)
                .output("result", "the inverse")
                .invoker(a -> OpOutputs.result(Linalg.inv(a.input(0))))
                .build());
        registry.add(OpSpec.builder("linalg.det")
                .summary("Determinant of a square matrix, from its LU factorisation.")
                .input("a", SQUARE_OR_COMPLEX_DOC)
                .output("result", "the determinant (a complex one as an array of shape () of a's dtype)")
                .invoker(a -> a.input(0).dtype().isComplex() ? OpOutputs.result(complexScalar(a.input(0),
                        Linalg.detComplex(a.input(0)))) : new OpOutputs().scalar("result", Linalg.det(a.input(0))))
                .build());
        registry.add(OpSpec.builder("linalg.solve")
                .summary("Solves a @ x = b for a square matrix a.")
                .input("a", SQUARE_OR_COMPLEX_DOC)
                .input("b", B_DOC)
                .param(ParamSpec.optional("sym_pos", ParamTypes.BOOL, "false",
                        "deprecated (warns): the same as assume_a=pos"))
                .param(ParamSpec.optional("lower", ParamTypes.BOOL, "false",
                        "with assume_a sym, her or pos, read a's lower triangle"))
                .param(ParamSpec.optional("assume_a", ParamTypes.STRING, "gen",
                        "gen, sym, her (Hermitian) or pos (positive definite)"))
                .param(ParamSpec.optional("transposed", ParamTypes.BOOL, "false", "solve a.T @ x = b (real a only)"))
                .output("result", "the solution x")
                .invoker(a -> OpOutputs.result(Linalg.solve(a.input(0), a.input(1), solveOptions(a))))
                .build());
        registry.add(OpSpec.builder("linalg.svd")
                .summary("Singular value decomposition a = U @ diag(s) @ Vh, s descending.")
                .input("a", A_OR_COMPLEX_DOC)
                .param(ParamSpec.optional("full_matrices", ParamTypes.BOOL, "true", "U is M x M and Vh N x N; else M x K and K x N"))
                .param(ParamSpec.optional("compute_uv", ParamTypes.BOOL, "true", "also compute U and Vh"))
                .param(ParamSpec.optional("lapack_driver", ParamTypes.STRING, "gesdd",
                        "gesdd (divide and conquer) or gesvd (QR iteration) on the bidiagonal form"))
                .optionalOutput("U", "left singular vectors (only with compute_uv, as SciPy)")
                .output("s", "singular values, descending")
                .optionalOutput("Vh", "right singular vectors as rows (only with compute_uv, as SciPy)")
                .invoker(a -> {
                    Svd r = Linalg.svd(a.input(0), a.flag("full_matrices"), a.flag("compute_uv"),
                            SvdDriver.parse(a.text("lapack_driver")));
                    if (r.U() == null) {
                        return new OpOutputs().array("s", r.s());
                    }
                    return new OpOutputs().array("U", r.U()).array("s", r.s()).array("Vh", r.Vh());
                })
                .build());
        registry.add(OpSpec.builder("linalg.svdvals")
                .summary("Singular values of a matrix, descending.")
                .input("a", A_OR_COMPLEX_DOC)
                .output("result", "the singular values")
                .invoker(a -> OpOutputs.result(Linalg.svdvals(a.input(0))))
                .build());
        registry.add(OpSpec.builder("linalg.qr")
                .summary("QR decomposition a = Q @ R (Householder, LAPACK's geqrf; geqp3 with column pivoting).")
                .input("a", A_OR_COMPLEX_DOC)
                .param(ParamSpec.optional("mode", ParamTypes.STRING, "full", "full, economic or r"))
                .param(ParamSpec.optional("pivoting", ParamTypes.BOOL, "false", "column pivoting: a[:, P] = Q @ R"))
                .optionalOutput("Q", "orthonormal factor (not in mode r, where SciPy returns only R)")
                .output("R", "upper triangular factor")
                .optionalOutput("P", "the column permutation (int32), with pivoting only")
                .invoker(a -> {
                    Qr r = Linalg.qr(a.input(0), QrMode.parse(a.text("mode")), a.flag("pivoting"));
                    OpOutputs out = new OpOutputs();
                    if (r.Q() != null) {
                        out.array("Q", r.Q());
                    }
                    out.array("R", r.R());
                    return r.P() == null ? out : out.array("P", r.P());
                })
                .build());
        registry.add(OpSpec.builder("linalg.lu")
                .summary("LU decomposition with partial pivoting, a = P @ L @ U.")
                .input("a", A_OR_COMPLEX_DOC)
                .param(ParamSpec.optional("permute_l", ParamTypes.BOOL, "false", "return P @ L instead of P and L"))
                .optionalOutput("P", "permutation matrix (not with permute_l, where SciPy returns only P @ L and U)")
                .output("L", "unit lower triangular factor (P @ L with permute_l)")
                .output("U", "upper triangular factor")
                .invoker(a -> {
                    Lu r = Linalg.lu(a.input(0), a.flag("permute_l"));
                    OpOutputs o = new OpOutputs();
                    if (r.P() != null) {
                        o.array("P", r.P());
                    }
                    return o.array("L", r.L()).array("U", r.U());
                })
                .build());
        registry.add(OpSpec.builder("linalg.lu_factor")
                .summary("LU factorisation in LAPACK's compact form (getrf), with 0-based pivot indices.")
                .input("a", A_OR_COMPLEX_DOC)
                .output("lu", "U on and above the diagonal, L's multipliers below (M x N)")
                .output("piv", "min(M, N) pivot indices (int32): row i was swapped with row piv[i]")
                .invoker(a -> {
                    LuFactor r = Linalg.luFactor(a.input(0));
                    return new OpOutputs().array("lu", r.lu()).array("piv", r.piv());
                })
                .build());
        registry.add(OpSpec.builder("linalg.lu_solve")
                .summary("Solves a @ x = b (or a.T @ x = b) from lu_factor's lu and piv.")
                .input("lu", "lu_factor's lu")
                .input("piv", "lu_factor's piv (int32)")
                .input("b", B_DOC)
                .param(ParamSpec.optional("trans", ParamTypes.INT, "0", "0: a x = b, 1: a^T x = b, 2: a^H x = b"))
                .output("result", "the solution x")
                .invoker(a -> {
                    LuFactor f = new LuFactor(a.input(0), a.input(1));
                    return OpOutputs.result(Linalg.luSolve(f, a.input(2), a.integer("trans")));
                })
                .build());
        registry.add(OpSpec.builder("linalg.cholesky")
                .summary("Cholesky factor of a symmetric positive definite matrix.")
                .input("a", SQUARE_OR_COMPLEX_DOC)
                .param(ParamSpec.optional("lower", ParamTypes.BOOL, "false", "lower factor L (a = L L^T); else upper U (a = U^T U)"))
                .output("result", "the factor, the other triangle zero")
                .invoker(a -> OpOutputs.result(Linalg.cholesky(a.input(0), a.flag("lower"))))
                .build());
        registry.add(OpSpec.builder("linalg.cho_factor")
                .summary("Cholesky factor for cho_solve; the other triangle keeps the input's entries.")
                .input("a", SQUARE_OR_COMPLEX_DOC)
                .param(ParamSpec.optional("lower", ParamTypes.BOOL, "false", "factor into the lower triangle"))
                .output("c", "the factor")
                .invoker(a -> new OpOutputs().array("c", Linalg.choFactor(a.input(0), a.flag("lower")).c()))
                .build());
        registry.add(OpSpec.builder("linalg.cho_solve")
                .summary("Solves a @ x = b from cho_factor's factor.")
                .input("c", "cho_factor's c")
                .input("b", B_DOC)
                .param(ParamSpec.optional("lower", ParamTypes.BOOL, "false", "the factor is in c's lower triangle"))
                .output("result", "the solution x")
                .invoker(a -> OpOutputs.result(Linalg.choSolve(new ChoFactor(a.input(0), a.flag("lower")), a.input(1))))
                .build());
        registry.add(eighSpec("linalg.eigh", "Eigenvalues (ascending) and eigenvectors of a symmetric or Hermitian matrix,"
                + " of the generalized problem with b.", true));
        registry.add(eighSpec("linalg.eigvalsh", "Eigenvalues (ascending) of a symmetric or Hermitian matrix, of the"
                + " generalized problem with b.", false));
        registry.add(OpSpec.builder("linalg.lstsq")
                .summary("Least-squares solution of a @ x = b through the SVD (driver gelsd).")
                .input("a", A_OR_COMPLEX_DOC)
                .input("b", "right-hand side, shape (M,) or (M, K)")
                .param(ParamSpec.optionalNone("cond", ParamTypes.REAL_NUMBER,
                        "singular values below cond * largest count as zero; none: machine epsilon"))
                .param(ParamSpec.optionalNone("lapack_driver", ParamTypes.STRING, "gelsd, gelsy or gelss; none: gelsd"))
                .output("x", "the least-squares solution")
                .output("residues", "squared residual norms (when M > N and the rank is N)")
                .output("rank", "effective rank (int32)")
                .optionalOutput("s", "singular values of a (not with gelsy, where SciPy returns None)")
                .invoker(a -> {
                    org.sciaccel.linalg.Lstsq r = Linalg.lstsq(a.input(0), a.input(1),
                            a.isNone("cond") ? Double.NaN : a.real("cond"),
                            LstsqDriver.parse(a.isNone("lapack_driver") ? null : a.text("lapack_driver")));
                    OpOutputs out = new OpOutputs().array("x", r.x()).array("residues", r.residues()).array("rank", r.rank());
                    return r.s() == null ? out : out.array("s", r.s());
                })
                .build());
        registry.add(OpSpec.builder("linalg.pinv")
                .summary("Moore-Penrose pseudo-inverse through the SVD.")
                .input("a", A_OR_COMPLEX_DOC)
                .param(ParamSpec.optionalNone("atol", ParamTypes.REAL_NUMBER, "absolute threshold; none: 0"))
                .param(ParamSpec.optionalNone("rtol", ParamTypes.REAL_NUMBER, "relative threshold; none: max(M, N) * eps"))
                .output("result", "the pseudo-inverse, N x M")
                .invoker(a -> OpOutputs.result(Linalg.pinv(a.input(0), a.isNone("atol") ? Double.NaN : a.real("atol"),
                        a.isNone("rtol") ? Double.NaN : a.real("rtol"))))
                .build());
        registry.add(OpSpec.builder("linalg.eig")
                .summary("Eigenvalues and eigenvectors of a general square matrix, of the generalized problem with b"
                        + " (LAPACK's order).")
                .input("a", SQUARE_OR_COMPLEX_DOC)
                .param(ParamSpec.optionalNone("b", MorphologyEntries.ARRAY_FILE,
                        "right-hand matrix of the generalized problem a v = w b v, as @file.npy"))
                .param(ParamSpec.optional("left", ParamTypes.BOOL, "false", "also the left eigenvectors vl"))
                .param(ParamSpec.optional("right", ParamTypes.BOOL, "true", "the right eigenvectors v"))
                .param(ParamSpec.optional("homogeneous_eigvals", ParamTypes.BOOL, "false",
                        "w as the 2 x N pairs (alpha, beta) with w = alpha / beta"))
                .output("w", "the eigenvalues (complex)")
                .optionalOutput("vl", "unit-norm left eigenvectors as columns, a^H vl = vl conj(w) (with left)")
                .optionalOutput("v", "unit-norm right eigenvectors as columns, a v = v w (SciPy's vr; with right)")
                .invoker(a -> {
                    try (NDArray b = upload(a, "b", a.input(0))) {
                        org.sciaccel.linalg.Eig r = Linalg.eig(a.input(0), b, a.flag("left"), a.flag("right"),
                                a.flag("homogeneous_eigvals"));
                        OpOutputs out = new OpOutputs().array("w", r.w());
                        if (r.vl() != null) {
                            out.array("vl", r.vl());
                        }
                        return r.vr() == null ? out : out.array("v", r.vr());
                    }
                })
                .build());
        registry.add(OpSpec.builder("linalg.schur")
                .summary("Schur decomposition a = Z T Z^H: real (T quasi-upper-triangular) or complex (T upper triangular).")
                .input("a", SQUARE_OR_COMPLEX_DOC)
                .param(ParamSpec.optional("output", ParamTypes.STRING, "real",
                        "real or complex (r, c); a real matrix is converted for complex"))
                .param(ParamSpec.optionalNone("sort", ParamTypes.STRING,
                        "lhp, rhp, iuc or ouc: these eigenvalues first (for real a judged by their real part, as SciPy)"))
                .output("T", "the Schur form")
                .output("Z", "the unitary (orthogonal) Schur vectors")
                .optionalOutput("sdim", "with sort: how many eigenvalues the sort selected (int32)")
                .invoker(a -> {
                    SchurOutput output = SchurOutput.parse(a.text("output"));
                    org.sciaccel.linalg.Schur r = a.isNone("sort") ? Linalg.schur(a.input(0), output)
                            : Linalg.schur(a.input(0), output, SchurSort.parse(a.text("sort")));
                    OpOutputs out = new OpOutputs().array("T", r.T()).array("Z", r.Z());
                    return r.sdim() < 0 ? out : out.scalar("sdim", r.sdim());
                })
                .build());
        registry.add(OpSpec.builder("linalg.eigvals")
                .summary("Eigenvalues of a general square matrix, of the generalized problem with b (LAPACK's order).")
                .input("a", SQUARE_OR_COMPLEX_DOC)
                .param(ParamSpec.optionalNone("b", MorphologyEntries.ARRAY_FILE,
                        "right-hand matrix of the generalized problem, as @file.npy"))
                .param(ParamSpec.optional("homogeneous_eigvals", ParamTypes.BOOL, "false",
                        "the 2 x N pairs (alpha, beta) with w = alpha / beta"))
                .output("result", "the eigenvalues (complex)")
                .invoker(a -> {
                    try (NDArray b = upload(a, "b", a.input(0))) {
                        return OpOutputs.result(Linalg.eigvals(a.input(0), b, a.flag("homogeneous_eigvals")));
                    }
                })
                .build());
        registry.add(OpSpec.builder("linalg.norm")
                .summary("Matrix or vector norm.")
                .input("a", "real or complex array of any dtype: 1-D or 2-D (ord none: any shape, flattened), any with axis")
                .param(ParamSpec.optionalNone("ord", ParamTypes.STRING,
                        "none (Frobenius / 2-norm), fro, nuc, inf, -inf, or a number"))
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT_PER_AXIS,
                        "one axis (vector norms along it) or two (matrix norms over them); none: all of a 1-D or 2-D a"))
                .param(ParamSpec.optional("keepdims", ParamTypes.BOOL, "false", "keep the reduced axes as 1s"))
                .output("result", "the norm (an array with axis or keepdims)")
                .invoker(a -> {
                    String ord = a.isNone("ord") ? null : a.text("ord");
                    if (a.isNone("axis") && !a.flag("keepdims")) {
                        return new OpOutputs().scalar("result", norm(a.input(0), ord));
                    }
                    int[] axis = a.isNone("axis") ? null : a.integers("axis");
                    boolean keep = a.flag("keepdims");
                    return OpOutputs.result(ord == null || isMatrixOrd(ord) ? Linalg.norm(a.input(0), ord, axis, keep)
                            : Linalg.norm(a.input(0), ParamTypes.parseReal("ord", ord), axis, keep));
                })
                .build());
        registry.add(batched("linalg.solve_batched", "Solves a[t] @ x[t] = b[t] for a batch of small square matrices"
                + " (n <= 32); a singular one gives NaN and a non-zero status.", true, false,
                a -> Linalg.solveBatched(a.input(0), a.input(1))));
        registry.add(batched("linalg.inv_batched", "Inverts a batch of small square matrices (n <= 32); a singular one"
                + " gives NaN and a non-zero status.", false, false, a -> Linalg.invBatched(a.input(0))));
        registry.add(batched("linalg.cholesky_batched", "Cholesky factors of a batch of small symmetric positive definite"
                + " matrices (n <= 32); one that is not gives NaN and a non-zero status.", false, true,
                a -> Linalg.choleskyBatched(a.input(0), a.flag("lower"))));
    }

    /** Two integers (SciPy's [lo, hi]) as a comma list or @file.npy. */
    private static final ParamType INT_PAIR = pair("two integers lo,hi (or @file.npy)", true);
    /** Two reals (SciPy's [lo, hi], inf allowed) as a comma list or @file.npy. */
    private static final ParamType REAL_PAIR = pair("two floats lo,hi (inf allowed; or @file.npy)", false);

    private static ParamType pair(String description, boolean integers) {
        return new ParamType() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public Object parse(String param, String text) {
                Object v = integers ? ParamTypes.parseInts(param, text) : ParamTypes.parseReals(param, text);
                int n = integers ? ((int[]) v).length : ((double[]) v).length;
                if (n != 2) {
                    throw new IllegalArgumentException(param + "=" + text + ": expected two values [lo, hi]; got " + n);
                }
                return v;
            }
        };
    }

    /** eigh and eigvalsh: SciPy's keyword arguments, b as @file.npy. */
    @SuppressWarnings("deprecation")
    private static OpSpec eighSpec(String name, String summary, boolean vectors) {
        OpSpec.Builder b = OpSpec.builder(name)
                .summary(summary)
                .input("a", "square symmetric (Hermitian) matrix, real or complex; one triangle read")
                .param(ParamSpec.optionalNone("b", MorphologyEntries.ARRAY_FILE,
                        "positive definite matrix of the generalized problem, as @file.npy"))
                .param(ParamSpec.optional("lower", ParamTypes.BOOL, "true", "read the lower triangles (else the upper)"));
        if (vectors) {
            b.param(ParamSpec.optional("eigvals_only", ParamTypes.BOOL, "false", "only the eigenvalues"));
        }
        b.param(ParamSpec.optional("turbo", ParamTypes.BOOL, "false", "deprecated: with b, driver gvd"))
                .param(ParamSpec.optionalNone("eigvals", INT_PAIR, "deprecated: subset_by_index"))
                .param(ParamSpec.optional("type", ParamTypes.INT, "1", "generalized problem: 1 a v = w b v, 2 a b v = w v,"
                        + " 3 b a v = w v"))
                .param(ParamSpec.optionalNone("subset_by_index", INT_PAIR, "only the eigenvalues of indices lo..hi"))
                .param(ParamSpec.optionalNone("subset_by_value", REAL_PAIR, "only the eigenvalues in (lo, hi]"))
                .param(ParamSpec.optionalNone("driver", ParamTypes.STRING, "ev, evd, evr, evx (standard); gv, gvd, gvx"
                        + " (generalized); none: evr, gvd, or gvx for a subset"));
        if (vectors) {
            b.output("w", "eigenvalues, ascending").optionalOutput("v", "eigenvectors as columns (not with eigvals_only)");
        } else {
            b.output("result", "the eigenvalues, ascending");
        }
        return b.invoker(a -> {
            EighOptions o = EighOptions.defaults().lower(a.flag("lower")).type(a.integer("type"))
                    .turbo(a.flag("turbo"));
            if (vectors) {
                o.eigvalsOnly(a.flag("eigvals_only"));
            }
            if (!a.isNone("eigvals")) {
                int[] e = a.object("eigvals", int[].class);
                o.eigvals(e[0], e[1]);
            }
            if (!a.isNone("subset_by_index")) {
                int[] e = a.object("subset_by_index", int[].class);
                o.subsetByIndex(e[0], e[1]);
            }
            if (!a.isNone("subset_by_value")) {
                double[] e = a.object("subset_by_value", double[].class);
                o.subsetByValue(e[0], e[1]);
            }
            if (!a.isNone("driver")) {
                o.driver(EighDriver.parse(a.text("driver")));
            }
            try (NDArray bm = upload(a, "b", a.input(0))) {
                if (!vectors) {
                    return OpOutputs.result(Linalg.eigvalsh(a.input(0), bm, o));
                }
                Eigh r = Linalg.eigh(a.input(0), bm, o);
                OpOutputs out = new OpOutputs().array("w", r.w());
                return r.v() == null ? out : out.array("v", r.v());
            }
        }).build();
    }

    /** An optional @file.npy array parameter uploaded to the backend of {@code like}, or null. */
    private static NDArray upload(OpArgs a, String name, NDArray like) {
        if (a.isNone(name)) {
            return null;
        }
        return NDArray.fromHost(like.backend(), a.object(name, org.sciaccel.HostArray.class));
    }

    private static double norm(NDArray x, String ord) {
        if (ord == null) {
            return Linalg.norm(x);
        }
        if (isMatrixOrd(ord)) {
            return Linalg.norm(x, ord);
        }
        return Linalg.norm(x, ParamTypes.parseReal("ord", ord));
    }

    private static boolean isMatrixOrd(String ord) {
        return ord.equals("fro") || ord.equals("f") || ord.equals("nuc");
    }

    private static SolveOptions solveOptions(OpArgs a) {
        // SciPy's sym_pos=True replaces assume_a before assume_a is checked.
        AssumeA assume = a.flag("sym_pos") ? AssumeA.POS : AssumeA.parse(a.text("assume_a"));
        SolveOptions o = SolveOptions.options().assumeA(assume).lower(a.flag("lower")).transposed(a.flag("transposed"));
        return a.flag("sym_pos") ? symPos(o) : o;
    }

    @SuppressWarnings("deprecation")
    private static SolveOptions symPos(SolveOptions o) {
        return o.symPos(true);
    }

    /** A complex scalar {re, im} as an array of shape () of {@code like}'s dtype, on its backend. */
    private static NDArray complexScalar(NDArray like, double[] z) {
        Object data = like.dtype() == org.sciaccel.DType.COMPLEX64 ? new float[] {(float) z[0], (float) z[1]} : z.clone();
        return NDArray.fromHost(like.backend(), new org.sciaccel.HostArray(like.dtype(), new int[0], data));
    }

    /** The call of a batched op onto the public API. */
    private interface BatchedCall {
        BatchedSolveResult apply(OpArgs a);
    }

    private static OpSpec batched(String name, String summary, boolean rightHandSide, boolean lower, BatchedCall call) {
        OpSpec.Builder b = OpSpec.builder(name)
                .summary(summary)
                .input("a", "float32 or float64 matrices of shape (batch, n, n)");
        if (rightHandSide) {
            b.input("b", "right-hand sides of the same dtype, shape (batch, n) or (batch, n, k)");
        }
        if (lower) {
            b.param(ParamSpec.optional("lower", ParamTypes.BOOL, "false", "return lower-triangular factors"));
        }
        return b.output("result", "one result per matrix, NaN where it failed")
                .output("status", "int32 per matrix: 0, or the 1-based pivot or minor that failed")
                .invoker(a -> {
                    BatchedSolveResult r = call.apply(a);
                    return new OpOutputs().array("result", r.result()).array("status", r.status());
                })
                .build();
    }
}
