package org.sciaccel.cpu.fft;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.cpu.CpuThreads;

/**
 * One-dimensional FFTs along one axis of a host array, batched over every other axis and shared
 * among the CPU threads. Lines are processed in blocks of adjacent lines (neighbours along the
 * inner axes), gathered into a double-precision buffer with the lines interleaved so that every
 * row of the block is one contiguous copy, transformed together by the cached
 * {@link CpuFftPlanD}, and scattered back. Real transforms of even length along the last axis use
 * the half-length complex transform of the even/odd samples packed as (re, im).
 */
final class CpuFftLines {
    /** Complex values a block buffer may hold: keeps a block within the per-core caches. */
    private static final int BLOCK_VALUES = 1 << 14;
    /** Most lines per block. */
    private static final int MAX_BLOCK = 16;

    private CpuFftLines() {
    }

    /** Complex to complex along {@code axis}; the result has the input's dtype. */
    static HostArray c2c(HostArray in, int axis, int n, boolean forward, double scale, CpuThreads threads) {
        Blocks g = new Blocks(in.shape(), axis, n, n);
        HostArray out = HostArray.zeros(in.dtype(), g.outShape);
        int copy = Math.min(g.lenIn, n);
        if (in.dtype() == DType.COMPLEX64) {
            c2cSingle((float[]) in.data(), (float[]) out.data(), g, n, copy, forward, (float) scale, threads);
            return out;
        }
        CpuFftPlanD plan = CpuFftPlanD.of(n);
        CpuFftFourStepD direct = g.outer * g.inner == 1 && copy == n ? plan.fourStep() : null;
        if (direct != null) {
            // One long line, neither cropped nor padded: the four-step split reads the input and
            // writes the result directly.
            direct.transform((double[]) in.data(), (double[]) out.data(), forward, scale, threads);
            return out;
        }
        if (g.outer * g.inner == 1 && copy == n && in.data() instanceof double[]
                && plan.transformBluesteinInto((double[]) in.data(), (double[]) out.data(), forward, scale, threads)) {
            return out;
        }
        if (g.outer * g.inner == 1) {
            // One line: the plan shares a large transform among the threads itself.
            double[] buf = new double[2 * n];
            gather(in.data(), true, 0, 1, copy, 1, buf);
            plan.transform(buf, forward, plan.newScratch(), threads);
            scatter(buf, true, n, 1, scale, out.data(), 0, 1);
            return out;
        }
        if (in.data() instanceof double[] && CpuSimd.enabled() && CpuLaneFftD.supports(n)
                && CpuLaneFftD.worthIt(g.inner > 1 ? g.inner : g.outer)) {
            CpuLaneLinesD.complex((double[]) in.data(), (double[]) out.data(), g.outer, g.inner, g.lenIn, n, copy,
                    forward, scale, threads);
            return out;
        }
        threads.parallelFor(g.blocks(), g.work(n), (from, to) -> {
            double[] buf = new double[2 * n * g.block];
            double[][] scratch = plan.newScratch(g.block);
            for (int blk = from; blk < to; blk++) {
                int lines = g.linesIn(blk);
                java.util.Arrays.fill(buf, 2 * copy * lines, 2 * n * lines, 0.0);
                gather(in.data(), true, g.inBase(blk), g.inner, copy, lines, buf);
                plan.transform(buf, forward, scratch, lines);
                scatter(buf, true, n, lines, scale, out.data(), g.outBase(blk, n), g.inner);
            }
        });
        return out;
    }

