#!/usr/bin/python3
"""Golden data for the linear-algebra family, computed by the real NumPy/SciPy.

Regenerate (Debian's python3-scipy 1.10.1 / numpy 1.24):

    /usr/bin/python3 conformance/golden/linalg/generate_linalg.py

It rewrites cases.jsonl (through ../golden_manifest.py, schema sciaccel-golden/2) and the .npy
files under inputs/ and expected/ next to this file. Deterministic: every input comes from its own
generator, seeded with the CRC-32 of its name.

Each case calls the registry's op (numpy.matmul, linalg.<function>) with SciPy's parameter names in
the CLI's syntax and lists SciPy's results under the registry's output names (a single result is
"result"). An input used at another dtype than it is stored in is passed as a converted copy under
inputs/<dtype>/ (NumPy's astype; the expected values were computed from the converted input).
lu_solve and cho_solve take SciPy's own lu_factor / cho_factor results (expected/ files) as their
factor inputs. Where SciPy leaves signs or order to LAPACK (svd, eigh, eig, schur) and for the
batched ops, the case names a property check of LinalgGoldenChecks.java; qr and eigvals are
compared element by element (see CHECKS).
"""
import os
import shutil
import sys
import zlib

import numpy as np
import scipy
import scipy.linalg as sl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

CASES = []

# The registry's array arguments of each op, in SciPy's order.
INPUTS = {
    "numpy.matmul": ["x1", "x2"], "linalg.solve": ["a", "b"], "linalg.lstsq": ["a", "b"],
    "linalg.lu_solve": ["lu", "piv", "b"], "linalg.cho_solve": ["c", "b"], "linalg.solve_batched": ["a", "b"],
}
# Ops whose one result the registry calls "result" (SciPy returns a bare array or scalar).
SINGLE = {"numpy.matmul", "linalg.inv", "linalg.det", "linalg.solve", "linalg.svdvals", "linalg.lu_solve",
          "linalg.cholesky", "linalg.cho_solve", "linalg.eigvalsh", "linalg.pinv", "linalg.eigvals", "linalg.norm"}
# The property check of ops whose results SciPy does not fix element by element (LinalgGoldenChecks).
# qr and eigvals are compared element by element: the CPU backend runs LAPACK's geqrf/orgqr and geev
# as SciPy does, so R's signs and the eigenvalues' order are LAPACK's on the machine's LAPACK and on
# the Java translation of reference LAPACK alike (both checked on these inputs; eigvals up to n = 8). eig's vectors,
# eigh's, svd's and schur's keep their property checks: the older Java translation may pick other
# signs (or, for larger matrices, another order) than a current LAPACK.
CHECKS = {"linalg.eigh": "eigh_factors", "linalg.eig": "eig_factors", "linalg.schur": "schur_form",
          "linalg.solve_batched": "batched_per_matrix", "linalg.inv_batched": "batched_per_matrix",
          "linalg.cholesky_batched": "batched_per_matrix"}


def rng(name):
    return np.random.default_rng(zlib.crc32(name.encode()))


def save(kind, name, arr):
    rel = f"{kind}/{name}.npy"
    arr = np.asarray(arr)
    os.makedirs(os.path.dirname(os.path.join(HERE, rel)), exist_ok=True)
    np.save(os.path.join(HERE, rel), arr if arr.ndim == 0 else np.ascontiguousarray(arr))
    return rel


def real(name, shape, dtype=np.float64):
    return save("inputs", name, rng(name).standard_normal(shape).astype(dtype))


def complex_(name, shape, dtype=np.complex128):
    g = rng(name)
    return save("inputs", name, (g.standard_normal(shape) + 1j * g.standard_normal(shape)).astype(dtype))


def load(rel):
    return np.load(os.path.join(HERE, rel))


def as_dtype(rel, dtype):
    """The input file `rel` at `dtype`: itself, or its converted copy under inputs/<dtype>/."""
    if dtype is None or load(rel).dtype == np.dtype(dtype):
        return rel
    return save("inputs", f"{dtype}/{os.path.basename(rel)[:-4]}", load(rel).astype(dtype))


def output_name(op, name):
    if op in SINGLE or (op.endswith("_batched") and name != "status"):
        return "result"
    return "L" if name == "PL" else name  # lu with permute_l: the registry's L is SciPy's P @ L


def case(cid, op, inputs, outputs=None, names=None, value=None, cast=None, check=None, value_dtype=None, **params):
    """One manifest line: `inputs` as stored (converted to `cast`), SciPy's results `outputs` named by
    `names` (their files keep these names), or the scalar `value` (of dtype `value_dtype`, else `cast`);
    `params` with SciPy's names."""
    args = [gm.array_arg(n, as_dtype(rel, cast)) for n, rel in zip(INPUTS.get(op, ["a"]), inputs)]
    args += [gm.arg(k, v) for k, v in params.items()]
    expected = {}
    if outputs is not None:
        for n, o in zip(names, outputs):
            expected[output_name(op, n)] = save("expected", f"{cid}_{n}", o)
    if value is not None:
        # SciPy computes det and norm of a float32 matrix in single precision (LAPACK's s-routines)
        # even where it returns a Python float, so the scalar is judged at the input's precision.
        expected["result"] = gm.scalar(float(value), value_dtype or cast or "float64")
    CASES.append(gm.case(cid, op, args, expected, check=check or CHECKS.get(op)))


def matmul_cases():
    shapes = [("odd", (317, 211), (211, 129)), ("batched", (50, 7, 9), (50, 9, 5)),
              ("bcast", (3, 1, 4, 5), (2, 5, 6)), ("vecmat", (7,), (7, 3)), ("matvec", (4, 7), (7,)),
              ("vecvec", (6,), (6,)), ("stackvec", (2, 3, 4), (4,)), ("tiny", (1, 1), (1, 1)),
              ("wide", (3, 300), (300, 2))]
    for tag, sa, sb in shapes:
        # Inputs stored in single precision (the double cases cast them up) to keep the data small.
        ar = real(f"mm_{tag}_a", sa, np.float32)
        br = real(f"mm_{tag}_b", sb, np.float32)
        ac = complex_(f"mm_{tag}_ca", sa, np.complex64)
        bc = complex_(f"mm_{tag}_cb", sb, np.complex64)
        for dt, (ia, ib) in (("float32", (ar, br)), ("float64", (ar, br)),
                             ("complex64", (ac, bc)), ("complex128", (ac, bc))):
            a = load(ia).astype(dt)
            b = load(ib).astype(dt)
            case(f"matmul-{tag}-{dt}", "numpy.matmul", [ia, ib], [np.matmul(a, b)], ["out"], cast=dt)
    # Transposed operands. numpy.matmul has no transpose flags, so the case passes op(a) and op(b)
    # materialised (inputs/<dtype>/..._op<T|C>); LinalgTransposedMatmulTest calls the Java overload
    # with flags on the stored arrays and compares with the same expected files.
    for ta, tb in (("T", "N"), ("N", "T"), ("T", "T"), ("C", "C")):
        for dt in ("float32", "float64", "complex64", "complex128"):
            if ta == "C" and not dt.startswith("complex"):
                continue
            sa = (37, 45) if ta != "N" else (45, 37)  # op(a) is 45 x 37
            sb = (29, 37) if tb != "N" else (37, 29)  # op(b) is 37 x 29
            mk = complex_ if dt.startswith("complex") else real
            kind = "c" if dt.startswith("complex") else "r"
            ia = mk(f"mmt_{ta}{tb}_{kind}a", sa)
            ib = mk(f"mmt_{ta}{tb}_{kind}b", sb)
            a = load(ia).astype(dt)
            b = load(ib).astype(dt)
            op = {"N": lambda x: x, "T": lambda x: x.T, "C": lambda x: x.conj().T}
            xa = save("inputs", f"{dt}/mmt_{ta}{tb}_{kind}a_op{ta}", op[ta](a))
            xb = save("inputs", f"{dt}/mmt_{ta}{tb}_{kind}b_op{tb}", op[tb](b))
            case(f"matmul-trans{ta}{tb}-{dt}", "numpy.matmul", [xa, xb], [np.matmul(op[ta](a), op[tb](b))], ["out"])


