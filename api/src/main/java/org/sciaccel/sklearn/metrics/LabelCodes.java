package org.sciaccel.sklearn.metrics;

import java.util.Arrays;
import org.sciaccel.NDArray;

/**
 * Labels encoded as scikit-learn's LabelEncoder and contingency tables encode them: each label replaced by the
 * rank of its value among the sorted distinct values (integer labels compared as integers, float labels as
 * floats), computed on the host from the downloaded labels.
 */
record LabelCodes(int[] codes, int classes) {

    static LabelCodes of(NDArray labels) {
        int n = labels.size();
        int[] codes = new int[n];
        if (labels.dtype().isFloatingPoint()) {
            double[] v = labels.toDoubleArray();
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            int k = distinct(sorted);
            for (int i = 0; i < n; i++) {
                codes[i] = Arrays.binarySearch(sorted, 0, k, v[i]);
            }
            return new LabelCodes(codes, k);
        }
        long[] v = labels.toLongArray();
        long[] sorted = v.clone();
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k == 0 || sorted[i] != sorted[k - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        for (int i = 0; i < n; i++) {
            codes[i] = Arrays.binarySearch(sorted, 0, k, v[i]);
        }
        return new LabelCodes(codes, k);
    }

    /** Compacts sorted values to their distinct ones in place (NaN, sorted last, as one value); their count. */
    private static int distinct(double[] sorted) {
        int k = 0;
        for (double x : sorted) {
            if (k == 0 || Double.compare(x, sorted[k - 1]) != 0) {
                sorted[k++] = x;
            }
        }
        return k;
    }

    /** The members of each code. */
    int[] frequencies() {
        int[] f = new int[classes];
        for (int c : codes) {
            f[c]++;
        }
        return f;
    }
}