    /** complex64 lines in single precision throughout: float buffers and the float plan. */
    private static void c2cSingle(float[] in, float[] out, Blocks g, int n, int copy, boolean forward, float scale,
            CpuThreads threads) {
        CpuFftPlanF plan = CpuFftPlanF.of(n);
        if (g.outer * g.inner == 1) {
            CpuFftFourStepF direct = copy == n ? plan.fourStep() : null;
            if (direct != null) {
                direct.transform(in, out, forward, scale, threads);
                return;
            }
            float[] buf = new float[2 * n];
            System.arraycopy(in, 0, buf, 0, 2 * copy);
            plan.transform(buf, forward, plan.newScratch(), threads);
            for (int v = 0; v < 2 * n; v++) {
                out[v] = buf[v] * scale;
            }
            return;
        }
        if (CpuSimd.enabled() && CpuLaneFftF.supports(n) && CpuLaneFftF.worthIt(g.inner > 1 ? g.inner : g.outer)) {
            // SIMD across blocks of lines (CpuLaneFftF); lines along the last axis are transposed in.
            CpuLaneLinesF.complex(in, out, g.outer, g.inner, g.lenIn, n, copy, forward, scale, threads);
            return;
        }
        if (g.inner > 1 && CpuFftColumnsF.supports(n)) {
            // Lines across contiguous rows: blocks of adjacent lines held by rows, split re/im,
            // so the butterflies vectorise over the lines.
            int w = CpuFftColumnsF.width(n);
            int perOuter = (g.inner + w - 1) / w;
            threads.parallelFor(g.outer * perOuter, g.work(n), (from, to) -> {
                CpuFftColumnsF cols = CpuFftColumnsF.newWorkspace(n);
                for (int blk = from; blk < to; blk++) {
                    int o = blk / perOuter;
                    int c0 = (blk % perOuter) * w;
                    int width = Math.min(w, g.inner - c0);
                    cols.transform(in, (long) o * g.lenIn * g.inner + c0, g.inner, copy, width, forward, scale,
                            out, (long) o * n * g.inner + c0, g.inner);
                }
            });
            return;
        }
        threads.parallelFor(g.blocks(), g.work(n), (from, to) -> {
            float[] buf = new float[2 * n * g.block];
            float[][] scratch = plan.newScratch(g.block);
            for (int blk = from; blk < to; blk++) {
                int lines = g.linesIn(blk);
                java.util.Arrays.fill(buf, 2 * copy * lines, 2 * n * lines, 0f);
                gatherComplex(in, g.inBase(blk), g.inner, copy, lines, buf);
                plan.transform(buf, forward, scratch, lines);
                scatterComplex(buf, n, lines, scale, out, g.outBase(blk, n), g.inner);
            }
        });
    }

    /** Real to complex along {@code axis}: float32 gives complex64, float64 complex128. */
    static HostArray r2c(HostArray in, int axis, int n, double scale, CpuThreads threads) {
        int half = n / 2 + 1;
        Blocks g = new Blocks(in.shape(), axis, half, n);
        DType outType = in.dtype() == DType.FLOAT32 ? DType.COMPLEX64 : DType.COMPLEX128;
        HostArray out = HostArray.zeros(outType, g.outShape);
        int copy = Math.min(g.lenIn, n);
        if (g.inner == 1 && n % 2 == 0) {
            if (in.dtype() == DType.FLOAT32) {
                r2cPackedSingle((float[]) in.data(), (float[]) out.data(), g, n, copy, (float) scale, threads);
            } else if (CpuSimd.enabled() && CpuLaneFftD.supports(n / 2) && CpuLaneFftD.worthIt(g.outer)) {
                CpuLaneLinesD.realRows((double[]) in.data(), (double[]) out.data(), g.outer, g.lenIn, n, copy, scale,
                        RealTwiddles.of(n), threads);
            } else {
                r2cPacked(in, out, g, n, copy, scale, threads);
            }
            return out;
        }
        CpuFftPlanD plan = CpuFftPlanD.of(n);
        threads.parallelFor(g.blocks(), g.work(n), (from, to) -> {
            double[] buf = new double[2 * n * g.block];
            double[][] scratch = plan.newScratch(g.block);
            for (int blk = from; blk < to; blk++) {
                int lines = g.linesIn(blk);
                java.util.Arrays.fill(buf, 0, 2 * n * lines, 0.0);
                gather(in.data(), false, g.inBase(blk), g.inner, copy, lines, buf);
                plan.transform(buf, true, scratch, lines);
                scatter(buf, true, half, lines, scale, out.data(), g.outBase(blk, half), g.inner);
            }
        });
        return out;
    }

