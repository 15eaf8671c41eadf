package org.sciaccel.cpu.linalg;

import java.util.Arrays;
import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.LinAlgException;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.linalg.AssumeA;
import org.sciaccel.linalg.LstsqDriver;
import org.sciaccel.linalg.EighPlan;
import org.sciaccel.linalg.EigenvalueSelector;
import org.sciaccel.linalg.MatmulPlan;
import org.sciaccel.linalg.NormPlan;
import org.sciaccel.linalg.QrMode;
import org.sciaccel.linalg.SvdDriver;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.LinalgOps;

/**
 * The CPU backend's linear algebra: {@code matmul} by the blocked, multithreaded GEMM of
 * {@link CpuMatmul}; LU, Cholesky and the triangular solves in LAPACK's algorithms
 * ({@link CpuLu}, {@link CpuCholesky}, {@link CpuTriangular}), so pivots, zero-pivot detection and
 * {@code lu_factor}'s pivot indices are LAPACK's; SVD, QR, Schur and the eigenproblems by the LAPACK
 * routines SciPy calls for real input ({@link CpuLapack}: gesdd, gesvd, geqrf/orgqr, geqp3, gees,
 * geev, ggev, the sy* drivers), so orders and signs are SciPy's, float32 inputs running the s*
 * routines as in SciPy, and by LAPACK's complex algorithms written here for complex input
 * ({@link CpuDecompositions}). The rest is computed in double precision; float32 inputs get float32
 * results rounded once at the end.
 */