def well_conditioned(name, n, symmetric=False):
    """A random matrix shifted by 3*sqrt(n) on the diagonal: condition numbers stay small, so float32
    results computed in double (sciaccel) and in single precision (LAPACK's s-routines) agree to 1e-5."""
    m = rng(name).standard_normal((n, n))
    if symmetric:
        m = (m + m.T) / 2
    return save("inputs", name, m + 3 * np.sqrt(n) * np.eye(n))


def spd(name, n):
    g = rng(name)
    m = g.standard_normal((n, n))
    return save("inputs", name, m @ m.T + n * np.eye(n))


def sym(name, n):
    g = rng(name)
    m = g.standard_normal((n, n))
    return save("inputs", name, (m + m.T) / 2)


def decomposition_cases():
    lecture = save("inputs", "lecture_1234", np.array([[1.0, 2.0], [3.0, 4.0]]))
    lecture_sv = save("inputs", "lecture_sv", np.arange(9.0).reshape(3, 3) + np.diag([1, 0, 1]))
    lecture_solve_a = save("inputs", "lecture_solve_a", np.array([[1.0, 2.0], [2.0, 3.0]]))
    lecture_solve_b = save("inputs", "lecture_solve_b", np.array([14.0, 23.0]))
    case("det-lecture", "linalg.det", [lecture], value=sl.det(load(lecture)))
    case("inv-lecture", "linalg.inv", [lecture], [sl.inv(load(lecture))], ["inv"])
    case("svdvals-lecture", "linalg.svdvals", [lecture_sv], [sl.svdvals(load(lecture_sv))], ["s"])
    case("solve-lecture", "linalg.solve", [lecture_solve_a, lecture_solve_b],
         [sl.solve(load(lecture_solve_a), load(lecture_solve_b))], ["x"])
    for dt in ("float64", "float32"):
        for n in (1, 5, 33):
            ia = well_conditioned(f"sq_{n}", n)
            a = load(ia).astype(dt)
            case(f"det-{n}-{dt}", "linalg.det", [ia], value=sl.det(a), cast=dt)
            case(f"inv-{n}-{dt}", "linalg.inv", [ia], [sl.inv(a)], ["inv"], cast=dt)
            case(f"lu_factor-{n}-{dt}", "linalg.lu_factor", [ia], list(sl.lu_factor(a)), ["lu", "piv"], cast=dt)
            # lu_solve takes SciPy's factorisation (this lu_factor case's files); piv stays int32.
            lu_piv = [f"expected/lu_factor-{n}-{dt}_lu.npy", f"expected/lu_factor-{n}-{dt}_piv.npy"]
            ib = real(f"rhs_{n}", (n, 3))
            b = load(ib).astype(dt)
            case(f"lu_solve-{n}-{dt}", "linalg.lu_solve", lu_piv + [as_dtype(ib, dt)], [sl.lu_solve(sl.lu_factor(a), b)],
                 ["x"], trans=0)
            case(f"lu_solve_t-{n}-{dt}", "linalg.lu_solve", lu_piv + [as_dtype(ib, dt)],
                 [sl.lu_solve(sl.lu_factor(a), b, trans=1)], ["x"], trans=1)
            case(f"solve-gen-{n}-{dt}", "linalg.solve", [ia, ib], [sl.solve(a, b)], ["x"], cast=dt, assume_a="gen")
            iv = real(f"rhsv_{n}", (n,))
            case(f"solve-vec-{n}-{dt}", "linalg.solve", [ia, iv], [sl.solve(a, load(iv).astype(dt))], ["x"], cast=dt,
                 assume_a="gen")
            isym = sym(f"sym_{n}", n)
            isw = well_conditioned(f"symwc_{n}", n, symmetric=True)
            case(f"solve-sym-{n}-{dt}", "linalg.solve", [isw, ib], [sl.solve(load(isw).astype(dt), b, assume_a="sym")],
                 ["x"], cast=dt, assume_a="sym")
            ip = spd(f"spd_{n}", n)
            p = load(ip).astype(dt)
            case(f"solve-pos-{n}-{dt}", "linalg.solve", [ip, ib], [sl.solve(p, b, assume_a="pos")], ["x"], cast=dt,
                 assume_a="pos")
            for lower in (False, True):
                lw = "lower" if lower else "upper"
                case(f"cholesky-{lw}-{n}-{dt}", "linalg.cholesky", [ip], [sl.cholesky(p, lower=lower)], ["c"], cast=dt,
                     lower=lower)
                c, _ = sl.cho_factor(p, lower=lower)
                case(f"cho_factor-{lw}-{n}-{dt}", "linalg.cho_factor", [ip], [c], ["c"], cast=dt, lower=lower)
                # cho_solve takes SciPy's factor, the cho_factor case's file.
                case(f"cho_solve-{lw}-{n}-{dt}", "linalg.cho_solve", [f"expected/cho_factor-{lw}-{n}-{dt}_c.npy", ib],
                     [sl.cho_solve((c, lower), b)], ["x"], cast=dt, lower=lower)
            w, v = sl.eigh(load(isym).astype(dt))
            case(f"eigh-{n}-{dt}", "linalg.eigh", [isym], [w, v], ["w", "v"], cast=dt)
            case(f"eigvalsh-{n}-{dt}", "linalg.eigvalsh", [isym], [sl.eigvalsh(load(isym).astype(dt))], ["w"], cast=dt)
        for m, n in ((6, 4), (4, 6), (5, 5), (40, 23)):
            ia = real(f"rect_{m}x{n}", (m, n))
            a = load(ia).astype(dt)
            for full in (True, False):
                u, s, vh = sl.svd(a, full_matrices=full)
                case(f"svd-{m}x{n}-{'full' if full else 'econ'}-{dt}", "linalg.svd", [ia], [u, s, vh], ["U", "s", "Vh"],
                     cast=dt, check="svd_factors", full_matrices=full, compute_uv=True)
            case(f"svd-{m}x{n}-nouv-{dt}", "linalg.svd", [ia], [sl.svd(a, compute_uv=False)], ["s"], cast=dt,
                 full_matrices=True, compute_uv=False)
            case(f"svdvals-{m}x{n}-{dt}", "linalg.svdvals", [ia], [sl.svdvals(a)], ["s"], cast=dt)
            for mode in ("full", "economic"):
                q, r = sl.qr(a, mode=mode)
                case(f"qr-{m}x{n}-{mode}-{dt}", "linalg.qr", [ia], [q, r], ["Q", "R"], cast=dt, mode=mode)
            (r,) = sl.qr(a, mode="r")
            case(f"qr-{m}x{n}-r-{dt}", "linalg.qr", [ia], [r], ["R"], cast=dt, mode="r")
            for mode in ("full", "economic", "r"):
                # geqp3: P is int32, a[:, P] = Q @ R
                res = sl.qr(a, mode=mode, pivoting=True)
                case(f"qr-{m}x{n}-{mode}-pivoting-{dt}", "linalg.qr", [ia], list(res),
                     ["R", "P"] if mode == "r" else ["Q", "R", "P"], cast=dt, mode=mode, pivoting=True)
            p, l, u = sl.lu(a)
            case(f"lu-{m}x{n}-{dt}", "linalg.lu", [ia], [p, l, u], ["P", "L", "U"], cast=dt, permute_l=False)
            pl, u = sl.lu(a, permute_l=True)
            case(f"lu-{m}x{n}-permute_l-{dt}", "linalg.lu", [ia], [pl, u], ["PL", "U"], cast=dt, permute_l=True)
            for ord_ in ("fro", "nuc", 1, -1, 2, -2, "inf", "-inf"):
                o = {"inf": np.inf, "-inf": -np.inf}.get(ord_, ord_) if isinstance(ord_, str) else ord_
                case(f"norm-{m}x{n}-{ord_}-{dt}", "linalg.norm", [ia], value=sl.norm(a, o), cast=dt, ord=ord_)
        iv = real("vec_17", (17,))
        for ord_ in ("None", 1, 2, 3, 0.5, 0, "inf", "-inf"):
            o = {"inf": np.inf, "-inf": -np.inf, "None": None}.get(ord_, ord_) if isinstance(ord_, str) else ord_
            case(f"norm-vec-{ord_}-{dt}", "linalg.norm", [iv], value=sl.norm(load(iv).astype(dt), o), cast=dt,
                 **({} if ord_ == "None" else {"ord": ord_}))  # None: the parameter's default
    # singular lu_factor: SciPy warns and factors
    isg = save("inputs", "singular_3", np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]]))
    case("lu_factor-singular", "linalg.lu_factor", [isg], list(sl.lu_factor(load(isg))), ["lu", "piv"])
    case("det-singular", "linalg.det", [isg], value=sl.det(load(isg)))