    /**
     * rfft of contiguous lines of even length n = 2h: z_j = x_2j + i x_2j+1 transformed with length
     * h, then X_k = E_k + w^k O_k with E_k = (Z_k + conj Z_h-k)/2, O_k = (Z_k - conj Z_h-k)/(2i).
     */
    private static void r2cPacked(HostArray in, HostArray out, Blocks g, int n, int copy, double scale,
            CpuThreads threads) {
        int h = n / 2;
        CpuFftPlanD plan = CpuFftPlanD.of(h);
        double[] w = RealTwiddles.of(n);
        int lines = g.outer;
        boolean single = lines == 1;
        threads.parallelFor(lines, g.work(n), (from, to) -> {
            double[] z = new double[2 * h];
            double[] x = new double[2 * (h + 1)];
            double[][] scratch = plan.newScratch();
            for (int line = from; line < to; line++) {
                java.util.Arrays.fill(z, copy, 2 * h, 0.0);
                readReal(in.data(), (long) line * g.lenIn, copy, z);
                plan.transform(z, true, scratch, single ? threads : null);
                x[0] = z[0] + z[1];
                x[1] = 0;
                x[2 * h] = z[0] - z[1];
                x[2 * h + 1] = 0;
                for (int k = 1; k < h; k++) {
                    double ar = z[2 * k], ai = z[2 * k + 1];
                    double br = z[2 * (h - k)], bi = -z[2 * (h - k) + 1];
                    double er = 0.5 * (ar + br), ei = 0.5 * (ai + bi);
                    // O = (Z - conj Z_h-k) / (2i)
                    double dr = ar - br, di = ai - bi;
                    double or = 0.5 * di, oi = -0.5 * dr;
                    double wr = w[2 * k], wi = w[2 * k + 1];
                    x[2 * k] = er + or * wr - oi * wi;
                    x[2 * k + 1] = ei + or * wi + oi * wr;
                }
                writeContiguous(x, h + 1, scale, out.data(), (long) line * (h + 1));
            }
        });
    }

    /** {@link #r2cPacked} for float32 lines in single precision (float plan, twiddles rounded from double). */
    private static void r2cPackedSingle(float[] in, float[] out, Blocks g, int n, int copy, float scale,
            CpuThreads threads) {
        int h = n / 2;
        CpuFftPlanF plan = CpuFftPlanF.of(h);
        float[] w = RealTwiddles.single(n);
        int lines = g.outer;
        if (lines == 1) {
            float[] z = new float[2 * h];
            System.arraycopy(in, 0, z, 0, copy);
            plan.transform(z, true, plan.newScratch(), threads);
            unpackReal(z, 1, 0, h, w, scale, out, 0);
            return;
        }
        if (CpuSimd.enabled() && CpuLaneFftF.supports(h) && CpuLaneFftF.worthIt(lines)) {
            CpuLaneLinesF.realRows(in, out, lines, g.lenIn, n, copy, scale, w, threads);
            return;
        }
        // Blocks of rows transformed together, interleaved (complex j of row b at j*rows + b), so
        // every Stockham pass sweeps the block's rows in its innermost loop.
        int block = Math.max(1, Math.min(MAX_BLOCK, BLOCK_VALUES / h));
        int blocks = (lines + block - 1) / block;
        threads.parallelFor(blocks, g.work(n), (from, to) -> {
            float[] z = new float[2 * h * block];
            float[][] scratch = plan.newScratch(block);
            for (int blk = from; blk < to; blk++) {
                int l0 = blk * block;
                int rows = Math.min(block, lines - l0);
                java.util.Arrays.fill(z, 0, 2 * h * rows, 0f);
                for (int b = 0; b < rows; b++) {
                    int src = (l0 + b) * g.lenIn;
                    for (int v = 0; v < copy; v++) {
                        z[2 * ((v >> 1) * rows + b) + (v & 1)] = in[src + v];
                    }
                }
                plan.transform(z, true, scratch, rows);
                for (int b = 0; b < rows; b++) {
                    unpackReal(z, rows, b, h, w, scale, out, 2 * (l0 + b) * (h + 1));
                }
            }
        });
    }

