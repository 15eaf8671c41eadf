package org.sciaccel.cpu.creation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.Element;

/**
 * The matrix-shaped creation primitives on the CPU, row by row across the pool: eye and tri
 * ({@link #band}), tril and triu ({@link #triangle}), diag of a vector ({@link #diagonalMatrix}).
 * A row's kept part is one contiguous run (from or up to the diagonal), so each row is at most two
 * fills or copies.
 */
final class CpuTriangles {
    private CpuTriangles() {
    }

    /** Columns {@code [0, end)} of row {@code i} satisfy {@code j - i <= k}: {@code end = clamp(i + k + 1, 0, m)}. */
    private static int lowerEnd(long i, long k, int m) {
        return (int) Math.max(0, Math.min(m, i + k + 1));
    }

    static HostArray band(CpuThreads threads, DType dtype, int n, int m, int k, boolean lower) {
        HostArray out = HostArray.zeros(dtype, n, m);
        Element one = Element.one(dtype);
        Object data = out.data();
        threads.parallelFor(n, (long) n * m, (from, to) -> {
            for (int i = from; i < to; i++) {
                long row = (long) i * m;
                if (lower) {
                    CpuElementRuns.fill(data, dtype, (int) row, (int) (row + lowerEnd(i, k, m)), one.real(), one.imag());
                } else {
                    long j = (long) i + k;
                    if (j >= 0 && j < m) {
                        CpuElementRuns.fill(data, dtype, (int) (row + j), (int) (row + j + 1), one.real(), one.imag());
                    }
                }
            }
        });
        return out;
    }

    static HostArray triangle(CpuThreads threads, HostArray in, int k, boolean upper) {
        int[] shape = in.shape();
        int rows = shape[shape.length - 2];
        int cols = shape[shape.length - 1];
        DType dtype = in.dtype();
        HostArray out = HostArray.zeros(dtype, shape);
        Object src = in.data();
        Object dst = out.data();
        int batchRows = in.size() == 0 ? 0 : in.size() / cols;
        threads.parallelFor(batchRows, in.size(), (from, to) -> {
            for (int r = from; r < to; r++) {
                long i = r % rows;
                int start = r * cols;
                // tril keeps [0, end); triu keeps [end', cols) where end' is tril(k - 1)'s end.
                int end = lowerEnd(i, upper ? (long) k - 1 : k, cols);
                if (upper) {
                    CpuElementRuns.copyRun(src, start + end, dst, start + end, cols - end, dtype);
                } else {
                    CpuElementRuns.copyRun(src, start, dst, start, end, dtype);
                }
            }
        });
        return out;
    }

    static HostArray diagonalMatrix(HostArray v, int k) {
        int n = v.size();
        int size = n + Math.abs(k);
        DType dtype = v.dtype();
        HostArray out = HostArray.zeros(dtype, size, size);
        Object src = v.data();
        Object dst = out.data();
        int rowOff = k < 0 ? -k : 0;
        int colOff = k > 0 ? k : 0;
        for (int t = 0; t < n; t++) {
            CpuElementRuns.copy(src, t, dst, (int) ((long) (t + rowOff) * size + t + colOff), dtype);
        }
        return out;
    }
}
