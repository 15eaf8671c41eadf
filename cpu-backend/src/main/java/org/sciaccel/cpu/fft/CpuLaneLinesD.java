// GENERATED from CpuLaneLinesF.java by tools/generate-twins.sh — do not edit; edit the master and regenerate.
package org.sciaccel.cpu.fft;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.sciaccel.cpu.CpuThreads;

/**
 * Double-precision FFTs along one axis with {@link CpuLaneFftD}: blocks of lines are copied into
 * lane layout (the lines along the vector lanes), transformed together, and copied back. Along a
 * non-last axis the lines of a block are adjacent, so each element row of the block is one
 * contiguous read; along the last axis the copy is a transpose through the cache. Only used when
 * {@link org.sciaccel.cpu.CpuSimd#enabled()}.
 */
final class CpuLaneLinesD {
    private static final VectorSpecies<Double> SPECIES = CpuLaneFftD.SPECIES;

    private CpuLaneLinesD() {
    }

    /**
     * complex128 lines of a length n that {@link CpuLaneFftD#supports}: line (o, i) of the
     * input starts at complex index {@code o*lenIn*inner + i}, its elements {@code inner} apart; the
     * first {@code copy} are read, the rest zero. The result is written the same way with length n.
     */
    static void complex(double[] in, double[] out, int outer, int inner, int lenIn, int n, int copy, boolean forward,
            double scale, CpuThreads threads) {
        boolean adjacent = inner > 1;
        int w = CpuLaneFftD.width(n, adjacent ? inner : outer);
        // Along a non-last axis a block is `w` adjacent lines of one outer index; along the last
        // axis (inner == 1) it is `w` consecutive lines.
        int perOuter = adjacent ? (inner + w - 1) / w : 1;
        int blocks = adjacent ? outer * perOuter : (outer + w - 1) / w;
        long work = (long) outer * inner * n * (32 - Integer.numberOfLeadingZeros(n));
        threads.parallelFor(blocks, work, (from, to) -> {
            CpuLaneFftD fft = CpuLaneFftD.newWorkspace(n, w);
            for (int blk = from; blk < to; blk++) {
                long inBase;
                long outBase;
                int lines;
                int lineStrideIn;
                int lineStrideOut;
                int elemStride;
                if (adjacent) {
                    int o = blk / perOuter;
                    int c0 = (blk % perOuter) * w;
                    lines = Math.min(w, inner - c0);
                    inBase = (long) o * lenIn * inner + c0;
                    outBase = (long) o * n * inner + c0;
                    lineStrideIn = 1;
                    lineStrideOut = 1;
                    elemStride = inner;
                } else {
                    int l0 = blk * w;
                    lines = Math.min(w, outer - l0);
                    inBase = (long) l0 * lenIn;
                    outBase = (long) l0 * n;
                    lineStrideIn = lenIn;
                    lineStrideOut = n;
                    elemStride = 1;
                }
                load(in, inBase, lineStrideIn, elemStride, copy, lines, fft);
                fft.transform(forward);
                store(fft, n, lines, scale, out, outBase, lineStrideOut, elemStride);
            }
        });
    }

    /**
     * rfft of float64 rows (along the last axis) of even length n with n/2 supported by the lane
     * FFT: z_j = x_2j + i x_2j+1 transformed with length h = n/2, then
     * X_k = E_k + w^k O_k with E_k = (Z_k + conj Z_h-k)/2, O_k = (Z_k - conj Z_h-k)/(2i), for every
     * row of the block at once. Row r of the input starts at {@code r*lenIn} (first {@code copy}
     * values read, the rest zero); the result row r (h+1 complex128) at complex index {@code r*(h+1)}.
     */
    static void realRows(double[] in, double[] out, int rows, int lenIn, int n, int copy, double scale, double[] w,
            CpuThreads threads) {
        int h = n / 2;
        int width = CpuLaneFftD.width(h, rows);
        int blocks = (rows + width - 1) / width;
        long work = (long) rows * n * (32 - Integer.numberOfLeadingZeros(n));
        threads.parallelFor(blocks, work, (from, to) -> {
            CpuLaneFftD fft = CpuLaneFftD.newWorkspace(h, width);
            double[] ur = new double[(h + 1) * width];
            double[] ui = new double[(h + 1) * width];
            for (int blk = from; blk < to; blk++) {
                int r0 = blk * width;
                int lines = Math.min(width, rows - r0);
                loadPackedReal(in, (long) r0 * lenIn, lenIn, copy, lines, fft);
                fft.transform(true);
                unpackReal(fft.re, fft.im, h, width, w, ur, ui);
                for (int b = 0; b < lines; b++) {
                    int o = 2 * (r0 + b) * (h + 1);
                    for (int k = 0; k <= h; k++) {
                        out[o + 2 * k] = ur[k * width + b] * scale;
                        out[o + 2 * k + 1] = ui[k * width + b] * scale;
                    }
                }
            }
        });
    }