def lu_info(a):
    """LAPACK getrf's info: 1 + the first column with an exactly zero pivot, 0 if none."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lu, _ = sl.lu_factor(a)
    zero = np.nonzero(np.diag(lu) == 0)[0]
    return int(zero[0]) + 1 if len(zero) else 0


def chol_info(a):
    """potrf's info: the order of the first leading minor that is not positive definite, 0 if none."""
    for k in range(1, a.shape[0] + 1):
        try:
            np.linalg.cholesky(a[:k, :k])
        except np.linalg.LinAlgError:
            return k
    return 0


def batched_cases():
    """Batched small solves: the loop of scipy.linalg.solve / inv / cholesky over the batch, a
    singular (or not positive definite) matrix giving NaN and its LAPACK info instead of an error."""
    for batch, n, k in ((20, 8, 3), (5, 32, 2), (7, 1, 1)):
        g = rng(f"batched_{batch}_{n}")
        a = g.standard_normal((batch, n, n)) + 3 * np.sqrt(n) * np.eye(n)
        if n > 1:
            a[3 % batch, 1] = 0.0                       # zero row: exactly singular in any elimination order
            a[batch - 1, :, n - 1] = 0.0                # zero column: exactly singular
        else:
            a[batch - 1] = 0.0
        spd = a @ np.swapaxes(a, 1, 2) + n * np.eye(n)
        spd[2 % batch, n // 2, n // 2] = -1.0           # not positive definite
        ia = save("inputs", f"batched_a_{batch}_{n}", a)
        ib = save("inputs", f"batched_b_{batch}_{n}", g.standard_normal((batch, n, k)))
        iv = save("inputs", f"batched_v_{batch}_{n}", g.standard_normal((batch, n)))
        isp = save("inputs", f"batched_spd_{batch}_{n}", spd)
        for dt in ("float64", "float32"):
            ac = load(ia).astype(dt)
            info = np.array([lu_info(m) for m in ac], dtype=np.int32)
            for tag, rhs in (("mat", ib), ("vec", iv)):
                bc = load(rhs).astype(dt)
                x = np.full(bc.shape, np.nan, dtype=dt)
                for t in range(batch):
                    if info[t] == 0:
                        x[t] = sl.solve(ac[t], bc[t])
                case(f"solve_batched-{tag}-{batch}x{n}-{dt}", "linalg.solve_batched", [ia, rhs], [x, info],
                     ["x", "status"], cast=dt)
            inv = np.full(ac.shape, np.nan, dtype=dt)
            for t in range(batch):
                if info[t] == 0:
                    inv[t] = sl.inv(ac[t])
            case(f"inv_batched-{batch}x{n}-{dt}", "linalg.inv_batched", [ia], [inv, info], ["inv", "status"], cast=dt)
            sc = load(isp).astype(dt)
            for lower in (True, False):
                cinfo = np.array([chol_info(m.astype(np.float64) if dt == "float64" else m) for m in sc], dtype=np.int32)
                c = np.full(sc.shape, np.nan, dtype=dt)
                for t in range(batch):
                    if cinfo[t] == 0:
                        c[t] = sl.cholesky(sc[t], lower=lower)
                case(f"cholesky_batched-{'lower' if lower else 'upper'}-{batch}x{n}-{dt}", "linalg.cholesky_batched",
                     [isp], [c, cinfo], ["c", "status"], cast=dt, lower=lower)


def lstsq_pinv_eigvals_cases():
    ideficient = real("deficient_9x5", (9, 5))
    d = load(ideficient)
    d[:, 4] = d[:, 1] + d[:, 2]  # rank 4
    ideficient = save("inputs", "deficient_9x5", d)
    for dt in ("float64", "float32"):
        for m, n in ((40, 23), (6, 4), (4, 6), (9, 5)):
            ia = ideficient if (m, n) == (9, 5) else real(f"rect_{m}x{n}", (m, n))
            a = load(ia).astype(dt)
            for tag, shape in (("mat", (m, 3)), ("vec", (m,))):
                ib = real(f"lstsq_b_{m}_{tag}", shape)
                x, res, rank, sv = sl.lstsq(a, load(ib).astype(dt))
                case(f"lstsq-{m}x{n}-{tag}-{dt}", "linalg.lstsq", [ia, ib],
                     [x, np.asarray(res, dtype=dt), np.asarray(rank, dtype=np.int32), sv],
                     ["x", "residues", "rank", "s"], cast=dt)
            case(f"pinv-{m}x{n}-{dt}", "linalg.pinv", [ia], [sl.pinv(a)], ["pinv"], cast=dt)
        for n in (1, 5, 8, 17):
            ia = real(f"general_{n}", (n, n))
            # Up to n = 8 the order is geev's on every LAPACK we run; at 17 the older Java translation's
            # float32 QR iteration deflates in another order, so that case compares the eigenvalues as a set.
            case(f"eigvals-{n}-{dt}", "linalg.eigvals", [ia], [sl.eigvals(load(ia).astype(dt))], ["w"], cast=dt,
                 check="eigenvalue_set" if n > 8 else None)
            w, v = sl.eig(load(ia).astype(dt))
            case(f"eig-{n}-{dt}", "linalg.eig", [ia], [w, v], ["w", "v"], cast=dt)
        isy = sym("eig_sym_6", 6)  # real eigenvalues: v is real
        w, v = sl.eig(load(isy).astype(dt))
        case(f"eig-symmetric-6-{dt}", "linalg.eig", [isy], [w, v], ["w", "v"], cast=dt)


def schur_cases():
    """Real Schur forms (output='real'). T is not unique, so the check schur_form tests ours by
    reconstruction, orthogonality and structure, and compares the eigenvalues of both T's blocks as sets."""
    specials = {
        "schur_lecture_2": np.array([[1.0, 2.0], [3.0, 4.0]]),
        "schur_rotation_2": np.array([[0.0, -1.0], [1.0, 0.0]]),
        "schur_zero_3": np.zeros((3, 3)),
        "schur_cyclic_6": np.roll(np.eye(6), 1, axis=1),  # roots of unity: needs exceptional shifts
        "schur_jordan_5": np.eye(5) * 2 + np.eye(5, k=1),  # defective: one eigenvalue, multiplicity 5
        "schur_triangular_4": np.triu(np.arange(1.0, 17.0).reshape(4, 4)),
    }
    for dt in ("float64", "float32"):
        inputs = [real(f"general_{n}", (n, n)) for n in (1, 5, 8, 17, 40)]
        inputs.append(sym("eig_sym_6", 6))
        inputs += [save("inputs", name, m) for name, m in specials.items()]
        for ia in inputs:
            name = os.path.basename(ia)[:-4]
            t, z = sl.schur(load(ia).astype(dt))  # Z is stored for its dtype and shape; the check uses ours
            case(f"schur-{name}-{dt}", "linalg.schur", [ia], [t, z], ["T", "Z"], cast=dt)


def complex_well_conditioned(name, n, symmetric=False):
    """A random complex matrix shifted by 3*sqrt(n) on the diagonal (see well_conditioned); symmetric
    (not Hermitian) with `symmetric`."""
    g = rng(name)
    m = g.standard_normal((n, n)) + 1j * g.standard_normal((n, n))
    if symmetric:
        m = (m + m.T) / 2
    return save("inputs", name, m + 3 * np.sqrt(n) * np.eye(n))


def complex_solver_cases():
    """inv, solve (gen; sym: complex symmetric, not Hermitian; pos: Hermitian), lu_factor, lu_solve
    (trans 0, 1, 2), lu, cholesky, cho_factor and cho_solve of complex matrices: zgetrf/zgetrs and
    zpotrf/zpotrs (c* for complex64), whose pivots (|re| + |im|) and positive real diagonals fix
    every result element by element."""
    for dt in ("complex128", "complex64"):
        for n in (1, 5, 33):
            ia = complex_well_conditioned(f"csq_{n}", n)
            a = load(ia).astype(dt)
            case(f"inv-{n}-{dt}", "linalg.inv", [ia], [sl.inv(a)], ["inv"], cast=dt)
            case(f"lu_factor-{n}-{dt}", "linalg.lu_factor", [ia], list(sl.lu_factor(a)), ["lu", "piv"], cast=dt)
            lu_piv = [f"expected/lu_factor-{n}-{dt}_lu.npy", f"expected/lu_factor-{n}-{dt}_piv.npy"]
            ib = complex_(f"crhs_{n}", (n, 3))
            b = load(ib).astype(dt)
            for trans in (0, 1, 2):
                case(f"lu_solve-trans{trans}-{n}-{dt}", "linalg.lu_solve", lu_piv + [as_dtype(ib, dt)],
                     [sl.lu_solve(sl.lu_factor(a), b, trans=trans)], ["x"], trans=trans)
            case(f"solve-gen-{n}-{dt}", "linalg.solve", [ia, ib], [sl.solve(a, b)], ["x"], cast=dt, assume_a="gen")
            # A symmetric matrix with the other triangle spoilt: only the triangle named is read.
            isw = load(complex_well_conditioned(f"csym_{n}", n, symmetric=True))
            for lower in (False, True):
                spoilt = isw + (np.triu(np.full((n, n), 7 + 7j), 1) if lower else np.tril(np.full((n, n), 7 + 7j), -1))
                isp = save("inputs", f"csym_{n}_{'lower' if lower else 'upper'}", spoilt)
                case(f"solve-sym-{'lower' if lower else 'upper'}-{n}-{dt}", "linalg.solve", [isp, ib],
                     [sl.solve(load(isp).astype(dt), b, assume_a="sym", lower=lower)], ["x"], cast=dt, assume_a="sym",
                     lower=lower)
            # Hermitian positive definite: zpotrf / zpotrs (cpotrf for complex64)
            g = rng(f"chpd_{n}")
            h = g.standard_normal((n, n)) + 1j * g.standard_normal((n, n))
            ih = save("inputs", f"chpd_{n}", h @ h.conj().T + n * np.eye(n))
            hp = load(ih).astype(dt)
            case(f"solve-pos-{n}-{dt}", "linalg.solve", [ih, ib], [sl.solve(hp, b, assume_a="pos")], ["x"], cast=dt,
                 assume_a="pos")
            for lower in (False, True):
                lw = "lower" if lower else "upper"
                case(f"cholesky-{lw}-{n}-{dt}", "linalg.cholesky", [ih], [sl.cholesky(hp, lower=lower)], ["c"], cast=dt,
                     lower=lower)
                c, _ = sl.cho_factor(hp, lower=lower)
                case(f"cho_factor-{lw}-{n}-{dt}", "linalg.cho_factor", [ih], [c], ["c"], cast=dt, lower=lower)
                case(f"cho_solve-{lw}-{n}-{dt}", "linalg.cho_solve", [f"expected/cho_factor-{lw}-{n}-{dt}_c.npy", ib],
                     [sl.cho_solve((c, lower), b)], ["x"], cast=dt, lower=lower)
        # A complex matrix with a real right-hand side (and the reverse): one complex prefix for both.
        ia = complex_well_conditioned("csq_5", 5)
        ir = real("rhs_5", (5, 3))
        case(f"solve-mixed-{dt}-float64", "linalg.solve", [as_dtype(ia, dt), ir],
             [sl.solve(load(ia).astype(dt), load(ir))], ["x"], assume_a="gen")
        ic = complex_("crhs_5", (5, 3))
        case(f"solve-mixed-float32-{dt}", "linalg.solve", [as_dtype(well_conditioned("sq_5", 5), "float32"),
             as_dtype(ic, dt)], [sl.solve(load(well_conditioned("sq_5", 5)).astype("float32"), load(ic).astype(dt))],
             ["x"], assume_a="gen")
        for m, n in ((6, 4), (4, 6), (5, 5), (40, 23)):
            ia = complex_(f"crect_{m}x{n}", (m, n))
            a = load(ia).astype(dt)
            # zgeqrf/zungqr: R's diagonal real, compared element by element
            for mode in ("full", "economic"):
                q, r = sl.qr(a, mode=mode)
                case(f"qr-{m}x{n}-{mode}-{dt}", "linalg.qr", [ia], [q, r], ["Q", "R"], cast=dt, mode=mode)
            (r,) = sl.qr(a, mode="r")
            case(f"qr-{m}x{n}-r-{dt}", "linalg.qr", [ia], [r], ["R"], cast=dt, mode="r")
            p, l, u = sl.lu(a)
            case(f"lu-{m}x{n}-{dt}", "linalg.lu", [ia], [p, l, u], ["P", "L", "U"], cast=dt, permute_l=False)
            pl, u = sl.lu(a, permute_l=True)
            case(f"lu-{m}x{n}-permute_l-{dt}", "linalg.lu", [ia], [pl, u], ["PL", "U"], cast=dt, permute_l=True)


def refuse(cid, op, inputs, text, **params):
    """A case SciPy refuses: `text` must appear in sciaccel's error message."""
    args = [gm.array_arg(n, rel) for n, rel in zip(INPUTS.get(op, ["a"]), inputs)]
    args += [gm.arg(k, v) for k, v in params.items()]
    CASES.append(gm.raising(cid, op, args, text))


def basic_cases():
    """scipy.linalg's test_basic.py functions beyond the cases above: solve's her, transposed,
    sym_pos, scalar a and b of any shape (N, ...); lstsq's three drivers, complex and zero-size
    problems; norm's axis and keepdims, complex and integer and float16 input; det and pinv of
    complex matrices; and what SciPy refuses."""
    import warnings
    for dt in ("complex128", "complex64"):
        for n in (1, 5, 33):
            g = rng(f"cher_{n}")
            h = g.standard_normal((n, n)) + 1j * g.standard_normal((n, n))
            h = (h + h.conj().T) / 2 + 3 * np.sqrt(n) * np.diag(np.sign(g.standard_normal(n)))  # indefinite
            ib = complex_(f"crhs_{n}", (n, 3))
            for lower in (False, True):
                # The other triangle spoilt: hesv reads one triangle, and the diagonal's real parts only.
                spoilt = h + (np.triu(np.full((n, n), 5 - 3j), 1) if lower else np.tril(np.full((n, n), 5 - 3j), -1))
                spoilt = spoilt + 0.25j * np.eye(n)
                ih = save("inputs", f"cher_{n}_{'lower' if lower else 'upper'}", spoilt)
                case(f"solve-her-{'lower' if lower else 'upper'}-{n}-{dt}", "linalg.solve", [ih, ib],
                     [sl.solve(load(ih).astype(dt), load(ib).astype(dt), assume_a="her", lower=lower)], ["x"],
                     cast=dt, assume_a="her", lower=lower)
    for dt in ("float64", "float32"):
        for n in (1, 5, 33):
            ia = well_conditioned(f"sq_{n}", n)
            ib = real(f"rhs_{n}", (n, 3))
            a = load(ia).astype(dt)
            b = load(ib).astype(dt)
            case(f"solve-transposed-{n}-{dt}", "linalg.solve", [ia, ib], [sl.solve(a, b, transposed=True)], ["x"],
                 cast=dt, transposed=True)
            isw = well_conditioned(f"symwc_{n}", n, symmetric=True)
            for lower in (False, True):
                # her on a real matrix is sym (SciPy's rule); sysv reads one triangle.
                case(f"solve-her-real-{'lower' if lower else 'upper'}-{n}-{dt}", "linalg.solve", [isw, ib],
                     [sl.solve(load(isw).astype(dt), b, assume_a="her", lower=lower)], ["x"], cast=dt,
                     assume_a="her", lower=lower)
            ip = spd(f"spd_{n}", n)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                x = sl.solve(load(ip).astype(dt), b, sym_pos=True)
            case(f"solve-sym_pos-{n}-{dt}", "linalg.solve", [ip, ib], [x], ["x"], cast=dt, sym_pos=True)
        # b with more axes: each trailing index one right-hand side.
        ia = well_conditioned("sq_5", 5)
        ib3 = real("rhs3_5", (5, 3, 2))
        case(f"solve-rhs3d-{dt}", "linalg.solve", [ia, ib3], [sl.solve(load(ia).astype(dt), load(ib3).astype(dt))],
             ["x"], cast=dt)
        # A scalar a (a 1 x 1 matrix) with a 1-D b of any length.
        isc = save("inputs", "scalar_a", np.array(2.5))
        iv7 = real("rhsv_7", (7,))
        case(f"solve-scalar_a-{dt}", "linalg.solve", [isc, iv7], [sl.solve(load(isc).astype(dt), load(iv7).astype(dt))],
             ["x"], cast=dt)
    # (An empty b is returned as an empty copy before any backend work: LinalgSolveWarningsTest.)
    ic = complex_well_conditioned("csq_5", 5)
    refuse("solve-transposed-complex", "linalg.solve", [ic, complex_("crhs_5", (5, 3))], "complex matrices",
           transposed=True)
    refuse("solve-assume_a-unknown", "linalg.solve", [well_conditioned("sq_5", 5), real("rhs_5", (5, 3))],
           "not a recognized matrix structure", assume_a="zxcv")
    refuse("solve-nonsquare", "linalg.solve", [real("rect_4x6", (4, 6)), real("rhs_5", (5, 3))], "square matrix")
    refuse("solve-rows", "linalg.solve", [well_conditioned("sq_5", 5), real("rhsv_17", (17,))], "same number of rows")
    refuse("solve-nan", "linalg.solve", [save("inputs", "nan_2x2", np.array([[1.0, np.nan], [0.0, 1.0]])),
                                         real("rhsv_2", (2,))], "infs or NaNs")

    # lstsq: the three drivers (gelsy returns no singular values), real and complex.
    ideficient = "inputs/deficient_9x5.npy"
    for dt in ("float64", "float32", "complex128", "complex64"):
        cplx = dt.startswith("complex")
        shapes = ((40, 23), (6, 4), (4, 6), (9, 5))
        for m, n in shapes:
            if cplx:
                ia = complex_(f"crect_{m}x{n}", (m, n))
                if (m, n) == (9, 5):
                    d = load(ia)
                    d[:, 4] = d[:, 1] + (1 - 2j) * d[:, 2]  # rank 4
                    ia = save("inputs", "cdeficient_9x5", d)
            else:
                ia = ideficient if (m, n) == (9, 5) else real(f"rect_{m}x{n}", (m, n))
            a = load(ia).astype(dt)
            for tag, shape in (("mat", (m, 3)), ("vec", (m,))):
                ib = (complex_ if cplx else real)(f"{'c' if cplx else ''}lstsq_b_{m}_{tag}", shape)
                b = load(ib).astype(dt)
                for driver in ("gelsd", "gelss", "gelsy"):
                    if driver == "gelsd" and not cplx:
                        continue  # the cases above
                    if driver == "gelsy" and cplx and (m, n) == (9, 5):
                        continue  # a rank decision at rounding level: see Linalg.lstsq's deviation
                    x, res, rank, sv = sl.lstsq(a, b, lapack_driver=driver)
                    outs = [x, np.asarray(res), np.asarray(rank, dtype=np.int32)]
                    names = ["x", "residues", "rank"]
                    if sv is not None:
                        outs.append(sv)
                        names.append("s")
                    case(f"lstsq-{driver}-{m}x{n}-{tag}-{dt}", "linalg.lstsq", [ia, ib], outs, names, cast=dt,
                         lapack_driver=driver)
        for cond in (1e-3, 0.5):
            ia = complex_("crect_40x23", (40, 23)) if cplx else real("rect_40x23", (40, 23))
            ib = (complex_ if cplx else real)(f"{'c' if cplx else ''}lstsq_b_40_mat", (40, 3))
            # Complex gelsy decides the rank on the real form's condition estimate (Linalg.lstsq's deviation).
            for driver in ("gelsd", "gelss") if cplx else ("gelsd", "gelss", "gelsy"):
                x, res, rank, sv = sl.lstsq(load(ia).astype(dt), load(ib).astype(dt), cond=cond, lapack_driver=driver)
                outs = [x, np.asarray(res), np.asarray(rank, dtype=np.int32)] + ([sv] if sv is not None else [])
                case(f"lstsq-{driver}-cond{cond}-{dt}", "linalg.lstsq", [ia, ib], outs,
                     ["x", "residues", "rank", "s"][:len(outs)], cast=dt, cond=cond, lapack_driver=driver)
    for a_shape, b_shape in (((0, 2), (0,)), ((0, 4), (0, 2)), ((4, 0), (4,)), ((4, 0), (4, 2))):
        tag = "x".join(map(str, a_shape)) + "-" + "x".join(map(str, b_shape))
        iz = save("inputs", f"zeros_{'x'.join(map(str, a_shape))}", np.zeros(a_shape))
        ib = save("inputs", f"ones_{'x'.join(map(str, b_shape))}", np.ones(b_shape))
        x, res, rank, sv = sl.lstsq(load(iz), load(ib))
        case(f"lstsq-empty-{tag}", "linalg.lstsq", [iz, ib], [x, res, np.asarray(rank, dtype=np.int32), sv],
             ["x", "residues", "rank", "s"])
    refuse("lstsq-driver-unknown", "linalg.lstsq", [real("rect_6x4", (6, 4)), real("lstsq_b_6_vec", (6,))], "not found",
           lapack_driver="gelsx")
    refuse("lstsq-1d-a", "linalg.lstsq", [real("vec_17", (17,)), real("vec_17", (17,))], "should be 2D")
    refuse("lstsq-rows", "linalg.lstsq", [real("rect_6x4", (6, 4)), real("vec_17", (17,))], "Shape mismatch")

    # det and pinv of complex matrices
    for dt in ("complex128", "complex64"):
        for n in (1, 5, 33):
            ia = complex_well_conditioned(f"csq_{n}", n)
            # SciPy computes a complex64 det in single precision (cdet_c) and returns it as a Python
            # complex; sciaccel returns it as complex64, so it is judged at single precision.
            case(f"det-{n}-{dt}", "linalg.det", [ia], [np.asarray(sl.det(load(ia).astype(dt)), dtype=dt)], ["det"],
                 cast=dt)
        for m, n in ((6, 4), (4, 6), (5, 5), (40, 23)):
            ia = complex_(f"crect_{m}x{n}", (m, n))
            case(f"pinv-{m}x{n}-{dt}", "linalg.pinv", [ia], [sl.pinv(load(ia).astype(dt))], ["pinv"], cast=dt)
    # A singular complex matrix: det 0 (an exactly zero pivot), as SciPy's.
    isg = save("inputs", "csingular_3", np.array([[1, 2j, 3], [2, 4j, 6], [1j, 0, 1]]))
    case("det-singular-complex128", "linalg.det", [isg], [np.asarray(sl.det(load(isg)))], ["det"])

    # norm: complex vectors and matrices, integer and float16 input
    for dt in ("complex128", "complex64"):
        iv = complex_("cvec_17", (17,))
        for ord_ in ("None", 1, 2, 3, 0, "inf", "-inf"):
            o = {"inf": np.inf, "-inf": -np.inf, "None": None}.get(ord_, ord_) if isinstance(ord_, str) else ord_
            case(f"norm-cvec-{ord_}-{dt}", "linalg.norm", [iv], value=sl.norm(load(iv).astype(dt), o), cast=dt,
                 value_dtype="float32" if dt == "complex64" else "float64", **({} if ord_ == "None" else {"ord": ord_}))
        for m, n in ((6, 4), (4, 6), (1, 1), (1, 3), (40, 23)):
            ia = complex_(f"crect_{m}x{n}", (m, n))
            for ord_ in ("fro", "nuc", 1, -1, 2, -2, "inf", "-inf"):
                o = {"inf": np.inf, "-inf": -np.inf}.get(ord_, ord_) if isinstance(ord_, str) else ord_
                case(f"norm-c{m}x{n}-{ord_}-{dt}", "linalg.norm", [ia], value=sl.norm(load(ia).astype(dt), o),
                     cast=dt, value_dtype="float32" if dt == "complex64" else "float64", ord=ord_)
    ii = save("inputs", "int_4x5", rng("int_4x5").integers(-50, 50, (4, 5)))
    for ord_ in ("None", "fro", "nuc", 1, -1, 2, -2, "inf", "-inf"):
        o = {"inf": np.inf, "-inf": -np.inf, "None": None}.get(ord_, ord_) if isinstance(ord_, str) else ord_
        case(f"norm-int64-{ord_}", "linalg.norm", [ii], value=sl.norm(load(ii), o),
             **({} if ord_ == "None" else {"ord": ord_}))
    ih = save("inputs", "half_9", np.array([1, 2, 3, -4, 0.5, 7, -0.25, 3, 2], dtype=np.float16))
    for ord_ in ("None", 1, "inf"):
        o = {"inf": np.inf, "None": None}.get(ord_, ord_) if isinstance(ord_, str) else ord_
        case(f"norm-float16-{ord_}", "linalg.norm", [ih], value=sl.norm(load(ih), o), cast="float16",
             **({} if ord_ == "None" else {"ord": ord_}))
    # axis and keepdims
    for dt in ("float64", "float32", "complex128"):
        i3 = (complex_ if dt.startswith("complex") else real)(f"{'c' if dt.startswith('complex') else ''}block_3x4x5",
                                                              (3, 4, 5))
        x3 = load(i3).astype(dt)
        for axis in (0, 1, 2, -1):
            for ord_ in ("None", 1, 2, 3, 0.5, 0, "inf", "-inf"):
                o = {"inf": np.inf, "-inf": -np.inf, "None": None}.get(ord_, ord_) if isinstance(ord_, str) else ord_
                for keep in (False, True):
                    case(f"norm-axis{axis}-{ord_}-{'keep' if keep else 'drop'}-{dt}", "linalg.norm", [i3],
                         [np.asarray(sl.norm(x3, o, axis=axis, keepdims=keep))], ["norm"], cast=dt, axis=axis,
                         keepdims=keep, **({} if ord_ == "None" else {"ord": ord_}))
        for axis in ((0, 1), (1, 0), (2, 0), (-1, 1)):
            for ord_ in ("None", "fro", "nuc", 1, -1, 2, -2, "inf", "-inf"):
                o = {"inf": np.inf, "-inf": -np.inf, "None": None}.get(ord_, ord_) if isinstance(ord_, str) else ord_
                for keep in (False, True):
                    case(f"norm-axis{axis[0]}{axis[1]}-{ord_}-{'keep' if keep else 'drop'}-{dt}", "linalg.norm", [i3],
                         [np.asarray(sl.norm(x3, o, axis=axis, keepdims=keep))], ["norm"], cast=dt, axis=list(axis),
                         keepdims=keep, **({} if ord_ == "None" else {"ord": ord_}))
        ia = real("rect_6x4", (6, 4)) if not dt.startswith("complex") else complex_("crect_6x4", (6, 4))
        for ord_ in ("None", "fro", 1, "inf"):
            o = {"inf": np.inf, "None": None}.get(ord_, ord_) if isinstance(ord_, str) else ord_
            case(f"norm-keepdims-6x4-{ord_}-{dt}", "linalg.norm", [ia],
                 [np.asarray(sl.norm(load(ia).astype(dt), o, keepdims=True))], ["norm"], cast=dt, keepdims=True,
                 **({} if ord_ == "None" else {"ord": ord_}))
    case("norm-3d-flattened", "linalg.norm", [real("block_3x4x5", (3, 4, 5))],
         value=sl.norm(load(real("block_3x4x5", (3, 4, 5)))))
    refuse("norm-vector-fro", "linalg.norm", [real("block_3x4x5", (3, 4, 5))], "Invalid norm order", ord="fro", axis=1)
    refuse("norm-matrix-ord3", "linalg.norm", [real("rect_6x4", (6, 4))], "Invalid norm order for matrices", ord=3)
    refuse("norm-3d-ord", "linalg.norm", [real("block_3x4x5", (3, 4, 5))], "Improper number of dimensions", ord=1)
    refuse("norm-duplicate-axes", "linalg.norm", [real("block_3x4x5", (3, 4, 5))], "Duplicate axes", axis=[1, 1])
    refuse("norm-axis-bounds", "linalg.norm", [real("block_3x4x5", (3, 4, 5))], "out of bounds", axis=3)
    refuse("norm-nan", "linalg.norm", [save("inputs", "nan_2x2", np.array([[1.0, np.nan], [0.0, 1.0]]))],
           "infs or NaNs")

def complex_hermitian(name, n):
    g = rng(name)
    m = g.standard_normal((n, n)) + 1j * g.standard_normal((n, n))
    return save("inputs", name, (m + m.conj().T) / 2)


def positive_definite(name, n, cplx):
    g = rng(name)
    m = g.standard_normal((n, n)) + (1j * g.standard_normal((n, n)) if cplx else 0)
    return save("inputs", name, m @ m.conj().T + n * np.eye(n))


def raises(cid, op, inputs, words, **params):
    """A case SciPy refuses: the Java message must name `words` (the parameter, or SciPy's wording)."""
    args = [gm.array_arg(n, rel) for n, rel in zip(INPUTS.get(op, ["a"]), inputs)]
    args += [gm.arg(k, v) for k, v in params.items()]
    CASES.append(gm.raising(cid, op, args, words))


def decomposition_extension_cases():
    """Issue 12's decompositions: complex svd (gesdd, gesvd) and gesvd of real matrices, complex qr
    with pivoting, rectangular lu_factor, eigh's drivers, subsets and generalized problems (real and
    complex), complex eig / eigvals (left and right vectors), eig of real pencils (ggev, homogeneous
    eigenvalues, infinite ones), complex and sorted Schur forms, and SciPy's refusals. Where SciPy
    leaves phases, signs or the Schur form to LAPACK the cases name a check of
    DecompositionGoldenChecks.java; complex eig, qr with pivoting and lu_factor are compared element
    by element (zgeev's normalisation and zgeqp3's / getrf's choices fix them)."""
    shapes = ((6, 4), (4, 6), (5, 5), (40, 23))
    for dt in ("complex128", "complex64", "float64", "float32"):
        cplx = dt.startswith("complex")
        for m, n in shapes:
            ia = complex_(f"crect_{m}x{n}", (m, n)) if cplx else real(f"rect_{m}x{n}", (m, n))
            a = load(ia).astype(dt)
            for driver in ("gesdd", "gesvd"):
                if driver == "gesdd" and not cplx:
                    continue  # real gesdd has its cases above
                for full in (True, False):
                    u, s, vh = sl.svd(a, full_matrices=full, lapack_driver=driver)
                    case(f"svd-{m}x{n}-{'full' if full else 'econ'}-{driver}-{dt}", "linalg.svd", [ia], [u, s, vh],
                         ["U", "s", "Vh"], cast=dt, check="unitary_svd", full_matrices=full, compute_uv=True,
                         lapack_driver=driver)
                case(f"svd-{m}x{n}-nouv-{driver}-{dt}", "linalg.svd", [ia], [sl.svd(a, compute_uv=False,
                     lapack_driver=driver)], ["s"], cast=dt, full_matrices=True, compute_uv=False, lapack_driver=driver)
            if cplx:
                case(f"svdvals-{m}x{n}-{dt}", "linalg.svdvals", [ia], [sl.svdvals(a)], ["s"], cast=dt)
                for mode in ("full", "economic", "r"):
                    res = sl.qr(a, mode=mode, pivoting=True)
                    case(f"qr-{m}x{n}-{mode}-pivoting-{dt}", "linalg.qr", [ia], list(res),
                         ["R", "P"] if mode == "r" else ["Q", "R", "P"], cast=dt, mode=mode, pivoting=True)
            if (m, n) != (5, 5):
                case(f"lu_factor-{m}x{n}-{dt}", "linalg.lu_factor", [ia], list(sl.lu_factor(a)), ["lu", "piv"], cast=dt)
    # eigh: the four standard drivers, the three generalized ones with each type, subsets, the upper triangle
    for dt in ("float64", "float32", "complex128", "complex64"):
        cplx = dt.startswith("complex")
        for n in (2, 5, 33):
            ia = complex_hermitian(f"cherm_{n}", n) if cplx else sym(f"sym_{n}", n)
            ib = positive_definite(f"hpd_{n}_{'c' if cplx else 'r'}", n, cplx)
            a = load(ia).astype(dt)
            b = load(ib).astype(dt)
            ibc = as_dtype(ib, dt)
            for driver in ("ev", "evd", "evr", "evx"):
                w, v = sl.eigh(a, driver=driver)
                case(f"eigh-{driver}-{n}-{dt}", "linalg.eigh", [ia], [w, v], ["w", "v"], cast=dt,
                     check="eigh_pencil", driver=driver)
                case(f"eigvalsh-{driver}-{n}-{dt}", "linalg.eigvalsh", [ia], [sl.eigvalsh(a, driver=driver)], ["w"],
                     cast=dt, driver=driver)
            for driver in ("gv", "gvd", "gvx"):
                for typ in (1, 2, 3):
                    w, v = sl.eigh(a, b, driver=driver, type=typ)
                    case(f"eigh-{driver}-type{typ}-{n}-{dt}", "linalg.eigh", [ia], [w, v], ["w", "v"], cast=dt,
                         check="eigh_pencil", b="@" + ibc, driver=driver, type=typ)
            w, v = sl.eigh(a, b)
            case(f"eigh-generalized-default-{n}-{dt}", "linalg.eigh", [ia], [w, v], ["w", "v"], cast=dt,
                 check="eigh_pencil", b="@" + ibc)
            case(f"eigvalsh-generalized-{n}-{dt}", "linalg.eigvalsh", [ia], [sl.eigvalsh(a, b)], ["w"], cast=dt,
                 b="@" + ibc)
            hi = n // 2
            for driver in ("evr", "evx"):
                w, v = sl.eigh(a, subset_by_index=[0, hi], driver=driver)
                case(f"eigh-index-{driver}-{n}-{dt}", "linalg.eigh", [ia], [w, v], ["w", "v"], cast=dt,
                     check="eigh_pencil", subset_by_index=[0, hi], driver=driver)
                w, v = sl.eigh(a, subset_by_value=[-1.0, 1.5], driver=driver)
                case(f"eigh-value-{driver}-{n}-{dt}", "linalg.eigh", [ia], [w, v], ["w", "v"], cast=dt,
                     check="eigh_pencil", subset_by_value=[-1.0, 1.5], driver=driver)
            w, v = sl.eigh(a, b, subset_by_index=[n - 1 - hi, n - 1])
            case(f"eigh-generalized-index-{n}-{dt}", "linalg.eigh", [ia], [w, v], ["w", "v"], cast=dt,
                 check="eigh_pencil", b="@" + ibc, subset_by_index=[n - 1 - hi, n - 1])
            case(f"eigvalsh-value-{n}-{dt}", "linalg.eigvalsh", [ia], [sl.eigvalsh(a, subset_by_value=[-np.inf, 0.5])],
                 ["w"], cast=dt, subset_by_value=[-np.inf, 0.5])
            # the upper triangle read (the lower one spoilt)
            spoilt = load(ia) + np.tril(np.full((n, n), 9.0), -1)
            isp = save("inputs", f"{'cherm' if cplx else 'sym'}_{n}_upper", spoilt)
            w, v = sl.eigh(spoilt.astype(dt), lower=False)
            case(f"eigh-upper-{n}-{dt}", "linalg.eigh", [isp], [w, v], ["w", "v"], cast=dt, check="eigh_pencil",
                 lower=False)
    # eig of complex matrices: zgeev's order and normalisation, element by element
    for dt in ("complex128", "complex64"):
        for n in (1, 3, 5, 8, 17):
            ia = complex_(f"cgeneral_{n}", (n, n))
            a = load(ia).astype(dt)
            # cgeev's single-precision QR iteration may deflate in another order than sciaccel's (in double)
            single = dt == "complex64"
            case(f"eigvals-{n}-{dt}", "linalg.eigvals", [ia], [sl.eigvals(a)], ["w"], cast=dt,
                 check="eigenvalue_set" if single else None)
            w, v = sl.eig(a)
            case(f"eig-{n}-{dt}", "linalg.eig", [ia], [w, v], ["w", "v"], cast=dt,
                 check="eig_pencil" if single else "allclose")
            w, vl, vr = sl.eig(a, left=True)
            case(f"eig-left-{n}-{dt}", "linalg.eig", [ia], [w, vl, vr], ["w", "vl", "v"], cast=dt,
                 check="eig_pencil" if single else "allclose", left=True)
            case(f"eig-homogeneous-{n}-{dt}", "linalg.eigvals", [ia], [sl.eigvals(a, homogeneous_eigvals=True)],
                 ["w"], cast=dt, check="eigenvalue_set" if single else None, homogeneous_eigvals=True)
    # real matrices: left vectors (geev) and pencils (ggev; vectors normalised by SciPy, signs LAPACK's)
    for dt in ("float64", "float32"):
        for n in (1, 5, 8):
            ia = real(f"general_{n}", (n, n))
            a = load(ia).astype(dt)
            w, vl, vr = sl.eig(a, left=True, right=True)
            case(f"eig-left-{n}-{dt}", "linalg.eig", [ia], [w, vl, vr], ["w", "vl", "v"], cast=dt, check="eig_pencil",
                 left=True)
            ib = real(f"pencil_b_{n}", (n, n))
            ibc = as_dtype(ib, dt)
            b = load(ib).astype(dt)
            w, vl, vr = sl.eig(a, b, left=True)
            case(f"eig-pencil-{n}-{dt}", "linalg.eig", [ia], [w, vl, vr], ["w", "vl", "v"], cast=dt,
                 check="eig_pencil", b="@" + ibc, left=True)
            w, vr = sl.eig(a, b, homogeneous_eigvals=True)
            case(f"eig-pencil-homogeneous-{n}-{dt}", "linalg.eig", [ia], [w, vr], ["w", "v"], cast=dt,
                 check="eig_pencil", b="@" + ibc, homogeneous_eigvals=True)
            case(f"eigvals-pencil-{n}-{dt}", "linalg.eigvals", [ia], [sl.eigvals(a, b)], ["w"], cast=dt,
                 check="eigenvalue_set", b="@" + ibc)
    # singular pencils: an infinite eigenvalue (beta 0) and an undetermined one (alpha = beta = 0)
    iinf_a = save("inputs", "pencil_inf_a", np.eye(2))
    iinf_b = save("inputs", "pencil_inf_b", np.diag([0.0, 1.0]))
    izero = save("inputs", "pencil_zero", np.diag([1.0, 0.0]))
    for tag, ia, ib in (("inf", iinf_a, iinf_b), ("zero", izero, izero)):
        case(f"eigvals-pencil-{tag}", "linalg.eigvals", [ia], [sl.eigvals(load(ia), load(ib))], ["w"], b="@" + ib)
        case(f"eigvals-pencil-{tag}-homogeneous", "linalg.eigvals", [ia],
             [sl.eigvals(load(ia), load(ib), homogeneous_eigvals=True)], ["w"], b="@" + ib, homogeneous_eigvals=True)
    # Schur forms: complex output, complex input, and the named sorts (sdim is compared)
    for dt in ("float64", "float32", "complex128", "complex64"):
        cplx = dt.startswith("complex")
        for n in (1, 4, 8, 17):
            ia = complex_(f"cgeneral_{n}", (n, n)) if cplx else real(f"general_{n}", (n, n))
            a = load(ia).astype(dt)
            if cplx:
                t, z = sl.schur(a)
                case(f"schur-{n}-{dt}", "linalg.schur", [ia], [t, z], ["T", "Z"], cast=dt, check="schur_any")
            else:
                t, z = sl.schur(a, output="complex")
                case(f"schur-complex-{n}-{dt}", "linalg.schur", [ia], [t, z], ["T", "Z"], cast=dt, check="schur_any",
                     output="complex")
            for sort in ("lhp", "rhp", "iuc", "ouc"):
                for output in (("complex",) if cplx else ("real", "complex")):
                    t, z, sdim = sl.schur(a, output=output, sort=sort)
                    cid = f"schur-{output}-{sort}-{n}-{dt}"
                    args = [gm.array_arg("a", as_dtype(ia, dt)), gm.arg("output", output), gm.arg("sort", sort)]
                    outs = {"T": save("expected", f"{cid}_T", t), "Z": save("expected", f"{cid}_Z", z),
                            "sdim": gm.scalar(int(sdim), "int32")}
                    CASES.append(gm.case(cid, "linalg.schur", args, outs, check="schur_any"))
    # SciPy's refusals
    isq = real("general_5", (5, 5))
    irect = real("rect_6x4", (6, 4))
    ib5 = positive_definite("hpd_5_r", 5, False)
    i2 = sym("sym_2", 2)
    raises("svd-bad-driver", "linalg.svd", [irect], "lapack_driver", lapack_driver="foo")
    raises("eigh-bad-driver", "linalg.eigh", [isq], "driver", driver="wrong")
    raises("eigh-not-square", "linalg.eigh", [irect], "expected square")
    raises("eigh-b-shape", "linalg.eigh", [isq], "wrong b dimensions", b="@" + i2)
    raises("eigh-type", "linalg.eigh", [isq], "type", b="@" + ib5, type=4)
    raises("eigh-two-subsets", "linalg.eigh", [isq], "Either index or value subset", subset_by_index=[0, 1],
           subset_by_value=[0.0, 1.0])
    raises("eigh-bad-index", "linalg.eigh", [isq], "subset_by_index", subset_by_index=[0, 5])
    raises("eigh-bad-value", "linalg.eigh", [isq], "subset_by_value", subset_by_value=[2.0, 0.0])
    raises("eigh-gv-without-b", "linalg.eigh", [isq], "requires input b", driver="gvx")
    raises("eigh-ev-with-b", "linalg.eigh", [isq], "does not accept input b", b="@" + ib5, driver="evr")
    raises("eigh-subset-driver", "linalg.eigh", [isq], "cannot compute subsets", driver="ev", subset_by_index=[0, 1])
    raises("eig-b-shape", "linalg.eig", [isq], "same shape", b="@" + i2)
    raises("eig-not-square", "linalg.eig", [irect], "expected square")
    raises("schur-bad-output", "linalg.schur", [isq], "output", output="imaginary")
    raises("schur-bad-sort", "linalg.schur", [isq], "sort", sort="unsupported")
    raises("lu_factor-not-2d", "linalg.lu_factor", [real("vec_17", (17,))], "2-D")
    # complex pencils (zggev): vectors by the pencil check, eigenvalues as a set; singular pencils
    for dt in ("complex128", "complex64"):
        for n in (1, 3, 5, 8, 17):
            ia = complex_(f"cgeneral_{n}", (n, n))
            ib = complex_(f"cpencil_b_{n}", (n, n))
            ibc = as_dtype(ib, dt)
            a = load(ia).astype(dt)
            b = load(ib).astype(dt)
            w, vl, vr = sl.eig(a, b, left=True)
            case(f"eig-cpencil-{n}-{dt}", "linalg.eig", [ia], [w, vl, vr], ["w", "vl", "v"], cast=dt, check="eig_pencil",
                 b="@" + ibc, left=True)
            w, vr = sl.eig(a, b, homogeneous_eigvals=True)
            case(f"eig-cpencil-homogeneous-{n}-{dt}", "linalg.eig", [ia], [w, vr], ["w", "v"], cast=dt,
                 check="eig_pencil", b="@" + ibc, homogeneous_eigvals=True)
            case(f"eigvals-cpencil-{n}-{dt}", "linalg.eigvals", [ia], [sl.eigvals(a, b)], ["w"], cast=dt,
                 check="eigenvalue_set", b="@" + ibc)
    ica = save("inputs", "cpencil_inf_a", np.eye(2) + 0j)
    icb = save("inputs", "cpencil_inf_b", np.diag([0.0, 1.0]) + 0j)
    # alpha = 2j, beta = 1 and alpha = beta = 0: NaN + NaN j, as alpha is not all real
    icz = save("inputs", "cpencil_zero_a", np.diag([2j, 0.0]))
    iczb = save("inputs", "cpencil_zero_b", np.diag([1.0, 0.0]) + 0j)
    for tag, ia, ib in (("inf", ica, icb), ("zero", icz, iczb)):
        case(f"eigvals-cpencil-{tag}", "linalg.eigvals", [ia], [sl.eigvals(load(ia), load(ib))], ["w"], b="@" + ib)


def main():
    for d in ("inputs", "expected"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    matmul_cases()
    decomposition_cases()
    batched_cases()
    lstsq_pinv_eigvals_cases()
    schur_cases()
    complex_solver_cases()
    basic_cases()
    decomposition_extension_cases()
    gm.write(os.path.join(HERE, "cases.jsonl"),
             f"Linear-algebra golden cases: scipy {scipy.__version__}, numpy {np.__version__}; generated by "
             "generate_linalg.py. Do not edit; regenerate.", CASES)
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
