package org.sciaccel.cpu.reduction;

import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/**
 * The transposes of {@link org.sciaccel.spi.ReductionLayout#swaps()}: an array seen as {@code [a, b, c, d]}
 * copied to {@code [a, c, b, d]}, runs of {@code d} elements at a time.
 */
final class CpuBlockSwap {
    private CpuBlockSwap() {
    }

    static HostArray swap(HostArray in, int[] abcd, CpuThreads threads) {
        int a = abcd[0], b = abcd[1], c = abcd[2];
        int per = in.dtype().javaValuesPerElement();
        int d = abcd[3] * per;
        HostArray out = HostArray.zeros(in.dtype(), in.size());
        Object src = in.data();
        Object dst = out.data();
        int rows = a * c;
        threads.parallelFor(rows, (long) in.size(), (r0, r1) -> {
            for (int r = r0; r < r1; r++) {
                int x = r / c;
                int z = r % c;
                for (int y = 0; y < b; y++) {
                    // out[x][z][y][:] = in[x][y][z][:]
                    System.arraycopy(src, ((x * b + y) * c + z) * d, dst, ((x * c + z) * b + y) * d, d);
                }
            }
        });
        return out;
    }
}
