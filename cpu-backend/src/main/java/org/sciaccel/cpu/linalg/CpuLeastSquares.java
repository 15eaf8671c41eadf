package org.sciaccel.cpu.linalg;

import org.netlib.util.intW;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.LinAlgException;
import org.sciaccel.linalg.LstsqDriver;

/**
 * {@code scipy.linalg.lstsq} by the LAPACK driver SciPy calls (gelsd, gelss, gelsy; the s* routines
 * for float32), with SciPy's arguments, workspace queries and reading of the results. A complex
 * problem (complex64, complex128) is solved as the real one of twice the size,
 * [[Re a, -Im a], [Im a, Re a]] [Re x; Im x] = [Re b; Im b], which has the same minimum-norm
 * solution and residual and whose singular values are a's, each twice. complex64 solves that
 * embedding in double precision (with float32's default cond) and rounds the results to float32.
 */
final class CpuLeastSquares {
    private CpuLeastSquares() {
    }

    /** {x, residues, rank (int32, shape ()), s (null for gelsy)}. */
    static HostArray[] lstsq(HostArray a, HostArray b, double cond, LstsqDriver driver) {
        int m = a.shape()[0];
        int n = a.shape()[1];
        int k = b.ndim() == 2 ? b.shape()[1] : 1;
        DType t = a.dtype();
        boolean complex = t.isComplex();
        boolean single = t == DType.FLOAT32 || t == DType.COMPLEX64;
        DType real = single ? DType.FLOAT32 : DType.FLOAT64;
        int[] xShape = b.ndim() == 2 ? new int[] {n, k} : new int[] {n};
        if (m == 0 || n == 0) {
            return empty(b, t, real, m, n, k, xShape);
        }
        double[] av;
        double[] bv;
        int rm = m;
        int rn = n;
        if (complex) {
            av = embed(finite(CpuComplexSolvers.interleaved(a)), m, n);
            bv = stack(finite(CpuComplexSolvers.interleaved(b)), m, k);
            rm = 2 * m;
            rn = 2 * n;
        } else {
            av = finite(a.toDoubles());
            bv = finite(b.toDoubles());
        }
        double rcond = Double.isNaN(cond) ? (single ? Math.ulp(1.0f) : Math.ulp(1.0)) : cond;
        // complex64 runs the double routine on its real embedding and rounds: the embedding's float
        // rounding is not cgelsd's, and on a rank cut-off (cond) it strayed from SciPy's answer by
        // more than float32's tolerance, where the double solution stays within SciPy's own error.
        Driven r = run(driver, av, rm, rn, bv, k, rcond, t == DType.FLOAT32);
        int rank = complex ? (r.rank + 1) / 2 : r.rank;
        // x is the top rn rows of LAPACK's b; below them (m > n, full rank) the residual's coordinates.
        double[] x = new double[(complex ? 2 : 1) * n * k];
        double[] res = new double[k];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < rn; i++) {
                double v = r.b[c * r.ldb + i];
                if (complex) {
                    x[2 * ((i % n) * k + c) + i / n] = v;
                } else {
                    x[i * k + c] = v;
                }
            }
            for (int i = rn; i < rm; i++) {
                double v = r.b[c * r.ldb + i];
                res[c] += v * v;
            }
        }
        HostArray xOut = complex ? CpuComplexSolvers.complex(x, t, xShape) : HostArray.fromDoubles(x, t, xShape);
        HostArray residues;
        if (m > n && rank == n && driver != LstsqDriver.GELSY) {
            residues = b.ndim() == 2 ? HostArray.fromDoubles(res, real, k) : HostArray.fromDoubles(res, real);
        } else {
            // SciPy's np.asarray([], dtype=x.dtype): complex for complex x.
            residues = HostArray.zeros(t, 0);
        }
        HostArray s = null;
        if (r.s != null) {
            int kk = Math.min(m, n);
            double[] sv = new double[kk];
            for (int i = 0; i < kk; i++) {
                sv[i] = r.s[complex ? 2 * i : i];
            }
            s = HostArray.fromDoubles(sv, real, kk);
        }
        return new HostArray[] {xOut, residues, new HostArray(DType.INT32, new int[0], new int[] {rank}), s};
    }

    /** SciPy's answer for a problem without rows or columns, which it does not pass to LAPACK. */
    private static HostArray[] empty(HostArray b, DType t, DType real, int m, int n, int k, int[] xShape) {
        HostArray residues;
        if (n == 0) {
            // np.linalg.norm(b, axis=0)**2: the squared norm of each column (zero without rows).
            double[] bv = b.dtype().isComplex() ? CpuComplexSolvers.interleaved(b) : b.toDoubles();
            int per = b.dtype().isComplex() ? 2 : 1;
            double[] r = new double[k];
            for (int i = 0; i < m; i++) {
                for (int c = 0; c < k; c++) {
                    for (int p = 0; p < per; p++) {
                        double v = bv[per * (i * k + c) + p];
                        r[c] += v * v;
                    }
                }
            }
            residues = b.ndim() == 2 ? HostArray.fromDoubles(r, real, k) : HostArray.fromDoubles(r, real);
        } else {
            residues = HostArray.zeros(DType.FLOAT64, 0);
        }
        return new HostArray[] {HostArray.zeros(t, xShape), residues, new HostArray(DType.INT32, new int[0], new int[] {0}),
                HostArray.zeros(DType.FLOAT64, 0)};
    }

    /** LAPACK's outputs: b (column-major, leading dimension ldb), rank, s (null for gelsy). */
    private static final class Driven {
        double[] b;
        int ldb;
        int rank;
        double[] s;
    }

    private static Driven run(LstsqDriver driver, double[] a, int m, int n, double[] b, int k, double rcond, boolean single) {
        int lda = Math.max(1, m);
        int ldb = Math.max(1, Math.max(m, n));
        double[] ca = CpuLapack.colMajor(a, m, n);
        double[] cb = new double[ldb * k];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < k; c++) {
                cb[c * ldb + i] = b[i * k + c];
            }
        }
        int minmn = Math.min(m, n);
        intW rank = new intW(0);
        intW info = new intW(0);
        Driven d = new Driven();
        d.ldb = ldb;
        if (single) {
            float[] fa = CpuLapack.toFloat(ca);
            float[] fb = CpuLapack.toFloat(cb);
            float[] fs = new float[Math.max(1, minmn)];
            float rc = (float) rcond;
            float[] q = new float[1];
            switch (driver) {
                case GELSD: {
                    int[] iq = new int[1];
                    CpuLapack.L.sgelsd(m, n, k, fa, lda, fb, ldb, fs, rc, rank, q, -1, iq, info);
                    float[] work = new float[work(q[0])];
                    CpuLapack.L.sgelsd(m, n, k, fa, lda, fb, ldb, fs, rc, rank, work, work.length,
                            new int[gelsdIwork(iq[0], minmn)], info);
                    break;
                }
                case GELSS: {
                    CpuLapack.L.sgelss(m, n, k, fa, lda, fb, ldb, fs, rc, rank, q, -1, info);
                    float[] work = new float[work(q[0])];
                    CpuLapack.L.sgelss(m, n, k, fa, lda, fb, ldb, fs, rc, rank, work, work.length, info);
                    break;
                }
                default: {
                    int[] jpvt = new int[Math.max(1, n)];
                    CpuLapack.L.sgelsy(m, n, k, fa, lda, fb, ldb, jpvt, rc, rank, q, -1, info);
                    float[] work = new float[work(q[0])];
                    CpuLapack.L.sgelsy(m, n, k, fa, lda, fb, ldb, jpvt, rc, rank, work, work.length, info);
                    fs = null;
                }
            }
            d.b = CpuLapack.toDouble(fb);
            d.s = fs == null ? null : CpuLapack.toDouble(fs);
        } else {
            double[] s = new double[Math.max(1, minmn)];
            double[] q = new double[1];
            switch (driver) {
                case GELSD: {
                    int[] iq = new int[1];
                    CpuLapack.L.dgelsd(m, n, k, ca, lda, cb, ldb, s, rcond, rank, q, -1, iq, info);
                    double[] work = new double[work(q[0])];
                    CpuLapack.L.dgelsd(m, n, k, ca, lda, cb, ldb, s, rcond, rank, work, work.length,
                            new int[gelsdIwork(iq[0], minmn)], info);
                    break;
                }
                case GELSS: {
                    CpuLapack.L.dgelss(m, n, k, ca, lda, cb, ldb, s, rcond, rank, q, -1, info);
                    double[] work = new double[work(q[0])];
                    CpuLapack.L.dgelss(m, n, k, ca, lda, cb, ldb, s, rcond, rank, work, work.length, info);
                    break;
                }
                default: {
                    int[] jpvt = new int[Math.max(1, n)];
                    CpuLapack.L.dgelsy(m, n, k, ca, lda, cb, ldb, jpvt, rcond, rank, q, -1, info);
                    double[] work = new double[work(q[0])];
                    CpuLapack.L.dgelsy(m, n, k, ca, lda, cb, ldb, jpvt, rcond, rank, work, work.length, info);
                    s = null;
                }
            }
            d.b = cb;
            d.s = s;
        }
        if (info.val < 0) {
            throw new IllegalArgumentException("lstsq: illegal value in " + (-info.val) + "-th argument of internal "
                    + driver.scipyName());
        }
        if (info.val > 0) {
            throw new LinAlgException("SVD did not converge in Linear Least Squares");
        }
        d.rank = rank.val;
        return d;
    }

    /**
     * gelsd's integer workspace: the query's answer where the LAPACK gives one, else the size its
     * documentation states, 3 * minmn * nlvl + 11 * minmn with nlvl from the subproblem size 25.
     */
    private static int gelsdIwork(int queried, int minmn) {
        int nlvl = Math.max(0, (int) (Math.log(minmn / 26.0) / Math.log(2)) + 1);
        return Math.max(1, Math.max(queried, 3 * minmn * nlvl + 11 * minmn));
    }

    private static int work(double query) {
        return Math.max(1, (int) Math.ceil(query));
    }

    /** The real 2m x 2n form [[Re, -Im], [Im, Re]] of an interleaved complex m x n matrix, row-major. */
    private static double[] embed(double[] z, int m, int n) {
        double[] r = new double[4 * m * n];
        int w = 2 * n;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double re = z[2 * (i * n + j)];
                double im = z[2 * (i * n + j) + 1];
                r[i * w + j] = re;
                r[i * w + n + j] = -im;
                r[(m + i) * w + j] = im;
                r[(m + i) * w + n + j] = re;
            }
        }
        return r;
    }

    /** [Re b; Im b] (2m x k, row-major) of an interleaved complex m x k b. */
    private static double[] stack(double[] z, int m, int k) {
        double[] r = new double[2 * m * k];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < k; c++) {
                r[i * k + c] = z[2 * (i * k + c)];
                r[(m + i) * k + c] = z[2 * (i * k + c) + 1];
            }
        }
        return r;
    }

    private static double[] finite(double[] d) {
        for (double v : d) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("lstsq: array must not contain infs or NaNs");
            }
        }
        return d;
    }
}
