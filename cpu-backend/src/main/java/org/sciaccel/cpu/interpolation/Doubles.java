package org.sciaccel.cpu.interpolation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;

/** A real array's values as doubles, converted across threads (the conversion is a full pass). */
final class Doubles {
    private Doubles() {
    }

    /** A new double array of {@code a}'s values (the caller may write into it). */
    static double[] copyOf(HostArray a, CpuThreads threads) {
        int n = a.size();
        if (a.dtype() == DType.FLOAT32) {
            float[] src = (float[]) a.data();
            double[] out = new double[n];
            threads.parallelFor(n, n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    out[i] = src[i];
                }
            });
            return out;
        }
        if (a.dtype() == DType.FLOAT64) {
            double[] src = (double[]) a.data();
            double[] out = new double[n];
            threads.parallelFor(n, n, (from, to) -> System.arraycopy(src, from, out, from, to - from));
            return out;
        }
        return a.toDoubles();
    }

    /** {@code a}'s values as doubles for reading only: a float64 array's own storage, else a copy. */
    static double[] view(HostArray a, CpuThreads threads) {
        return a.dtype() == DType.FLOAT64 ? (double[]) a.data() : copyOf(a, threads);
    }
}