    /**
     * X_k = E_k + w^k O_k from the half-length transform Z of one row (complex k at
     * {@code k*rows + b}), written scaled at {@code o}.
     */
    private static void unpackReal(float[] z, int rows, int b, int h, float[] w, float scale, float[] out, int o) {
        float z0r = z[2 * b], z0i = z[2 * b + 1];
        out[o] = (z0r + z0i) * scale;
        out[o + 1] = 0;
        out[o + 2 * h] = (z0r - z0i) * scale;
        out[o + 2 * h + 1] = 0;
        for (int k = 1; k < h; k++) {
            int ka = 2 * (k * rows + b);
            int kb = 2 * ((h - k) * rows + b);
            float ar = z[ka], ai = z[ka + 1];
            float br = z[kb], bi = -z[kb + 1];
            float er = 0.5f * (ar + br), ei = 0.5f * (ai + bi);
            float dr = ar - br, di = ai - bi;
            float or = 0.5f * di, oi = -0.5f * dr;
            float wr = w[2 * k], wi = w[2 * k + 1];
            out[o + 2 * k] = (er + or * wr - oi * wi) * scale;
            out[o + 2 * k + 1] = (ei + or * wi + oi * wr) * scale;
        }
    }

    /** Hermitian complex to real along {@code axis}: complex64 gives float32, complex128 float64. */
    static HostArray c2r(HostArray in, int axis, int n, double scale, CpuThreads threads) {
        int half = n / 2 + 1;
        Blocks g = new Blocks(in.shape(), axis, n, n);
        DType outType = in.dtype() == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
        HostArray out = HostArray.zeros(outType, g.outShape);
        int copy = Math.min(g.lenIn, half);
        if (g.inner == 1 && n % 2 == 0) {
            if (CpuSimd.enabled()) {
                // SIMD over blocks of rows, in the input's own precision.
                if (in.data() instanceof float[] && CpuLaneFftF.supports(n / 2) && CpuLaneFftF.worthIt(g.outer)) {
                    CpuLaneLinesF.complexToRealRows((float[]) in.data(), (float[]) out.data(), g.outer, g.lenIn, n,
                            copy, (float) scale, RealTwiddles.single(n), threads);
                    return out;
                }
                if (in.data() instanceof double[] && CpuLaneFftD.supports(n / 2) && CpuLaneFftD.worthIt(g.outer)) {
                    CpuLaneLinesD.complexToRealRows((double[]) in.data(), (double[]) out.data(), g.outer, g.lenIn, n,
                            copy, scale, RealTwiddles.of(n), threads);
                    return out;
                }
            }
            c2rPacked(in, out, g, n, copy, scale, threads);
            return out;
        }
        CpuFftPlanD plan = CpuFftPlanD.of(n);
        threads.parallelFor(g.blocks(), g.work(n), (from, to) -> {
            double[] buf = new double[2 * n * g.block];
            double[][] scratch = plan.newScratch(g.block);
            for (int blk = from; blk < to; blk++) {
                int lines = g.linesIn(blk);
                java.util.Arrays.fill(buf, 0, 2 * n * lines, 0.0);
                gather(in.data(), true, g.inBase(blk), g.inner, copy, lines, buf);
                // Hermitian extension X[n-k] = conj(X[k]); taking the real part afterwards drops
                // the imaginary parts of X[0] and X[n/2], as pocketfft ignores them.
                for (int k = 1; n - k >= half; k++) {
                    int src = 2 * k * lines;
                    int dst = 2 * (n - k) * lines;
                    for (int b = 0; b < 2 * lines; b += 2) {
                        buf[dst + b] = buf[src + b];
                        buf[dst + b + 1] = -buf[src + b + 1];
                    }
                }
                plan.transform(buf, false, scratch, lines);
                scatter(buf, false, n, lines, scale, out.data(), g.outBase(blk, n), g.inner);
            }
        });
        return out;
    }

