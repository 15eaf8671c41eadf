package org.sciaccel.cpu.creation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/**
 * {@link org.sciaccel.spi.CreationOps#gather} on the CPU: the output's last axis is walked as runs,
 * a copy where its stride is 1, a fill where it is 0 (broadcast), element by element otherwise;
 * the runs (one per index of the leading axes) are split across the pool.
 */
final class CpuGather {
    private CpuGather() {
    }

    static HostArray gather(CpuThreads threads, HostArray x, int[] shape, long offset, long[] strides) {
        DType dtype = x.dtype();
        HostArray out = HostArray.zeros(dtype, shape);
        int size = out.size();
        if (size == 0) {
            return out;
        }
        Object src = x.data();
        Object dst = out.data();
        int rank = shape.length;
        int last = rank == 0 ? 1 : shape[rank - 1];
        long lastStride = rank == 0 ? 0 : strides[rank - 1];
        int runs = size / last;
        threads.parallelFor(runs, size, (from, to) -> {
            for (int r = from; r < to; r++) {
                // The source index of the run's first element: r's coordinates over the leading axes.
                long s = offset;
                long rest = r;
                for (int d = rank - 2; d >= 0; d--) {
                    s += (rest % shape[d]) * strides[d];
                    rest /= shape[d];
                }
                int di = r * last;
                if (lastStride == 1) {
                    CpuElementRuns.copyRun(src, (int) s, dst, di, last, dtype);
                } else if (lastStride == 0) {
                    CpuElementRuns.fill(dst, dtype, di, di + last, CpuElementRuns.realBits(src, dtype, (int) s),
                            CpuElementRuns.imagBits(src, dtype, (int) s));
                } else {
                    for (int j = 0; j < last; j++) {
                        CpuElementRuns.copy(src, (int) (s + j * lastStride), dst, di + j, dtype);
                    }
                }
            }
        });
        return out;
    }
}
