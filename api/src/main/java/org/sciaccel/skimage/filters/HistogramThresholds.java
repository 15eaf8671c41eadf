package org.sciaccel.skimage.filters;

import org.sciaccel.DType;

/**
 * The histogram-based global thresholds of scikit-image 0.19, on the host over the (small) histogram,
 * term for term in NumPy's dtypes: float32 steps are rounded to float32 after every operation (a
 * double result of one float32 operation rounded to float is the float32 result), so the chosen bin
 * is scikit-image's. Each returns the index of the chosen bin centre.
 */
final class HistogramThresholds {
    private HistogramThresholds() {
    }

    private static double f32(double x) {
        return (float) x;
    }

    private static double round(boolean single, double x) {
        return single ? (float) x : x;
    }

    /** NumPy's argmax: the first maximum, or the first NaN. */
    static int argmax(double[] v, int n) {
        int best = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(v[i])) {
                return i;
            }
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** NumPy's argmin over v[from .. to): the first minimum, or the first NaN; relative to from. */
    static int argmin(double[] v, int from, int to) {
        int best = from;
        for (int i = from; i < to; i++) {
            if (Double.isNaN(v[i])) {
                return i - from;
            }
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best - from;
    }

    static int otsu(String op, ImageHistogram h) {
        int n = h.size();
        if (n < 2) {
            throw new IllegalArgumentException(op + ": hist: attempt to get argmax of an empty sequence (one bin)");
        }
        double[] c = h.counts;
        double[] b = h.centers;
        double[] w1 = new double[n];
        double[] w2 = new double[n];
        double[] m1 = new double[n];
        double[] m2 = new double[n];
        double acc = 0;
        double accM = 0;
        for (int i = 0; i < n; i++) {
            acc += c[i];
            accM += c[i] * b[i];
            w1[i] = acc;
            m1[i] = accM / acc;
        }
        acc = 0;
        accM = 0;
        for (int i = n - 1; i >= 0; i--) {
            acc += c[i];
            accM += c[i] * b[i];
            w2[i] = acc;
            m2[i] = accM / acc;
        }
        double[] var = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            double d = m1[i] - m2[i + 1];
            var[i] = w1[i] * w2[i + 1] * (d * d);
        }
        return argmax(var, n - 1);
    }

