//F The master of CpuFftPlanD.java: edit this file, then run tools/generate-twins.sh.
package org.sciaccel.cpu.fft;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
//D import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.cpu.CpuWorkArrays;

/**
 * A complex FFT of one length, in single precision on interleaved (re, im) arrays: mixed-radix
 * Stockham passes (radix 4, 2, 3, 5 with dedicated butterflies, other small primes with a generic
 * one) when every prime factor is small, otherwise Bluestein's chirp-z algorithm over a
 * power-of-two plan, so that no length costs O(n^2). Plans are immutable and cached per length;
 * one plan serves many threads, each with its own scratch buffers ({@link #newScratch()}).
 */
//F Float arithmetic on float arrays halves the memory traffic of the double plan; twiddles are
//F computed in double and rounded once, and Bluestein's kernel is transformed in double (by the
//F double plan) before rounding.
final class CpuFftPlanF {
    /** Largest prime factor handled by the generic butterfly; beyond it Bluestein is cheaper. */
    static final int MAX_DIRECT_PRIME = 31;

    private static final ConcurrentHashMap<Integer, CpuFftPlanF> CACHE = new ConcurrentHashMap<>();

    final int n;
    /** Radices of the Stockham passes, first pass first; null when Bluestein is used. */
    private final int[] radices;
    /** Per pass: twiddles w^(k*q) for k = 1..p-1, q = 0..m-1, interleaved, forward sign. */
    private final float[][] twiddles;
    /** Per generic radix pass: the p-th roots of unity (forward sign); null for dedicated radices. */
    private final float[][] roots;
    private final Bluestein bluestein;
    /** Made on first large use (benign race: any thread's copy is equal). */
    private volatile CpuFftFourStepF fourStep;

    /** Lengths from which a single line is split four-step and shared among threads. */
    static final int FOUR_STEP_MIN = 1 << 16;

    private CpuFftPlanF(int n) {
        this.n = n;
        int[] factors = factor(n);
        if (n > 1 && largest(factors) > MAX_DIRECT_PRIME) {
            radices = null;
            twiddles = null;
            roots = null;
            bluestein = new Bluestein(n);
            return;
        }
        bluestein = null;
        radices = factors;
        twiddles = new float[radices.length][];
        roots = new float[radices.length][];
        int len = n;
        for (int s = 0; s < radices.length; s++) {
            int p = radices[s];
            int m = len / p;
            float[] tw = new float[2 * (p - 1) * m];
            for (int k = 1; k < p; k++) {
                for (int q = 0; q < m; q++) {
                    long e = ((long) k * q) % len;
                    double a = -2 * Math.PI * e / len;
                    int at = 2 * ((k - 1) * m + q);
                    tw[at] = (float) Math.cos(a);
                    tw[at + 1] = (float) Math.sin(a);
                }
            }
            twiddles[s] = tw;
            if (p != 2 && p != 3 && p != 4 && p != 5 && p != 8) {
                float[] r = new float[2 * p];
                for (int j = 0; j < p; j++) {
                    double a = -2 * Math.PI * j / p;
                    r[2 * j] = (float) Math.cos(a);
                    r[2 * j + 1] = (float) Math.sin(a);
                }
                roots[s] = r;
            }
            len = m;
        }
    }

    /** The cached plan for length {@code n >= 1}. */
    static CpuFftPlanF of(int n) {
        CpuFftPlanF p = CACHE.get(n);
        if (p == null) {
            // Built outside the map's compute: a plan builds the plans it is made of (Bluestein,
            // four-step), and ConcurrentHashMap forbids nested computes.
            CpuFftPlanF made = new CpuFftPlanF(n);
            p = CACHE.putIfAbsent(n, made);
            if (p == null) {
                p = made;
            }
        }
        return p;
    }

    /**
     * Transforms one line of this length, using the threads for large lengths: the four-step
     * split for smooth lengths, Bluestein's convolution (itself four-step) otherwise.
     */
    void transform(float[] data, boolean forward, float[][] scratch, CpuThreads threads) {
        if (n >= FOUR_STEP_MIN && threads != null) {
            if (bluestein != null) {
                bluestein.transform(data, forward, scratch, threads);
                return;
            }
            CpuFftFourStepF fs = fourStep;
            if (fs == null) {
                fs = fourStepFor(n);
                fourStep = fs;
            }
            if (fs != null) {
                fs.transform(data, forward, threads);
                return;
            }
        }
        transform(data, forward, scratch, 1);
    }

