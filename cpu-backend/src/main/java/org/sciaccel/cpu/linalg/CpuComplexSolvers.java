package org.sciaccel.cpu.linalg;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.LinAlgException;

/**
 * inv, solve, lu_factor, lu_solve and lu of complex matrices (complex64, complex128) by
 * {@link CpuComplexLu}, LAPACK's zgetrf/zgetrs pivoting, in double precision; complex64 results are
 * rounded once at the end. Host arrays in and out; the caller has cast every operand to one
 * complex dtype, as SciPy picks one LAPACK prefix for all of them.
 */
final class CpuComplexSolvers {
    private CpuComplexSolvers() {
    }

    static HostArray inv(HostArray a) {
        int n = a.shape()[0];
        CpuComplexLu lu = factorNonSingular(a);
        double[] x = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            x[2 * (i * n + i)] = 1;
        }
        lu.solve(x, n, 0);
        return complex(x, a.dtype(), n, n);
    }

    /**
     * solve for assume_a gen and sym (a complex symmetric matrix, not Hermitian, as SciPy's sysv:
     * the triangle read mirrored without conjugation, then LU).
     */
    static HostArray solve(HostArray a, HostArray b, boolean sym, boolean lower) {
        int n = a.shape()[0];
        int k = b.ndim() == 1 ? 1 : b.shape()[1];
        double[] m = interleaved(a);
        if (sym) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int from = lower ? j * n + i : i * n + j;
                    int to = lower ? i * n + j : j * n + i;
                    m[2 * to] = m[2 * from];
                    m[2 * to + 1] = m[2 * from + 1];
                }
            }
        }
        CpuComplexLu lu = CpuComplexLu.factor(m, n, n);
        if (lu.firstZeroPivot >= 0) {
            throw singular(lu.firstZeroPivot);
        }
        double[] x = interleaved(b);
        lu.solve(x, k, 0);
        return complex(x, a.dtype(), b.shape());
    }

    /** {lu, piv (int32)}. */
    static HostArray[] luFactor(HostArray a) {
        int n = a.shape()[0];
        CpuComplexLu lu = CpuComplexLu.factor(interleaved(a), n, n);
        return new HostArray[] {complex(lu.lu, a.dtype(), n, n), new HostArray(DType.INT32, new int[] {n}, lu.piv.clone())};
    }

    static HostArray luSolve(HostArray lu, int[] piv, HostArray b, int trans) {
        int n = lu.shape()[0];
        int k = b.ndim() == 1 ? 1 : b.shape()[1];
        double[] x = interleaved(b);
        CpuComplexLu.of(interleaved(lu), n, piv).solve(x, k, trans);
        return complex(x, lu.dtype(), b.shape());
    }

    /** {P (real: float32 for complex64, float64 for complex128; null with permuteL), L or P L, U}. */
    static HostArray[] lu(HostArray a, boolean permuteL) {
        int m = a.shape()[0];
        int n = a.shape()[1];
        int k = Math.min(m, n);
        // cgetrf for complex64 (single-precision arithmetic), zgetrf otherwise, as SciPy's lu
        CpuComplexLu lu = a.dtype() == DType.COMPLEX64 ? CpuComplexLu.factorSingle(interleaved(a), m, n)
                : CpuComplexLu.factor(interleaved(a), m, n);
        double[] l = new double[2 * m * k];
        double[] u = new double[2 * k * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int src = 2 * (i * n + j);
                if (j < i) {
                    if (j < k) {
                        l[2 * (i * k + j)] = lu.lu[src];
                        l[2 * (i * k + j) + 1] = lu.lu[src + 1];
                    }
                } else if (i < k) {
                    u[2 * (i * n + j)] = lu.lu[src];
                    u[2 * (i * n + j) + 1] = lu.lu[src + 1];
                }
            }
            if (i < k) {
                l[2 * (i * k + i)] = 1;
            }
        }
        int[] perm = lu.permutation();
        if (permuteL) {
            // Row perm[i] of P L is row i of L.
            double[] pl = new double[2 * m * k];
            for (int i = 0; i < m; i++) {
                System.arraycopy(l, 2 * i * k, pl, 2 * perm[i] * k, 2 * k);
            }
            return new HostArray[] {null, complex(pl, a.dtype(), m, k), complex(u, a.dtype(), k, n)};
        }
        double[] p = new double[m * m];
        for (int i = 0; i < m; i++) {
            p[perm[i] * m + i] = 1;
        }
        DType real = a.dtype() == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
        return new HostArray[] {HostArray.fromDoubles(p, real, m, m), complex(l, a.dtype(), m, k), complex(u, a.dtype(), k, n)};
    }

    private static CpuComplexLu factorNonSingular(HostArray a) {
        int n = a.shape()[0];
        CpuComplexLu lu = CpuComplexLu.factor(interleaved(a), n, n);
        if (lu.firstZeroPivot >= 0) {
            throw singular(lu.firstZeroPivot);
        }
        return lu;
    }

    private static LinAlgException singular(int j) {
        return new LinAlgException("singular matrix: U[" + j + ", " + j + "] of its LU factorisation is exactly zero");
    }

    /** A fresh interleaved (re, im) double copy of a complex array. */
    static double[] interleaved(HostArray h) {
        return h.dtype() == DType.COMPLEX128 ? ((double[]) h.data()).clone() : (double[]) h.astype(DType.COMPLEX128).data();
    }

    /** A complex array of dtype {@code t} from interleaved doubles (rounded once for complex64). */
    static HostArray complex(double[] v, DType t, int... shape) {
        HostArray out = HostArray.zeros(t, shape);
        if (t == DType.COMPLEX128) {
            System.arraycopy(v, 0, out.data(), 0, ((double[]) out.data()).length);
        } else {
            float[] f = (float[]) out.data();
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) v[i];
            }
        }
        return out;
    }
}
