package org.sciaccel.cpu.ndimage;

/**
 * The k-th smallest of a few doubles by Hoare's selection: partition around the first element of
 * the range, keep the side holding k, repeat. Expected linear time, no full sort. It is the
 * selection SciPy's {@code NI_RankFilter} performs (same pivot, same scans, same swaps), so with
 * NaN in a window it picks the same element SciPy does. Reorders the values it is given.
 */
final class Selection {
    private Selection() {
    }

    /** The {@code k}-th smallest (0-based) of {@code a[0..n)}; {@code a} is reordered. */
    static double select(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        int rank = k;
        while (lo < hi) {
            double pivot = a[lo];
            int i = lo - 1;
            int j = hi + 1;
            while (true) {
                do {
                    j--;
                } while (a[j] > pivot);
                do {
                    i++;
                } while (a[i] < pivot);
                if (i < j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                } else {
                    break;
                }
            }
            int left = j - lo + 1;
            if (rank < left) {
                hi = j;
            } else {
                lo = j + 1;
                rank -= left;
            }
        }
        return a[lo];
    }
}
