package org.sciaccel.cpu.sorting;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;
import org.sciaccel.spi.HistogramPlan;

/**
 * numpy.histogram, histogram2d, bincount and linspace on the CPU, each in NumPy's own arithmetic:
 * the equal-bin path's bin assignment in the types of {@link HistogramPlan}, weighted counts summed
 * per block and added in the count's dtype; the edges path as NumPy's cumulative counts over each
 * block's sorted values ({@code searchsorted} of the edges), weights accumulated in their dtype.
 */
final class CpuHistograms {
    private CpuHistograms() {
    }

    /** NumPy's {@code linspace(first, last, num)} in double, stored as {@code dtype}. */
    static HostArray linspace(double first, double last, int num, DType dtype) {
        double[] y = new double[num];
        int div = num - 1;
        double delta = last - first;
        if (div > 0) {
            double step = delta / div;
            for (int i = 0; i < num; i++) {
                y[i] = step == 0 ? (i / (double) div) * delta : i * step;
            }
        } else {
            for (int i = 0; i < num; i++) {
                y[i] = i * delta;
            }
        }
        for (int i = 0; i < num; i++) {
            y[i] += first;
        }
        if (num > 1) {
            y[num - 1] = last;
        }
        return HostArray.fromDoubles(y, dtype, num);
    }

    /** The equal-bin fast path of numpy.histogram. */
    static HostArray uniform(HostArray a, HostArray w, HostArray edges, HistogramPlan p) {
        int n = a.size();
        int bins = p.bins();
        double[] e = edges.toDoubles();
        DType bt = p.binType();
        DType mt = p.mulType();
        double first = p.first();
        double norm = round(p.norm(), mt);
        boolean unsigned = a.dtype() == DType.UINT64;
        boolean floating = a.dtype().isFloatingPoint();
        Counts counts = new Counts(p.countType(), bins, w != null);
        double[] block = w == null ? null : new double[bins];
        double[] blockIm = w != null && w.dtype().isComplex() ? new double[bins] : null;
        double[][] wv = w == null ? null : weights(w);
        for (int b0 = 0; b0 < n; b0 += HistogramPlan.BLOCK) {
            int b1 = Math.min(n, b0 + HistogramPlan.BLOCK);
            for (int i = b0; i < b1; i++) {
                double x = floating || !unsigned ? a.getDouble(i) : Casting.unsignedToDouble(a.getLong(i));
                boolean keep;
                if (p.integerBounds()) {
                    long v = a.getLong(i);
                    keep = unsigned ? Long.compareUnsigned(v, p.lowerBits()) >= 0 && Long.compareUnsigned(v, p.upperBits()) <= 0
                            : v >= p.lowerBits() && v <= p.upperBits();
                } else {
                    keep = x >= p.lower() && x <= p.upper();
                }
                if (!keep) {
                    continue;
                }
                double t = round(x, bt);
                double sub = subtract(t, first, bt);
                double f = multiply(round(sub, mt), norm, mt);
                long idx = (long) f;
                if (idx == bins) {
                    idx--;
                }
                idx = Math.max(0, Math.min(bins - 1, idx));
                if (t < e[(int) idx]) {
                    idx--;
                }
                idx = Math.max(0, idx);
                if (idx + 1 <= bins && t >= e[(int) idx + 1] && idx != bins - 1) {
                    idx++;
                }
                int bin = (int) idx;
                if (w == null) {
                    counts.count(bin);
                } else {
                    block[bin] += wv[0][i];
                    if (blockIm != null) {
                        blockIm[bin] += wv[1][i];
                    }
                }
            }
            if (w != null) {
                counts.addBlock(block, blockIm);
                java.util.Arrays.fill(block, 0);
                if (blockIm != null) {
                    java.util.Arrays.fill(blockIm, 0);
                }
            }
        }
        return counts.result();
    }

    /** The weights as doubles, real and imaginary parts (imaginary null for real weights). */
    private static double[][] weights(HostArray w) {
        if (!w.dtype().isComplex()) {
            return new double[][] {w.toDoubles(), null};
        }
        int n = w.size();
        double[] re = new double[n];
        double[] im = new double[n];
        CpuComplexOrder.read(w, 0, 1, n, re, im);
        return new double[][] {re, im};
    }

    /** {@code v} rounded to float type {@code t}. */
    static double round(double v, DType t) {
        switch (t) {
            case FLOAT16: return Half.toDouble(Half.fromDouble(v));
            case FLOAT32: return (float) v;
            default: return v;
        }
    }

