package org.sciaccel.cpu.fft;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.cpu.CpuWorkArrays;

/**
 * Bluestein's convolution for one long complex128 line, fused into the SIMD lane four-step
 * ({@link CpuLaneFourStepD}) of its power-of-two length m = n1 x n2. A convolution only needs the
 * spectrum pointwise, in any order, so the spectrum never takes its natural order: (1) column
 * blocks read x_j c_j (the chirp-weighted input, zero from n on) straight from the caller's
 * array, transform, twiddle and store into tiles; (2) each row block is transformed, multiplied
 * by the kernel's spectrum (kept in the same tile order), transformed back, twiddled and stored in
 * place; (3) column blocks are transformed back and written as y_j c_j straight into the result.
 * Compared with two separate transforms this saves the transposed stores, the separate
 * element-wise passes and the m-long work array. Only used when {@link org.sciaccel.cpu.CpuSimd#enabled()}.
 */
final class CpuLaneBluesteinD {
    private static final VectorSpecies<Double> SPECIES = CpuLaneFftD.SPECIES;

    private final int n;
    private final int m;
    private final CpuLaneFourStepD split;
    /** c_j = exp(-pi i j^2 / n), interleaved (the forward chirp). */
    private final double[] chirp;
    /** The kernel's spectra in tile order, {re, im} per direction. */
    private final double[][] kernelForward;
    private final double[][] kernelInverse;

    /** Whether the lane version applies to a convolution of length m (a power of two: its four-step uses shifts). */
    static boolean supports(int m) {
        int n1 = CpuFftPlanD.fourStepRows(m, new int[0]);
        return Integer.bitCount(m) == 1 && n1 > 0 && CpuLaneFourStepD.supports(n1, m / n1);
    }

    /**
     * @param chirp c_j for j < n, interleaved
     * @param kernelForward the natural-order spectrum (2m interleaved) of the forward kernel
     * @param kernelInverse the same for the inverse direction
     */
    CpuLaneBluesteinD(int n, int m, double[] chirp, double[] kernelForward, double[] kernelInverse) {
        int n1 = CpuFftPlanD.fourStepRows(m, new int[0]);
        this.n = n;
        this.m = m;
        this.split = new CpuLaneFourStepD(n1, m / n1);
        this.chirp = chirp;
        this.kernelForward = toTiles(kernelForward);
        this.kernelInverse = toTiles(kernelInverse);
    }

    /** Spectrum index k = k1 + n1*k2 moved to tile position (k1/w2)*n2*w2 + k2*w2 + k1%w2. */
    private double[][] toTiles(double[] spectrum) {
        int n1 = split.n1;
        int n2 = split.n2;
        int w2 = split.w2;
        double[] re = new double[m];
        double[] im = new double[m];
        for (int k2 = 0; k2 < n2; k2++) {
            for (int k1 = 0; k1 < n1; k1++) {
                int t = (k1 / w2) * n2 * w2 + k2 * w2 + k1 % w2;
                re[t] = spectrum[2 * (k1 + n1 * k2)];
                im[t] = spectrum[2 * (k1 + n1 * k2) + 1];
            }
        }
        return new double[][] {re, im};
    }

    /** Transforms {@code src} into {@code dst} (2n doubles each, possibly the same array) times {@code scale}. */
    void transform(double[] src, double[] dst, boolean forward, double scale, CpuThreads threads) {
        int n1 = split.n1;
        int n2 = split.n2;
        int w1 = split.w1;
        int w2 = split.w2;
        double sign = forward ? 1 : -1;
        double[] midRe = CpuWorkArrays.doubles(m);
        double[] midIm = CpuWorkArrays.doubles(m);
        long work = (long) m * 8;
        threads.parallelFor(n2 / w1, work, (from, to) -> {
            CpuLaneFftD fft = CpuLaneFftD.newWorkspace(n1, w1);
            for (int cb = from; cb < to; cb++) {
                int c0 = cb * w1;
                double[] re = fft.re;
                double[] im = fft.im;
                for (int j1 = 0; j1 < n1; j1++) {
                    int d = j1 * w1;
                    int j0 = j1 * n2 + c0;
                    for (int b = 0; b < w1; b++) {
                        int j = j0 + b;
                        if (j < n) {
                            double cr = chirp[2 * j], ci = sign * chirp[2 * j + 1];
                            double xr = src[2 * j], xi = src[2 * j + 1];
                            re[d + b] = xr * cr - xi * ci;
                            im[d + b] = xr * ci + xi * cr;
                        } else {
                            re[d + b] = 0;
                            im[d + b] = 0;
                        }
                    }
                }
                fft.transform(true);
                split.twiddleColumns(fft, c0, true);
                split.storeTiles(fft, c0, midRe, midIm);
            }
        });
        double[][] k = forward ? kernelForward : kernelInverse;
        threads.parallelFor(n1 / w2, work, (from, to) -> {
            CpuLaneFftD fft = CpuLaneFftD.newWorkspace(n2, w2);
            int step = SPECIES.length();
            for (int rb = from; rb < to; rb++) {
                int r0 = rb * w2;
                split.loadRows(midRe, midIm, r0, fft);
                fft.transform(true);
                double[] re = fft.re;
                double[] im = fft.im;
                int base = r0 * n2;
                for (int i = 0; i < n2 * w2; i += step) {
                    DoubleVector ar = DoubleVector.fromArray(SPECIES, re, i);
                    DoubleVector ai = DoubleVector.fromArray(SPECIES, im, i);
                    DoubleVector kr = DoubleVector.fromArray(SPECIES, k[0], base + i);
                    DoubleVector ki = DoubleVector.fromArray(SPECIES, k[1], base + i);
                    ar.mul(kr).sub(ai.mul(ki)).intoArray(re, i);
                    ar.mul(ki).add(ai.mul(kr)).intoArray(im, i);
                }
                fft.transform(false);
                split.twiddleRows(fft, r0, false);
                split.storeRows(fft, r0, midRe, midIm);
            }
        });
        double inv = scale / m;
        threads.parallelFor(n2 / w1, work, (from, to) -> {
            CpuLaneFftD fft = CpuLaneFftD.newWorkspace(n1, w1);
            for (int cb = from; cb < to; cb++) {
                int c0 = cb * w1;
                if (c0 >= n) {
                    continue;
                }
                split.loadTiles(midRe, midIm, c0, fft);
                fft.transform(false);
                double[] re = fft.re;
                double[] im = fft.im;
                for (int j1 = 0; j1 < n1; j1++) {
                    int d = j1 * w1;
                    int j0 = j1 * n2 + c0;
                    int count = Math.min(w1, n - j0);
                    for (int b = 0; b < count; b++) {
                        int j = j0 + b;
                        double cr = chirp[2 * j], ci = sign * chirp[2 * j + 1];
                        double vr = re[d + b] * inv, vi = im[d + b] * inv;
                        dst[2 * j] = vr * cr - vi * ci;
                        dst[2 * j + 1] = vr * ci + vi * cr;
                    }
                }
            }
        });
        CpuWorkArrays.giveBack(midRe);
        CpuWorkArrays.giveBack(midIm);
    }
}
