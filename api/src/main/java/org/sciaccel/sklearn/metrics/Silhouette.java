package org.sciaccel.sklearn.metrics;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.numpy.PairwiseSum;
import org.sciaccel.sklearn.SklearnArrays;
import org.sciaccel.spatial.Distance;

/**
 * silhouette_score (scikit-learn 1.2's silhouette_samples averaged): on the data's backend the (n, n) Euclidean
 * distances (scipy.spatial.distance.cdist's kernels, in float64) and each point's distance sums per cluster, the
 * distances times the (n, k) membership matrix; on the host, from those n*k sums, each point's mean distance to its
 * own cluster (over its size - 1) and the smallest mean distance to another cluster, the coefficient (b - a) /
 * max(a, b) (0 for a point alone in its cluster) and its mean.
 *
 * <p>Deviations: scikit-learn computes Euclidean distances as sqrt(|x|^2 - 2 x.y + |y|^2) (and, for float32
 * data, rounds them to float32); sciaccel takes cdist's direct differences in float64, so the sums agree to
 * rounding, not to the bit. The sums per cluster are a matrix product, not bincount's sequential sums.
 */
final class Silhouette {
    private static final String NAME = "silhouette_score";

    private Silhouette() {
    }

    static double score(NDArray x, NDArray labels, String metric) {
        SklearnArrays.require(x, "X", NAME);
        SklearnArrays.require(labels, "labels", NAME);
        SklearnArrays.require(metric, "metric", NAME);
        if (!metric.equals("euclidean")) {
            throw new IllegalArgumentException(NAME + ": metric: '" + metric + "' is not supported by sciaccel's "
                    + "silhouette_score (euclidean only)");
        }
        SklearnArrays.floatType(x, "X", NAME);
        SklearnArrays.rank2(x, "X", NAME);
        if (labels.ndim() != 1) {
            throw new IllegalArgumentException(NAME + ": labels: y should be a 1d array, got an array of shape "
                    + Shapes.toString(labels.shape()) + " instead.");
        }
        if (labels.dtype().isComplex() || labels.dtype() == DType.FLOAT16) {
            throw new IllegalArgumentException(NAME + ": labels: " + labels.dtype().numpyName()
                    + " labels are not supported (integer, bool, float32 or float64)");
        }
        int n = x.shape(0);
        if (labels.shape(0) != n) {
            throw new IllegalArgumentException(NAME + ": labels: Found input variables with inconsistent numbers of "
                    + "samples: [" + n + ", " + labels.shape(0) + "]");
        }
        SklearnArrays.finite(x, "X", NAME, false);
        LabelCodes codes = LabelCodes.of(labels);
        int k = codes.classes();
        if (!(1 < k && k < n)) {
            throw new IllegalArgumentException(NAME + ": labels: Number of labels is " + k
                    + ". Valid values are 2 to n_samples - 1 (inclusive)");
        }
        int[] lab = codes.codes();
        int[] freq = codes.frequencies();
        double[] member = new double[n * k];
        for (int i = 0; i < n; i++) {
            member[i * k + lab[i]] = 1.0;
        }
        double[] sums;
        try (NDArray d = Distance.cdist(x, x);
                NDArray m = NDArray.fromHost(x.backend(), new HostArray(DType.FLOAT64, new int[] {n, k}, member));
                NDArray s = Linalg.matmul(d, m)) {
            sums = s.toDoubleArray();
        }
        double[] sil = new double[n];
        for (int i = 0; i < n; i++) {
            int own = lab[i];
            double intra = sums[i * k + own];
            double inter = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own) {
                    inter = Math.min(inter, sums[i * k + c] / freq[c]);
                }
            }
            intra /= freq[own] - 1;
            double v = (inter - intra) / max(intra, inter);
            sil[i] = Double.isNaN(v) ? 0.0 : v;
        }
        return PairwiseSum.sum(sil) / n;
    }

    /** numpy.maximum: NaN if either is NaN. */
    private static double max(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
    }
}