    /** NumPy's subtract in float type {@code t} (float16 through float32, as NumPy's half loops). */
    private static double subtract(double a, double b, DType t) {
        switch (t) {
            case FLOAT16: return Half.toDouble(Half.fromFloat((float) a - (float) b));
            case FLOAT32: return (float) a - (float) b;
            default: return a - b;
        }
    }

    private static double multiply(double a, double b, DType t) {
        switch (t) {
            case FLOAT16: return Half.toDouble(Half.fromFloat((float) a * (float) b));
            case FLOAT32: return (float) a * (float) b;
            default: return a * b;
        }
    }

    /**
     * The edges path of numpy.histogram: per block of {@link HistogramPlan#BLOCK} elements, the block's
     * canonical keys sorted (weights along), the cumulative count (or weight) below each edge (the
     * last edge inclusive) added to a running total in the count's dtype, the counts its differences.
     */
    static HostArray edges(HostArray a, HostArray w, HostArray edges, DType countType) {
        int n = a.size();
        int ne = edges.size();
        long[] ek = new long[ne];
        CpuSortKeys.keys(edges, 0, 1, ne, ek, true);
        int bits = CpuSortKeys.bits(a.dtype());
        Accumulator cum = new Accumulator(countType, ne);
        double[][] wv = w == null ? null : weights(w);
        long[] iw = w != null && w.dtype().isIntegral() ? integerWeights(w) : null;
        long[] keys = new long[Math.min(n, HistogramPlan.BLOCK)];
        int[] order = new int[keys.length];
        long[] tk = new long[keys.length];
        int[] tp = new int[keys.length];
        for (int b0 = 0; b0 < n; b0 += HistogramPlan.BLOCK) {
            int m = Math.min(n, b0 + HistogramPlan.BLOCK) - b0;
            CpuSortKeys.keys(a, b0, 1, m, keys, true);
            for (int i = 0; i < m; i++) {
                order[i] = b0 + i;
            }
            CpuKeySort.sort(keys, order, m, bits, tk, tp);
            for (int i = 0; i < m; i++) {
                keys[i] ^= bits == 64 ? Long.MIN_VALUE : 0;
            }
            Accumulator running = w == null ? null : Accumulator.cumulative(countType, wv, iw, order, m);
            for (int j = 0; j < ne; j++) {
                long k = ek[j] ^ (bits == 64 ? Long.MIN_VALUE : 0);
                int at = j < ne - 1 ? lowerBound(keys, m, k) : upperBound(keys, m, k);
                if (w == null) {
                    cum.addCount(j, at);
                } else {
                    cum.addFrom(j, running, at);
                }
            }
        }
        return cum.differences();
    }

    private static int lowerBound(long[] keys, int m, long k) {
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(long[] keys, int m, long k) {
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] <= k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@code n / float64(diff(edges)) / sum(n)}. */
    static HostArray density(HostArray counts, HostArray edges) {
        int bins = counts.size();
        double[] db = new double[bins];
        DType et = edges.dtype();
        for (int i = 0; i < bins; i++) {
            if (et.isIntegral()) {
                db[i] = et == DType.UINT64 ? Casting.unsignedToDouble(edges.getLong(i + 1) - edges.getLong(i))
                        : (double) (edges.getLong(i + 1) - edges.getLong(i));
            } else {
                db[i] = subtract(edges.getDouble(i + 1), edges.getDouble(i), et);
            }
        }
        if (counts.dtype().isComplex()) {
            int n = bins;
            double[] re = new double[n];
            double[] im = new double[n];
            CpuComplexOrder.read(counts, 0, 1, n, re, im);
            double sr = 0;
            double si = 0;
            for (int i = 0; i < n; i++) {
                sr += re[i];
                si += im[i];
            }
            HostArray out = HostArray.zeros(DType.COMPLEX128, n);
            for (int i = 0; i < n; i++) {
                double qr = re[i] / db[i];
                double qi = im[i] / db[i];
                double[] q = CpuCovariance.divide(qr, qi, sr, si);
                CpuComplexOrder.write(out, i, q[0], q[1]);
            }
            return out;
        }
        double[] c = counts.toDoubles();
        double s = 0;
        if (counts.dtype().isIntegral()) {
            long t = 0;
            for (int i = 0; i < bins; i++) {
                t += counts.getLong(i);
            }
            s = counts.dtype() == DType.UINT64 ? Casting.unsignedToDouble(t) : t;
        } else {
            for (double v : c) {
                s += v;
            }
            s = round(s, counts.dtype());
        }
        double[] out = new double[bins];
        for (int i = 0; i < bins; i++) {
            out[i] = c[i] / db[i] / s;
        }
        return new HostArray(DType.FLOAT64, new int[] {bins}, out);
    }

