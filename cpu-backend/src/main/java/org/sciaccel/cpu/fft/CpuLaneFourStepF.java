//F The master of CpuLaneFourStepD.java: edit this file, then run tools/generate-twins.sh.
package org.sciaccel.cpu.fft;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.cpu.CpuWorkArrays;

/**
 * The four-step split of a long complex64 FFT (n = n1 x n2, both powers of two) on the SIMD lane
 * FFT: length-n1 transforms down blocks of adjacent columns (lanes = columns), the twiddle
 * w_n^(j2*k1) as vector arithmetic, the result stored tile by tile so that the row transforms
 * (lanes = rows) read whole contiguous blocks, and the transposed final order X[k1 + n1*k2]
 * written with the lanes contiguous. Only used when {@link org.sciaccel.cpu.CpuSimd#enabled()}.
 */
final class CpuLaneFourStepF {
    private static final VectorSpecies<Float> SPECIES = CpuLaneFftF.SPECIES;

    final int n1;
    final int n2;
    /** Columns per block of the first step; rows per block (and tile height) of the second. */
    final int w1;
    final int w2;
    /** w_n^(k1*b) for k1 < n1, b < w1, at k1*w1 + b: a column block's twiddles relative to its first column. */
    private final float[] laneTwRe;
    private final float[] laneTwIm;
    //D /** w_n^(j2*b) for j2 < n2, b < w2, at j2*w2 + b: a row block's twiddles relative to its first row. */
    //D private final double[] rowTwRe;
    //D private final double[] rowTwIm;
    /** w_n1^q (= w_n^(q*n2)) for q < n1 and w_n^r for r < n2: w_n^e for e = q*n2 + r is their product. */
    private final double[] coarse;
    private final double[] fine;

    /**
     * Whether n1 x n2 can run here: both powers of two (the index arithmetic uses shifts and masks)
     * supported by the lane FFT, and n2 a whole number of vectors.
     */
    static boolean supports(int n1, int n2) {
        return Integer.bitCount(n1) == 1 && Integer.bitCount(n2) == 1 && CpuLaneFftF.supports(n1)
                && CpuLaneFftF.supports(n2) && n1 >= SPECIES.length() && n2 >= SPECIES.length();
    }

    CpuLaneFourStepF(int n1, int n2) {
        if (!supports(n1, n2)) {
            throw new IllegalArgumentException("lane four-step " + n1 + " x " + n2 + " is not supported");
        }
        this.n1 = n1;
        this.n2 = n2;
        w1 = CpuLaneFftF.width(n1, n2);
        w2 = CpuLaneFftF.width(n2, n1);
        long n = (long) n1 * n2;
        double[][] columnTw = CpuFourStepTwiddles.lanes(n1, w1, n);
        // twin: float only
        laneTwRe = new float[n1 * w1];
        laneTwIm = new float[n1 * w1];
        for (int i = 0; i < laneTwRe.length; i++) {
            laneTwRe[i] = (float) columnTw[0][i];
            laneTwIm[i] = (float) columnTw[1][i];
        }
        // twin: end
        //D laneTwRe = columnTw[0];
        //D laneTwIm = columnTw[1];
        //D // Only the double Bluestein convolution twiddles row blocks (twiddleRows).
        //D double[][] rowTw = CpuFourStepTwiddles.lanes(n2, w2, n);
        //D rowTwRe = rowTw[0];
        //D rowTwIm = rowTw[1];
        coarse = CpuFourStepTwiddles.coarse(n1);
        fine = CpuFourStepTwiddles.fine(n1, n2);
    }

    /** Transforms {@code src} into {@code dst} (2n interleaved floats each, possibly the same array), scaled. */
    void transform(float[] src, float[] dst, boolean forward, float scale, CpuThreads threads) {
        int n = n1 * n2;
        float[] midRe = CpuWorkArrays.floats(n);
        float[] midIm = CpuWorkArrays.floats(n);
        long work = (long) n * 8;
        threads.parallelFor(n2 / w1, work, (from, to) -> {
            CpuLaneFftF fft = CpuLaneFftF.newWorkspace(n1, w1);
            for (int cb = from; cb < to; cb++) {
                int c0 = cb * w1;
                float[] re = fft.re;
                float[] im = fft.im;
                for (int j1 = 0; j1 < n1; j1++) {
                    int s = 2 * (j1 * n2 + c0);
                    int d = j1 * w1;
                    for (int b = 0; b < w1; b++) {
                        re[d + b] = src[s + 2 * b];
                        im[d + b] = src[s + 2 * b + 1];
                    }
                }
                fft.transform(forward);
                twiddleColumns(fft, c0, forward);
                storeTiles(fft, c0, midRe, midIm);
            }
        });
        threads.parallelFor(n1 / w2, work, (from, to) -> {
            CpuLaneFftF fft = CpuLaneFftF.newWorkspace(n2, w2);
            for (int rb = from; rb < to; rb++) {
                int r0 = rb * w2;
                loadRows(midRe, midIm, r0, fft);
                fft.transform(forward);
                float[] re = fft.re;
                float[] im = fft.im;
                for (int k2 = 0; k2 < n2; k2++) {
                    int d = 2 * (r0 + n1 * k2);
                    int s = k2 * w2;
                    for (int b = 0; b < w2; b++) {
                        dst[d + 2 * b] = re[s + b] * scale;
                        dst[d + 2 * b + 1] = im[s + b] * scale;
                    }
                }
            }
        });
        CpuWorkArrays.giveBack(midRe);
        CpuWorkArrays.giveBack(midIm);
    }

