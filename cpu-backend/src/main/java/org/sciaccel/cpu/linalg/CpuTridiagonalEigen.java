package org.sciaccel.cpu.linalg;

import java.util.Arrays;
import org.netlib.util.booleanW;
import org.netlib.util.intW;
import org.sciaccel.linalg.EighDriver;

/**
 * The eigenproblem of a real symmetric tridiagonal matrix (diagonal d, off-diagonal e) by the real
 * LAPACK routines each complex Hermitian driver hands it to after its tridiagonal reduction, as
 * zheev, zheevd, zheevr and zheevx do: dsterf for eigenvalues only, dsteqr (ev, and evx asked for
 * everything), dstedc (evd), dstemr (evr asked for everything) and otherwise dstebz with dstein,
 * whose eigenvalues are then sorted ascending with their vectors. Returns {w (m ascending), z (n x m
 * column-major, or null)}.
 */
final class CpuTridiagonalEigen {
    private CpuTridiagonalEigen() {
    }

    /**
     * @param driver ev, evd, evr or evx (the generalized drivers use their standard counterparts)
     * @param range  'A', 'I' (indices il..iu, 0-based inclusive) or 'V' (values in (vl, vu])
     */
    static double[][] solve(EighDriver driver, double[] d, double[] e, int n, boolean vectors, char range, int il, int iu,
            double vl, double vu) {
        boolean all = range == 'A' || (range == 'I' && il == 0 && iu == n - 1);
        intW info = new intW(0);
        if (driver == EighDriver.EV || driver == EighDriver.EVD || (all && !vectors)) {
            double[] w = d.clone();
            double[] ee = Arrays.copyOf(e, Math.max(1, n));
            if (!vectors) {
                CpuLapack.L.dsterf(n, w, ee, info);
                check(driver, info, n, true);
                return new double[][] {w, null};
            }
            double[] z = new double[n * n];
            if (driver == EighDriver.EVD) {
                double[] q = new double[1];
                int[] iq = new int[1];
                CpuLapack.L.dstedc("I", n, w, ee, z, n, q, -1, iq, -1, info);
                double[] work = new double[Math.max(1, (int) q[0])];
                int[] iwork = new int[Math.max(1, iq[0])];
                CpuLapack.L.dstedc("I", n, w, ee, z, n, work, work.length, iwork, iwork.length, info);
            } else {
                CpuLapack.L.dsteqr("I", n, w, ee, z, n, new double[Math.max(1, 2 * n - 2)], info);
            }
            check(driver, info, n, false);
            return new double[][] {w, z};
        }
        if (all) {
            double[][] r = driver == EighDriver.EVR ? stemr(d, e, n) : steqr(d, e, n);
            if (r != null) {
                return r;
            }
        }
        return stebzStein(driver, d, e, n, vectors, range, il, iu, vl, vu);
    }

    /** zheevr's dstemr for all eigenvalues and vectors (tryrac, as abstol 0); null when it fails (zheevr then bisects). */
    private static double[][] stemr(double[] d, double[] e, int n) {
        double[] dd = d.clone();
        double[] ee = Arrays.copyOf(e, Math.max(1, n));
        double[] w = new double[n];
        double[] z = new double[n * n];
        int[] isuppz = new int[2 * n];
        intW m = new intW(0);
        intW info = new intW(0);
        double[] q = new double[1];
        int[] iq = new int[1];
        booleanW tryrac = new booleanW(true);
        CpuLapack.L.dstemr("V", "A", n, dd, ee, 0, 0, 0, 0, m, w, z, n, n, isuppz, tryrac, q, -1, iq, -1, info);
        double[] work = new double[Math.max(1, Math.max(18 * n, (int) q[0]))];
        int[] iwork = new int[Math.max(1, Math.max(10 * n, iq[0]))];
        tryrac.val = true;
        CpuLapack.L.dstemr("V", "A", n, dd, ee, 0, 0, 0, 0, m, w, z, n, n, isuppz, tryrac, work, work.length, iwork,
                iwork.length, info);
        if (info.val != 0) {
            return null;
        }
        // the Java translation's (older) dstemr returns the two eigenvalues of a 2 x 2 matrix descending
        sortAscending(w, z, n, n);
        return new double[][] {w, z};
    }

    /** zheevx's dsteqr for all eigenvalues and vectors (abstol 0); null when it fails (zheevx then bisects). */
    private static double[][] steqr(double[] d, double[] e, int n) {
        double[] w = d.clone();
        double[] ee = Arrays.copyOf(e, Math.max(1, n));
        double[] z = new double[n * n];
        intW info = new intW(0);
        CpuLapack.L.dsteqr("I", n, w, ee, z, n, new double[Math.max(1, 2 * n - 2)], info);
        return info.val == 0 ? new double[][] {w, z} : null;
    }

    /** dstebz (order 'B' with vectors, else 'E'; abstol 0) and dstein, sorted ascending as zheevr/zheevx sort them. */
    private static double[][] stebzStein(EighDriver driver, double[] d, double[] e, int n, boolean vectors, char range,
            int il, int iu, double vl, double vu) {
        intW m = new intW(0);
        intW nsplit = new intW(0);
        intW info = new intW(0);
        double[] w = new double[Math.max(1, n)];
        int[] iblock = new int[Math.max(1, n)];
        int[] isplit = new int[Math.max(1, n)];
        double[] ee = Arrays.copyOf(e, Math.max(1, n));
        CpuLapack.L.dstebz(String.valueOf(range), vectors ? "B" : "E", n, vl, vu, il + 1, iu + 1, 0, d, ee, m, nsplit, w,
                iblock, isplit, new double[4 * Math.max(1, n)], new int[3 * Math.max(1, n)], info);
        if (info.val != 0) {
            throw CpuSymmetricEigen.failure(driver, info.val, n, !vectors);
        }
        int count = m.val;
        if (!vectors) {
            return new double[][] {Arrays.copyOf(w, count), null};
        }
        double[] z = new double[Math.max(1, n * count)];
        int[] ifail = new int[Math.max(1, count)];
        CpuLapack.L.dstein(n, d, ee, count, w, iblock, isplit, z, Math.max(1, n), new double[5 * Math.max(1, n)],
                new int[Math.max(1, n)], ifail, info);
        if (info.val != 0) {
            throw CpuSymmetricEigen.failure(EighDriver.EVX, info.val, n, false);
        }
        sortAscending(w, z, n, count);
        return new double[][] {Arrays.copyOf(w, count), z};
    }

    /** Selection sort, as zheevr / zheevx sort: the smallest remaining eigenvalue swapped forward with its vector. */
    private static void sortAscending(double[] w, double[] z, int n, int count) {
        for (int j = 0; j < count - 1; j++) {
            int i = -1;
            double t = w[j];
            for (int jj = j + 1; jj < count; jj++) {
                if (w[jj] < t) {
                    i = jj;
                    t = w[jj];
                }
            }
            if (i >= 0) {
                w[i] = w[j];
                w[j] = t;
                for (int r = 0; r < n; r++) {
                    double x = z[i * n + r];
                    z[i * n + r] = z[j * n + r];
                    z[j * n + r] = x;
                }
            }
        }
    }

    private static void check(EighDriver driver, intW info, int n, boolean eigvalsOnly) {
        if (info.val < 0) {
            throw new IllegalStateException("LAPACK tridiagonal eigensolver: illegal value of argument " + (-info.val));
        }
        if (info.val > 0) {
            throw CpuSymmetricEigen.failure(driver, info.val, n, eigvalsOnly);
        }
    }
}
