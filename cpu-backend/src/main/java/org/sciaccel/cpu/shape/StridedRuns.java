package org.sciaccel.cpu.shape;

import org.sciaccel.spi.StridedAxes;

/**
 * A strided copy (or fill) cut into runs along its innermost axis, its axes reduced first
 * ({@link StridedAxes}), element units turned into Java-value units. The outer axes are walked with an odometer, so a run's start costs a few
 * additions; the runs are what the threads share.
 */
final class StridedRuns {
    /** Extents and strides of the outer axes (all but the innermost), outermost first. */
    private final int[] extents;
    private final long[] stridesA;
    private final long[] stridesB;
    private final long offsetA;
    private final long offsetB;
    /** The innermost axis: its length and each operand's stride. */
    final int runLength;
    final int runStrideA;
    final int runStrideB;
    /** Number of runs. */
    final int runs;

    private StridedRuns(int[] extents, long[] stridesA, long[] stridesB, long offsetA, long offsetB, int runLength,
            int runStrideA, int runStrideB) {
        this.extents = extents;
        this.stridesA = stridesA;
        this.stridesB = stridesB;
        this.offsetA = offsetA;
        this.offsetB = offsetB;
        this.runLength = runLength;
        this.runStrideA = runStrideA;
        this.runStrideB = runStrideB;
        long n = 1;
        for (int e : extents) {
            n *= e;
        }
        this.runs = (int) n;
    }

    /**
     * The runs of a copy between operands A and B over {@code extents} (element units, {@code scale}
     * Java values per element). An empty extent gives no runs; a 0-d copy one run of length 1.
     */
    static StridedRuns of(int[] extents, long offsetA, long[] stridesA, long offsetB, long[] stridesB, int scale) {
        StridedAxes axes = StridedAxes.merge(extents, stridesA, stridesB);
        if (axes.count() == 0) {
            return new StridedRuns(new int[] {0}, new long[] {0}, new long[] {0}, 0, 0, 0, 0, 0);
        }
        if (axes.ndim() == 0) {
            return new StridedRuns(new int[0], new long[0], new long[0], offsetA * scale, offsetB * scale, 1, 1, 1);
        }
        int outer = axes.ndim() - 1;
        int[] e = axes.extents();
        long[] sa = axes.strides(0);
        long[] sb = axes.strides(1);
        for (int d = 0; d <= outer; d++) {
            sa[d] *= scale;
            sb[d] *= scale;
        }
        return new StridedRuns(java.util.Arrays.copyOf(e, outer), java.util.Arrays.copyOf(sa, outer),
                java.util.Arrays.copyOf(sb, outer), offsetA * scale, offsetB * scale, e[outer], (int) sa[outer],
                (int) sb[outer]);
    }

    /** What is done with one run, given where it starts in A and in B. */
    @FunctionalInterface
    interface Run {
        void at(int startA, int startB);
    }

    /** Visits runs {@code [from, to)} in row-major order. */
    void forEach(int from, int to, Run body) {
        int n = extents.length;
        int[] idx = new int[n];
        long a = offsetA;
        long b = offsetB;
        long rest = from;
        for (int d = n - 1; d >= 0; d--) {
            idx[d] = (int) (rest % extents[d]);
            rest /= extents[d];
            a += idx[d] * stridesA[d];
            b += idx[d] * stridesB[d];
        }
        for (int r = from; r < to; r++) {
            body.at((int) a, (int) b);
            for (int d = n - 1; d >= 0; d--) {
                if (++idx[d] < extents[d]) {
                    a += stridesA[d];
                    b += stridesB[d];
                    break;
                }
                idx[d] = 0;
                a -= (extents[d] - 1) * stridesA[d];
                b -= (extents[d] - 1) * stridesB[d];
            }
        }
    }
}
