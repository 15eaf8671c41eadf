package org.sciaccel.cpu.fft;

/**
 * The twiddles w_n^e (w_n = exp(-2 pi i/n)) of a four-step split n = n1 x n2 without an n-long
 * table: with e = q*n2 + r, w_n^e = w_n1^q * w_n^r, the product of a "coarse" table of n1 and a
 * "fine" table of n2 entries, both exact in double. Shared by the plain and the SIMD four-steps.
 */
final class CpuFourStepTwiddles {
    private CpuFourStepTwiddles() {
    }

    /** w_n1^q for q < n1, interleaved (re, im). */
    static double[] coarse(int n1) {
        double[] c = new double[2 * n1];
        for (int q = 0; q < n1; q++) {
            double a = -2 * Math.PI * q / n1;
            c[2 * q] = Math.cos(a);
            c[2 * q + 1] = Math.sin(a);
        }
        return c;
    }

    /** w_n^r for r < n2 with n = n1*n2, interleaved (re, im). */
    static double[] fine(int n1, int n2) {
        double n = (double) n1 * n2;
        double[] f = new double[2 * n2];
        for (int r = 0; r < n2; r++) {
            double a = -2 * Math.PI * r / n;
            f[2 * r] = Math.cos(a);
            f[2 * r + 1] = Math.sin(a);
        }
        return f;
    }

    /**
     * w_n^(e*b) for e < count and b < width, at e*width + b, as {re, im}: a block's twiddles
     * relative to its first line (the SIMD four-steps multiply them by w_n^(e*first)).
     */
    static double[][] lanes(int count, int width, long n) {
        double[] re = new double[count * width];
        double[] im = new double[count * width];
        for (int e = 0; e < count; e++) {
            for (int b = 0; b < width; b++) {
                double a = -2 * Math.PI * (((long) e * b) % n) / n;
                re[e * width + b] = Math.cos(a);
                im[e * width + b] = Math.sin(a);
            }
        }
        return new double[][] {re, im};
    }
}
