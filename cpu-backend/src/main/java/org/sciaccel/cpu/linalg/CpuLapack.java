package org.sciaccel.cpu.linalg;

import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.intW;
import org.sciaccel.LinAlgException;

/**
 * The decompositions whose answers are not unique (orders of eigenvalues, signs of vectors), by
 * the LAPACK routines SciPy calls, with SciPy's arguments: geev (eig, eigvals), ggev (their
 * generalized problems), geqrf + orgqr (qr), geqp3 (qr with pivoting), gesdd and gesvd (svd,
 * svdvals) and syevr (eigh; its other drivers are in {@link CpuSymmetricEigen}). Only the same
 * routines give the same choices, so these are not reimplemented here. LAPACK is the machine's
 * through JNI when there is one, otherwise dev.ludovic.netlib's Java translation of reference LAPACK.
 *
 * <p>Inputs and outputs are row-major double arrays; LAPACK works on column-major copies. With
 * {@code single} the s* routine runs on float copies, as SciPy runs sgeev etc. for float32 input,
 * and the results are its float values widened exactly (rounding them back to float32 is exact).
 * The workspace sizes are LAPACK's optimal ones from a workspace query, as SciPy's are, since the
 * blocking and the algorithm path taken depend on them.
 */
final class CpuLapack {
    /**
     * The LAPACK every decomposition here uses: the machine's through JNI when it loads, otherwise
     * the Java translation; {@code -Dsciaccel.cpu.lapack=java} forces the Java translation (to
     * test it, or to get the same bits on every machine).
     */
    static final LAPACK L = "java".equals(System.getProperty("sciaccel.cpu.lapack")) ? JavaLAPACK.getInstance()
            : quietly();

    /** Whether {@link #L} is the machine's LAPACK (through JNI) rather than the Java translation. */
    static final boolean NATIVE = !(L instanceof JavaLAPACK);