    /** numpy.histogram2d's counts: searchsorted right per axis, the last edge folded into the last bin, bincount, cropped. */
    static HostArray histogram2d(HostArray x, HostArray y, HostArray xe, HostArray ye, HostArray w, boolean density) {
        int n = x.size();
        int nx = xe.size() - 1;
        int ny = ye.size() - 1;
        int[] ix = binsRight(x, xe);
        int[] iy = binsRight(y, ye);
        double[] full = new double[(nx + 2) * (ny + 2)];
        double[] wd = w == null ? null : w.toDoubles();
        for (int i = 0; i < n; i++) {
            full[ix[i] * (ny + 2) + iy[i]] += wd == null ? 1.0 : wd[i];
        }
        double[] h = new double[nx * ny];
        for (int i = 0; i < nx; i++) {
            System.arraycopy(full, (i + 1) * (ny + 2) + 1, h, i * ny, ny);
        }
        if (density) {
            double s = 0;
            for (double v : h) {
                s += v;
            }
            double[] dx = diffs(xe);
            double[] dy = diffs(ye);
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    h[i * ny + j] = h[i * ny + j] / dx[i] / dy[j] / s;
                }
            }
        }
        return new HostArray(DType.FLOAT64, new int[] {nx, ny}, h);
    }

    private static double[] diffs(HostArray e) {
        int m = e.size() - 1;
        double[] d = new double[Math.max(0, m)];
        for (int i = 0; i < m; i++) {
            d[i] = e.dtype().isIntegral() ? (double) (e.getLong(i + 1) - e.getLong(i))
                    : subtract(e.getDouble(i + 1), e.getDouble(i), e.dtype());
        }
        return d;
    }

    /** {@code searchsorted(edges, v, 'right')}, minus one where v equals the last edge. */
    private static int[] binsRight(HostArray v, HostArray edges) {
        int n = v.size();
        int ne = edges.size();
        long[] ek = new long[ne];
        CpuSortKeys.keys(edges, 0, 1, ne, ek, true);
        long[] vk = new long[n];
        CpuSortKeys.keys(v, 0, 1, n, vk, true);
        double last = ne == 0 ? Double.NaN : edges.getDouble(ne - 1);
        boolean integral = v.dtype().isIntegral();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = ne;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Long.compareUnsigned(ek[mid], vk[i]) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            boolean onEdge = ne > 0 && (integral ? v.getLong(i) == edges.getLong(ne - 1) : v.getDouble(i) == last);
            out[i] = onEdge ? lo - 1 : lo;
        }
        return out;
    }

    /** numpy.bincount of non-negative int64 x: counts, or float64 sums of the weights in x's order. */
    static HostArray bincount(HostArray x, HostArray w, int length) {
        long[] v = (long[]) x.data();
        if (w == null) {
            long[] c = new long[length];
            for (long k : v) {
                c[(int) k]++;
            }
            return new HostArray(DType.INT64, new int[] {length}, c);
        }
        double[] wd = (double[]) w.data();
        double[] s = new double[length];
        for (int i = 0; i < v.length; i++) {
            s[(int) v[i]] += wd[i];
        }
        return new HostArray(DType.FLOAT64, new int[] {length}, s);
    }

    /** Integer weights as their exact values (uint64 as bits). */
    private static long[] integerWeights(HostArray w) {
        long[] out = new long[w.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.getLong(i);
        }
        return out;
    }

    /** Unweighted counts (int64) or weighted ones added block by block in the count's dtype. */
    private static final class Counts {
        private final DType type;
        private final boolean weighted;
        private final long[] bits;
        private final double[] re;
        private final double[] im;

        Counts(DType countType, int bins, boolean weighted) {
            this.type = countType;
            this.weighted = weighted;
            boolean floating = weighted && (countType.isFloatingPoint() || countType.isComplex());
            this.bits = floating ? null : new long[bins];
            this.re = floating ? new double[bins] : null;
            this.im = countType.isComplex() ? new double[bins] : null;
        }

        void count(int bin) {
            bits[bin]++;
        }

        /** {@code n += block.astype(type)}; complex parts {@code n.real += block_re} in double. */
        void addBlock(double[] block, double[] blockIm) {
            for (int b = 0; b < block.length; b++) {
                double s = block[b];
                switch (type) {
                    case FLOAT64: re[b] += s; break;
                    case FLOAT32: re[b] = (float) re[b] + (float) s; break;
                    case FLOAT16: re[b] = round((float) re[b] + (float) round(s, DType.FLOAT16), DType.FLOAT16); break;
                    case COMPLEX64:
                        re[b] = (float) (re[b] + s);
                        im[b] = (float) (im[b] + blockIm[b]);
                        break;
                    case COMPLEX128:
                        re[b] += s;
                        im[b] += blockIm[b];
                        break;
                    case BOOL: bits[b] = bits[b] != 0 || s != 0 ? 1 : 0; break;
                    case UINT64: bits[b] += Casting.toUint64Bits(s); break;
                    default: bits[b] += (long) Casting.castTo(s, type); break;
                }
            }
        }

        HostArray result() {
            int bins = bits != null ? bits.length : re.length;
            if (!weighted) {
                return new HostArray(DType.INT64, new int[] {bins}, bits);
            }
            if (type.isComplex()) {
                HostArray out = HostArray.zeros(type, bins);
                for (int b = 0; b < bins; b++) {
                    CpuComplexOrder.write(out, b, re[b], im[b]);
                }
                return out;
            }
            if (re != null) {
                return HostArray.fromDoubles(re, type, bins);
            }
            return CpuProducts.fromBits(bits, type, bins);
        }
    }

    /**
     * A running sum in a count dtype as NumPy's {@code cum_n += cw[bin_index]} keeps it, and the
     * weights' cumulative sums of one block ({@code sw.cumsum()}: integers in 64 bits, floats in their
     * own dtype).
     */
    private static final class Accumulator {
        private final DType type;
        private final long[] bits;
        private final double[] re;
        private final double[] im;

        Accumulator(DType type, int length) {
            this.type = type;
            boolean floating = type.isFloatingPoint() || type.isComplex();
            this.bits = floating ? null : new long[length];
            this.re = floating ? new double[length] : null;
            this.im = type.isComplex() ? new double[length] : null;
        }

        /** The block's cumulative sums of its sorted weights, position 0 the empty sum. */
        static Accumulator cumulative(DType type, double[][] w, long[] iw, int[] order, int m) {
            Accumulator c = new Accumulator(type, m + 1);
            for (int i = 0; i < m; i++) {
                int at = order[i];
                if (c.bits != null) {
                    c.bits[i + 1] = c.bits[i] + iw[at];
                } else {
                    c.re[i + 1] = add(c.re[i], w[0][at], type);
                    if (c.im != null) {
                        c.im[i + 1] = add(c.im[i], w[1][at], type);
                    }
                }
            }
            return c;
        }

        private static double add(double a, double b, DType t) {
            switch (t) {
                case FLOAT16: return round((float) a + (float) b, DType.FLOAT16);
                case FLOAT32: case COMPLEX64: return (float) a + (float) b;
                default: return a + b;
            }
        }

        void addCount(int j, long c) {
            bits[j] += c;
        }

        void addFrom(int j, Accumulator running, int at) {
            if (bits != null) {
                bits[j] += running.bits[at];
            } else {
                re[j] = add(re[j], running.re[at], type);
                if (im != null) {
                    im[j] = add(im[j], running.im[at], type);
                }
            }
        }

        /** {@code np.diff(cum_n)} in the count dtype. */
        HostArray differences() {
            int bins = Math.max(0, (bits != null ? bits.length : re.length) - 1);
            if (bits != null) {
                long[] d = new long[bins];
                for (int i = 0; i < bins; i++) {
                    d[i] = bits[i + 1] - bits[i];
                }
                return CpuProducts.fromBits(d, type, bins);
            }
            if (type.isComplex()) {
                HostArray out = HostArray.zeros(type, bins);
                for (int i = 0; i < bins; i++) {
                    CpuComplexOrder.write(out, i, sub(re[i + 1], re[i]), sub(im[i + 1], im[i]));
                }
                return out;
            }
            double[] d = new double[bins];
            for (int i = 0; i < bins; i++) {
                d[i] = sub(re[i + 1], re[i]);
            }
            return HostArray.fromDoubles(d, type, bins);
        }

        private double sub(double a, double b) {
            switch (type) {
                case FLOAT16: return round((float) a - (float) b, DType.FLOAT16);
                case FLOAT32: case COMPLEX64: return (float) a - (float) b;
                default: return a - b;
            }
        }
    }
}