    /**
     * Transforms one long line from {@code src} into {@code dst} (2n floats each) times
     * {@code scale} with the threads, reading and writing the caller's arrays directly (no copy
     * of the line), when this is a Bluestein length large enough to share; returns false otherwise.
     */
    boolean transformBluesteinInto(float[] src, float[] dst, boolean forward, float scale, CpuThreads threads) {
        if (bluestein == null || n < FOUR_STEP_MIN) {
            return false;
        }
        bluestein.transform(src, dst, forward, scale, null, threads);
        return true;
    }

    /** The four-step split of this length, or null when it has none (small or Bluestein lengths). */
    CpuFftFourStepF fourStep() {
        if (n < FOUR_STEP_MIN || bluestein != null) {
            return null;
        }
        CpuFftFourStepF fs = fourStep;
        if (fs == null) {
            fs = fourStepFor(n);
            fourStep = fs;
        }
        return fs;
    }

    private CpuFftFourStepF fourStepFor(int len) {
        int n1 = fourStepRows(len, radices);
        return n1 == 0 ? null : new CpuFftFourStepF(n1, len / n1);
    }

    /**
     * The n1 of the four-step split n = n1*n2 (the same in both precisions): for a power of two
     * the balanced 2^floor(log2(n)/2), so both factors stay cache-sized lane transforms;
     * otherwise the largest product of the plan's radices not above sqrt(n). 0 if none splits.
     */
    static int fourStepRows(int len, int[] radices) {
        long n1 = 1;
        if (Integer.bitCount(len) == 1) {
            n1 = 1L << (Integer.numberOfTrailingZeros(len) / 2);
        } else {
            for (int p : radices) {
                if (n1 * p * n1 * p <= len) {
                    n1 *= p;
                }
            }
        }
        return n1 < 16 ? 0 : (int) n1;
    }

    /** Scratch space one thread needs to run this plan on up to {@code batch} interleaved lines. */
    float[][] newScratch(int batch) {
        if (bluestein != null) {
            // [0] the convolution buffer; [1] the inner plan's scratch, made on first need (a
            // threaded four-step inner transform needs none); [3] one line of a batch.
            return new float[][] {new float[2 * bluestein.m], null, null, batch > 1 ? new float[2 * n] : null};
        }
        return new float[][] {new float[2 * n * batch]};
    }

    /** Scratch space for one line. */
    float[][] newScratch() {
        return newScratch(1);
    }

    /**
     * Transforms {@code data} (2n floats, interleaved) in place, unscaled.
     *
     * @param forward sign of the exponent: forward is {@code exp(-2 pi i jk/n)}
     * @param scratch from {@link #newScratch()}
     */
    void transform(float[] data, boolean forward, float[][] scratch) {
        transform(data, forward, scratch, 1);
    }