    /**
     * irfft along the last axis: complex128 rows (the first {@code copy} of {@code lenIn} values read,
     * the rest zero; row r at complex index {@code r*lenIn}) to float64 rows of even length n (row r
     * at {@code r*n}), with n/2 supported by the lane FFT. Z_k = A_k + i w^-k B_k with
     * A = X_k + conj X_h-k and B = X_k - conj X_h-k, whose length-h inverse holds y_2m + i y_2m+1; the
     * imaginary parts of X_0 and X_h are ignored, as pocketfft ignores them.
     */
    static void complexToRealRows(double[] in, double[] out, int rows, int lenIn, int n, int copy, double scale,
            double[] w, CpuThreads threads) {
        int h = n / 2;
        int width = CpuLaneFftD.width(h, rows);
        int blocks = (rows + width - 1) / width;
        long work = (long) rows * n * (32 - Integer.numberOfLeadingZeros(n));
        threads.parallelFor(blocks, work, (from, to) -> {
            CpuLaneFftD fft = CpuLaneFftD.newWorkspace(h, width);
            double[] xr = new double[(h + 1) * width];
            double[] xi = new double[(h + 1) * width];
            for (int blk = from; blk < to; blk++) {
                int r0 = blk * width;
                int lines = Math.min(width, rows - r0);
                for (int b = 0; b < lines; b++) {
                    int src = 2 * (r0 + b) * lenIn;
                    for (int k = 0; k < copy; k++) {
                        xr[k * width + b] = in[src + 2 * k];
                        xi[k * width + b] = in[src + 2 * k + 1];
                    }
                }
                java.util.Arrays.fill(xr, copy * width, (h + 1) * width, 0.0);
                java.util.Arrays.fill(xi, copy * width, (h + 1) * width, 0.0);
                java.util.Arrays.fill(xi, 0, width, 0.0);
                java.util.Arrays.fill(xi, h * width, (h + 1) * width, 0.0);
                packHermitian(xr, xi, h, width, w, fft.re, fft.im);
                fft.transform(false);
                double[] re = fft.re;
                double[] im = fft.im;
                for (int b = 0; b < lines; b++) {
                    int dst = (r0 + b) * n;
                    for (int m = 0; m < h; m++) {
                        out[dst + 2 * m] = re[m * width + b] * scale;
                        out[dst + 2 * m + 1] = im[m * width + b] * scale;
                    }
                }
            }
        });
    }

    /** Z_k for k < h of every lane from the half spectrum X_0..X_h (lane layout); see {@link #complexToRealRows}. */
    private static void packHermitian(double[] xr, double[] xi, int h, int width, double[] w, double[] zr, double[] zi) {
        int step = SPECIES.length();
        for (int k = 0; k < h; k++) {
            DoubleVector wr = DoubleVector.broadcast(SPECIES, w[2 * k]);
            DoubleVector wi = DoubleVector.broadcast(SPECIES, -w[2 * k + 1]);
            int ka = k * width;
            int kc = (h - k) * width;
            for (int c = 0; c < width; c += step) {
                DoubleVector ar = DoubleVector.fromArray(SPECIES, xr, ka + c);
                DoubleVector ai = DoubleVector.fromArray(SPECIES, xi, ka + c);
                DoubleVector cr = DoubleVector.fromArray(SPECIES, xr, kc + c);
                DoubleVector ci = DoubleVector.fromArray(SPECIES, xi, kc + c).neg();
                DoubleVector sr = ar.add(cr);
                DoubleVector si = ai.add(ci);
                DoubleVector dr = ar.sub(cr);
                DoubleVector di = ai.sub(ci);
                // t = d * conj(w_k); z = s + i t
                DoubleVector tr = dr.mul(wr).sub(di.mul(wi));
                DoubleVector ti = dr.mul(wi).add(di.mul(wr));
                sr.sub(ti).intoArray(zr, ka + c);
                si.add(tr).intoArray(zi, ka + c);
            }
        }
    }