    /**
     * {@code LAPACK.getInstance()} without its java.util.logging warning ("Failed to load
     * implementation from: ...JNILAPACK") on a machine without liblapack: the Java translation is a
     * supported outcome, and the CLI promises one line per error, none for a success.
     */
    private static LAPACK quietly() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("dev.ludovic.netlib");
        java.util.logging.Level before = log.getLevel();
        log.setLevel(java.util.logging.Level.OFF);
        try {
            return LAPACK.getInstance();
        } finally {
            log.setLevel(before);
        }
    }

    private CpuLapack() {
    }

    /**
     * geev's results: eigenvalues (wr, wi) and, when asked for, the left and right eigenvectors
     * column-major as LAPACK packs them.
     */
    static final class Geev {
        final double[] wr;
        final double[] wi;
        final double[] vl;
        final double[] vr;

        Geev(double[] wr, double[] wi, double[] vl, double[] vr) {
            this.wr = wr;
            this.wi = wi;
            this.vl = vl;
            this.vr = vr;
        }
    }

    /** dgeev/sgeev with jobvl='V' when {@code left}, jobvr='V' when {@code right}, else 'N' (SciPy's eig and eigvals). */
    static Geev geev(double[] a, int n, boolean left, boolean right, boolean single) {
        if (n == 0) {
            return new Geev(new double[0], new double[0], left ? new double[0] : null, right ? new double[0] : null);
        }
        String jobvl = left ? "V" : "N";
        String jobvr = right ? "V" : "N";
        int ld = Math.max(1, n);
        int ldvl = left ? ld : 1;
        int ldvr = right ? ld : 1;
        intW info = new intW(0);
        if (single) {
            float[] fa = toFloat(colMajor(a, n, n));
            float[] wr = new float[n];
            float[] wi = new float[n];
            float[] vl = new float[ldvl * (left ? n : 1)];
            float[] vr = new float[ldvr * (right ? n : 1)];
            float[] q = new float[1];
            L.sgeev(jobvl, jobvr, n, fa, ld, wr, wi, vl, ldvl, vr, ldvr, q, -1, info);
            float[] work = new float[workSize(q[0], 1)];
            L.sgeev(jobvl, jobvr, n, fa, ld, wr, wi, vl, ldvl, vr, ldvr, work, work.length, info);
            checkGeev(info);
            return new Geev(toDouble(wr), toDouble(wi), left ? toDouble(vl) : null, right ? toDouble(vr) : null);
        }
        double[] da = colMajor(a, n, n);
        double[] wr = new double[n];
        double[] wi = new double[n];
        double[] vl = new double[ldvl * (left ? n : 1)];
        double[] vr = new double[ldvr * (right ? n : 1)];
        double[] q = new double[1];
        L.dgeev(jobvl, jobvr, n, da, ld, wr, wi, vl, ldvl, vr, ldvr, q, -1, info);
        double[] work = new double[workSize(q[0], 1)];
        L.dgeev(jobvl, jobvr, n, da, ld, wr, wi, vl, ldvl, vr, ldvr, work, work.length, info);
        checkGeev(info);
        return new Geev(wr, wi, left ? vl : null, right ? vr : null);
    }

    /** ggev's results: alpha = (alphar, alphai), beta, and the eigenvectors column-major (not normalised), or null. */
    static final class Ggev {
        final double[] alphar;
        final double[] alphai;
        final double[] beta;
        final double[] vl;
        final double[] vr;

        Ggev(double[] alphar, double[] alphai, double[] beta, double[] vl, double[] vr) {
            this.alphar = alphar;
            this.alphai = alphai;
            this.beta = beta;
            this.vl = vl;
            this.vr = vr;
        }
    }

    /** dggev/sggev (SciPy's generalized eig): jobvl, jobvr 'V' as asked, with the optimal workspace. */
    static Ggev ggev(double[] a, double[] b, int n, boolean left, boolean right, boolean single) {
        if (n == 0) {
            return new Ggev(new double[0], new double[0], new double[0], left ? new double[0] : null,
                    right ? new double[0] : null);
        }
        String jobvl = left ? "V" : "N";
        String jobvr = right ? "V" : "N";
        int ld = Math.max(1, n);
        int ldvl = left ? ld : 1;
        int ldvr = right ? ld : 1;
        intW info = new intW(0);
        Ggev g;
        if (single) {
            float[] fa = toFloat(colMajor(a, n, n));
            float[] fb = toFloat(colMajor(b, n, n));
            float[] ar = new float[n];
            float[] ai = new float[n];
            float[] be = new float[n];
            float[] vl = new float[ldvl * (left ? n : 1)];
            float[] vr = new float[ldvr * (right ? n : 1)];
            float[] q = new float[1];
            L.sggev(jobvl, jobvr, n, fa, ld, fb, ld, ar, ai, be, vl, ldvl, vr, ldvr, q, -1, info);
            float[] work = new float[workSize(q[0], 8 * n)];
            L.sggev(jobvl, jobvr, n, fa, ld, fb, ld, ar, ai, be, vl, ldvl, vr, ldvr, work, work.length, info);
            g = new Ggev(toDouble(ar), toDouble(ai), toDouble(be), left ? toDouble(vl) : null, right ? toDouble(vr) : null);
        } else {
            double[] da = colMajor(a, n, n);
            double[] db = colMajor(b, n, n);
            double[] ar = new double[n];
            double[] ai = new double[n];
            double[] be = new double[n];
            double[] vl = new double[ldvl * (left ? n : 1)];
            double[] vr = new double[ldvr * (right ? n : 1)];
            double[] q = new double[1];
            L.dggev(jobvl, jobvr, n, da, ld, db, ld, ar, ai, be, vl, ldvl, vr, ldvr, q, -1, info);
            double[] work = new double[workSize(q[0], 8 * n)];
            L.dggev(jobvl, jobvr, n, da, ld, db, ld, ar, ai, be, vl, ldvl, vr, ldvr, work, work.length, info);
            g = new Ggev(ar, ai, be, left ? vl : null, right ? vr : null);
        }
        illegal("ggev", info);
        if (info.val > 0) {
            throw new LinAlgException("generalized eig algorithm (ggev) did not converge (LAPACK info=" + info.val + ")");
        }
        return g;
    }

    private static void checkGeev(intW info) {
        illegal("geev", info);
        if (info.val > 0) {
            throw new LinAlgException("eig algorithm (geev) did not converge (only eigenvalues with order >= "
                    + info.val + " have converged)");
        }
    }

    /** The QR factors: Q (m x qCols, row-major, null for mode r), R (rRows x n, row-major) and the 0-based pivots (or null). */
    static final class Qr {
        final double[] q;
        final double[] r;
        final int qCols;
        final int rRows;
        final int[] jpvt;

        Qr(double[] q, int qCols, double[] r, int rRows, int[] jpvt) {
            this.q = q;
            this.qCols = qCols;
            this.r = r;
            this.rRows = rRows;
            this.jpvt = jpvt;
        }
    }

    /**
     * SciPy's qr: geqrf (geqp3 with {@code pivoting}), R its upper triangle (K x N rows in the
     * economic mode, all M rows otherwise), Q by orgqr from the reflectors: of qr[:, :M] when
     * M &lt; N, of the M x N factor in the economic mode, else of the factor padded to M x M.
     */
    static Qr qr(double[] a, int m, int n, boolean economic, boolean wantQ, boolean pivoting, boolean single) {
        int k = Math.min(m, n);
        int ld = Math.max(1, m);
        int[] jpvt = pivoting ? new int[n] : null;
        intW info = new intW(0);
        int qCols = m < n || !economic ? m : n;
        int rRows = economic ? k : m;
        if (k == 0) {
            // Nothing to factor (the binding refuses empty arrays): R is zero, Q the identity's first columns.
            double[] q = null;
            if (wantQ) {
                q = new double[m * qCols];
                for (int i = 0; i < Math.min(m, qCols); i++) {
                    q[i * qCols + i] = 1;
                }
            }
            // No column is moved (the facade refuses pivoting without rows, as SciPy's geqp3 call does).
            return new Qr(q, qCols, new double[rRows * n], rRows, pivoting ? java.util.stream.IntStream.range(0, n).toArray()
                    : null);
        }
        double[] fac;
        double[] qcm = null;
        if (single) {
            float[] f = toFloat(colMajor(a, m, n));
            float[] tau = new float[Math.max(1, k)];
            float[] q = new float[1];
            if (pivoting) {
                L.sgeqp3(m, n, f, ld, jpvt, tau, q, -1, info);
                float[] work = new float[workSize(q[0], 3 * n + 1)];
                L.sgeqp3(m, n, f, ld, jpvt, tau, work, work.length, info);
            } else {
                L.sgeqrf(m, n, f, ld, tau, q, -1, info);
                float[] work = new float[workSize(q[0], n)];
                L.sgeqrf(m, n, f, ld, tau, work, work.length, info);
            }
            illegal(pivoting ? "geqp3" : "geqrf", info);
            fac = toDouble(f);
            if (wantQ) {
                float[] g = new float[ld * qCols];
                System.arraycopy(f, 0, g, 0, ld * Math.min(n, qCols));
                L.sorgqr(m, qCols, k, g, ld, tau, q, -1, info);
                float[] work = new float[workSize(q[0], qCols)];
                L.sorgqr(m, qCols, k, g, ld, tau, work, work.length, info);
                illegal("orgqr", info);
                qcm = toDouble(g);
            }
        } else {
            double[] f = colMajor(a, m, n);
            double[] tau = new double[Math.max(1, k)];
            double[] q = new double[1];
            if (pivoting) {
                L.dgeqp3(m, n, f, ld, jpvt, tau, q, -1, info);
                double[] work = new double[workSize(q[0], 3 * n + 1)];
                L.dgeqp3(m, n, f, ld, jpvt, tau, work, work.length, info);
            } else {
                L.dgeqrf(m, n, f, ld, tau, q, -1, info);
                double[] work = new double[workSize(q[0], n)];
                L.dgeqrf(m, n, f, ld, tau, work, work.length, info);
            }
            illegal(pivoting ? "geqp3" : "geqrf", info);
            fac = f;
            if (wantQ) {
                double[] g = new double[ld * qCols];
                System.arraycopy(f, 0, g, 0, ld * Math.min(n, qCols));
                L.dorgqr(m, qCols, k, g, ld, tau, q, -1, info);
                double[] work = new double[workSize(q[0], qCols)];
                L.dorgqr(m, qCols, k, g, ld, tau, work, work.length, info);
                illegal("orgqr", info);
                qcm = g;
            }
        }
        double[] r = new double[rRows * n];
        for (int i = 0; i < rRows; i++) {
            for (int j = i; j < n; j++) {
                r[i * n + j] = fac[j * ld + i];
            }
        }
        if (jpvt != null) {
            for (int j = 0; j < n; j++) {
                jpvt[j]--;
            }
        }
        return new Qr(qcm == null ? null : rowMajor(qcm, m, qCols, ld), qCols, r, rRows, jpvt);
    }

    /**
     * SciPy's svd with lapack_driver='gesdd': jobz 'A' (full matrices), 'S' (economic) or 'N'
     * (no vectors). Returns {U (m x uCols), s, Vh (vRows x n)} row-major; U and Vh null for 'N'.
     */
    static double[][] gesdd(double[] a, int m, int n, boolean fullMatrices, boolean computeUv, boolean single) {
        int k = Math.min(m, n);
        String jobz = !computeUv ? "N" : fullMatrices ? "A" : "S";
        int ld = Math.max(1, m);
        int uCols = fullMatrices ? m : k;
        int vRows = fullMatrices ? n : k;
        int ldu = computeUv ? ld : 1;
        int ldvt = computeUv ? Math.max(1, vRows) : 1;
        int[] iwork = new int[Math.max(1, 8 * k)];
        intW info = new intW(0);
        double[] s;
        double[] u = null;
        double[] vt = null;
        if (single) {
            float[] f = toFloat(colMajor(a, m, n));
            float[] fs = new float[k];
            float[] fu = new float[computeUv ? ldu * uCols : 1];
            float[] fv = new float[computeUv ? ldvt * n : 1];
            float[] q = new float[1];
            L.sgesdd(jobz, m, n, f, ld, fs, fu, ldu, fv, ldvt, q, -1, iwork, info);
            float[] work = new float[workSize(q[0], 1)];
            L.sgesdd(jobz, m, n, f, ld, fs, fu, ldu, fv, ldvt, work, work.length, iwork, info);
            s = toDouble(fs);
            if (computeUv) {
                u = toDouble(fu);
                vt = toDouble(fv);
            }
        } else {
            double[] f = colMajor(a, m, n);
            s = new double[k];
            double[] du = new double[computeUv ? ldu * uCols : 1];
            double[] dv = new double[computeUv ? ldvt * n : 1];
            double[] q = new double[1];
            L.dgesdd(jobz, m, n, f, ld, s, du, ldu, dv, ldvt, q, -1, iwork, info);
            double[] work = new double[workSize(q[0], 1)];
            L.dgesdd(jobz, m, n, f, ld, s, du, ldu, dv, ldvt, work, work.length, iwork, info);
            u = du;
            vt = dv;
        }
        illegal("gesdd", info);
        if (info.val > 0) {
            throw new LinAlgException("SVD did not converge");
        }
        if (!computeUv) {
            return new double[][] {null, s, null};
        }
        return new double[][] {rowMajor(u, m, uCols, ldu), s, rowMajor(vt, vRows, n, ldvt)};
    }

    /**
     * SciPy's svd with lapack_driver='gesvd': jobu = jobvt = 'A' (full matrices), 'S' (economic) or
     * 'N' (no vectors). Returns {U (m x uCols), s, Vh (vRows x n)} row-major; U and Vh null for 'N'.
     */
    static double[][] gesvd(double[] a, int m, int n, boolean fullMatrices, boolean computeUv, boolean single) {
        int k = Math.min(m, n);
        String job = !computeUv ? "N" : fullMatrices ? "A" : "S";
        int ld = Math.max(1, m);
        int uCols = fullMatrices ? m : k;
        int vRows = fullMatrices ? n : k;
        int ldu = computeUv ? ld : 1;
        int ldvt = computeUv ? Math.max(1, vRows) : 1;
        intW info = new intW(0);
        double[] s;
        double[] u = null;
        double[] vt = null;
        int minWork = Math.max(3 * k + Math.max(m, n), 5 * k);
        if (single) {
            float[] f = toFloat(colMajor(a, m, n));
            float[] fs = new float[k];
            float[] fu = new float[computeUv ? ldu * uCols : 1];
            float[] fv = new float[computeUv ? ldvt * n : 1];
            float[] q = new float[1];
            L.sgesvd(job, job, m, n, f, ld, fs, fu, ldu, fv, ldvt, q, -1, info);
            float[] work = new float[workSize(q[0], minWork)];
            L.sgesvd(job, job, m, n, f, ld, fs, fu, ldu, fv, ldvt, work, work.length, info);
            s = toDouble(fs);
            if (computeUv) {
                u = toDouble(fu);
                vt = toDouble(fv);
            }
        } else {
            double[] f = colMajor(a, m, n);
            s = new double[k];
            double[] du = new double[computeUv ? ldu * uCols : 1];
            double[] dv = new double[computeUv ? ldvt * n : 1];
            double[] q = new double[1];
            L.dgesvd(job, job, m, n, f, ld, s, du, ldu, dv, ldvt, q, -1, info);
            double[] work = new double[workSize(q[0], minWork)];
            L.dgesvd(job, job, m, n, f, ld, s, du, ldu, dv, ldvt, work, work.length, info);
            u = du;
            vt = dv;
        }
        illegal("gesvd", info);
        if (info.val > 0) {
            throw new LinAlgException("SVD did not converge");
        }
        if (!computeUv) {
            return new double[][] {null, s, null};
        }
        return new double[][] {rowMajor(u, m, uCols, ldu), s, rowMajor(vt, vRows, n, ldvt)};
    }

    /**
     * SciPy's eigh (driver 'evr', all eigenvalues, abstol 0): dsyevr/ssyevr on the {@code lower}
     * (or upper) triangle. Returns {w ascending, V row-major n x n or null}.
     */
    static double[][] syevr(double[] a, int n, boolean lower, boolean vectors, boolean single) {
        String jobz = vectors ? "V" : "N";
        String uplo = lower ? "L" : "U";
        int ld = Math.max(1, n);
        int ldz = vectors ? ld : 1;
        intW found = new intW(0);
        intW info = new intW(0);
        int[] isuppz = new int[Math.max(1, 2 * n)];
        int[] iq = new int[1];
        double[] w;
        double[] z;
        if (single) {
            float[] f = toFloat(colMajor(a, n, n));
            float[] fw = new float[n];
            // The binding checks z's length as ldz * n even when no vectors are asked for.
            float[] fz = new float[ldz * n];
            float[] q = new float[1];
            L.ssyevr(jobz, "A", uplo, n, f, ld, 0f, 0f, 0, 0, 0f, found, fw, fz, ldz, isuppz, q, -1, iq, -1, info);
            float[] work = new float[workSize(q[0], 26 * n)];
            int[] iwork = new int[Math.max(1, Math.max(iq[0], 10 * n))];
            L.ssyevr(jobz, "A", uplo, n, f, ld, 0f, 0f, 0, 0, 0f, found, fw, fz, ldz, isuppz, work, work.length, iwork,
                    iwork.length, info);
            w = toDouble(fw);
            z = vectors ? toDouble(fz) : null;
        } else {
            double[] f = colMajor(a, n, n);
            w = new double[n];
            z = new double[ldz * n];
            double[] q = new double[1];
            L.dsyevr(jobz, "A", uplo, n, f, ld, 0, 0, 0, 0, 0, found, w, z, ldz, isuppz, q, -1, iq, -1, info);
            double[] work = new double[workSize(q[0], 26 * n)];
            int[] iwork = new int[Math.max(1, Math.max(iq[0], 10 * n))];
            L.dsyevr(jobz, "A", uplo, n, f, ld, 0, 0, 0, 0, 0, found, w, z, ldz, isuppz, work, work.length, iwork,
                    iwork.length, info);
            if (!vectors) {
                z = null;
            }
        }
        illegal("syevr", info);
        if (info.val > 0) {
            throw new LinAlgException("eigh: internal error of syevr (info=" + info.val + ")");
        }
        return new double[][] {w, z == null ? null : rowMajor(z, n, n, ld)};
    }

    // ---------------------------------------------------------------- helpers

    /** A negative info names an argument LAPACK refused: a bug here, never the caller's input. */
    private static void illegal(String routine, intW info) {
        if (info.val < 0) {
            throw new IllegalStateException("LAPACK " + routine + ": illegal value of argument " + (-info.val));
        }
    }

    /** The optimal workspace a query returned, at least {@code min} (and 1). */
    private static int workSize(double query, int min) {
        return Math.max(1, Math.max(min, (int) Math.ceil(query)));
    }

    /** A column-major copy (leading dimension max(1, m)) of a row-major m x n matrix. */
    static double[] colMajor(double[] a, int m, int n) {
        int ld = Math.max(1, m);
        double[] c = new double[ld * Math.max(1, n)];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[j * ld + i] = a[i * n + j];
            }
        }
        return c;
    }

    /** The row-major m x n matrix of a column-major one with leading dimension {@code ld}. */
    static double[] rowMajor(double[] c, int m, int n, int ld) {
        double[] a = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = c[j * ld + i];
            }
        }
        return a;
    }

    static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
