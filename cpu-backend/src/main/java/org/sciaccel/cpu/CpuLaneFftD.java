package org.sciaccel.cpu;

import java.util.concurrent.ConcurrentHashMap;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double-precision twin of {@link CpuLaneFftF} (Java has no generics over primitive types):
 * double-precision FFTs of a block of lines at once with SIMD across the lines. The block is held
 * in "lane layout": element j of line c at index {@code j*width + c} of split real and imaginary
 * arrays, so every butterfly is the same arithmetic on whole vectors of lines with the twiddle
 * broadcast, and no vector ever needs its lanes shuffled. (pocketfft vectorises its
 * multi-dimensional transforms the same way.) The SIMD comes from the JDK's vector API: C2's
 * auto-vectoriser leaves these butterflies scalar.
 *
 * <p>Radix-4 Stockham passes (one radix-2 pass when log2 n is odd) between two pairs of arrays;
 * powers of two only. One instance is one thread's workspace; twiddles are shared per length.
 * Only used when {@link CpuSimd#enabled()}.
 */
final class CpuLaneFftD {
    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /** Longest line: the four arrays of a block stay within a few MiB. */
    static final int MAX_N = 1 << 14;
    /** Doubles per array of a block (n * width) up to which two vectors of lines are taken, measured best. */
    private static final int WIDE_BLOCK = 1 << 16;

    /** Per length: {re, im forward, im inverse} of exp(-2 pi i t/n). */
    private static final ConcurrentHashMap<Integer, double[][]> TWIDDLES = new ConcurrentHashMap<>();

    final int n;
    /** Lines per block: a multiple of the vector length. */
    final int width;
    /** The block's data (input before, result after {@link #transform}). */
    double[] re;
    double[] im;
    private double[] tr;
    private double[] ti;
    private final double[] wr;
    private final double[] wiForward;
    private final double[] wiInverse;

    static boolean supports(int n) {
        return n >= 2 && n <= MAX_N && Integer.bitCount(n) == 1;
    }

    /** Lines per block for length n: two vectors while the block is small, else one. */
    static int width(int n) {
        int lanes = SPECIES.length();
        return (long) n * 2 * lanes <= WIDE_BLOCK ? 2 * lanes : lanes;
    }

    /** Lines per block for length n when only {@code lines} lines are there: no more vectors than needed. */
    static int width(int n, int lines) {
        int lanes = SPECIES.length();
        return Math.min(width(n), Math.max(1, (lines + lanes - 1) / lanes) * lanes);
    }

    /** Whether a batch of {@code lines} lines fills enough of a vector for the lanes to pay. */
    static boolean worthIt(int lines) {
        return lines >= Math.max(2, SPECIES.length() / 4);
    }

    /** A workspace for one thread with blocks of {@code width} lines (a multiple of the vector length). */
    static CpuLaneFftD newWorkspace(int n, int width) {
        if (!supports(n)) {
            throw new IllegalArgumentException("lane FFT length " + n + " is not a power of two in [2, " + MAX_N + "]");
        }
        if (width <= 0 || width % SPECIES.length() != 0) {
            throw new IllegalArgumentException("lane FFT width " + width + " is not a multiple of " + SPECIES.length());
        }
        return new CpuLaneFftD(n, width, TWIDDLES.computeIfAbsent(n, CpuLaneFftD::twiddles));
    }

    private static double[][] twiddles(int n) {
        double[][] w = new double[3][n];
        for (int t = 0; t < n; t++) {
            double a = -2 * Math.PI * t / n;
            w[0][t] = Math.cos(a);
            w[1][t] = Math.sin(a);
            w[2][t] = -w[1][t];
        }
        return w;
    }

    private CpuLaneFftD(int n, int width, double[][] w) {
        this.n = n;
        this.width = width;
        wr = w[0];
        wiForward = w[1];
        wiInverse = w[2];
        re = new double[n * width];
        im = new double[n * width];
        tr = new double[n * width];
        ti = new double[n * width];
    }

    /** Transforms the block in place (unscaled): the result is in {@link #re}, {@link #im}. */
    void transform(boolean forward) {
        double[] wi = forward ? wiForward : wiInverse;
        int len = n;
        int s = 1;
        while (len > 1) {
            if (len % 4 == 0) {
                pass4(re, im, tr, ti, len / 4, s, wi, forward);
                len /= 4;
                s *= 4;
            } else {
                pass2(re, im, tr, ti, len / 2, s, wi);
                len /= 2;
                s *= 2;
            }
            double[] t = re;
            re = tr;
            tr = t;
            t = im;
            im = ti;
            ti = t;
        }
    }

    // Stockham pass of radix p with m = len/p and s = n/len (element rows of `width` lanes):
    // y[q + s*(p*j + k)] = w_len^(j*k) * sum_r x[q + s*(j + r*m)] * w_p^(r*k), for j < m, q < s;
    // w_len^(j*k) = w_n^(j*k*s) from the length-n table. For j = 0 every twiddle is 1.

    private void pass2(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, double[] wi) {
        int w = width;
        int step = SPECIES.length();
        for (int j = 0; j < m; j++) {
            DoubleVector w1r = DoubleVector.broadcast(SPECIES, wr[j * s]);
            DoubleVector w1i = DoubleVector.broadcast(SPECIES, wi[j * s]);
            for (int q = 0; q < s; q++) {
                int x0 = (q + s * j) * w;
                int x1 = (q + s * (j + m)) * w;
                int y0 = (q + s * 2 * j) * w;
                int y1 = y0 + s * w;
                for (int c = 0; c < w; c += step) {
                    DoubleVector ar = DoubleVector.fromArray(SPECIES, xr, x0 + c);
                    DoubleVector ai = DoubleVector.fromArray(SPECIES, xi, x0 + c);
                    DoubleVector br = DoubleVector.fromArray(SPECIES, xr, x1 + c);
                    DoubleVector bi = DoubleVector.fromArray(SPECIES, xi, x1 + c);
                    ar.add(br).intoArray(yr, y0 + c);
                    ai.add(bi).intoArray(yi, y0 + c);
                    DoubleVector dr = ar.sub(br);
                    DoubleVector di = ai.sub(bi);
                    dr.mul(w1r).sub(di.mul(w1i)).intoArray(yr, y1 + c);
                    dr.mul(w1i).add(di.mul(w1r)).intoArray(yi, y1 + c);
                }
            }
        }
    }

    private void pass4(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, double[] wi, boolean forward) {
        int w = width;
        int step = SPECIES.length();
        for (int j = 0; j < m; j++) {
            int t = j * s;
            DoubleVector w1r = DoubleVector.broadcast(SPECIES, wr[t]);
            DoubleVector w1i = DoubleVector.broadcast(SPECIES, wi[t]);
            DoubleVector w2r = DoubleVector.broadcast(SPECIES, wr[2 * t]);
            DoubleVector w2i = DoubleVector.broadcast(SPECIES, wi[2 * t]);
            DoubleVector w3r = DoubleVector.broadcast(SPECIES, wr[3 * t]);
            DoubleVector w3i = DoubleVector.broadcast(SPECIES, wi[3 * t]);
            boolean twiddled = j > 0;
            for (int q = 0; q < s; q++) {
                int x0 = (q + s * j) * w;
                int x1 = x0 + s * m * w;
                int x2 = x1 + s * m * w;
                int x3 = x2 + s * m * w;
                int y0 = (q + s * 4 * j) * w;
                int y1 = y0 + s * w;
                int y2 = y1 + s * w;
                int y3 = y2 + s * w;
                for (int c = 0; c < w; c += step) {
                    DoubleVector a0r = DoubleVector.fromArray(SPECIES, xr, x0 + c);
                    DoubleVector a0i = DoubleVector.fromArray(SPECIES, xi, x0 + c);
                    DoubleVector a1r = DoubleVector.fromArray(SPECIES, xr, x1 + c);
                    DoubleVector a1i = DoubleVector.fromArray(SPECIES, xi, x1 + c);
                    DoubleVector a2r = DoubleVector.fromArray(SPECIES, xr, x2 + c);
                    DoubleVector a2i = DoubleVector.fromArray(SPECIES, xi, x2 + c);
                    DoubleVector a3r = DoubleVector.fromArray(SPECIES, xr, x3 + c);
                    DoubleVector a3i = DoubleVector.fromArray(SPECIES, xi, x3 + c);
                    DoubleVector s02r = a0r.add(a2r);
                    DoubleVector s02i = a0i.add(a2i);
                    DoubleVector d02r = a0r.sub(a2r);
                    DoubleVector d02i = a0i.sub(a2i);
                    DoubleVector s13r = a1r.add(a3r);
                    DoubleVector s13i = a1i.add(a3i);
                    // (x1 - x3) rotated by -i (forward) or +i (inverse).
                    DoubleVector d13r = forward ? a1i.sub(a3i) : a3i.sub(a1i);
                    DoubleVector d13i = forward ? a3r.sub(a1r) : a1r.sub(a3r);
                    s02r.add(s13r).intoArray(yr, y0 + c);
                    s02i.add(s13i).intoArray(yi, y0 + c);
                    DoubleVector v1r = d02r.add(d13r);
                    DoubleVector v1i = d02i.add(d13i);
                    DoubleVector v2r = s02r.sub(s13r);
                    DoubleVector v2i = s02i.sub(s13i);
                    DoubleVector v3r = d02r.sub(d13r);
                    DoubleVector v3i = d02i.sub(d13i);
                    if (twiddled) {
                        v1r.mul(w1r).sub(v1i.mul(w1i)).intoArray(yr, y1 + c);
                        v1r.mul(w1i).add(v1i.mul(w1r)).intoArray(yi, y1 + c);
                        v2r.mul(w2r).sub(v2i.mul(w2i)).intoArray(yr, y2 + c);
                        v2r.mul(w2i).add(v2i.mul(w2r)).intoArray(yi, y2 + c);
                        v3r.mul(w3r).sub(v3i.mul(w3i)).intoArray(yr, y3 + c);
                        v3r.mul(w3i).add(v3i.mul(w3r)).intoArray(yi, y3 + c);
                    } else {
                        v1r.intoArray(yr, y1 + c);
                        v1i.intoArray(yi, y1 + c);
                        v2r.intoArray(yr, y2 + c);
                        v2i.intoArray(yi, y2 + c);
                        v3r.intoArray(yr, y3 + c);
                        v3i.intoArray(yi, y3 + c);
                    }
                }
            }
        }
    }
}