    /** X_k for k = 0..h of every lane from the packed half-length transform Z (lane layout). */
    private static void unpackReal(double[] zr, double[] zi, int h, int width, double[] w, double[] ur, double[] ui) {
        int step = SPECIES.length();
        DoubleVector half = DoubleVector.broadcast(SPECIES, 0.5);
        for (int c = 0; c < width; c += step) {
            DoubleVector z0r = DoubleVector.fromArray(SPECIES, zr, c);
            DoubleVector z0i = DoubleVector.fromArray(SPECIES, zi, c);
            z0r.add(z0i).intoArray(ur, c);
            DoubleVector.zero(SPECIES).intoArray(ui, c);
            z0r.sub(z0i).intoArray(ur, h * width + c);
            DoubleVector.zero(SPECIES).intoArray(ui, h * width + c);
        }
        for (int k = 1; k < h; k++) {
            DoubleVector wr = DoubleVector.broadcast(SPECIES, w[2 * k]);
            DoubleVector wi = DoubleVector.broadcast(SPECIES, w[2 * k + 1]);
            int ka = k * width;
            int kb = (h - k) * width;
            for (int c = 0; c < width; c += step) {
                DoubleVector ar = DoubleVector.fromArray(SPECIES, zr, ka + c);
                DoubleVector ai = DoubleVector.fromArray(SPECIES, zi, ka + c);
                DoubleVector br = DoubleVector.fromArray(SPECIES, zr, kb + c);
                DoubleVector bi = DoubleVector.fromArray(SPECIES, zi, kb + c).neg();
                DoubleVector er = ar.add(br).mul(half);
                DoubleVector ei = ai.add(bi).mul(half);
                // O = (Z_k - conj Z_h-k) / (2i)
                DoubleVector or = ai.sub(bi).mul(half);
                DoubleVector oi = br.sub(ar).mul(half);
                er.add(or.mul(wr)).sub(oi.mul(wi)).intoArray(ur, ka + c);
                ei.add(or.mul(wi)).add(oi.mul(wr)).intoArray(ui, ka + c);
            }
        }
    }

    /** Copies `lines` complex lines into the block (the rest of each element row is left as it was). */
    private static void load(double[] a, long base, int lineStride, int elemStride, int copy, int lines,
            CpuLaneFftD fft) {
        int w = fft.width;
        double[] re = fft.re;
        double[] im = fft.im;
        if (lineStride == 1) {
            for (int j = 0; j < copy; j++) {
                int src = (int) (2 * (base + (long) j * elemStride));
                int dst = j * w;
                for (int b = 0; b < lines; b++) {
                    re[dst + b] = a[src + 2 * b];
                    im[dst + b] = a[src + 2 * b + 1];
                }
            }
        } else {
            for (int b = 0; b < lines; b++) {
                int src = (int) (2 * (base + (long) b * lineStride));
                for (int j = 0; j < copy; j++) {
                    re[j * w + b] = a[src + 2 * j];
                    im[j * w + b] = a[src + 2 * j + 1];
                }
            }
        }
        java.util.Arrays.fill(re, copy * w, fft.n * w, 0.0);
        java.util.Arrays.fill(im, copy * w, fft.n * w, 0.0);
    }

    private static void store(CpuLaneFftD fft, int count, int lines, double scale, double[] a, long base,
            int lineStride, int elemStride) {
        int w = fft.width;
        double[] re = fft.re;
        double[] im = fft.im;
        if (lineStride == 1) {
            for (int j = 0; j < count; j++) {
                int dst = (int) (2 * (base + (long) j * elemStride));
                int src = j * w;
                for (int b = 0; b < lines; b++) {
                    a[dst + 2 * b] = re[src + b] * scale;
                    a[dst + 2 * b + 1] = im[src + b] * scale;
                }
            }
        } else {
            for (int b = 0; b < lines; b++) {
                int dst = (int) (2 * (base + (long) b * lineStride));
                for (int j = 0; j < count; j++) {
                    a[dst + 2 * j] = re[j * w + b] * scale;
                    a[dst + 2 * j + 1] = im[j * w + b] * scale;
                }
            }
        }
    }

    /** Real rows packed as z_j = x_2j + i x_2j+1 into the block; samples from {@code copy} on are zero. */
    private static void loadPackedReal(double[] a, long base, int lenIn, int copy, int lines, CpuLaneFftD fft) {
        int w = fft.width;
        int h = fft.n;
        double[] re = fft.re;
        double[] im = fft.im;
        int pairs = copy / 2;
        for (int b = 0; b < lines; b++) {
            int src = (int) (base + (long) b * lenIn);
            for (int j = 0; j < pairs; j++) {
                re[j * w + b] = a[src + 2 * j];
                im[j * w + b] = a[src + 2 * j + 1];
            }
            if (copy % 2 == 1) {
                re[pairs * w + b] = a[src + copy - 1];
                im[pairs * w + b] = 0.0;
            }
        }
        int zeroFrom = (pairs + copy % 2) * w;
        java.util.Arrays.fill(re, zeroFrom, h * w, 0.0);
        java.util.Arrays.fill(im, zeroFrom, h * w, 0.0);
    }
}
