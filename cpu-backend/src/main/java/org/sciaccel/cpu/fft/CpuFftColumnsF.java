package org.sciaccel.cpu.fft;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Single-precision FFTs of a block of up to {@link #width} lines of a power-of-two length n held
 * "by rows": element j of every line in its own pair of arrays {@code re[j], im[j]} (split real and
 * imaginary parts), the line index innermost. Each Stockham pass runs its butterflies as loops
 * over the bare line index of whole row arrays: contiguous sweeps with no interleaving, the
 * twiddles loaded once per row. (Measured on JDK 17: C2 does not vectorise these butterflies with
 * four or more stored arrays per loop, so the gain over the interleaved blocks is smaller than
 * SIMD would give; radix 8 was slower than radix 4 here.) Used for the transforms along a non-last
 * axis (e.g. the column pass of rfft2), where a block of adjacent columns is gathered from
 * contiguous rows.
 */
final class CpuFftColumnsF {
    /** Most lines per block: measured best of 8..256 for rfft2 2048x2048. */
    private static final int MAX_WIDTH = 64;
    /** Complex values per block buffer: bounds the workspace (4 buffers) for long lines. */
    private static final int BLOCK_VALUES = 1 << 17;
    /** Longest line handled by rows (longer ones go through the interleaved plans). */
    private static final int MAX_N = 8192;

    /** Per length: {re, im} of exp(-2 pi i t/n) for t < n, forward sign, rounded from double. */
    private static final ConcurrentHashMap<Integer, float[][]> TWIDDLES = new ConcurrentHashMap<>();

    private final int n;
    private final float[] wr;
    private final float[] wi;
    private final float[][] xr;
    private final float[][] xi;
    private final float[][] yr;
    private final float[][] yi;

    /** Whether the row layout applies to length n (powers of two from 4 to {@link #MAX_N}). */
    static boolean supports(int n) {
        return n >= 4 && n <= MAX_N && Integer.bitCount(n) == 1;
    }

    /** Lines per block for length n: 64 up to n = 2048, fewer for longer lines (at least 16). */
    static int width(int n) {
        return Math.min(MAX_WIDTH, BLOCK_VALUES / n);
    }

    /** A workspace for one thread (the twiddles are shared per length). */
    static CpuFftColumnsF newWorkspace(int n) {
        return new CpuFftColumnsF(n, TWIDDLES.computeIfAbsent(n, CpuFftColumnsF::twiddles));
    }

    private static float[][] twiddles(int n) {
        float[][] w = new float[2][n];
        for (int t = 0; t < n; t++) {
            double a = -2 * Math.PI * t / n;
            w[0][t] = (float) Math.cos(a);
            w[1][t] = (float) Math.sin(a);
        }
        return w;
    }

    private CpuFftColumnsF(int n, float[][] w) {
        this.n = n;
        wr = w[0];
        wi = w[1];
        int width = width(n);
        xr = new float[n][width];
        xi = new float[n][width];
        yr = new float[n][width];
        yi = new float[n][width];
    }

    /**
     * Transforms the block of {@code width} complex64 lines with element j of line c at complex
     * index {@code base + j*stride + c} of {@code in} (the first {@code copy} elements; the rest
     * zero), writing the scaled result at {@code outBase + j*outStride + c} of {@code out}.
     */
    void transform(float[] in, long base, int stride, int copy, int width, boolean forward, float scale,
            float[] out, long outBase, int outStride) {
        for (int j = 0; j < copy; j++) {
            int src = (int) (2 * (base + (long) j * stride));
            float[] r = xr[j];
            float[] i = xi[j];
            for (int c = 0; c < width; c++) {
                r[c] = in[src + 2 * c];
                i[c] = in[src + 2 * c + 1];
            }
        }
        for (int j = copy; j < n; j++) {
            java.util.Arrays.fill(xr[j], 0, width, 0f);
            java.util.Arrays.fill(xi[j], 0, width, 0f);
        }
        boolean inX = run(width, forward ? 1f : -1f);
        float[][] rr = inX ? xr : yr;
        float[][] ri = inX ? xi : yi;
        for (int j = 0; j < n; j++) {
            int dst = (int) (2 * (outBase + (long) j * outStride));
            float[] r = rr[j];
            float[] i = ri[j];
            for (int c = 0; c < width; c++) {
                out[dst + 2 * c] = r[c] * scale;
                out[dst + 2 * c + 1] = i[c] * scale;
            }
        }
    }

    /** Runs the passes; returns whether the result ended in x. */
    private boolean run(int width, float sign) {
        float[][] ar = xr, ai = xi, br = yr, bi = yi;
        int len = n;
        int s = 1;
        while (len > 1) {
            if (len % 4 == 0) {
                pass4(ar, ai, br, bi, len / 4, s, width, sign);
                len /= 4;
                s *= 4;
            } else {
                pass2(ar, ai, br, bi, len / 2, s, width, sign);
                len /= 2;
                s *= 2;
            }
            float[][] t = ar;
            ar = br;
            br = t;
            t = ai;
            ai = bi;
            bi = t;
        }
        return ar == xr;
    }

    // Stockham pass of radix p with m = len/p and row stride s (rows = element indices):
    // y[q + s*(p*j + k)] = w_len^(j*k) * sum_r x[q + s*(j + r*m)] * w_p^(r*k), for j < m, q < s;
    // w_len^(jk) = exp(-2 pi i jk s/n) from the length-n table.

    private void pass2(float[][] xr, float[][] xi, float[][] yr, float[][] yi, int m, int s, int width,
            float sign) {
        for (int j = 0; j < m; j++) {
            float w1r = wr[j * s], w1i = sign * wi[j * s];
            for (int q = 0; q < s; q++) {
                float[] x0r = xr[q + s * j], x0i = xi[q + s * j];
                float[] x1r = xr[q + s * (j + m)], x1i = xi[q + s * (j + m)];
                float[] y0r = yr[q + s * 2 * j], y0i = yi[q + s * 2 * j];
                float[] y1r = yr[q + s * (2 * j + 1)], y1i = yi[q + s * (2 * j + 1)];
                for (int c = 0; c < width; c++) {
                    float ar = x0r[c], ai = x0i[c], br = x1r[c], bi = x1i[c];
                    y0r[c] = ar + br;
                    y0i[c] = ai + bi;
                    float dr = ar - br, di = ai - bi;
                    y1r[c] = dr * w1r - di * w1i;
                    y1i[c] = dr * w1i + di * w1r;
                }
            }
        }
    }

    private void pass4(float[][] xr, float[][] xi, float[][] yr, float[][] yi, int m, int s, int width,
            float sign) {
        for (int j = 0; j < m; j++) {
            int t = j * s;
            float w1r = wr[t], w1i = sign * wi[t];
            float w2r = wr[2 * t], w2i = sign * wi[2 * t];
            float w3r = wr[3 * t], w3i = sign * wi[3 * t];
            for (int q = 0; q < s; q++) {
                float[] x0r = xr[q + s * j], x0i = xi[q + s * j];
                float[] x1r = xr[q + s * (j + m)], x1i = xi[q + s * (j + m)];
                float[] x2r = xr[q + s * (j + 2 * m)], x2i = xi[q + s * (j + 2 * m)];
                float[] x3r = xr[q + s * (j + 3 * m)], x3i = xi[q + s * (j + 3 * m)];
                int b = q + s * 4 * j;
                float[] y0r = yr[b], y0i = yi[b];
                float[] y1r = yr[b + s], y1i = yi[b + s];
                float[] y2r = yr[b + 2 * s], y2i = yi[b + 2 * s];
                float[] y3r = yr[b + 3 * s], y3i = yi[b + 3 * s];
                for (int c = 0; c < width; c++) {
                    float a0r = x0r[c], a0i = x0i[c], a1r = x1r[c], a1i = x1i[c];
                    float a2r = x2r[c], a2i = x2i[c], a3r = x3r[c], a3i = x3i[c];
                    float s02r = a0r + a2r, s02i = a0i + a2i;
                    float d02r = a0r - a2r, d02i = a0i - a2i;
                    float s13r = a1r + a3r, s13i = a1i + a3i;
                    // -i*sign*(x1 - x3): the forward radix-4 rotation by -i.
                    float d13r = sign * (a1i - a3i), d13i = -sign * (a1r - a3r);
                    y0r[c] = s02r + s13r;
                    y0i[c] = s02i + s13i;
                    float v1r = d02r + d13r, v1i = d02i + d13i;
                    float v2r = s02r - s13r, v2i = s02i - s13i;
                    float v3r = d02r - d13r, v3i = d02i - d13i;
                    y1r[c] = v1r * w1r - v1i * w1i;
                    y1i[c] = v1r * w1i + v1i * w1r;
                    y2r[c] = v2r * w2r - v2i * w2i;
                    y2i[c] = v2r * w2i + v2i * w2r;
                    y3r[c] = v3r * w3r - v3i * w3i;
                    y3i[c] = v3r * w3i + v3i * w3r;
                }
            }
        }
    }
}
