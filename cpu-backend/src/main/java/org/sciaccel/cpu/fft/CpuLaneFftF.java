//F The master of CpuLaneFftD.java: edit this file, then run tools/generate-twins.sh.
package org.sciaccel.cpu.fft;

import java.util.concurrent.ConcurrentHashMap;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Single-precision FFTs of a block of lines at once with SIMD across the lines. The block is held
 * in "lane layout": element j of line c at index {@code j*width + c} of split real and imaginary
 * arrays, so every butterfly is the same arithmetic on whole vectors of lines with the twiddle
 * broadcast, and no vector ever needs its lanes shuffled. (pocketfft vectorises its
 * multi-dimensional transforms the same way.) The SIMD comes from the JDK's vector API: C2's
 * auto-vectoriser leaves these butterflies scalar.
 *
 * <p>Mixed-radix Stockham passes between two pairs of arrays: radix 4 (and one radix 2) for the
 * power-of-two part, dedicated radix-3 and radix-5 butterflies, and a generic O(p^2) butterfly for
 * the other odd primes, so every length whose prime factors the scalar plans handle directly
 * ({@link CpuFftPlanD#MAX_DIRECT_PRIME}) runs here; longer primes are left to the plans' Bluestein.
 * One instance is one thread's workspace; twiddles are shared per length. Only used when
 * {@link org.sciaccel.cpu.CpuSimd#enabled()}.
 */
public final class CpuLaneFftF { //F
//D final class CpuLaneFftD {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** Longest line: the four arrays of a block stay within a few MiB. */
    static final int MAX_N = 1 << 14;
    /** Floats per array of a block (n * width) up to which two vectors of lines are taken, measured best. */ //F
    //D /**
    //D  * Doubles per array of a block (n * width) up to which two vectors of lines are taken: the same
    //D  * bytes as the float twin's limit (four such arrays fill about a core's L2 cache).
    //D  */
    private static final int WIDE_BLOCK = 1 << 16/*D:15*/;

    /** Per length: {re, im forward, im inverse} of exp(-2 pi i t/n), rounded from double. */ //F
    //D /** Per length: {re, im forward, im inverse} of exp(-2 pi i t/n). */
    private static final ConcurrentHashMap<Integer, float[][]> TWIDDLES = new ConcurrentHashMap<>();

    final int n;
    /** Lines per block: a multiple of the vector length. */
    final int width;
    /** The block's data (input before, result after {@link #transform}). */
    float[] re;
    float[] im;
    private float[] tr;
    private float[] ti;
    private final float[] wr;
    private final float[] wiForward;
    private final float[] wiInverse;
    /** Radices of the passes, first pass first. */
    private final int[] radices;
    /**
     * Per odd prime p of a generic pass (indexed by p): cos(2 pi e/p) and the forward/inverse
     * signed sin(2 pi e/p) for e < p; null for the other indices.
     */
    private final float[][] rootCos;
    private final float[][] rootSinForward;
    private final float[][] rootSinInverse;
    /**
     * The generic pass's sums x_r + x_(p-r) and differences x_r - x_(p-r) of one vector of lines,
     * r = 1..(p-1)/2 (one vector each): every output pair reads all of them.
     */
    private final float[] sumRe;
    private final float[] sumIm;
    private final float[] difRe;
    private final float[] difIm;

    /** Whether length n runs here: in [2, {@link #MAX_N}] with no prime factor above the plans' direct limit. */
    static boolean supports(int n) {
        return n >= 2 && n <= MAX_N && radices(n) != null;
    }

    /**
     * The radices of n's passes: fours, then a two when log2 of the power-of-two part is odd, then
     * the odd primes ascending (the factorisation is the scalar plan's, {@link CpuFftPlanD#factor},
     * with its eights split as the lane passes have no radix 8); null when a prime factor exceeds
     * {@link CpuFftPlanD#MAX_DIRECT_PRIME}.
     */
    static int[] radices(int n) {
        int[] f = CpuFftPlanD.factor(n);
        int log2 = 0;
        int odd = 0;
        for (int p : f) {
            if (p > CpuFftPlanD.MAX_DIRECT_PRIME) {
                return null;
            }
            if (Integer.bitCount(p) == 1) {
                log2 += Integer.numberOfTrailingZeros(p);
            } else {
                odd++;
            }
        }
        int[] r = new int[log2 / 2 + log2 % 2 + odd];
        int at = 0;
        for (int i = 0; i < log2 / 2; i++) {
            r[at++] = 4;
        }
        if (log2 % 2 == 1) {
            r[at++] = 2;
        }
        for (int p : f) {
            if (Integer.bitCount(p) != 1) {
                r[at++] = p;
            }
        }
        return r;
    }

    // twin: float only
    /** The vector width the lane FFT runs with, for {@code sciaccel info}. */
    public static String describeSpecies() {
        return SPECIES.length() + " floats per vector";
    }

    // twin: end
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
    static CpuLaneFftF newWorkspace(int n, int width) {
        if (!supports(n)) {
            throw new IllegalArgumentException("lane FFT length " + n + " is not in [2, " + MAX_N
                    + "] with prime factors up to " + CpuFftPlanD.MAX_DIRECT_PRIME);
        }
        if (width <= 0 || width % SPECIES.length() != 0) {
            throw new IllegalArgumentException("lane FFT width " + width + " is not a multiple of " + SPECIES.length());
        }
        return new CpuLaneFftF(n, width, TWIDDLES.computeIfAbsent(n, CpuLaneFftF::twiddles));
    }

    private static float[][] twiddles(int n) {
        float[][] w = new float[3][n];
        for (int t = 0; t < n; t++) {
            double a = -2 * Math.PI * t / n;
            w[0][t] = (float) Math.cos(a);
            w[1][t] = (float) Math.sin(a);
            w[2][t] = -w[1][t];
        }
        return w;
    }

    private CpuLaneFftF(int n, int width, float[][] w) {
        this.n = n;
        this.width = width;
        wr = w[0];
        wiForward = w[1];
        wiInverse = w[2];
        re = new float[n * width];
        im = new float[n * width];
        tr = new float[n * width];
        ti = new float[n * width];
        radices = radices(n);
        rootCos = new float[CpuFftPlanD.MAX_DIRECT_PRIME + 1][];
        rootSinForward = new float[rootCos.length][];
        rootSinInverse = new float[rootCos.length][];
        int widest = 0;
        for (int p : radices) {
            if (p > 5 && rootCos[p] == null) {
                rootCos[p] = new float[p];
                rootSinForward[p] = new float[p];
                rootSinInverse[p] = new float[p];
                for (int e = 0; e < p; e++) {
                    double a = 2 * Math.PI * e / p;
                    rootCos[p][e] = (float) Math.cos(a);
                    rootSinForward[p][e] = (float) Math.sin(a);
                    rootSinInverse[p][e] = -rootSinForward[p][e];
                }
                widest = Math.max(widest, p);
            }
        }
        int pairs = widest / 2 * SPECIES.length();
        sumRe = new float[pairs];
        sumIm = new float[pairs];
        difRe = new float[pairs];
        difIm = new float[pairs];
    }

    /** Transforms the block in place (unscaled): the result is in {@link #re}, {@link #im}. */
    void transform(boolean forward) {
        float[] wi = forward ? wiForward : wiInverse;
        int len = n;
        int s = 1;
        for (int p : radices) {
            int m = len / p;
            switch (p) {
                case 4: pass4(re, im, tr, ti, m, s, wi, forward); break;
                case 2: pass2(re, im, tr, ti, m, s, wi); break;
                case 3: pass3(re, im, tr, ti, m, s, wi, forward); break;
                case 5: pass5(re, im, tr, ti, m, s, wi, forward); break;
                default: passOdd(re, im, tr, ti, p, m, s, wi, forward); break;
            }
            len = m;
            s *= p;
            float[] t = re;
            re = tr;
            tr = t;
            t = im;
            im = ti;
            ti = t;
        }
    }

    // Stockham pass of radix p with m = len/p and s = n/len (element rows of `width` lanes):
    // y[q + s*(p*j + k)] = w_len^(j*k) * sum_r x[q + s*(j + r*m)] * w_p^(r*k), for j < m, q < s;
    // w_len^(j*k) = w_n^(j*k*s) from the length-n table (j*k*s < m*p*s = n, so no reduction).
    // For j = 0 every twiddle is 1 and the multiplications are skipped.
    //
    // The odd radices pair outputs k and p-k: with S_r = x_r + x_(p-r), D_r = x_r - x_(p-r),
    // A_k = x_0 + sum_r cos(2 pi rk/p) S_r and B_k = sum_r sin(2 pi rk/p) D_r (r = 1..(p-1)/2),
    // the forward y_k = A_k - i B_k and y_(p-k) = A_k + i B_k; the inverse negates the sines.
    //
    // The twiddle multiplications are written out in every pass rather than in a helper: in a
    // pass as large as radix 5, C2 stops inlining small helpers (NodeCountInliningCutoff), and a
    // vector handed to a call that is not inlined is boxed, which made that pass six times slower.

    private void pass2(float[] xr, float[] xi, float[] yr, float[] yi, int m, int s, float[] wi) {
        int w = width;
        int step = SPECIES.length();
        for (int j = 0; j < m; j++) {
            FloatVector w1r = FloatVector.broadcast(SPECIES, wr[j * s]);
            FloatVector w1i = FloatVector.broadcast(SPECIES, wi[j * s]);
            for (int q = 0; q < s; q++) {
                int x0 = (q + s * j) * w;
                int x1 = (q + s * (j + m)) * w;
                int y0 = (q + s * 2 * j) * w;
                int y1 = y0 + s * w;
                for (int c = 0; c < w; c += step) {
                    FloatVector ar = FloatVector.fromArray(SPECIES, xr, x0 + c);
                    FloatVector ai = FloatVector.fromArray(SPECIES, xi, x0 + c);
                    FloatVector br = FloatVector.fromArray(SPECIES, xr, x1 + c);
                    FloatVector bi = FloatVector.fromArray(SPECIES, xi, x1 + c);
                    ar.add(br).intoArray(yr, y0 + c);
                    ai.add(bi).intoArray(yi, y0 + c);
                    FloatVector dr = ar.sub(br);
                    FloatVector di = ai.sub(bi);
                    dr.mul(w1r).sub(di.mul(w1i)).intoArray(yr, y1 + c);
                    dr.mul(w1i).add(di.mul(w1r)).intoArray(yi, y1 + c);
                }
            }
        }
    }

    private void pass3(float[] xr, float[] xi, float[] yr, float[] yi, int m, int s, float[] wi, boolean forward) {
        // sin(2 pi/3), negated for the inverse.
        float sin = (float) ((forward ? 1 : -1) * Math.sqrt(0.75));
        int gap = s * m * width;
        for (int j = 0; j < m; j++) {
            for (int q = 0; q < s; q++) {
                butterfly3(xr, xi, yr, yi, (q + s * j) * width, gap, (q + s * 3 * j) * width, s * width, sin);
            }
            if (j > 0) {
                twiddleOutputs(yr, yi, 3, j, s, wi);
            }
        }
    }

    /** One radix-3 butterfly for every lane: inputs x0 + r*gap, outputs y0 + k*ys (see {@link #butterfly5}). */
    private void butterfly3(float[] xr, float[] xi, float[] yr, float[] yi, int x0, int gap, int y0, int ys,
            float sin3) {
        int w = width;
        int step = SPECIES.length();
        FloatVector half = FloatVector.broadcast(SPECIES, 0.5f);
        FloatVector sin = FloatVector.broadcast(SPECIES, sin3);
        int x1 = x0 + gap;
        int x2 = x1 + gap;
        int y1 = y0 + ys;
        int y2 = y1 + ys;
        for (int c = 0; c < w; c += step) {
            FloatVector a0r = FloatVector.fromArray(SPECIES, xr, x0 + c);
            FloatVector a0i = FloatVector.fromArray(SPECIES, xi, x0 + c);
            FloatVector a1r = FloatVector.fromArray(SPECIES, xr, x1 + c);
            FloatVector a1i = FloatVector.fromArray(SPECIES, xi, x1 + c);
            FloatVector a2r = FloatVector.fromArray(SPECIES, xr, x2 + c);
            FloatVector a2i = FloatVector.fromArray(SPECIES, xi, x2 + c);
            FloatVector sr = a1r.add(a2r);
            FloatVector si = a1i.add(a2i);
            a0r.add(sr).intoArray(yr, y0 + c);
            a0i.add(si).intoArray(yi, y0 + c);
            // A = x0 + cos(2 pi/3) S with cos(2 pi/3) = -1/2; B = sin(2 pi/3) D.
            FloatVector ar = a0r.sub(sr.mul(half));
            FloatVector ai = a0i.sub(si.mul(half));
            FloatVector br = a1r.sub(a2r).mul(sin);
            FloatVector bi = a1i.sub(a2i).mul(sin);
            FloatVector v1r = ar.add(bi);
            FloatVector v1i = ai.sub(br);
            FloatVector v2r = ar.sub(bi);
            FloatVector v2i = ai.add(br);
            v1r.intoArray(yr, y1 + c);
            v1i.intoArray(yi, y1 + c);
            v2r.intoArray(yr, y2 + c);
            v2i.intoArray(yi, y2 + c);
        }
    }

    private void pass4(float[] xr, float[] xi, float[] yr, float[] yi, int m, int s, float[] wi, boolean forward) {
        int w = width;
        int step = SPECIES.length();
        for (int j = 0; j < m; j++) {
            int t = j * s;
            FloatVector w1r = FloatVector.broadcast(SPECIES, wr[t]);
            FloatVector w1i = FloatVector.broadcast(SPECIES, wi[t]);
            FloatVector w2r = FloatVector.broadcast(SPECIES, wr[2 * t]);
            FloatVector w2i = FloatVector.broadcast(SPECIES, wi[2 * t]);
            FloatVector w3r = FloatVector.broadcast(SPECIES, wr[3 * t]);
            FloatVector w3i = FloatVector.broadcast(SPECIES, wi[3 * t]);
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
                    FloatVector a0r = FloatVector.fromArray(SPECIES, xr, x0 + c);
                    FloatVector a0i = FloatVector.fromArray(SPECIES, xi, x0 + c);
                    FloatVector a1r = FloatVector.fromArray(SPECIES, xr, x1 + c);
                    FloatVector a1i = FloatVector.fromArray(SPECIES, xi, x1 + c);
                    FloatVector a2r = FloatVector.fromArray(SPECIES, xr, x2 + c);
                    FloatVector a2i = FloatVector.fromArray(SPECIES, xi, x2 + c);
                    FloatVector a3r = FloatVector.fromArray(SPECIES, xr, x3 + c);
                    FloatVector a3i = FloatVector.fromArray(SPECIES, xi, x3 + c);
                    FloatVector s02r = a0r.add(a2r);
                    FloatVector s02i = a0i.add(a2i);
                    FloatVector d02r = a0r.sub(a2r);
                    FloatVector d02i = a0i.sub(a2i);
                    FloatVector s13r = a1r.add(a3r);
                    FloatVector s13i = a1i.add(a3i);
                    // (x1 - x3) rotated by -i (forward) or +i (inverse).
                    FloatVector d13r = forward ? a1i.sub(a3i) : a3i.sub(a1i);
                    FloatVector d13i = forward ? a3r.sub(a1r) : a1r.sub(a3r);
                    s02r.add(s13r).intoArray(yr, y0 + c);
                    s02i.add(s13i).intoArray(yi, y0 + c);
                    FloatVector v1r = d02r.add(d13r);
                    FloatVector v1i = d02i.add(d13i);
                    FloatVector v2r = s02r.sub(s13r);
                    FloatVector v2i = s02i.sub(s13i);
                    FloatVector v3r = d02r.sub(d13r);
                    FloatVector v3i = d02i.sub(d13i);
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

    private void pass5(float[] xr, float[] xi, float[] yr, float[] yi, int m, int s, float[] wi, boolean forward) {
        double sign = forward ? 1 : -1;
        float cos1 = (float) Math.cos(2 * Math.PI / 5);
        float cos2 = (float) Math.cos(4 * Math.PI / 5);
        float sin1 = (float) (sign * Math.sin(2 * Math.PI / 5));
        float sin2 = (float) (sign * Math.sin(4 * Math.PI / 5));
        int gap = s * m * width;
        for (int j = 0; j < m; j++) {
            for (int q = 0; q < s; q++) {
                butterfly5(xr, xi, yr, yi, (q + s * j) * width, gap, (q + s * 5 * j) * width, s * width, cos1, cos2,
                        sin1, sin2);
            }
            if (j > 0) {
                twiddleOutputs(yr, yi, 5, j, s, wi);
            }
        }
    }

    /**
     * One radix-5 butterfly for every lane: inputs x0 + r*gap, outputs y0 + k*ys. In a method of its
     * own, like {@link #butterfly3} and {@link #butterflyOdd}, called once per (j, q); the twiddles
     * follow in {@link #twiddleOutputs}.
     */
    private void butterfly5(float[] xr, float[] xi, float[] yr, float[] yi, int x0, int gap, int y0, int ys,
            float cos1, float cos2, float sin1, float sin2) {
        int w = width;
        int step = SPECIES.length();
        FloatVector c1 = FloatVector.broadcast(SPECIES, cos1);
        FloatVector c2 = FloatVector.broadcast(SPECIES, cos2);
        FloatVector s1 = FloatVector.broadcast(SPECIES, sin1);
        FloatVector s2 = FloatVector.broadcast(SPECIES, sin2);
        int x1 = x0 + gap;
        int x2 = x1 + gap;
        int x3 = x2 + gap;
        int x4 = x3 + gap;
        int y1 = y0 + ys;
        int y2 = y1 + ys;
        int y3 = y2 + ys;
        int y4 = y3 + ys;
        for (int c = 0; c < w; c += step) {
            FloatVector a0r = FloatVector.fromArray(SPECIES, xr, x0 + c);
            FloatVector a0i = FloatVector.fromArray(SPECIES, xi, x0 + c);
            FloatVector a1r = FloatVector.fromArray(SPECIES, xr, x1 + c);
            FloatVector a1i = FloatVector.fromArray(SPECIES, xi, x1 + c);
            FloatVector a2r = FloatVector.fromArray(SPECIES, xr, x2 + c);
            FloatVector a2i = FloatVector.fromArray(SPECIES, xi, x2 + c);
            FloatVector a3r = FloatVector.fromArray(SPECIES, xr, x3 + c);
            FloatVector a3i = FloatVector.fromArray(SPECIES, xi, x3 + c);
            FloatVector a4r = FloatVector.fromArray(SPECIES, xr, x4 + c);
            FloatVector a4i = FloatVector.fromArray(SPECIES, xi, x4 + c);
            FloatVector s1r = a1r.add(a4r);
            FloatVector s1i = a1i.add(a4i);
            FloatVector d1r = a1r.sub(a4r);
            FloatVector d1i = a1i.sub(a4i);
            FloatVector s2r = a2r.add(a3r);
            FloatVector s2i = a2i.add(a3i);
            FloatVector d2r = a2r.sub(a3r);
            FloatVector d2i = a2i.sub(a3i);
            a0r.add(s1r).add(s2r).intoArray(yr, y0 + c);
            a0i.add(s1i).add(s2i).intoArray(yi, y0 + c);
            // k = 1: cos/sin of 2 pi/5 on pair 1 and of 4 pi/5 on pair 2; k = 2: of 4 pi/5 on
            // pair 1 and of 8 pi/5 (cos 2 pi/5, -sin 2 pi/5) on pair 2.
            FloatVector p1r = a0r.add(s1r.mul(c1)).add(s2r.mul(c2));
            FloatVector p1i = a0i.add(s1i.mul(c1)).add(s2i.mul(c2));
            FloatVector p2r = a0r.add(s1r.mul(c2)).add(s2r.mul(c1));
            FloatVector p2i = a0i.add(s1i.mul(c2)).add(s2i.mul(c1));
            FloatVector b1r = d1r.mul(s1).add(d2r.mul(s2));
            FloatVector b1i = d1i.mul(s1).add(d2i.mul(s2));
            FloatVector b2r = d1r.mul(s2).sub(d2r.mul(s1));
            FloatVector b2i = d1i.mul(s2).sub(d2i.mul(s1));
            FloatVector v1r = p1r.add(b1i);
            FloatVector v1i = p1i.sub(b1r);
            FloatVector v4r = p1r.sub(b1i);
            FloatVector v4i = p1i.add(b1r);
            FloatVector v2r = p2r.add(b2i);
            FloatVector v2i = p2i.sub(b2r);
            FloatVector v3r = p2r.sub(b2i);
            FloatVector v3i = p2i.add(b2r);
            v1r.intoArray(yr, y1 + c);
            v1i.intoArray(yi, y1 + c);
            v2r.intoArray(yr, y2 + c);
            v2i.intoArray(yi, y2 + c);
            v3r.intoArray(yr, y3 + c);
            v3i.intoArray(yi, y3 + c);
            v4r.intoArray(yr, y4 + c);
            v4i.intoArray(yi, y4 + c);
        }
    }

    /**
     * Generic odd prime p (7 .. {@link CpuFftPlanD#MAX_DIRECT_PRIME}): the (p-1)/2 sums and
     * differences of one vector of lines go to small scratch rows, then each output pair (k, p-k)
     * accumulates them against the broadcast roots, O(p^2) per butterfly like the scalar plans.
     */
    private void passOdd(float[] xr, float[] xi, float[] yr, float[] yi, int p, int m, int s, float[] wi,
            boolean forward) {
        float[] cos = rootCos[p];
        float[] sin = forward ? rootSinForward[p] : rootSinInverse[p];
        int gap = s * m * width;
        for (int j = 0; j < m; j++) {
            for (int q = 0; q < s; q++) {
                butterflyOdd(xr, xi, yr, yi, p, (q + s * j) * width, gap, (q + s * p * j) * width, s * width, cos, sin);
            }
            if (j > 0) {
                twiddleOutputs(yr, yi, p, j, s, wi);
            }
        }
    }

    /** One radix-p butterfly for every lane: inputs x0 + r*gap, outputs y0 + k*ys (see {@link #butterfly5}). */
    private void butterflyOdd(float[] xr, float[] xi, float[] yr, float[] yi, int p, int x0, int gap, int y0, int ys,
            float[] cos, float[] sin) {
        int w = width;
        int step = SPECIES.length();
        int h = p / 2;
        for (int c = 0; c < w; c += step) {
            FloatVector a0r = FloatVector.fromArray(SPECIES, xr, x0 + c);
            FloatVector a0i = FloatVector.fromArray(SPECIES, xi, x0 + c);
            FloatVector totr = a0r;
            FloatVector toti = a0i;
            for (int r = 1; r <= h; r++) {
                int lo = x0 + r * gap + c;
                int hi = x0 + (p - r) * gap + c;
                FloatVector ar = FloatVector.fromArray(SPECIES, xr, lo);
                FloatVector ai = FloatVector.fromArray(SPECIES, xi, lo);
                FloatVector br = FloatVector.fromArray(SPECIES, xr, hi);
                FloatVector bi = FloatVector.fromArray(SPECIES, xi, hi);
                FloatVector sr = ar.add(br);
                FloatVector si = ai.add(bi);
                int at = (r - 1) * step;
                sr.intoArray(sumRe, at);
                si.intoArray(sumIm, at);
                ar.sub(br).intoArray(difRe, at);
                ai.sub(bi).intoArray(difIm, at);
                totr = totr.add(sr);
                toti = toti.add(si);
            }
            totr.intoArray(yr, y0 + c);
            toti.intoArray(yi, y0 + c);
            for (int k = 1; k <= h; k++) {
                FloatVector pr = a0r;
                FloatVector pi = a0i;
                FloatVector br = FloatVector.zero(SPECIES);
                FloatVector bi = FloatVector.zero(SPECIES);
                int e = 0;
                for (int r = 1; r <= h; r++) {
                    e += k;
                    if (e >= p) {
                        e -= p;
                    }
                    FloatVector cv = FloatVector.broadcast(SPECIES, cos[e]);
                    FloatVector sv = FloatVector.broadcast(SPECIES, sin[e]);
                    int at = (r - 1) * step;
                    pr = pr.add(FloatVector.fromArray(SPECIES, sumRe, at).mul(cv));
                    pi = pi.add(FloatVector.fromArray(SPECIES, sumIm, at).mul(cv));
                    br = br.add(FloatVector.fromArray(SPECIES, difRe, at).mul(sv));
                    bi = bi.add(FloatVector.fromArray(SPECIES, difIm, at).mul(sv));
                }
                int lo = y0 + k * ys + c;
                int hi = y0 + (p - k) * ys + c;
                pr.add(bi).intoArray(yr, lo);
                pi.sub(br).intoArray(yi, lo);
                pr.sub(bi).intoArray(yr, hi);
                pi.add(br).intoArray(yi, hi);
            }
        }
    }

    /**
     * Multiplies outputs k = 1..p-1 of the radix-p butterflies at j (every q < s, one contiguous run
     * of s rows per k) by w_n^(j*k*s), after the butterflies: so each radix's butterfly is written
     * once (no twiddled and untwiddled copies; j = 0 needs no twiddle), in a small method of its
     * own, which keeps the methods C2 must compile with every vector operation inlined small.
     */
    private void twiddleOutputs(float[] yr, float[] yi, int p, int j, int s, float[] wi) {
        int w = width;
        int step = SPECIES.length();
        for (int k = 1; k < p; k++) {
            int t = j * k * s;
            FloatVector tr = FloatVector.broadcast(SPECIES, wr[t]);
            FloatVector ti = FloatVector.broadcast(SPECIES, wi[t]);
            int from = s * (p * j + k) * w;
            int to = from + s * w;
            for (int i = from; i < to; i += step) {
                FloatVector vr = FloatVector.fromArray(SPECIES, yr, i);
                FloatVector vi = FloatVector.fromArray(SPECIES, yi, i);
                vr.mul(tr).sub(vi.mul(ti)).intoArray(yr, i);
                vr.mul(ti).add(vi.mul(tr)).intoArray(yi, i);
            }
        }
    }
}