public final class CpuLinalgOps implements LinalgOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.LINALG);

    private final CpuBackend backend;

    /** The linear-algebra ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuLinalgOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray matmul(NDArray a, NDArray b, MatmulPlan plan) {
        backend.checkOpen();
        return backend.wrap(CpuMatmul.multiply(backend.threads(), backend.host(a, "a"), backend.host(b, "b"), plan));
    }

    @Override
    public NDArray inv(NDArray a) {
        if (a.dtype().isComplex()) {
            return backend.wrap(CpuComplexSolvers.inv(backend.host(a, "a")));
        }
        int n = a.shape(0);
        CpuLu lu = factorSquare(a);
        double[] x = identity(n);
        lu.solve(x, n, false);
        return out(x, a.dtype(), n, n);
    }

    @Override
    public double det(NDArray a) {
        double d = factorSquareAllowSingular(a).det();
        // SciPy's det of float32 is a float32: it overflows (to inf) and underflows where float does.
        return a.dtype() == DType.FLOAT32 ? (float) d : d;
    }

    @Override
    public double[] detComplex(NDArray a) {
        int n = a.shape(0);
        CpuComplexLu lu = CpuComplexLu.factor(CpuComplexSolvers.interleaved(backend.host(a, "a")), n, n);
        // SciPy's det: the product of U's diagonal in order, negated for each row interchange; for
        // complex64 in single precision, where it overflows as SciPy's cdet_c does (to inf + nan j).
        boolean single = a.dtype() == DType.COMPLEX64;
        double re = 1;
        double im = 0;
        for (int j = 0; j < n; j++) {
            double ur = lu.lu[2 * (j * n + j)];
            double ui = lu.lu[2 * (j * n + j) + 1];
            double t;
            if (single) {
                float fr = (float) re;
                float fi = (float) im;
                t = fr * (float) ur - fi * (float) ui;
                im = fr * (float) ui + fi * (float) ur;
            } else {
                t = re * ur - im * ui;
                im = re * ui + im * ur;
            }
            re = t;
            if (lu.piv[j] != j) {
                re = -re;
                im = -im;
            }
        }
        return new double[] {re, im};
    }

    @Override
    public NDArray[] solve(NDArray a, NDArray b, AssumeA assumeA, boolean lower, boolean transposed) {
        return wrapAll(CpuSolve.solve(backend.host(a, "a"), backend.host(b, "b"), assumeA, lower, transposed));
    }

    @Override
    public NDArray[] svd(NDArray a, boolean fullMatrices, boolean computeUv, SvdDriver driver) {
        return wrapAll(CpuDecompositions.svd(backend.host(a, "a"), fullMatrices, computeUv, driver));
    }

    @Override
    public NDArray[] qr(NDArray a, QrMode mode) {
        NDArray[] qrp = qr(a, mode, false);
        return new NDArray[] {qrp[0], qrp[1]};
    }

    @Override
    public NDArray[] qr(NDArray a, QrMode mode, boolean pivoting) {
        int m = a.shape(0);
        int n = a.shape(1);
        DType t = a.dtype();
        if (t.isComplex()) {
            int k = Math.min(m, n);
            int qCols = m < n || mode != QrMode.ECONOMIC ? m : n;
            int rRows = mode == QrMode.ECONOMIC ? k : m;
            double[] av = finite("qr", CpuComplexSolvers.interleaved(backend.host(a, "a")));
            int[] jpvt = pivoting ? new int[n] : null;
            CpuComplexQr.Factors f = pivoting ? CpuComplexQr.factorPivoted(av, m, n, jpvt) : CpuComplexQr.factor(av, m, n);
            NDArray r = backend.wrap(CpuComplexSolvers.complex(CpuComplexQr.r(f, m, n, rRows), t, rRows, n));
            NDArray q = mode == QrMode.R ? null
                    : backend.wrap(CpuComplexSolvers.complex(CpuComplexQr.q(f, m, n, qCols), t, m, qCols));
            return new NDArray[] {q, r, pivoting ? backend.wrap(new HostArray(DType.INT32, new int[] {n}, jpvt)) : null};
        }
        CpuLapack.Qr qr = CpuLapack.qr(finite("qr", doubles(a)), m, n, mode == QrMode.ECONOMIC, mode != QrMode.R,
                pivoting, t == DType.FLOAT32);
        NDArray p = pivoting ? backend.wrap(new HostArray(DType.INT32, new int[] {n}, qr.jpvt)) : null;
        NDArray rOut = out(qr.r, t, qr.rRows, n);
        return new NDArray[] {mode == QrMode.R ? null : out(qr.q, t, m, qr.qCols), rOut, p};
    }

    @Override
    public NDArray[] lu(NDArray a, boolean permuteL) {
        if (a.dtype().isComplex()) {
            return wrapAll(CpuComplexSolvers.lu(backend.host(a, "a"), permuteL));
        }
        int m = a.shape(0);
        int n = a.shape(1);
        int k = Math.min(m, n);
        DType t = a.dtype();
        // sgetrf for float32 (single-precision arithmetic), as SciPy's lu
        CpuLu lu = t == DType.FLOAT32 ? CpuLu.factorSingle(doubles(a), m, n) : CpuLu.factor(doubles(a), m, n);
        double[] l = new double[m * k];
        double[] u = new double[k * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double v = lu.lu[i * n + j];
                if (j < i) {
                    if (j < k) {
                        l[i * k + j] = v;
                    }
                } else if (i < k) {
                    u[i * n + j] = v;
                }
            }
            if (i < k) {
                l[i * k + i] = 1;
            }
        }
        int[] perm = lu.permutation();
        if (permuteL) {
            // Row perm[i] of P L is row i of L.
            double[] pl = new double[m * k];
            for (int i = 0; i < m; i++) {
                System.arraycopy(l, i * k, pl, perm[i] * k, k);
            }
            return new NDArray[] {null, out(pl, t, m, k), out(u, t, k, n)};
        }
        // a = P L U: P[perm[i]][i] = 1.
        double[] p = new double[m * m];
        for (int i = 0; i < m; i++) {
            p[perm[i] * m + i] = 1;
        }
        return new NDArray[] {out(p, t, m, m), out(l, t, m, k), out(u, t, k, n)};
    }

    @Override
    public NDArray[] luFactor(NDArray a) {
        return wrapAll(CpuDecompositions.luFactor(backend.host(a, "a")));
    }

    @Override
    public NDArray luSolve(NDArray lu, NDArray piv, NDArray b, int trans) {
        int n = lu.shape(0);
        int k = b.ndim() == 1 ? 1 : b.shape(1);
        int[] p = ((int[]) backend.host(piv, "piv").data()).clone();
        for (int i = 0; i < n; i++) {
            if (p[i] < i || p[i] >= n) {
                throw new IllegalArgumentException("piv[" + i + "]=" + p[i] + " is not a pivot index in [" + i + ", " + n + ")");
            }
        }
        if (lu.dtype().isComplex()) {
            return backend.wrap(CpuComplexSolvers.luSolve(backend.host(lu, "lu"), p, backend.host(b, "b"), trans));
        }
        CpuLu f = CpuLu.of(doubles(lu), n, p);
        double[] x = doubles(b);
        // trans 2 (conjugate transpose) is the transpose of a real matrix.
        f.solve(x, k, trans != 0);
        return out(x, lu.dtype(), b.shape());
    }

    @Override
    public NDArray cholesky(NDArray a, boolean lower, boolean clean) {
        int n = a.shape(0);
        if (a.dtype().isComplex()) {
            double[] c = CpuComplexSolvers.interleaved(backend.host(a, "a"));
            CpuComplexCholesky.factor(c, n, lower);
            if (clean) {
                CpuComplexCholesky.clean(c, n, lower);
            }
            return backend.wrap(CpuComplexSolvers.complex(c, a.dtype(), n, n));
        }
        double[] c = doubles(a);
        CpuCholesky.factor(c, n, lower);
        if (clean) {
            CpuCholesky.clean(c, n, lower);
        }
        return out(c, a.dtype(), n, n);
    }

    @Override
    public NDArray choSolve(NDArray c, boolean lower, NDArray b) {
        int n = c.shape(0);
        int k = b.ndim() == 1 ? 1 : b.shape(1);
        if (c.dtype().isComplex()) {
            double[] x = CpuComplexSolvers.interleaved(backend.host(b, "b"));
            CpuComplexCholesky.solve(CpuComplexSolvers.interleaved(backend.host(c, "c")), n, lower, x, k);
            return backend.wrap(CpuComplexSolvers.complex(x, c.dtype(), b.shape()));
        }
        double[] x = doubles(b);
        CpuCholesky.solve(doubles(c), n, lower, x, k);
        return out(x, c.dtype(), b.shape());
    }

    @Override
    public NDArray[] eigh(NDArray a, NDArray b, EighPlan plan) {
        return wrapAll(CpuDecompositions.eigh(backend.host(a, "a"), b == null ? null : backend.host(b, "b"), plan));
    }

    @Override
    public NDArray norm(NDArray a, NormPlan plan) {
        return backend.wrap(CpuNorms.compute(backend.threads(), backend.host(a, "a"), plan));
    }

    @Override
    public NDArray[] lstsq(NDArray a, NDArray b, double cond, LstsqDriver driver) {
        return wrapAll(CpuLeastSquares.lstsq(backend.host(a, "a"), backend.host(b, "b"), cond, driver));
    }

    @Override
    public NDArray pinv(NDArray a, double atol, double rtol) {
        int m = a.shape(0);
        int n = a.shape(1);
        DType t = a.dtype();
        boolean complex = t.isComplex();
        double eps = t == DType.FLOAT32 || t == DType.COMPLEX64 ? Math.ulp(1.0f) : Math.ulp(1.0);
        // A complex a through its real form [[Re, -Im], [Im, Re]], whose pseudo-inverse is the real
        // form of a's (singular values a's, each twice, so the same cut keeps the same ones).
        int rm = complex ? 2 * m : m;
        int rn = complex ? 2 * n : n;
        double[] d = complex ? realForm(finite("pinv", CpuComplexSolvers.interleaved(backend.host(a, "a"))), m, n)
                : finite("pinv", doubles(a));
        CompactSvd svd = compactSvd(d, rm, rn);
        double at = Double.isNaN(atol) ? 0 : atol;
        double rt = Double.isNaN(rtol) ? Math.max(m, n) * eps : rtol;
        int r = svd.rank(at + rt * svd.largest());
        // pinv = V_r diag(1/s_r) U_r^T, n x m: the pseudo-solve of the identity.
        double[] p = svd.pseudoSolve(identity(rm), rm, r);
        if (!complex) {
            return out(p, t, n, m);
        }
        // The left blocks of the real form's pseudo-inverse (2n x 2m) are Re and Im of a's.
        double[] z = new double[2 * n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                z[2 * (i * m + j)] = p[i * rm + j];
                z[2 * (i * m + j) + 1] = p[(n + i) * rm + j];
            }
        }
        return backend.wrap(CpuComplexSolvers.complex(z, t, n, m));
    }

    /** The real 2m x 2n form [[Re, -Im], [Im, Re]] of an interleaved complex m x n matrix, row-major. */
    private static double[] realForm(double[] z, int m, int n) {
        double[] r = new double[4 * m * n];
        int w = 2 * n;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                r[i * w + j] = z[2 * (i * n + j)];
                r[i * w + n + j] = -z[2 * (i * n + j) + 1];
                r[(m + i) * w + j] = z[2 * (i * n + j) + 1];
                r[(m + i) * w + n + j] = z[2 * (i * n + j)];
            }
        }
        return r;
    }

    @Override
    public NDArray[] schur(NDArray a, EigenvalueSelector sort) {
        return wrapAll(CpuDecompositions.schur(backend.host(a, "a"), sort));
    }

    @Override
    public NDArray[] eig(NDArray a, NDArray b, boolean left, boolean right, boolean homogeneous) {
        return wrapAll(CpuDecompositions.eig(backend.host(a, "a"), b == null ? null : backend.host(b, "b"), left, right,
                homogeneous));
    }

    /** A thin SVD with singular values descending: U m x k, s, V n x k (row-major). */
    private static final class CompactSvd {
        final int m;
        final int n;
        final int k;
        final double[] u;
        final double[] s;
        final double[] v;

        CompactSvd(int m, int n, double[] u, double[] s, double[] v) {
            this.m = m;
            this.n = n;
            this.k = s.length;
            this.u = u;
            this.s = s;
            this.v = v;
        }

        double largest() {
            return k == 0 ? 0 : s[0];
        }

        int rank(double cutoff) {
            int r = 0;
            while (r < k && s[r] > cutoff) {
                r++;
            }
            return r;
        }

        /** V_r diag(1/s_r) U_r^T b for b m x cols: n x cols. */
        double[] pseudoSolve(double[] b, int cols, int r) {
            double[] y = new double[r * cols];
            for (int i = 0; i < r; i++) {
                for (int p = 0; p < m; p++) {
                    double f = u[p * k + i];
                    for (int c = 0; c < cols; c++) {
                        y[i * cols + c] += f * b[p * cols + c];
                    }
                }
                for (int c = 0; c < cols; c++) {
                    y[i * cols + c] /= s[i];
                }
            }
            double[] x = new double[n * cols];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < r; i++) {
                    double f = v[j * k + i];
                    for (int c = 0; c < cols; c++) {
                        x[j * cols + c] += f * y[i * cols + c];
                    }
                }
            }
            return x;
        }
    }

    /** SciPy's pinv takes svd(a, full_matrices=False): gesdd with jobz 'S'; lstsq's rank cut is the same on it. */
    private static CompactSvd compactSvd(double[] a, int m, int n) {
        int k = Math.min(m, n);
        if (k == 0) {
            return new CompactSvd(m, n, new double[0], new double[0], new double[0]);
        }
        double[][] usv = CpuLapack.gesdd(a, m, n, false, true, false);
        // V (n x k) is Vh (k x n) transposed.
        double[] v = new double[n * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                v[j * k + i] = usv[2][i * n + j];
            }
        }
        return new CompactSvd(m, n, usv[0], usv[1], v);
    }

    @Override
    public NDArray[] solveBatched(NDArray a, NDArray b, int n, int k) {
        return wrapAll(CpuBatchedSolve.solve(backend.threads(), backend.host(a, "a"), backend.host(b, "b"), n, k));
    }

    @Override
    public NDArray[] invBatched(NDArray a, int n) {
        return wrapAll(CpuBatchedSolve.solve(backend.threads(), backend.host(a, "a"), null, n, n));
    }

    @Override
    public NDArray[] choleskyBatched(NDArray a, int n, boolean lower) {
        return wrapAll(CpuBatchedSolve.cholesky(backend.threads(), backend.host(a, "a"), n, lower));
    }

    private NDArray[] wrapAll(HostArray[] hs) {
        NDArray[] out = new NDArray[hs.length];
        for (int i = 0; i < hs.length; i++) {
            out[i] = hs[i] == null ? null : backend.wrap(hs[i]);
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private CpuLu factorSquare(NDArray a) {
        CpuLu lu = factorSquareAllowSingular(a);
        if (lu.firstZeroPivot >= 0) {
            throw singular(lu);
        }
        return lu;
    }

    private CpuLu factorSquareAllowSingular(NDArray a) {
        int n = a.shape(0);
        return CpuLu.factor(doubles(a), n, n);
    }

    private static LinAlgException singular(CpuLu lu) {
        return new LinAlgException("singular matrix: U[" + lu.firstZeroPivot + ", " + lu.firstZeroPivot
                + "] of its LU factorisation is exactly zero");
    }

    /**
     * SciPy checks these inputs for infs and NaNs (check_finite=True) before LAPACK sees them, and
     * LAPACK's iterations are not defined on them.
     */
    private static double[] finite(String op, double[] d) {
        for (double v : d) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(op + ": a: array must not contain infs or NaNs");
            }
        }
        return d;
    }

    private static double[] identity(int n) {
        double[] x = new double[n * n];
        for (int i = 0; i < n; i++) {
            x[i * n + i] = 1;
        }
        return x;
    }

    /** A fresh double copy of a real array of this backend. */
    private double[] doubles(NDArray a) {
        HostArray h = backend.host(a, "a");
        return h.dtype() == DType.FLOAT64 ? ((double[]) h.data()).clone() : (double[]) h.astype(DType.FLOAT64).data();
    }

    private NDArray out(double[] values, DType t, int... shape) {
        int size = 1;
        for (int s : shape) {
            size *= s;
        }
        double[] v = values.length == size ? values : Arrays.copyOf(values, size);
        return backend.wrap(HostArray.fromDoubles(v, t, shape));
    }
}
