package org.sciaccel.cpu.linalg;

import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.doubleW;
import org.netlib.util.intW;
import org.sciaccel.LinAlgException;
import org.sciaccel.linalg.EigenvalueSelector;

/**
 * SciPy's schur of a real matrix (output 'real'): LAPACK's dgees/sgees with jobvs='V' and the
 * optimal workspace of its query, as SciPy calls it, sorted or not. The JNI binding does not
 * implement gees (it takes a selection callback), so the steps of gees run here one by one on the
 * same LAPACK as the other decompositions: permuting balance (gebal 'P'), Hessenberg reduction
 * (gehrd) and its orthogonal factor (orghr), the Schur factorisation (hseqr 'S', 'V'), with a sort
 * the reordering of the selected eigenvalues to the leading block (trsen, the selector evaluated on
 * hseqr's (wr, wi)), the back-permutation of the Schur vectors (gebak) and gees's final check that
 * the leading eigenvalues still satisfy the sort, which counts sdim. Each step gets the share of
 * gees's workspace gees gives it, so that blocking, and with it rounding, is gees's. Only a matrix
 * whose largest entry is so small or large that gees scales it first (below sqrt(safe minimum) /
 * eps or above its reciprocal) goes to the Java translation's gees, which scales and unscales as
 * gees does. Input and output row-major; {@code single} runs the s* routines on float copies.
 */
final class CpuGees {
    private static final LAPACK L = CpuLapack.L;
    private static final LAPACK JAVA = JavaLAPACK.getInstance();

    private CpuGees() {
    }

    /** The selector of the gees running on this thread, which the Java translation's callback reads. */
    private static final ThreadLocal<EigenvalueSelector> SELECTING = new ThreadLocal<>();

    /**
     * The selection callback the Java translation's dgees calls by reflection: its one declared
     * method, invoked without an instance (so static) with the eigenvalue's real and imaginary parts;
     * public, as reflection requires. The selector is the calling thread's ({@link #SELECTING}).
     */
    public static final class DoubleSelect {
        private DoubleSelect() {
        }

        /** gees's SELECT(WR, WI). */
        public static boolean select(double re, double im) {
            EigenvalueSelector s = SELECTING.get();
            return s != null && s.select(re, im);
        }
    }

    /** {@link DoubleSelect} for sgees. */
    public static final class FloatSelect {
        private FloatSelect() {
        }

        /** gees's SELECT(WR, WI). */
        public static boolean select(float re, float im) {
            EigenvalueSelector s = SELECTING.get();
            return s != null && s.select(re, im);
        }
    }

    /** gees's results: T, Z row-major (a = Z T Z^T) and sdim (-1 without a selector). */
    static final class Result {
        final double[] t;
        final double[] z;
        final int sdim;

        Result(double[] t, double[] z, int sdim) {
            this.t = t;
            this.z = z;
            this.sdim = sdim;
        }
    }

    /** {T, Z} row-major with a = Z T Z^T, sorted by {@code select} when it is not null. */
    static Result gees(double[] a, int n, boolean single, EigenvalueSelector select) {
        if (n == 0) {
            return new Result(new double[0], new double[0], select == null ? -1 : 0);
        }
        double[] cm = CpuLapack.colMajor(a, n, n);
        Result r = single ? single(CpuLapack.toFloat(cm), n, select) : dbl(cm, n, select);
        return new Result(CpuLapack.rowMajor(r.t, n, n, n), CpuLapack.rowMajor(r.z, n, n, n), r.sdim);
    }

