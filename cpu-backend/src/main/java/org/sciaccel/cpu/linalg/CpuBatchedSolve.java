package org.sciaccel.cpu.linalg;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/**
 * Batches of small solves, inverses and Cholesky factorisations, the matrices shared across the
 * pool; each matrix by {@link CpuLu} or {@link CpuCholesky} in double, so a failing matrix only
 * sets its status (LAPACK's info) and NaN results.
 */
final class CpuBatchedSolve {
    private CpuBatchedSolve() {
    }

    /** {x, status} for a (batch, n, n) and b (batch, n, k); {@code b == null} inverts. */
    static HostArray[] solve(CpuThreads threads, HostArray a, HostArray b, int n, int k) {
        int batch = a.shape()[0];
        boolean invert = b == null;
        int rhs = invert ? n : k;
        double[] av = a.toDoubles();
        double[] bv = invert ? null : b.toDoubles();
        double[] x = new double[batch * n * rhs];
        int[] status = new int[batch];
        threads.parallelFor(batch, (long) batch * n * n * (n + rhs), (from, to) -> {
            for (int t = from; t < to; t++) {
                double[] m = Arrays.copyOfRange(av, t * n * n, (t + 1) * n * n);
                double[] r = new double[n * rhs];
                if (invert) {
                    for (int i = 0; i < n; i++) {
                        r[i * n + i] = 1;
                    }
                } else {
                    System.arraycopy(bv, t * n * k, r, 0, n * k);
                }
                CpuLu lu = CpuLu.factor(m, n, n);
                if (lu.firstZeroPivot >= 0) {
                    status[t] = lu.firstZeroPivot + 1;
                    Arrays.fill(r, Double.NaN);
                } else {
                    lu.solve(r, rhs, false);
                }
                System.arraycopy(r, 0, x, t * n * rhs, n * rhs);
            }
        });
        int[] shape = invert ? a.shape() : b.shape();
        return new HostArray[] {HostArray.fromDoubles(x, a.dtype(), shape), new HostArray(DType.INT32, new int[] {batch}, status)};
    }

    static HostArray[] cholesky(CpuThreads threads, HostArray a, int n, boolean lower) {
        int batch = a.shape()[0];
        double[] av = a.toDoubles();
        double[] out = new double[av.length];
        int[] status = new int[batch];
        threads.parallelFor(batch, (long) batch * n * n * n, (from, to) -> {
            for (int t = from; t < to; t++) {
                double[] m = Arrays.copyOfRange(av, t * n * n, (t + 1) * n * n);
                status[t] = CpuCholesky.tryFactor(m, n, lower);
                if (status[t] == 0) {
                    CpuCholesky.clean(m, n, lower);
                } else {
                    Arrays.fill(m, Double.NaN);
                }
                System.arraycopy(m, 0, out, t * n * n, n * n);
            }
        });
        return new HostArray[] {HostArray.fromDoubles(out, a.dtype(), a.shape()), new HostArray(DType.INT32, new int[] {batch}, status)};
    }
}
