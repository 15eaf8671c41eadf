package org.sciaccel.cpu.ndimage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Selection of the rank-th of a few values for many windows at once: Batcher's odd-even merge
 * sorting network over the next power of two of wires (the extra wires hold +infinity), pruned to
 * the comparators the output wire depends on, applied lane-wise across a batch of windows with
 * {@code Math.min}/{@code Math.max} (branch-free loops C2 vectorises). Only for NaN-free batches:
 * with NaN only SciPy's own selection order ({@link Selection}) gives SciPy's element.
 */
final class SelectionNetwork {
    /** Largest window handled by a network; larger ones use {@link Selection}. */
    static final int MAX_TAPS = 64;

    private static final ConcurrentHashMap<Long, SelectionNetwork> CACHE = new ConcurrentHashMap<>();

    final int taps;
    final int wires;
    final int rank;
    /** Comparators as (low wire, high wire) pairs, in order. */
    final int[] lo;
    final int[] hi;

    private SelectionNetwork(int taps, int rank) {
        this.taps = taps;
        this.rank = rank;
        int n = 1;
        while (n < taps) {
            n <<= 1;
        }
        this.wires = n;
        List<int[]> all = new ArrayList<>();
        for (int p = 1; p < n; p <<= 1) {
            for (int k = p; k >= 1; k >>= 1) {
                for (int j = k % p; j + k < n; j += 2 * k) {
                    for (int i = 0; i < Math.min(k, n - j - k); i++) {
                        if ((i + j) / (2 * p) == (i + j + k) / (2 * p)) {
                            all.add(new int[] {i + j, i + j + k});
                        }
                    }
                }
            }
        }
        boolean[] needed = new boolean[n];
        needed[rank] = true;
        List<int[]> kept = new ArrayList<>();
        for (int c = all.size() - 1; c >= 0; c--) {
            int[] cmp = all.get(c);
            if (needed[cmp[0]] || needed[cmp[1]]) {
                needed[cmp[0]] = true;
                needed[cmp[1]] = true;
                kept.add(0, cmp);
            }
        }
        lo = new int[kept.size()];
        hi = new int[kept.size()];
        for (int c = 0; c < lo.length; c++) {
            lo[c] = kept.get(c)[0];
            hi[c] = kept.get(c)[1];
        }
    }

    static SelectionNetwork of(int taps, int rank) {
        return CACHE.computeIfAbsent(((long) taps << 32) | rank, key -> new SelectionNetwork(taps, rank));
    }

    /**
     * Sorts enough of {@code v[w][0..count)} across wires that {@code v[rank]} holds each lane's
     * rank-th smallest; wires {@code taps..wires-1} must hold +infinity.
     */
    void apply(double[][] v, int count) {
        for (int c = 0; c < lo.length; c++) {
            double[] a = v[lo[c]];
            double[] b = v[hi[c]];
            for (int x = 0; x < count; x++) {
                double p = a[x];
                double q = b[x];
                a[x] = Math.min(p, q);
                b[x] = Math.max(p, q);
            }
        }
    }
}