    static int yen(ImageHistogram h) {
        int n = h.size();
        if (n == 1) {
            return 0;
        }
        double total = 0;
        for (double v : h.counts) {
            total += v;
        }
        float t = (float) total;
        double[] pmf = new double[n];
        for (int i = 0; i < n; i++) {
            pmf[i] = (float) h.counts[i] / t;
        }
        double[] p1 = new double[n];
        double[] p1sq = new double[n];
        double[] p2sq = new double[n];
        double a = 0;
        double s = 0;
        for (int i = 0; i < n; i++) {
            a = f32(a + pmf[i]);
            s = f32(s + f32(pmf[i] * pmf[i]));
            p1[i] = a;
            p1sq[i] = s;
        }
        s = 0;
        for (int i = n - 1; i >= 0; i--) {
            s = f32(s + f32(pmf[i] * pmf[i]));
            p2sq[i] = s;
        }
        double[] crit = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            double inv = f32(1.0 / f32(p1sq[i] * p2sq[i + 1]));
            double q = f32(p1[i] * f32(1.0 - p1[i]));
            crit[i] = f32(Math.log(f32(inv * f32(q * q))));
        }
        return argmax(crit, n - 1);
    }

    /** The indices of every isodata threshold (return_all), in increasing order. */
    static int[] isodata(ImageHistogram h) {
        int n = h.size();
        if (n == 1) {
            return new int[] {0};
        }
        double[] b = h.centers;
        boolean single = h.centerType == DType.FLOAT32; // else float64 arithmetic (float32 counts times int64/float64)
        double[] csuml = new double[n];
        double a = 0;
        for (int i = 0; i < n; i++) {
            a = f32(a + f32(h.counts[i]));
            csuml[i] = a;
        }
        double[] csumI = new double[n];
        a = 0;
        for (int i = 0; i < n; i++) {
            a = round(single, a + round(single, f32(h.counts[i]) * b[i]));
            csumI[i] = a;
        }
        double width = round(single, b[1] - b[0]);
        int[] found = new int[n - 1];
        int count = 0;
        for (int i = 0; i < n - 1; i++) {
            double csumh = f32(csuml[n - 1] - csuml[i]);
            double lower = round(single, csumI[i] / csuml[i]);
            double higher = round(single, round(single, csumI[n - 1] - csumI[i]) / csumh);
            double mean = round(single, round(single, lower + higher) / 2.0);
            double d = round(single, mean - b[i]);
            if (d >= 0 && d < width) {
                found[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /** scipy.ndimage.uniform_filter1d(v, 3) (mode reflect) as SciPy's running sum computes it. */
    private static double[] smooth3(double[] v) {
        int n = v.length;
        double[] out = new double[n];
        double first = v[0];
        double last = v[n - 1];
        double sum = first + v[0];
        sum += n > 1 ? v[1] : v[0];
        out[0] = sum / 3;
        for (int i = 1; i < n; i++) {
            double enter = i + 1 < n ? v[i + 1] : (i + 1 == n ? last : v[2 * n - i - 2]);
            double leave = i - 2 >= 0 ? v[i - 2] : first;
            sum += enter - leave;
            out[i] = sum / 3;
        }
        return out;
    }

    private static int[] localMaxima(double[] h) {
        int[] idx = new int[h.length];
        int count = 0;
        int direction = 1;
        for (int i = 0; i < h.length - 1; i++) {
            if (direction > 0) {
                if (h[i + 1] < h[i]) {
                    direction = -1;
                    idx[count++] = i;
                }
            } else if (h[i + 1] > h[i]) {
                direction = 1;
            }
        }
        return java.util.Arrays.copyOf(idx, count);
    }

    static int minimum(String op, ImageHistogram h, int maxNumIter) {
        if (maxNumIter < 1) {
            throw new IllegalArgumentException(op + ": max_num_iter: must be at least 1, got " + maxNumIter);
        }
        double[] smooth = h.counts.clone();
        int[] maxima = new int[0];
        int counter = 0;
        for (counter = 0; counter < maxNumIter; counter++) {
            smooth = smooth3(smooth);
            maxima = localMaxima(smooth);
            if (maxima.length < 3) {
                break;
            }
        }
        if (counter == maxNumIter) {
            counter = maxNumIter - 1;
        }
        if (maxima.length != 2) {
            throw new IllegalArgumentException(op + ": image: Unable to find two maxima in histogram");
        } else if (counter == maxNumIter - 1) {
            throw new IllegalArgumentException(op + ": max_num_iter: Maximum iteration reached for histogram "
                    + "smoothing (max_num_iter=" + maxNumIter + ")");
        }
        return maxima[0] + argmin(smooth, maxima[0], maxima[1] + 1);
    }

    static int triangle(String op, ImageHistogram h) {
        int n = h.size();
        double[] hist = h.counts.clone();
        int peak = argmax(hist, n);
        double peakHeight = hist[peak];
        int low = -1;
        int high = -1;
        for (int i = 0; i < n; i++) {
            if (hist[i] > 0) {
                if (low < 0) {
                    low = i;
                }
                high = i;
            }
        }
        boolean flip = peak - low < high - peak;
        if (flip) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                double t = hist[i];
                hist[i] = hist[j];
                hist[j] = t;
            }
            low = n - high - 1;
            peak = n - peak - 1;
        }
        int width = peak - low;
        if (width <= 0) {
            throw new IllegalArgumentException(op + ": image: attempt to get argmax of an empty sequence (the "
                    + "histogram's peak is at its end)");
        }
        double norm = Math.sqrt((double) ((long) peakHeight * (long) peakHeight + (long) width * width));
        double ph = peakHeight / norm;
        double w = width / norm;
        double[] length = new double[width];
        for (int x = 0; x < width; x++) {
            length[x] = ph * x - w * hist[x + low];
        }
        int level = argmax(length, width) + low;
        return flip ? n - level - 1 : level;
    }

    /** threshold_multiotsu's bin indices (classes - 1 of them), scikit-image's look-up-table search. */
    static int[] multiotsu(String op, double[] prob, int classes) {
        int nbins = prob.length;
        int nvalues = 0;
        for (double p : prob) {
            if (p != 0) {
                nvalues++;
            }
        }
        if (nvalues < classes) {
            throw new IllegalArgumentException(op + ": classes: The input image has only " + nvalues
                    + " different values. It cannot be thresholded in " + classes + " classes.");
        }
        int k = classes - 1;
        if (nvalues == classes) {
            int[] idx = new int[k];
            int c = 0;
            for (int i = 0; i < nbins && c < k; i++) {
                if (prob[i] > 0) {
                    idx[c++] = i;
                }
            }
            return idx;
        }
        double[] zeroth = new double[nbins];
        double[] first = new double[nbins];
        zeroth[0] = prob[0];
        first[0] = prob[0]; // scikit-image's first row starts from prob[0] (not 0 * prob[0])
        for (int i = 1; i < nbins; i++) {
            zeroth[i] = f32(zeroth[i - 1] + prob[i]);
            first[i] = f32(first[i - 1] + f32((float) i * prob[i]));
        }
        MultiOtsu m = new MultiOtsu(zeroth, first, nbins, k);
        m.search(0, 0);
        return m.best;
    }

    private static final class MultiOtsu {
        final double[] zeroth;
        final double[] first;
        final int nbins;
        final int k;
        final int[] current;
        final int[] best;
        double sigmaMax;

        MultiOtsu(double[] zeroth, double[] first, int nbins, int k) {
            this.zeroth = zeroth;
            this.first = first;
            this.nbins = nbins;
            this.k = k;
            this.current = new int[k];
            this.best = new int[k];
            // the first and last classes' terms, read once per combination: one table row and column each
            this.head = new double[nbins];
            this.tail = new double[nbins + 1];
            for (int j = 0; j < nbins; j++) {
                head[j] = var(0, j);
                tail[j] = var(j, nbins - 1);
            }
        }

        final double[] head;
        final double[] tail;

        /** The look-up table's entry (i, j): entry (0, 0) is never filled there and stays 0. */
        double var(int i, int j) {
            if (i == 0) {
                if (j == 0 || !(zeroth[j] > 0)) {
                    return 0;
                }
                return f32(f32(first[j] * first[j]) / zeroth[j]);
            }
            double z = f32(zeroth[j] - zeroth[i - 1]);
            if (!(z > 0)) {
                return 0;
            }
            double m = f32(first[j] - first[i - 1]);
            return f32(f32(m * m) / z);
        }

        void search(int histIdx, int threshIdx) {
            if (threshIdx < k) {
                for (int idx = histIdx; idx < nbins - k + threshIdx; idx++) {
                    current[threshIdx] = idx;
                    search(idx + 1, threshIdx + 1);
                }
                return;
            }
            double sigma = f32(head[current[0]] + tail[current[k - 1] + 1]);
            for (int idx = 0; idx < k - 1; idx++) {
                sigma = f32(sigma + var(current[idx] + 1, current[idx + 1]));
            }
            if (sigma > sigmaMax) {
                sigmaMax = sigma;
                System.arraycopy(current, 0, best, 0, k);
            }
        }
    }
}