    /**
     * irfft of contiguous lines of even length n = 2h: Z_k = A_k + i w^-k B_k with
     * A = X_k + conj X_h-k and B = X_k - conj X_h-k, whose length-h inverse holds y_2m + i y_2m+1.
     */
    private static void c2rPacked(HostArray in, HostArray out, Blocks g, int n, int copy, double scale,
            CpuThreads threads) {
        int h = n / 2;
        CpuFftPlanD plan = CpuFftPlanD.of(h);
        double[] w = RealTwiddles.of(n);
        int lines = g.outer;
        boolean single = lines == 1;
        threads.parallelFor(lines, g.work(n), (from, to) -> {
            double[] x = new double[2 * (h + 1)];
            double[] z = new double[2 * h];
            double[][] scratch = plan.newScratch();
            for (int line = from; line < to; line++) {
                java.util.Arrays.fill(x, 2 * copy, 2 * (h + 1), 0.0);
                readContiguous(in.data(), (long) line * g.lenIn, copy, x);
                x[1] = 0;
                x[2 * h + 1] = 0;
                for (int k = 0; k < h; k++) {
                    double ar = x[2 * k], ai = x[2 * k + 1];
                    double cr = x[2 * (h - k)], ci = -x[2 * (h - k) + 1];
                    double sr = ar + cr, si = ai + ci;
                    double dr = ar - cr, di = ai - ci;
                    // i * conj(w_k) * d
                    double wr = w[2 * k], wi = -w[2 * k + 1];
                    double tr = dr * wr - di * wi, ti = dr * wi + di * wr;
                    z[2 * k] = sr - ti;
                    z[2 * k + 1] = si + tr;
                }
                plan.transform(z, false, scratch, single ? threads : null);
                writeRealContiguous(z, n, scale, out.data(), (long) line * n);
            }
        });
    }

    // ---- gather / scatter of a block of `lines` adjacent lines (stride `inner` along the axis) ----

    private static void gather(Object data, boolean complex, long base, int inner, int count, int lines,
            double[] buf) {
        if (data instanceof float[]) {
            float[] a = (float[]) data;
            for (int j = 0; j < count; j++) {
                int src = (int) (base + (long) j * inner);
                int dst = 2 * j * lines;
                if (complex) {
                    for (int v = 0; v < 2 * lines; v++) {
                        buf[dst + v] = a[2 * src + v];
                    }
                } else {
                    for (int b = 0; b < lines; b++) {
                        buf[dst + 2 * b] = a[src + b];
                    }
                }
            }
        } else {
            double[] a = (double[]) data;
            for (int j = 0; j < count; j++) {
                int src = (int) (base + (long) j * inner);
                int dst = 2 * j * lines;
                if (complex) {
                    System.arraycopy(a, 2 * src, buf, dst, 2 * lines);
                } else {
                    for (int b = 0; b < lines; b++) {
                        buf[dst + 2 * b] = a[src + b];
                    }
                }
            }
        }
    }

    private static void scatter(double[] buf, boolean complex, int count, int lines, double scale, Object data,
            long base, int inner) {
        if (data instanceof float[]) {
            float[] a = (float[]) data;
            for (int j = 0; j < count; j++) {
                int dst = (int) (base + (long) j * inner);
                int src = 2 * j * lines;
                if (complex) {
                    for (int v = 0; v < 2 * lines; v++) {
                        a[2 * dst + v] = (float) (buf[src + v] * scale);
                    }
                } else {
                    for (int b = 0; b < lines; b++) {
                        a[dst + b] = (float) (buf[src + 2 * b] * scale);
                    }
                }
            }
        } else {
            double[] a = (double[]) data;
            for (int j = 0; j < count; j++) {
                int dst = (int) (base + (long) j * inner);
                int src = 2 * j * lines;
                if (complex) {
                    for (int v = 0; v < 2 * lines; v++) {
                        a[2 * dst + v] = buf[src + v] * scale;
                    }
                } else {
                    for (int b = 0; b < lines; b++) {
                        a[dst + b] = buf[src + 2 * b] * scale;
                    }
                }
            }
        }
    }

    /** Copies a block of complex64 lines into the interleaved block buffer (one contiguous copy per row). */
    private static void gatherComplex(float[] a, long base, int inner, int count, int lines, float[] buf) {
        for (int j = 0; j < count; j++) {
            int src = (int) (base + (long) j * inner);
            System.arraycopy(a, 2 * src, buf, 2 * j * lines, 2 * lines);
        }
    }

    private static void scatterComplex(float[] buf, int count, int lines, float scale, float[] a, long base,
            int inner) {
        for (int j = 0; j < count; j++) {
            int dst = 2 * (int) (base + (long) j * inner);
            int src = 2 * j * lines;
            for (int v = 0; v < 2 * lines; v++) {
                a[dst + v] = buf[src + v] * scale;
            }
        }
    }

    /** Reads {@code count} real values into buf[0..count) (packed: even samples real, odd imaginary). */
    private static void readReal(Object data, long base, int count, double[] buf) {
        int b = (int) base;
        if (data instanceof float[]) {
            float[] a = (float[]) data;
            for (int j = 0; j < count; j++) {
                buf[j] = a[b + j];
            }
        } else {
            System.arraycopy(data, b, buf, 0, count);
        }
    }