    // The steps (the double twin's also serve CpuLaneBluesteinD). The intermediate is held in tiles of w2 rows:
    // element (k1, j2) at (k1/w2)*n2*w2 + j2*w2 + k1%w2, so a row block is one contiguous run.

    /** The column block at c0 (lanes = columns c0 + b, elements k1) times w_n^(k1*(c0+b)), or its conjugate. */
    void twiddleColumns(CpuLaneFftF fft, int c0, boolean forward) {
        twiddle(fft.re, fft.im, n1, w1, laneTwRe, laneTwIm, c0, forward);
    }

    //D /** The row block at r0 (lanes = rows r0 + b, elements j2) times w_n^(j2*(r0+b)), or its conjugate. */
    //D void twiddleRows(CpuLaneFftD fft, int r0, boolean forward) {
    //D     twiddle(fft.re, fft.im, n2, w2, rowTwRe, rowTwIm, r0, forward);
    //D }
    //D
    /** Element e, lane b times w_n^(e*(base+b)) = w_n^(e*base) * table[e*width + b] (conjugated unless forward). */
    private void twiddle(float[] re, float[] im, int count, int width, float[] tabRe, float[] tabIm, int base,
            boolean forward) {
        int n = n1 * n2;
        int shift = Integer.numberOfTrailingZeros(n2);
        int step = SPECIES.length();
        for (int e = 0; e < count; e++) {
            // w_n^(e*base) in double from the coarse and fine tables.
            long x = ((long) e * base) % n;
            int q = (int) (x >>> shift);
            int r = (int) (x & (n2 - 1));
            double cr = coarse[2 * q], ci = coarse[2 * q + 1];
            double fr = fine[2 * r], fi = fine[2 * r + 1];
            FloatVector sr = FloatVector.broadcast(SPECIES, (float) (cr * fr - ci * fi));
            FloatVector si = FloatVector.broadcast(SPECIES, (float) (cr * fi + ci * fr));
            int at = e * width;
            for (int c = 0; c < width; c += step) {
                FloatVector tr = FloatVector.fromArray(SPECIES, tabRe, at + c);
                FloatVector ti = FloatVector.fromArray(SPECIES, tabIm, at + c);
                FloatVector wr = tr.mul(sr).sub(ti.mul(si));
                FloatVector wi = tr.mul(si).add(ti.mul(sr));
                if (!forward) {
                    wi = wi.neg();
                }
                FloatVector vr = FloatVector.fromArray(SPECIES, re, at + c);
                FloatVector vi = FloatVector.fromArray(SPECIES, im, at + c);
                vr.mul(wr).sub(vi.mul(wi)).intoArray(re, at + c);
                vr.mul(wi).add(vi.mul(wr)).intoArray(im, at + c);
            }
        }
    }

    /** Stores the column block at c0 (elements k1, lanes j2 = c0 + b) into the tiles. */
    void storeTiles(CpuLaneFftF fft, int c0, float[] midRe, float[] midIm) {
        float[] re = fft.re;
        float[] im = fft.im;
        for (int k1 = 0; k1 < n1; k1++) {
            int tile = (k1 / w2) * n2 * w2 + k1 % w2 + c0 * w2;
            int at = k1 * w1;
            for (int b = 0; b < w1; b++) {
                midRe[tile + b * w2] = re[at + b];
                midIm[tile + b * w2] = im[at + b];
            }
        }
    }

    /** Loads the column block at c0 back from the tiles (the inverse of {@link #storeTiles}). */
    void loadTiles(float[] midRe, float[] midIm, int c0, CpuLaneFftF fft) {
        float[] re = fft.re;
        float[] im = fft.im;
        for (int k1 = 0; k1 < n1; k1++) {
            int tile = (k1 / w2) * n2 * w2 + k1 % w2 + c0 * w2;
            int at = k1 * w1;
            for (int b = 0; b < w1; b++) {
                re[at + b] = midRe[tile + b * w2];
                im[at + b] = midIm[tile + b * w2];
            }
        }
    }

    /** Loads the row block at r0 (lanes = rows r0 + b) from the tiles: one contiguous copy. */
    void loadRows(float[] midRe, float[] midIm, int r0, CpuLaneFftF fft) {
        System.arraycopy(midRe, r0 * n2, fft.re, 0, n2 * w2);
        System.arraycopy(midIm, r0 * n2, fft.im, 0, n2 * w2);
    }

    /** Stores the row block at r0 back into its tiles. */
    void storeRows(CpuLaneFftF fft, int r0, float[] midRe, float[] midIm) {
        System.arraycopy(fft.re, 0, midRe, r0 * n2, n2 * w2);
        System.arraycopy(fft.im, 0, midIm, r0 * n2, n2 * w2);
    }
}
