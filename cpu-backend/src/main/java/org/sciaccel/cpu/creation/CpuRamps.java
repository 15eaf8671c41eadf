package org.sciaccel.cpu.creation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.Ramp;

/**
 * {@link org.sciaccel.spi.CreationOps#ramps} on the CPU: each block is a sequence of runs of
 * {@code inner} equal elements (one coordinate each); the runs of all blocks are split across the
 * pool, each run computed once and filled.
 */
final class CpuRamps {
    private CpuRamps() {
    }

    static HostArray ramps(CpuThreads threads, int[] shape, Ramp[] blocks) {
        DType dtype = blocks[0].first().dtype();
        HostArray out = HostArray.zeros(dtype, shape);
        int size = Shapes.size(shape);
        if (size == 0) {
            return out;
        }
        int blockSize = size / blocks.length;
        CpuRampFormula[] formulas = new CpuRampFormula[blocks.length];
        long[] firstRun = new long[blocks.length + 1];
        for (int b = 0; b < blocks.length; b++) {
            formulas[b] = new CpuRampFormula(blocks[b]);
            firstRun[b + 1] = firstRun[b] + blockSize / blocks[b].inner();
        }
        Object data = out.data();
        int runs = (int) firstRun[blocks.length];
        threads.parallelFor(runs, size, (from, to) -> {
            int b = 0;
            for (int r = from; r < to; r++) {
                while (r >= firstRun[b + 1]) {
                    b++;
                }
                Ramp ramp = blocks[b];
                long inBlock = r - firstRun[b];
                long c = inBlock % ramp.extent();
                int start = (int) (b * (long) blockSize + inBlock * ramp.inner());
                CpuRampFormula f = formulas[b];
                CpuElementRuns.fill(data, dtype, start, (int) (start + ramp.inner()), f.realBits(c), f.imagBits(c));
            }
        });
        return out;
    }
}