    private static Result dbl(double[] t, int n, EigenvalueSelector select) {
        intW info = new intW(0);
        double[] wr = new double[n];
        double[] wi = new double[n];
        double[] z = new double[n * n];
        String sort = select == null ? "N" : "S";
        double small = Math.sqrt(L.dlamch("S")) / L.dlamch("P");
        double anrm = L.dlange("M", n, n, t, n, new double[1]);
        if ((anrm > 0 && anrm < small) || anrm > 1 / small) {
            intW sdim = new intW(0);
            boolean[] bwork = new boolean[n];
            double[] q = new double[1];
            SELECTING.set(select);
            try {
                JAVA.dgees("V", sort, new DoubleSelect(), n, t, n, sdim, wr, wi, z, n, q, -1, bwork, info);
                double[] work = new double[Math.max(3 * n, (int) q[0])];
                JAVA.dgees("V", sort, new DoubleSelect(), n, t, n, sdim, wr, wi, z, n, work, work.length, bwork, info);
            } finally {
                SELECTING.remove();
            }
            check(info, n);
            return new Result(t, z, select == null ? -1 : sdim.val);
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
        check(info, n);
        int gi = 0;
        if (select != null) {
            boolean[] bwork = new boolean[n];
            for (int i = 0; i < n; i++) {
                bwork[i] = select.select(wr[i], wi[i]);
            }
            intW m = new intW(0);
            intW icond = new intW(0);
            L.dtrsen("N", "V", bwork, n, t, n, z, n, wr, wi, m, new doubleW(0), new doubleW(0), work, lwork - n,
                    new int[1], 1, icond);
            gi = icond.val > 0 ? n + icond.val : 0;
        }
        L.dgebak("P", "R", n, ilo.val, ihi.val, scale, n, z, n, new intW(0));
        return finish(t, z, wr, wi, n, select, gi);
    }

    private static Result single(float[] t, int n, EigenvalueSelector select) {
        intW info = new intW(0);
        float[] wr = new float[n];
        float[] wi = new float[n];
        float[] z = new float[n * n];
        String sort = select == null ? "N" : "S";
        float small = (float) Math.sqrt(L.slamch("S")) / L.slamch("P");
        float anrm = L.slange("M", n, n, t, n, new float[1]);
        if ((anrm > 0 && anrm < small) || anrm > 1 / small) {
            intW sdim = new intW(0);
            boolean[] bwork = new boolean[n];
            float[] q = new float[1];
            SELECTING.set(select);
            try {
                JAVA.sgees("V", sort, new FloatSelect(), n, t, n, sdim, wr, wi, z, n, q, -1, bwork, info);
                float[] work = new float[Math.max(3 * n, (int) q[0])];
                JAVA.sgees("V", sort, new FloatSelect(), n, t, n, sdim, wr, wi, z, n, work, work.length, bwork, info);
            } finally {
                SELECTING.remove();
            }
            check(info, n);
            return new Result(CpuLapack.toDouble(t), CpuLapack.toDouble(z), select == null ? -1 : sdim.val);
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
        check(info, n);
        int gi = 0;
        if (select != null) {
            boolean[] bwork = new boolean[n];
            for (int i = 0; i < n; i++) {
                bwork[i] = select.select(wr[i], wi[i]);
            }
            intW m = new intW(0);
            intW icond = new intW(0);
            L.strsen("N", "V", bwork, n, t, n, z, n, wr, wi, m, new org.netlib.util.floatW(0),
                    new org.netlib.util.floatW(0), work, lwork - n, new int[1], 1, icond);
            gi = icond.val > 0 ? n + icond.val : 0;
        }
        L.sgebak("P", "R", n, ilo.val, ihi.val, scale, n, z, n, new intW(0));
        return finish(CpuLapack.toDouble(t), CpuLapack.toDouble(z), CpuLapack.toDouble(wr), CpuLapack.toDouble(wi), n,
                select, gi);
    }

    /**
     * gees's end: without a selector nothing; with one, its check that every selected eigenvalue
     * precedes every other (a conjugate pair counts as selected if either part is), which counts sdim
     * and fails with info n + 2; info n + 1 (from trsen) means the reordering itself failed.
     */
    private static Result finish(double[] t, double[] z, double[] wr, double[] wi, int n, EigenvalueSelector select,
            int info) {
        if (select == null) {
            return new Result(t, z, -1);
        }
        boolean lastsl = true;
        boolean lst2sl = true;
        int sdim = 0;
        int ip = 0;
        for (int i = 0; i < n; i++) {
            boolean cursl = select.select(wr[i], wi[i]);
            if (wi[i] == 0) {
                if (cursl) {
                    sdim++;
                }
                ip = 0;
                if (cursl && !lastsl) {
                    info = n + 2;
                }
            } else if (ip == 1) {
                // the second eigenvalue of a conjugate pair
                cursl = cursl || lastsl;
                lastsl = cursl;
                if (cursl) {
                    sdim += 2;
                }
                ip = -1;
                if (cursl && !lst2sl) {
                    info = n + 2;
                }
            } else {
                ip = 1;
            }
            lst2sl = lastsl;
            lastsl = cursl;
        }
        check(new intW(info), n);
        return new Result(t, z, sdim);
    }

    /** gees's optimal workspace (its query with jobvs='V'), from hseqr's optimal {@code hswork}. */
    private static int lwork(String p, int n, int hswork) {
        int maxwrk = 2 * n + n * L.ilaenv(1, p + "GEHRD", " ", n, 1, n, 0);
        maxwrk = Math.max(maxwrk, 2 * n + (n - 1) * L.ilaenv(1, p + "ORGHR", " ", n, 1, n, -1));
        maxwrk = Math.max(maxwrk, n + hswork);
        return Math.max(maxwrk, 3 * n);
    }

    /** gees's info as SciPy's schur reports it. */
    private static void check(intW info, int n) {
        if (info.val < 0) {
            throw new IllegalStateException("LAPACK gees: illegal value of argument " + (-info.val));
        }
        if (info.val == n + 1) {
            throw new LinAlgException("Eigenvalues could not be separated for reordering.");
        }
        if (info.val == n + 2) {
            throw new LinAlgException("Leading eigenvalues do not satisfy sort condition.");
        }
        if (info.val > 0) {
            throw new LinAlgException("Schur form not found. Possibly ill-conditioned.");
        }
    }
}
