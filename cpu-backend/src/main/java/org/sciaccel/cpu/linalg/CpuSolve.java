package org.sciaccel.cpu.linalg;

import org.netlib.util.doubleW;
import org.netlib.util.floatW;
import org.netlib.util.intW;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.LinAlgException;
import org.sciaccel.linalg.AssumeA;

/**
 * {@code scipy.linalg.solve} with the reciprocal condition number SciPy checks: gen by {@link CpuLu}
 * (getrf's pivots) and LAPACK's dgecon on its factors; sym by LAPACK's own sysv (Bunch-Kaufman) and
 * sycon, as SciPy calls them (s* routines for float32); pos by {@link CpuCholesky} and dpocon. Complex
 * matrices by {@link CpuComplexLu} (gen; sym and her on the completed matrix) or
 * {@link CpuComplexCholesky} (pos) in double, rcond by {@link CpuConditionEstimate}. Host arrays in
 * and out; b's {@code size / n} columns are its elements read as an (n, size / n) matrix.
 *
 * <p>SciPy 1.10 calls sycon, hecon and pocon without its {@code lower}, so with lower=True they read
 * the upper triangle of the factorisation's array (the input's own entries there, and the pivots of
 * the lower factorisation): its warning then follows that estimate, and so does this one for real
 * matrices (the same LAPACK calls) and for complex pos; for complex sym and her with lower=True
 * (no Bunch-Kaufman factorisation here) the estimate is the true matrix's.
 */
final class CpuSolve {
    private CpuSolve() {
    }

    /** {x (b's shape and dtype), rcond (float64, shape ())}. */
    static HostArray[] solve(HostArray a, HostArray b, AssumeA assumeA, boolean lower, boolean transposed) {
        int n = a.shape()[0];
        int k = b.size() / n;
        if (a.dtype().isComplex()) {
            double[] m = finite(CpuComplexSolvers.interleaved(a), "a");
            double[] x = finite(CpuComplexSolvers.interleaved(b), "b");
            double rcond = complexSolve(m, n, x, k, assumeA, lower);
            return new HostArray[] {CpuComplexSolvers.complex(x, a.dtype(), b.shape()), rcondArray(rcond)};
        }
        double[] m = finite(a.toDoubles(), "a");
        double[] x = finite(b.toDoubles(), "b");
        // SciPy's lange on a as given (both triangles), in the infinity norm when transposed.
        double anorm = transposed ? maxRowSum(m, n) : maxColumnSum(m, n);
        double rcond;
        if (assumeA == AssumeA.POS) {
            CpuCholesky.factor(m, n, lower);
            CpuCholesky.solve(m, n, lower, x, k);
            rcond = pocon(m, n, anorm);
        } else if (assumeA == AssumeA.SYM || assumeA == AssumeA.HER) {
            return sysv(a.dtype(), m, n, x, k, lower, anorm, b.shape());
        } else {
            CpuLu lu = CpuLu.factor(m, n, n);
            if (lu.firstZeroPivot >= 0) {
                throw new LinAlgException("singular matrix: U[" + lu.firstZeroPivot + ", " + lu.firstZeroPivot
                        + "] of its LU factorisation is exactly zero");
            }
            lu.solve(x, k, transposed);
            rcond = gecon(lu.lu, n, transposed ? "I" : "1", anorm);
        }
        return new HostArray[] {HostArray.fromDoubles(x, a.dtype(), b.shape()), rcondArray(rcond)};
    }

    private static double complexSolve(double[] m, int n, double[] x, int k, AssumeA assumeA, boolean lower) {
        double anorm = CpuConditionEstimate.oneNorm(m, n);
        if (assumeA == AssumeA.POS) {
            CpuComplexCholesky.factor(m, n, lower);
            CpuComplexCholesky.solve(m, n, lower, x, k);
            // zpocon as SciPy calls it, always 'U': with lower the factor's diagonal under a's upper triangle.
            CpuConditionEstimate.Product inverse = v -> CpuComplexCholesky.solve(m, n, false, v, 1);
            return CpuConditionEstimate.rcond(n, anorm, inverse, inverse);
        }
        if (assumeA == AssumeA.SYM || assumeA == AssumeA.HER) {
            complete(m, n, lower, assumeA == AssumeA.HER);
        }
        CpuComplexLu lu = CpuComplexLu.factor(m, n, n);
        if (lu.firstZeroPivot >= 0) {
            throw new LinAlgException("singular matrix: U[" + lu.firstZeroPivot + ", " + lu.firstZeroPivot
                    + "] of its LU factorisation is exactly zero");
        }
        lu.solve(x, k, 0);
        if (assumeA == AssumeA.GEN) {
            return CpuConditionEstimate.rcond(n, anorm, v -> CpuConditionEstimate.luInverse(lu.lu, n, v),
                    v -> CpuConditionEstimate.luInverseH(lu.lu, n, v));
        }
        // zsycon and zhecon multiply by the inverse of the factored matrix in both of zlacn2's steps.
        CpuConditionEstimate.Product inverse = v -> lu.solve(v, 1, 0);
        return CpuConditionEstimate.rcond(n, anorm, inverse, inverse);
    }