    /**
     * Transforms {@code batch} lines stored interleaved (element j of line b at complex index
     * {@code j*batch + b}) in place, unscaled. The Stockham passes run with initial stride
     * {@code batch}, so the innermost loops sweep the lines contiguously.
     *
     * @param scratch from {@link #newScratch(int)} with at least this batch
     */
    void transform(float[] data, boolean forward, float[][] scratch, int batch) {
        if (n == 1) {
            return;
        }
        if (bluestein != null) {
            if (batch == 1) {
                bluestein.transform(data, forward, scratch);
                return;
            }
            float[] line = scratch[3];
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < n; j++) {
                    line[2 * j] = data[2 * (j * batch + b)];
                    line[2 * j + 1] = data[2 * (j * batch + b) + 1];
                }
                bluestein.transform(line, forward, scratch);
                for (int j = 0; j < n; j++) {
                    data[2 * (j * batch + b)] = line[2 * j];
                    data[2 * (j * batch + b) + 1] = line[2 * j + 1];
                }
            }
            return;
        }
        float[] x = data;
        float[] y = scratch[0];
        int len = n;
        int stride = batch;
        float sign = forward ? 1 : -1;
        for (int s = 0; s < radices.length; s++) {
            int p = radices[s];
            int m = len / p;
            switch (p) {
                case 2: pass2(x, y, m, stride, twiddles[s], sign); break;
                case 3: pass3(x, y, m, stride, twiddles[s], sign); break;
                case 4: pass4(x, y, m, stride, twiddles[s], sign); break;
                case 5: pass5(x, y, m, stride, twiddles[s], sign); break;
                case 8: pass8(x, y, m, stride, twiddles[s], sign); break;
                default: passGeneric(x, y, p, m, stride, twiddles[s], roots[s], sign); break;
            }
            float[] t = x;
            x = y;
            y = t;
            len = m;
            stride *= p;
        }
        if (x != data) {
            System.arraycopy(x, 0, data, 0, 2 * n * batch);
        }
    }

    // Stockham pass of radix p (decimation in frequency, self-sorting): with m = len/p and s the
    // stride, y[q + s*(p*j + k)] = w^(j*k) * sum_r x[q + s*(j + r*m)] * wp^(r*k), for j < m, q < s.

    private static void pass2(float[] x, float[] y, int m, int s, float[] tw, float sign) {
        for (int j = 0; j < m; j++) {
            float wr = tw[2 * j];
            float wi = sign * tw[2 * j + 1];
            int a0 = 2 * s * j;
            int a1 = 2 * s * (j + m);
            int b0 = 2 * s * (2 * j);
            int b1 = 2 * s * (2 * j + 1);
            for (int q = 0; q < 2 * s; q += 2) {
                float xr = x[a0 + q], xi = x[a0 + q + 1];
                float zr = x[a1 + q], zi = x[a1 + q + 1];
                y[b0 + q] = xr + zr;
                y[b0 + q + 1] = xi + zi;
                float dr = xr - zr, di = xi - zi;
                y[b1 + q] = dr * wr - di * wi;
                y[b1 + q + 1] = dr * wi + di * wr;
            }
        }
    }

    private static void pass3(float[] x, float[] y, int m, int s, float[] tw, float sign) {
        final float c = -0.5f;
        final float d = sign * (float) -Math.sqrt(0.75);
        for (int j = 0; j < m; j++) {
            float w1r = tw[2 * j], w1i = sign * tw[2 * j + 1];
            float w2r = tw[2 * (m + j)], w2i = sign * tw[2 * (m + j) + 1];
            int a0 = 2 * s * j, a1 = 2 * s * (j + m), a2 = 2 * s * (j + 2 * m);
            int b0 = 2 * s * (3 * j), b1 = b0 + 2 * s, b2 = b1 + 2 * s;
            for (int q = 0; q < 2 * s; q += 2) {
                float x0r = x[a0 + q], x0i = x[a0 + q + 1];
                float x1r = x[a1 + q], x1i = x[a1 + q + 1];
                float x2r = x[a2 + q], x2i = x[a2 + q + 1];
                float sr = x1r + x2r, si = x1i + x2i;
                float tr = x0r + c * sr, ti = x0i + c * si;
                float ur = d * (x1i - x2i), ui = -d * (x1r - x2r);
                y[b0 + q] = x0r + sr;
                y[b0 + q + 1] = x0i + si;
                float y1r = tr - ur, y1i = ti - ui;
                float y2r = tr + ur, y2i = ti + ui;
                y[b1 + q] = y1r * w1r - y1i * w1i;
                y[b1 + q + 1] = y1r * w1i + y1i * w1r;
                y[b2 + q] = y2r * w2r - y2i * w2i;
                y[b2 + q + 1] = y2r * w2i + y2i * w2r;
            }
        }
    }

    private static void pass4(float[] x, float[] y, int m, int s, float[] tw, float sign) {
        for (int j = 0; j < m; j++) {
            float w1r = tw[2 * j], w1i = sign * tw[2 * j + 1];
            float w2r = tw[2 * (m + j)], w2i = sign * tw[2 * (m + j) + 1];
            float w3r = tw[2 * (2 * m + j)], w3i = sign * tw[2 * (2 * m + j) + 1];
            int a0 = 2 * s * j, a1 = 2 * s * (j + m), a2 = 2 * s * (j + 2 * m), a3 = 2 * s * (j + 3 * m);
            int b0 = 2 * s * (4 * j), b1 = b0 + 2 * s, b2 = b1 + 2 * s, b3 = b2 + 2 * s;
            for (int q = 0; q < 2 * s; q += 2) {
                float x0r = x[a0 + q], x0i = x[a0 + q + 1];
                float x1r = x[a1 + q], x1i = x[a1 + q + 1];
                float x2r = x[a2 + q], x2i = x[a2 + q + 1];
                float x3r = x[a3 + q], x3i = x[a3 + q + 1];
                float s02r = x0r + x2r, s02i = x0i + x2i;
                float d02r = x0r - x2r, d02i = x0i - x2i;
                float s13r = x1r + x3r, s13i = x1i + x3i;
                // -i*sign*(x1 - x3): the forward radix-4 rotation by -i.
                float d13r = sign * (x1i - x3i), d13i = -sign * (x1r - x3r);
                y[b0 + q] = s02r + s13r;
                y[b0 + q + 1] = s02i + s13i;
                float y1r = d02r + d13r, y1i = d02i + d13i;
                float y2r = s02r - s13r, y2i = s02i - s13i;
                float y3r = d02r - d13r, y3i = d02i - d13i;
                y[b1 + q] = y1r * w1r - y1i * w1i;
                y[b1 + q + 1] = y1r * w1i + y1i * w1r;
                y[b2 + q] = y2r * w2r - y2i * w2i;
                y[b2 + q + 1] = y2r * w2i + y2i * w2r;
                y[b3 + q] = y3r * w3r - y3i * w3i;
                y[b3 + q + 1] = y3r * w3i + y3i * w3r;
            }
        }
    }

    private static void pass5(float[] x, float[] y, int m, int s, float[] tw, float sign) {
        final float c1 = (float) Math.cos(2 * Math.PI / 5), c2 = (float) Math.cos(4 * Math.PI / 5);
        final float s1 = sign * (float) -Math.sin(2 * Math.PI / 5), s2 = sign * (float) -Math.sin(4 * Math.PI / 5);
        for (int j = 0; j < m; j++) {
            int a0 = 2 * s * j, a1 = 2 * s * (j + m), a2 = 2 * s * (j + 2 * m), a3 = 2 * s * (j + 3 * m),
                    a4 = 2 * s * (j + 4 * m);
            int b0 = 2 * s * (5 * j);
            for (int q = 0; q < 2 * s; q += 2) {
                float x0r = x[a0 + q], x0i = x[a0 + q + 1];
                float p1r = x[a1 + q] + x[a4 + q], p1i = x[a1 + q + 1] + x[a4 + q + 1];
                float m1r = x[a1 + q] - x[a4 + q], m1i = x[a1 + q + 1] - x[a4 + q + 1];
                float p2r = x[a2 + q] + x[a3 + q], p2i = x[a2 + q + 1] + x[a3 + q + 1];
                float m2r = x[a2 + q] - x[a3 + q], m2i = x[a2 + q + 1] - x[a3 + q + 1];
                float t1r = x0r + c1 * p1r + c2 * p2r, t1i = x0i + c1 * p1i + c2 * p2i;
                float t2r = x0r + c2 * p1r + c1 * p2r, t2i = x0i + c2 * p1i + c1 * p2i;
                // i*(s1*m1 + s2*m2) and i*(s2*m1 - s1*m2)
                float u1r = -(s1 * m1i + s2 * m2i), u1i = s1 * m1r + s2 * m2r;
                float u2r = -(s2 * m1i - s1 * m2i), u2i = s2 * m1r - s1 * m2r;
                y[b0 + q] = x0r + p1r + p2r;
                y[b0 + q + 1] = x0i + p1i + p2i;
                store(y, b0 + 2 * s + q, t1r + u1r, t1i + u1i, tw, m, j, 1, sign);
                store(y, b0 + 4 * s + q, t2r + u2r, t2i + u2i, tw, m, j, 2, sign);
                store(y, b0 + 6 * s + q, t2r - u2r, t2i - u2i, tw, m, j, 3, sign);
                store(y, b0 + 8 * s + q, t1r - u1r, t1i - u1i, tw, m, j, 4, sign);
            }
        }
    }

    /**
     * Radix 8 as two radix-4 butterflies on the even and odd inputs combined with w8^k:
     * out[k] = E[k] + w8^k O[k], out[k+4] = E[k] - w8^k O[k].
     */
    private static void pass8(float[] x, float[] y, int m, int s, float[] tw, float sign) {
        final float h = (float) Math.sqrt(0.5);
        for (int j = 0; j < m; j++) {
            int a0 = 2 * s * j;
            int step = 2 * s * m;
            int b0 = 2 * s * (8 * j);
            for (int q = 0; q < 2 * s; q += 2) {
                int i0 = a0 + q;
                float x0r = x[i0], x0i = x[i0 + 1];
                float x1r = x[i0 + step], x1i = x[i0 + step + 1];
                float x2r = x[i0 + 2 * step], x2i = x[i0 + 2 * step + 1];
                float x3r = x[i0 + 3 * step], x3i = x[i0 + 3 * step + 1];
                float x4r = x[i0 + 4 * step], x4i = x[i0 + 4 * step + 1];
                float x5r = x[i0 + 5 * step], x5i = x[i0 + 5 * step + 1];
                float x6r = x[i0 + 6 * step], x6i = x[i0 + 6 * step + 1];
                float x7r = x[i0 + 7 * step], x7i = x[i0 + 7 * step + 1];
                // E = DFT4(x0, x2, x4, x6)
                float s04r = x0r + x4r, s04i = x0i + x4i, d04r = x0r - x4r, d04i = x0i - x4i;
                float s26r = x2r + x6r, s26i = x2i + x6i, d26r = x2r - x6r, d26i = x2i - x6i;
                float r26r = sign * d26i, r26i = -sign * d26r;
                float e0r = s04r + s26r, e0i = s04i + s26i;
                float e1r = d04r + r26r, e1i = d04i + r26i;
                float e2r = s04r - s26r, e2i = s04i - s26i;
                float e3r = d04r - r26r, e3i = d04i - r26i;
                // O = DFT4(x1, x3, x5, x7)
                float s15r = x1r + x5r, s15i = x1i + x5i, d15r = x1r - x5r, d15i = x1i - x5i;
                float s37r = x3r + x7r, s37i = x3i + x7i, d37r = x3r - x7r, d37i = x3i - x7i;
                float r37r = sign * d37i, r37i = -sign * d37r;
                float o0r = s15r + s37r, o0i = s15i + s37i;
                float o1r = d15r + r37r, o1i = d15i + r37i;
                float o2r = s15r - s37r, o2i = s15i - s37i;
                float o3r = d15r - r37r, o3i = d15i - r37i;
                // w8^1 O1 = h (1 - i sign) O1; w8^2 O2 = -i sign O2; w8^3 O3 = h (-1 - i sign) O3
                float t1r = h * (o1r + sign * o1i), t1i = h * (o1i - sign * o1r);
                float t2r = sign * o2i, t2i = -sign * o2r;
                float t3r = h * (-o3r + sign * o3i), t3i = h * (-o3i - sign * o3r);
                int b = b0 + q;
                y[b] = e0r + o0r;
                y[b + 1] = e0i + o0i;
                store(y, b + 2 * s, e1r + t1r, e1i + t1i, tw, m, j, 1, sign);
                store(y, b + 4 * s, e2r + t2r, e2i + t2i, tw, m, j, 2, sign);
                store(y, b + 6 * s, e3r + t3r, e3i + t3i, tw, m, j, 3, sign);
                store(y, b + 8 * s, e0r - o0r, e0i - o0i, tw, m, j, 4, sign);
                store(y, b + 10 * s, e1r - t1r, e1i - t1i, tw, m, j, 5, sign);
                store(y, b + 12 * s, e2r - t2r, e2i - t2i, tw, m, j, 6, sign);
                store(y, b + 14 * s, e3r - t3r, e3i - t3i, tw, m, j, 7, sign);
            }
        }
    }

    private static void store(float[] y, int at, float vr, float vi, float[] tw, int m, int j, int k, float sign) {
        int t = 2 * ((k - 1) * m + j);
        float wr = tw[t], wi = sign * tw[t + 1];
        y[at] = vr * wr - vi * wi;
        y[at + 1] = vr * wi + vi * wr;
    }

    private static void passGeneric(float[] x, float[] y, int p, int m, int s, float[] tw, float[] roots,
            float sign) {
        for (int j = 0; j < m; j++) {
            for (int q = 0; q < 2 * s; q += 2) {
                for (int k = 0; k < p; k++) {
                    float accR = 0, accI = 0;
                    for (int r = 0; r < p; r++) {
                        int e = (r * k) % p;
                        float cr = roots[2 * e], ci = sign * roots[2 * e + 1];
                        int a = 2 * s * (j + r * m) + q;
                        float vr = x[a], vi = x[a + 1];
                        accR += vr * cr - vi * ci;
                        accI += vr * ci + vi * cr;
                    }
                    int b = 2 * s * (p * j + k) + q;
                    if (k == 0) {
                        y[b] = accR;
                        y[b + 1] = accI;
                    } else {
                        int t = 2 * ((k - 1) * m + j);
                        float wr = tw[t], wi = sign * tw[t + 1];
                        y[b] = accR * wr - accI * wi;
                        y[b + 1] = accR * wi + accI * wr;
                    }
                }
            }
        }
    }

    /** Radices of n in pass order: eights first, then a four or a two, then odd primes ascending. */
    static int[] factor(int n) {
        List<Integer> f = new ArrayList<>();
        int r = n;
        while (r % 8 == 0) {
            f.add(8);
            r /= 8;
        }
        while (r % 4 == 0) {
            f.add(4);
            r /= 4;
        }
        if (r % 2 == 0) {
            f.add(2);
            r /= 2;
        }
        for (int p = 3; (long) p * p <= r; p += 2) {
            while (r % p == 0) {
                f.add(p);
                r /= p;
            }
        }
        if (r > 1) {
            f.add(r);
        }
        int[] out = new int[f.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.get(i);
        }
        return out;
    }

    private static int largest(int[] f) {
        int m = 1;
        for (int v : f) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * Bluestein: X_k = c_k * sum_j (x_j c_j) conj(c_{k-j}) with the chirp c_j = exp(-pi i j^2/n), the
     * sum a cyclic convolution of power-of-two length m >= 2n-1 done with that length's plan.
     */
    private static final class Bluestein {
        final int n;
        final int m;
        final CpuFftPlanF inner;
        /** The chirp c_j (forward sign), interleaved. */
        final float[] chirp;
        /** FFT of the convolution kernel conj(c) for the forward direction; the inverse uses its mirror. */
        final float[] kernelForward;
        final float[] kernelInverse;
        //D /** The convolution fused into the SIMD lane four-step, made on first threaded use while SIMD is on. */
        //D private volatile CpuLaneBluesteinD lanes;

        Bluestein(int n) {
            this.n = n;
            int size = Integer.highestOneBit(2 * n - 1);
            if (size < 2 * n - 1) {
                size <<= 1;
            }
            this.m = size;
            this.inner = CpuFftPlanF.of(m);
            chirp = new float[2 * n];
            long twoN = 2L * n;
            for (int j = 0; j < n; j++) {
                // j^2 mod 2n keeps the angle small and exact for large j.
                long e = ((long) j * j) % twoN;
                double a = -Math.PI * e / n;
                chirp[2 * j] = (float) Math.cos(a);
                chirp[2 * j + 1] = (float) Math.sin(a);
            }
            kernelForward = kernel(true);
            kernelInverse = kernel(false);
        }

        /** The kernel's transform computed in double precision (by the double plan), rounded once. */ //F
        private float[] kernel(boolean forward) {
            double sign = forward ? 1 : -1;
            double[] b = new double[2 * m];
            long twoN = 2L * n;
            for (int j = 0; j < n; j++) {
                double a = -Math.PI * (((long) j * j) % twoN) / n;
                double br = Math.cos(a), bi = -sign * Math.sin(a);
                b[2 * j] = br;
                b[2 * j + 1] = bi;
                if (j > 0) {
                    b[2 * (m - j)] = br;
                    b[2 * (m - j) + 1] = bi;
                }
            }
            CpuFftPlanD doublePlan = CpuFftPlanD.of(m);
            doublePlan.transform(b, true, doublePlan.newScratch());
            // twin: float only
            float[] f = new float[2 * m];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) b[i];
            }
            return f;
            // twin: end
            //D return b;
        }

        void transform(float[] data, boolean forward, float[][] scratch) {
            transform(data, data, forward, 1.0f, scratch, null);
        }

        void transform(float[] data, boolean forward, float[][] scratch, CpuThreads threads) {
            transform(data, data, forward, 1.0f, scratch, threads);
        }

        /**
         * Transforms {@code src} into {@code dst} (2n floats each, possibly the same array) times
         * {@code scale}. With threads, the convolution buffer comes from {@link CpuWorkArrays}
         * when the scratch has none.
         */
        void transform(float[] src, float[] dst, boolean forward, float scale, float[][] scratch,
                CpuThreads threads) {
            //D if (threads != null && m >= FOUR_STEP_MIN && CpuSimd.enabled() && CpuLaneBluesteinD.supports(m)) {
            //D     CpuLaneBluesteinD l = lanes;
            //D     if (l == null) {
            //D         l = new CpuLaneBluesteinD(n, m, chirp, kernelForward, kernelInverse);
            //D         lanes = l;
            //D     }
            //D     l.transform(src, dst, forward, scale, threads);
            //D     return;
            //D }
            float sign = forward ? 1 : -1;
            boolean pooled = scratch == null || scratch[0] == null;
            float[] a = pooled ? CpuWorkArrays.floats(2 * m) : scratch[0];
            // The element-wise steps are shared among the threads too when the transform is (a
            // single long line): serial, they would cost a good part of the two inner transforms.
            range(threads, m - n, (from, to) -> java.util.Arrays.fill(a, 2 * (n + from), 2 * (n + to), 0f));
            range(threads, n, (from, to) -> {
                for (int j = from; j < to; j++) {
                    float cr = chirp[2 * j], ci = sign * chirp[2 * j + 1];
                    float xr = src[2 * j], xi = src[2 * j + 1];
                    a[2 * j] = xr * cr - xi * ci;
                    a[2 * j + 1] = xr * ci + xi * cr;
                }
            });
            boolean fourStepInner = threads != null && m >= FOUR_STEP_MIN && inner.fourStep() != null;
            float[][] innerScratch = {scratch == null ? null : scratch[1]};
            if (innerScratch[0] == null && !fourStepInner) {
                innerScratch[0] = new float[2 * m];
                if (scratch != null) {
                    scratch[1] = innerScratch[0];
                }
            }
            inner.transform(a, true, innerScratch, threads);
            float[] k = forward ? kernelForward : kernelInverse;
            range(threads, m, (from, to) -> {
                for (int i = from; i < to; i++) {
                    float ar = a[2 * i], ai = a[2 * i + 1];
                    float kr = k[2 * i], ki = k[2 * i + 1];
                    a[2 * i] = ar * kr - ai * ki;
                    a[2 * i + 1] = ar * ki + ai * kr;
                }
            });
            inner.transform(a, false, innerScratch, threads);
            float inv = scale / m;
            range(threads, n, (from, to) -> {
                for (int j = from; j < to; j++) {
                    float cr = chirp[2 * j], ci = sign * chirp[2 * j + 1];
                    float vr = a[2 * j] * inv, vi = a[2 * j + 1] * inv;
                    dst[2 * j] = vr * cr - vi * ci;
                    dst[2 * j + 1] = vr * ci + vi * cr;
                }
            });
            if (pooled) {
                CpuWorkArrays.giveBack(a);
            }
        }

        /** body over [0, count): on the calling thread, or split among the threads when given. */
        private static void range(CpuThreads threads, int count, CpuThreads.RangeBody body) {
            if (threads == null) {
                body.run(0, count);
            } else {
                threads.parallelFor(count, 8L * count, body);
            }
        }
    }
}