    private static void readContiguous(Object data, long base, int count, double[] buf) {
        int b = (int) (2 * base);
        if (data instanceof float[]) {
            float[] a = (float[]) data;
            for (int j = 0; j < 2 * count; j++) {
                buf[j] = a[b + j];
            }
        } else {
            System.arraycopy(data, b, buf, 0, 2 * count);
        }
    }

    private static void writeContiguous(double[] buf, int count, double scale, Object data, long base) {
        int b = (int) (2 * base);
        if (data instanceof float[]) {
            float[] a = (float[]) data;
            for (int j = 0; j < 2 * count; j++) {
                a[b + j] = (float) (buf[j] * scale);
            }
        } else {
            double[] a = (double[]) data;
            for (int j = 0; j < 2 * count; j++) {
                a[b + j] = buf[j] * scale;
            }
        }
    }

    /** Writes buf[0..count) (y_2m = re, y_2m+1 = im of the packed result) scaled. */
    private static void writeRealContiguous(double[] buf, int count, double scale, Object data, long base) {
        int b = (int) base;
        if (data instanceof float[]) {
            float[] a = (float[]) data;
            for (int j = 0; j < count; j++) {
                a[b + j] = (float) (buf[j] * scale);
            }
        } else {
            double[] a = (double[]) data;
            for (int j = 0; j < count; j++) {
                a[b + j] = buf[j] * scale;
            }
        }
    }

    /** exp(-2 pi i k/n) for k <= n/2, cached per n: the post-processing twiddles of the packed real transforms. */
    private static final class RealTwiddles {
        private static final java.util.concurrent.ConcurrentHashMap<Integer, double[]> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();
        private static final java.util.concurrent.ConcurrentHashMap<Integer, float[]> SINGLE =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** The same twiddles rounded to float once. */
        static float[] single(int n) {
            return SINGLE.computeIfAbsent(n, len -> {
                double[] d = of(len);
                float[] f = new float[d.length];
                for (int i = 0; i < d.length; i++) {
                    f[i] = (float) d[i];
                }
                return f;
            });
        }

        static double[] of(int n) {
            return CACHE.computeIfAbsent(n, len -> {
                double[] w = new double[2 * (len / 2 + 1)];
                for (int k = 0; k <= len / 2; k++) {
                    double a = -2 * Math.PI * k / len;
                    w[2 * k] = Math.cos(a);
                    w[2 * k + 1] = Math.sin(a);
                }
                return w;
            });
        }
    }

    /**
     * Blocks of adjacent lines along one axis: outer (axes before) x inner (axes after, the stride);
     * each block is up to {@link #block} consecutive inner positions of one outer index.
     */
    private static final class Blocks {
        final int outer;
        final int inner;
        final int lenIn;
        final int[] outShape;
        final int block;
        final int blocksPerOuter;

        Blocks(int[] shape, int axis, int lenOut, int n) {
            int o = 1;
            for (int a = 0; a < axis; a++) {
                o *= shape[a];
            }
            int i = 1;
            for (int a = axis + 1; a < shape.length; a++) {
                i *= shape[a];
            }
            outer = o;
            inner = i;
            lenIn = shape[axis];
            outShape = shape.clone();
            outShape[axis] = lenOut;
            org.sciaccel.Shapes.size(outShape);
            block = Math.max(1, Math.min(Math.min(inner, MAX_BLOCK), BLOCK_VALUES / Math.max(1, n)));
            blocksPerOuter = (inner + block - 1) / block;
        }

        int blocks() {
            return outer * blocksPerOuter;
        }

        int linesIn(int blk) {
            int b = blk % blocksPerOuter;
            return Math.min(block, inner - b * block);
        }

        long work(int n) {
            return (long) outer * inner * n * Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
        }

        long inBase(int blk) {
            int o = blk / blocksPerOuter;
            int b = blk % blocksPerOuter;
            return (long) o * lenIn * inner + (long) b * block;
        }

        long outBase(int blk, int lenOut) {
            int o = blk / blocksPerOuter;
            int b = blk % blocksPerOuter;
            return (long) o * lenOut * inner + (long) b * block;
        }
    }
}
