package org.sciaccel.sklearn.metrics;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.sklearn.SklearnArrays;

/**
 * adjusted_rand_score (scikit-learn 1.2): the pair confusion matrix from the contingency table of the two
 * labelings, counted on the host (integer counting, O(n)), and 2 (tp tn - fn fp) / ((tp + fn)(fn + tn) + (tp +
 * fp)(fp + tn)) in exact integers, rounded to a double once each as Python rounds its integers.
 */
final class AdjustedRand {
    private static final String NAME = "adjusted_rand_score";

    private AdjustedRand() {
    }

    static double score(NDArray labelsTrue, NDArray labelsPred) {
        SklearnArrays.require(labelsTrue, "labels_true", NAME);
        SklearnArrays.require(labelsPred, "labels_pred", NAME);
        check(labelsTrue, "labels_true");
        check(labelsPred, "labels_pred");
        if (labelsTrue.shape(0) != labelsPred.shape(0)) {
            throw new IllegalArgumentException(NAME + ": labels_pred: Found input variables with inconsistent numbers "
                    + "of samples: [" + labelsTrue.shape(0) + ", " + labelsPred.shape(0) + "]");
        }
        long n = labelsTrue.shape(0);
        LabelCodes a = LabelCodes.of(labelsTrue);
        LabelCodes b = LabelCodes.of(labelsPred);
        int[] ca = a.codes();
        int[] cb = b.codes();
        long[] nc = new long[a.classes()];
        long[] nk = new long[b.classes()];
        Map<Long, long[]> cells = new HashMap<>();
        for (int i = 0; i < n; i++) {
            nc[ca[i]]++;
            nk[cb[i]]++;
            cells.computeIfAbsent((long) ca[i] * b.classes() + cb[i], key -> new long[1])[0]++;
        }
        long sumSquares = 0;
        long rowDot = 0;
        long colDot = 0;
        for (Map.Entry<Long, long[]> e : cells.entrySet()) {
            long v = e.getValue()[0];
            int i = (int) (e.getKey() / b.classes());
            int j = (int) (e.getKey() % b.classes());
            sumSquares += v * v;
            colDot += v * nk[j];
            rowDot += v * nc[i];
        }
        long tp = sumSquares - n;
        long fp = colDot - sumSquares;
        long fn = rowDot - sumSquares;
        long tn = n * n - fp - fn - sumSquares;
        if (fn == 0 && fp == 0) {
            return 1.0;
        }
        BigInteger btp = BigInteger.valueOf(tp);
        BigInteger btn = BigInteger.valueOf(tn);
        BigInteger bfp = BigInteger.valueOf(fp);
        BigInteger bfn = BigInteger.valueOf(fn);
        double num = 2.0 * btp.multiply(btn).subtract(bfn.multiply(bfp)).doubleValue();
        double den = btp.add(bfn).multiply(bfn.add(btn)).add(btp.add(bfp).multiply(bfp.add(btn))).doubleValue();
        return num / den;
    }

    private static void check(NDArray labels, String name) {
        if (labels.ndim() != 1) {
            throw new IllegalArgumentException(NAME + ": " + name + ": " + name + " must be 1D: shape is "
                    + Shapes.toString(labels.shape()));
        }
        if (labels.dtype().isComplex() || labels.dtype() == DType.FLOAT16) {
            throw new IllegalArgumentException(NAME + ": " + name + ": " + labels.dtype().numpyName()
                    + " labels are not supported (integer, bool, float32 or float64)");
        }
    }
}
