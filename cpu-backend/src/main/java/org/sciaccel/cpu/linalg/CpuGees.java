package org.sciaccel.cpu.linalg;

import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.intW;
import org.sciaccel.LinAlgException;

/**
 * SciPy's schur (output 'real', no sorting): LAPACK's dgees/sgees with jobvs='V', sort='N', and
 * the optimal workspace of its query, as SciPy calls it. The JNI binding does not implement gees
 * (it takes a selection callback), so the steps of gees without sorting run here one by one on
 * the same LAPACK as the other decompositions: permuting balance (gebal 'P'), Hessenberg reduction
 * (gehrd) and its orthogonal factor (orghr), the Schur factorisation (hseqr 'S', 'V') and the
 * back-permutation of the Schur vectors (gebak), each with the share of gees's workspace gees
 * gives it, so that blocking, and with it rounding, is gees's. Only a matrix whose largest entry
 * is so small or large that gees scales it first (below sqrt(safe minimum) / eps or above its
 * reciprocal) goes to the Java translation's gees, which scales and unscales as gees does.
 * Input and output row-major; {@code single} runs the s* routines on float copies.
 */
final class CpuGees {
    private static final LAPACK L = CpuLapack.L;
    private static final LAPACK JAVA = JavaLAPACK.getInstance();

    private CpuGees() {
    }

    /** The selection callback the Java translation's gees looks up by reflection; with sort='N' it is never called. */
    private static final class NoSort {
        @SuppressWarnings("unused")
        boolean select(double re, double im) {
            return false;
        }
    }

    /** {T, Z} row-major with a = Z T Z^T. */
    static double[][] gees(double[] a, int n, boolean single) {
        if (n == 0) {
            return new double[][] {new double[0], new double[0]};
        }
        double[][] tz = single ? single(CpuLapack.toFloat(CpuLapack.colMajor(a, n, n)), n) : dbl(CpuLapack.colMajor(a, n, n), n);
        return new double[][] {CpuLapack.rowMajor(tz[0], n, n, n), CpuLapack.rowMajor(tz[1], n, n, n)};
    }

    private static double[][] dbl(double[] t, int n) {
        intW info = new intW(0);
        double[] wr = new double[n];
        double[] wi = new double[n];
        double[] z = new double[n * n];
        double small = Math.sqrt(L.dlamch("S")) / L.dlamch("P");
        double anrm = L.dlange("M", n, n, t, n, new double[1]);
        if ((anrm > 0 && anrm < small) || anrm > 1 / small) {
            intW sdim = new intW(0);
            boolean[] bwork = new boolean[n];
            double[] q = new double[1];
            JAVA.dgees("V", "N", new NoSort(), n, t, n, sdim, wr, wi, z, n, q, -1, bwork, info);
            double[] work = new double[Math.max(3 * n, (int) q[0])];
            JAVA.dgees("V", "N", new NoSort(), n, t, n, sdim, wr, wi, z, n, work, work.length, bwork, info);
            check(info);
            return new double[][] {t, z};
        }
        // gees's workspace query: the largest of gehrd's, orghr's and hseqr's needs.
        double[] q = new double[1];
        L.dhseqr("S", "V", n, 1, n, t, n, wr, wi, z, n, q, -1, info);
        int lwork = lwork("D", n, (int) q[0]);
        double[] work = new double[lwork];
        intW ilo = new intW(0);
        intW ihi = new intW(0);
        double[] scale = new double[n];
        L.dgebal("P", n, t, n, ilo, ihi, scale, info);
        double[] tau = new double[Math.max(1, n - 1)];
        L.dgehrd(n, ilo.val, ihi.val, t, n, tau, work, lwork - 2 * n, info);
        System.arraycopy(t, 0, z, 0, n * n);
        L.dorghr(n, ilo.val, ihi.val, z, n, tau, work, lwork - 2 * n, info);
        L.dhseqr("S", "V", n, ilo.val, ihi.val, t, n, wr, wi, z, n, work, lwork - n, info);
        check(info);
        L.dgebak("P", "R", n, ilo.val, ihi.val, scale, n, z, n, new intW(0));
        return new double[][] {t, z};
    }

    private static double[][] single(float[] t, int n) {
        intW info = new intW(0);
        float[] wr = new float[n];
        float[] wi = new float[n];
        float[] z = new float[n * n];
        float small = (float) Math.sqrt(L.slamch("S")) / L.slamch("P");
        float anrm = L.slange("M", n, n, t, n, new float[1]);
        if ((anrm > 0 && anrm < small) || anrm > 1 / small) {
            intW sdim = new intW(0);
            boolean[] bwork = new boolean[n];
            float[] q = new float[1];
            JAVA.sgees("V", "N", new NoSort(), n, t, n, sdim, wr, wi, z, n, q, -1, bwork, info);
            float[] work = new float[Math.max(3 * n, (int) q[0])];
            JAVA.sgees("V", "N", new NoSort(), n, t, n, sdim, wr, wi, z, n, work, work.length, bwork, info);
            check(info);
            return new double[][] {CpuLapack.toDouble(t), CpuLapack.toDouble(z)};
        }
        float[] q = new float[1];
        L.shseqr("S", "V", n, 1, n, t, n, wr, wi, z, n, q, -1, info);
        int lwork = lwork("S", n, (int) q[0]);
        float[] work = new float[lwork];
        intW ilo = new intW(0);
        intW ihi = new intW(0);
        float[] scale = new float[n];
        L.sgebal("P", n, t, n, ilo, ihi, scale, info);
        float[] tau = new float[Math.max(1, n - 1)];
        L.sgehrd(n, ilo.val, ihi.val, t, n, tau, work, lwork - 2 * n, info);
        System.arraycopy(t, 0, z, 0, n * n);
        L.sorghr(n, ilo.val, ihi.val, z, n, tau, work, lwork - 2 * n, info);
        L.shseqr("S", "V", n, ilo.val, ihi.val, t, n, wr, wi, z, n, work, lwork - n, info);
        check(info);
        L.sgebak("P", "R", n, ilo.val, ihi.val, scale, n, z, n, new intW(0));
        return new double[][] {CpuLapack.toDouble(t), CpuLapack.toDouble(z)};
    }

    /** gees's optimal workspace (its query with jobvs='V'), from hseqr's optimal {@code hswork}. */
    private static int lwork(String p, int n, int hswork) {
        int maxwrk = 2 * n + n * L.ilaenv(1, p + "GEHRD", " ", n, 1, n, 0);
        maxwrk = Math.max(maxwrk, 2 * n + (n - 1) * L.ilaenv(1, p + "ORGHR", " ", n, 1, n, -1));
        maxwrk = Math.max(maxwrk, n + hswork);
        return Math.max(maxwrk, 3 * n);
    }

    private static void check(intW info) {
        if (info.val < 0) {
            throw new IllegalStateException("LAPACK gees: illegal value of argument " + (-info.val));
        }
        if (info.val > 0) {
            throw new LinAlgException("Schur form not found. Possibly ill-conditioned.");
        }
    }
}