    /**
     * The matrix sysv / hesv read: the {@code lower} (or upper) triangle mirrored onto the other,
     * conjugated for Hermitian (whose diagonal's imaginary parts LAPACK ignores).
     */
    private static void complete(double[] m, int n, boolean lower, boolean hermitian) {
        double s = hermitian ? -1 : 1;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int from = lower ? j * n + i : i * n + j;
                int to = lower ? i * n + j : j * n + i;
                m[2 * to] = m[2 * from];
                m[2 * to + 1] = s * m[2 * from + 1];
            }
            if (hermitian) {
                m[2 * (i * n + i) + 1] = 0;
            }
        }
    }

    /** LAPACK's sysv and sycon as SciPy calls them (ssysv / ssycon for float32; sycon always 'U'), column-major copies. */
    private static HostArray[] sysv(DType t, double[] m, int n, double[] x, int k, boolean lower, double anorm, int[] bShape) {
        String uplo = lower ? "L" : "U";
        int ld = Math.max(1, n);
        double[] ca = CpuLapack.colMajor(m, n, n);
        double[] cb = CpuLapack.colMajor(x, n, k);
        int[] ipiv = new int[Math.max(1, n)];
        intW info = new intW(0);
        double rcond;
        double[] solution;
        if (t == DType.FLOAT32) {
            float[] fa = CpuLapack.toFloat(ca);
            float[] fb = CpuLapack.toFloat(cb);
            float[] q = new float[1];
            CpuLapack.L.ssysv(uplo, n, k, fa, ld, ipiv, fb, ld, q, -1, info);
            float[] work = new float[work(q[0], 1)];
            CpuLapack.L.ssysv(uplo, n, k, fa, ld, ipiv, fb, ld, work, work.length, info);
            checkSysv(info);
            floatW rc = new floatW(0);
            CpuLapack.L.ssycon("U", n, fa, ld, ipiv, (float) anorm, rc, new float[2 * ld], new int[ld], info);
            rcond = rc.val;
            solution = CpuLapack.rowMajor(CpuLapack.toDouble(fb), n, k, ld);
        } else {
            double[] q = new double[1];
            CpuLapack.L.dsysv(uplo, n, k, ca, ld, ipiv, cb, ld, q, -1, info);
            double[] work = new double[work(q[0], 1)];
            CpuLapack.L.dsysv(uplo, n, k, ca, ld, ipiv, cb, ld, work, work.length, info);
            checkSysv(info);
            doubleW rc = new doubleW(0);
            CpuLapack.L.dsycon("U", n, ca, ld, ipiv, anorm, rc, new double[2 * ld], new int[ld], info);
            rcond = rc.val;
            solution = CpuLapack.rowMajor(cb, n, k, ld);
        }
        return new HostArray[] {HostArray.fromDoubles(solution, t, bShape), rcondArray(rcond)};
    }

    private static void checkSysv(intW info) {
        if (info.val < 0) {
            throw new IllegalStateException("LAPACK sysv: parameter " + (-info.val) + " had an illegal value");
        }
        if (info.val > 0) {
            throw new LinAlgException("singular matrix: D[" + (info.val - 1) + ", " + (info.val - 1)
                    + "] of its symmetric indefinite (Bunch-Kaufman) factorisation is exactly zero");
        }
    }

    /** dgecon on CpuLu's factors (row-major, copied column-major; the interchanges do not change the norm). */
    private static double gecon(double[] lu, int n, String norm, double anorm) {
        int ld = Math.max(1, n);
        doubleW rc = new doubleW(0);
        intW info = new intW(0);
        CpuLapack.L.dgecon(norm, n, CpuLapack.colMajor(lu, n, n), ld, anorm, rc, new double[4 * ld], new int[ld], info);
        return rc.val;
    }

    /**
     * dpocon as SciPy calls it, always 'U', on the array potrf leaves (CpuCholesky's too: the factor in
     * one triangle, a's entries in the other): with lower it reads a's upper triangle over the factor's diagonal.
     */
    private static double pocon(double[] c, int n, double anorm) {
        int ld = Math.max(1, n);
        doubleW rc = new doubleW(0);
        intW info = new intW(0);
        CpuLapack.L.dpocon("U", n, CpuLapack.colMajor(c, n, n), ld, anorm, rc, new double[3 * ld], new int[ld], info);
        return rc.val;
    }

    private static double maxColumnSum(double[] m, int n) {
        double best = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.abs(m[i * n + j]);
            }
            best = Math.max(best, s);
        }
        return best;
    }

    private static double maxRowSum(double[] m, int n) {
        double best = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += Math.abs(m[i * n + j]);
            }
            best = Math.max(best, s);
        }
        return best;
    }

    private static int work(double query, int min) {
        return Math.max(1, Math.max(min, (int) Math.ceil(query)));
    }

    private static HostArray rcondArray(double rcond) {
        return new HostArray(DType.FLOAT64, new int[0], new double[] {rcond});
    }

    /** SciPy checks a and b for infs and NaNs (check_finite=True) before LAPACK sees them. */
    private static double[] finite(double[] d, String param) {
        for (double v : d) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("solve: " + param + ": array must not contain infs or NaNs");
            }
        }
        return d;
    }
}
