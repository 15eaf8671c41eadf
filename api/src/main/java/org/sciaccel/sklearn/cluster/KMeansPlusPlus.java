package org.sciaccel.sklearn.cluster;

import org.sciaccel.numpy.RandomState;

/**
 * scikit-learn 1.2's greedy k-means++ seeding on the host: the first centre drawn by {@code randint(n)}, then per centre 2 + ln k candidates drawn in proportion
 * to the squared distance to the nearest chosen centre ({@code uniform * potential}, searched in the float64 running
 * sum), the candidate that lowers the potential most kept. Squared distances as scikit-learn's
 * |x|² - 2 x·y + |y|², clipped at 0.
 */
final class KMeansPlusPlus {
    private KMeansPlusPlus() {
    }

    static double[] centres(double[] x, int n, int m, int k, RandomState rs) {
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += x[i * m + j] * x[i * m + j];
            }
            norms[i] = s;
        }
        int trials = 2 + (int) Math.log(k);
        double[] centres = new double[k * m];
        int first = rs.choice(n);
        System.arraycopy(x, first * m, centres, 0, m);
        double[] closest = distances(x, n, m, norms, first);
        double pot = sum(closest);
        for (int c = 1; c < k; c++) {
            double[] cum = new double[n];
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += closest[i];
                cum[i] = s;
            }
            int[] candidates = new int[trials];
            for (int t = 0; t < trials; t++) {
                double v = rs.uniform(0, 1) * pot;
                candidates[t] = Math.min(searchLeft(cum, v), n - 1);
            }
            int bestT = -1;
            double bestPot = Double.POSITIVE_INFINITY;
            double[] bestDist = null;
            for (int t = 0; t < trials; t++) {
                double[] d = distances(x, n, m, norms, candidates[t]);
                for (int i = 0; i < n; i++) {
                    d[i] = Math.min(closest[i], d[i]);
                }
                double p = sum(d);
                if (bestT < 0 || p < bestPot) {
                    bestT = t;
                    bestPot = p;
                    bestDist = d;
                }
            }
            pot = bestPot;
            closest = bestDist;
            System.arraycopy(x, candidates[bestT] * m, centres, c * m, m);
        }
        return centres;
    }

    /** searchsorted(side='left'): the first index with cum[i] >= v. */
    private static int searchLeft(double[] cum, double v) {
        int lo = 0;
        int hi = cum.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] distances(double[] x, int n, int m, double[] norms, int from) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double dot = 0;
            for (int j = 0; j < m; j++) {
                dot += x[from * m + j] * x[i * m + j];
            }
            d[i] = Math.max(norms[from] - 2 * dot + norms[i], 0);
        }
        return d;
    }

    /** The potential: NumPy's pairwise sum, as scikit-learn's {@code .sum()} adds the distances. */
    private static double sum(double[] d) {
        return org.sciaccel.numpy.PairwiseSum.sum(d);
    }
}
