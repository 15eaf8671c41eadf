package org.sciaccel.cpu.linalg;

import org.netlib.util.intW;
import org.sciaccel.LinAlgException;
import org.sciaccel.linalg.EighDriver;
import org.sciaccel.linalg.EighPlan;

/**
 * SciPy's eigh of real symmetric matrices by the LAPACK driver it names, with SciPy's arguments
 * (abstol 0, LAPACK's optimal workspaces): dsyev, dsyevd, dsyevr, dsyevx and, with b, dsygv,
 * dsygvd, dsygvx. Row-major double matrices in; {w ascending (m values), v (n x m row-major) or
 * null}. LAPACK's failures become SciPy's LinAlgError messages ({@link #failure}).
 */
final class CpuSymmetricEigen {
    private CpuSymmetricEigen() {
    }

    /** eigh of a (and b for the generalized drivers) as the plan says. */
    static double[][] eigh(double[] a, double[] b, int n, EighPlan p) {
        String jobz = p.eigvalsOnly() ? "N" : "V";
        String uplo = p.lower() ? "L" : "U";
        String range = String.valueOf(p.range());
        double[] ca = CpuLapack.colMajor(a, n, n);
        double[] cb = b == null ? null : CpuLapack.colMajor(b, n, n);
        int ld = Math.max(1, n);
        double[] w = new double[n];
        intW info = new intW(0);
        intW m = new intW(n);
        double[] z = ca;
        double[] q = new double[1];
        int[] iq = new int[1];
        int il = p.il() + 1;
        int iu = p.iu() + 1;
        switch (p.driver()) {
            case EV: {
                CpuLapack.L.dsyev(jobz, uplo, n, ca, ld, w, q, -1, info);
                double[] work = new double[work(q[0], 3 * n - 1)];
                CpuLapack.L.dsyev(jobz, uplo, n, ca, ld, w, work, work.length, info);
                break;
            }
            case EVD: {
                CpuLapack.L.dsyevd(jobz, uplo, n, ca, ld, w, q, -1, iq, -1, info);
                double[] work = new double[work(q[0], 1)];
                int[] iwork = new int[Math.max(1, iq[0])];
                CpuLapack.L.dsyevd(jobz, uplo, n, ca, ld, w, work, work.length, iwork, iwork.length, info);
                break;
            }
            case EVR: {
                z = new double[ld * n];
                int[] isuppz = new int[2 * Math.max(1, n)];
                CpuLapack.L.dsyevr(jobz, range, uplo, n, ca, ld, p.vl(), p.vu(), il, iu, 0, m, w, z, ld, isuppz, q, -1, iq,
                        -1, info);
                double[] work = new double[work(q[0], 26 * n)];
                int[] iwork = new int[Math.max(1, Math.max(iq[0], 10 * n))];
                CpuLapack.L.dsyevr(jobz, range, uplo, n, ca, ld, p.vl(), p.vu(), il, iu, 0, m, w, z, ld, isuppz, work,
                        work.length, iwork, iwork.length, info);
                break;
            }
            case EVX: {
                z = new double[ld * n];
                int[] iwork = new int[5 * Math.max(1, n)];
                int[] ifail = new int[Math.max(1, n)];
                CpuLapack.L.dsyevx(jobz, range, uplo, n, ca, ld, p.vl(), p.vu(), il, iu, 0, m, w, z, ld, q, -1, iwork, ifail,
                        info);
                double[] work = new double[work(q[0], 8 * n)];
                CpuLapack.L.dsyevx(jobz, range, uplo, n, ca, ld, p.vl(), p.vu(), il, iu, 0, m, w, z, ld, work, work.length,
                        iwork, ifail, info);
                break;
            }
            case GV: {
                CpuLapack.L.dsygv(p.type(), jobz, uplo, n, ca, ld, cb, ld, w, q, -1, info);
                double[] work = new double[work(q[0], 3 * n - 1)];
                CpuLapack.L.dsygv(p.type(), jobz, uplo, n, ca, ld, cb, ld, w, work, work.length, info);
                break;
            }
            case GVD: {
                CpuLapack.L.dsygvd(p.type(), jobz, uplo, n, ca, ld, cb, ld, w, q, -1, iq, -1, info);
                double[] work = new double[work(q[0], 1)];
                int[] iwork = new int[Math.max(1, iq[0])];
                CpuLapack.L.dsygvd(p.type(), jobz, uplo, n, ca, ld, cb, ld, w, work, work.length, iwork, iwork.length,
                        info);
                break;
            }
            default: {
                z = new double[ld * n];
                int[] iwork = new int[5 * Math.max(1, n)];
                int[] ifail = new int[Math.max(1, n)];
                CpuLapack.L.dsygvx(p.type(), jobz, range, uplo, n, ca, ld, cb, ld, p.vl(), p.vu(), il, iu, 0, m, w, z, ld, q,
                        -1, iwork, ifail, info);
                double[] work = new double[work(q[0], 8 * n)];
                CpuLapack.L.dsygvx(p.type(), jobz, range, uplo, n, ca, ld, cb, ld, p.vl(), p.vu(), il, iu, 0, m, w, z, ld,
                        work, work.length, iwork, ifail, info);
                break;
            }
        }
        if (info.val < 0) {
            throw new IllegalStateException("LAPACK sy" + p.driver().scipyName() + ": illegal value of argument " + (-info.val));
        }
        if (info.val > 0) {
            throw failure(p.driver(), info.val, n, p.eigvalsOnly());
        }
        int count = m.val;
        double[] wm = java.util.Arrays.copyOf(w, count);
        return new double[][] {wm, p.eigvalsOnly() ? null : CpuLapack.rowMajor(z, n, count, ld)};
    }

    /**
     * SciPy's LinAlgError for a driver's positive info: b not positive definite (info &gt; n, the
     * generalized drivers), else the driver's own failure.
     */
    static LinAlgException failure(EighDriver driver, int info, int n, boolean eigvalsOnly) {
        if (info > n) {
            return new LinAlgException("The leading minor of order " + (info - n) + " of B is not positive definite. The "
                    + "factorization of B could not be completed and no eigenvalues or eigenvectors were computed.");
        }
        switch (driver) {
            case EV:
            case GV:
                return notConverged(info);
            case EVX:
            case GVX:
                return new LinAlgException(info + " eigenvectors failed to converge.");
            case EVD:
            case GVD:
                if (eigvalsOnly) {
                    return notConverged(info);
                }
                return new LinAlgException("The algorithm failed to compute an eigenvalue while working on the submatrix "
                        + "lying in rows and columns " + info + "/" + (n + 1) + " through mod(" + info + "," + (n + 1) + ").");
            default:
                return new LinAlgException("Internal Error.");
        }
    }

    private static LinAlgException notConverged(int info) {
        return new LinAlgException("The algorithm failed to converge; " + info + " off-diagonal elements of an "
                + "intermediate tridiagonal form did not converge to zero.");
    }

    private static int work(double query, int min) {
        return Math.max(1, Math.max(min, (int) Math.ceil(query)));
    }
}
