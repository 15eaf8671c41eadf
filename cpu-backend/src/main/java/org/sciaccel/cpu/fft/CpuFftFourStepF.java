//F The master of CpuFftFourStepD.java: edit this file, then run tools/generate-twins.sh.
package org.sciaccel.cpu.fft;

import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.cpu.CpuThreads;

/**
 * A large complex64 FFT as a matrix of n1 x n2 (n = n1*n2, row-major x[j1*n2 + j2]): length-n1
 * transforms down the columns (in blocks of adjacent columns, so every gather is contiguous), a
 * twiddle by w_n^(j2*k1), length-n2 transforms along the rows, and a blocked transposed store
 * X[k1 + n1*k2]. Each step works on cache-sized pieces and is shared among the CPU threads, which
 * a single Stockham sweep over the whole array can do neither of.
 *
 * <p>The data stays in float arrays throughout; the twiddles are formed in double from two small
 * tables and rounded once to the data's precision.
 */
final class CpuFftFourStepF {
    /** Columns per block in the first step: two 64-byte cache lines of complex64 values per row. */
    private static final int BLOCK = 16/*D:8*/;

    final int n1;
    final int n2;
    private final CpuFftPlanF columns;
    private final CpuFftPlanF rows;
    /** w_n1^q for q < n1 (w_n^(q*n2)) and w_n^r for r < n2: w_n^e for e = q*n2 + r is their product. */
    private final double[] coarse;
    private final double[] fine;
    /** The SIMD version of this split, made on first use while {@link CpuSimd#enabled()}. */
    private volatile CpuLaneFourStepF lanes;

    CpuFftFourStepF(int n1, int n2) {
        this.n1 = n1;
        this.n2 = n2;
        this.columns = CpuFftPlanF.of(n1);
        this.rows = CpuFftPlanF.of(n2);
        coarse = CpuFourStepTwiddles.coarse(n1);
        fine = CpuFourStepTwiddles.fine(n1, n2);
    }

    /** Transforms {@code data} (2n floats) in place, unscaled. */
    void transform(float[] data, boolean forward, CpuThreads threads) {
        transform(data, data, forward, 1.0f, threads);
    }

    /**
     * Transforms {@code src} into {@code dst} (2n interleaved floats each, possibly the same
     * array), multiplied by {@code scale}.
     */
    void transform(float[] src, float[] dst, boolean forward, float scale, CpuThreads threads) {
        if (CpuSimd.enabled() && CpuLaneFourStepF.supports(n1, n2)) {
            CpuLaneFourStepF l = lanes;
            if (l == null) {
                l = new CpuLaneFourStepF(n1, n2);
                lanes = l;
            }
            l.transform(src, dst, forward, scale, threads);
            return;
        }
        double sign = forward ? 1 : -1;
        int colBlocks = (n2 + BLOCK - 1) / BLOCK;
        long work = (long) n1 * n2 * 8;
        float[] mid = new float[2 * n1 * n2];
        threads.parallelFor(colBlocks, work, (from, to) -> {
            float[] buf = new float[2 * n1 * BLOCK];
            float[][] scratch = columns.newScratch(BLOCK);
            for (int cb = from; cb < to; cb++) {
                int c0 = cb * BLOCK;
                int lines = Math.min(BLOCK, n2 - c0);
                for (int j1 = 0; j1 < n1; j1++) {
                    System.arraycopy(src, 2 * (j1 * n2 + c0), buf, 2 * j1 * lines, 2 * lines);
                }
                columns.transform(buf, forward, scratch, lines);
                for (int k1 = 0; k1 < n1; k1++) {
                    int at = 2 * k1 * lines;
                    for (int b = 0; b < lines; b++) {
                        long e = (long) (c0 + b) * k1;
                        int q = (int) (e / n2);
                        int r = (int) (e - (long) q * n2);
                        double cr = coarse[2 * q], ci = coarse[2 * q + 1];
                        double fr = fine[2 * r], fi = fine[2 * r + 1];
                        float wr = (float) (cr * fr - ci * fi);
                        float wi = (float) (sign * (cr * fi + ci * fr));
                        float vr = buf[at + 2 * b], vi = buf[at + 2 * b + 1];
                        buf[at + 2 * b] = vr * wr - vi * wi;
                        buf[at + 2 * b + 1] = vr * wi + vi * wr;
                    }
                    System.arraycopy(buf, at, mid, 2 * (k1 * n2 + c0), 2 * lines);
                }
            }
        });
        int rowBlocks = (n1 + BLOCK - 1) / BLOCK;
        threads.parallelFor(rowBlocks, work, (from, to) -> {
            float[] buf = new float[2 * n2 * BLOCK];
            float[] line = new float[2 * n2];
            float[][] scratch = rows.newScratch(1);
            for (int rb = from; rb < to; rb++) {
                int r0 = rb * BLOCK;
                int count = Math.min(BLOCK, n1 - r0);
                for (int b = 0; b < count; b++) {
                    System.arraycopy(mid, 2 * (r0 + b) * n2, line, 0, 2 * n2);
                    rows.transform(line, forward, scratch, 1);
                    System.arraycopy(line, 0, buf, 2 * b * n2, 2 * n2);
                }
                for (int k2 = 0; k2 < n2; k2++) {
                    int at = 2 * (r0 + n1 * k2);
                    for (int b = 0; b < count; b++) {
                        dst[at + 2 * b] = buf[2 * (b * n2 + k2)] * scale;
                        dst[at + 2 * b + 1] = buf[2 * (b * n2 + k2) + 1] * scale;
                    }
                }
            }
        });
    }
}
