package org.sciaccel.sklearn.decomposition;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.linalg.Svd;
import org.sciaccel.numpy.Numpy;

/**
 * sklearn.decomposition.PCA with {@code svd_solver='full'} (scikit-learn 1.2): the data centred by its column
 * means, the thin SVD of the centred data, the signs fixed as scikit-learn's {@code svd_flip} fixes them (each
 * column of U with its largest-magnitude entry positive), the explained variances S²/(n-1) and their ratios, the
 * number of components given, chosen by the fraction of variance to explain, or all; {@code transform} and
 * {@code fit_transform} (U·S, or U·sqrt(n-1) whitened, as scikit-learn computes it). Every step is an op on the
 * data's backend (mean, subtract, SVD, argmax, take, multiply, matmul); float32 data stays float32 and other real
 * data is read as float64, as scikit-learn's validation converts it. The fitted arrays are owned by this object:
 * {@link #close()} frees them.
 *
 * <p>Not supported: {@code n_components='mle'} and the arpack and randomized solvers (scikit-learn's 'auto' picks
 * randomized only for data beyond 500 rows or columns with few components; here 'auto' always means 'full').
 *
 * @see <a href="https://scikit-learn.org/1.2/modules/generated/sklearn.decomposition.PCA.html">PCA</a>
 */
public final class PCA implements AutoCloseable {
    static final String OP = "sklearn.decomposition.PCA";
    private final NDArray components;
    private final NDArray explainedVariance;
    private final NDArray explainedVarianceRatio;
    private final NDArray singularValues;
    private final NDArray mean;
    private final int nComponents;
    private final int nSamples;
    private final double noiseVariance;
    private final boolean whiten;
    private final NDArray embedding;

    private PCA(NDArray components, NDArray explainedVariance, NDArray explainedVarianceRatio, NDArray singularValues,
            NDArray mean, int nComponents, int nSamples, double noiseVariance, boolean whiten, NDArray embedding) {
        this.components = components;
        this.explainedVariance = explainedVariance;
        this.explainedVarianceRatio = explainedVarianceRatio;
        this.singularValues = singularValues;
        this.mean = mean;
        this.nComponents = nComponents;
        this.nSamples = nSamples;
        this.noiseVariance = noiseVariance;
        this.whiten = whiten;
        this.embedding = embedding;
    }

    /** {@code PCA().fit(X)}: every component (min(n_samples, n_features) of them). */
    public static PCA fit(NDArray x) {
        return fit(x, null, false);
    }

    /**
     * {@code PCA(n_components, whiten).fit(X)}: n_components null (all), a whole number of components in
     * [0, min(n_samples, n_features)], or a fraction in (0, 1) of the variance to explain.
     */
    public static PCA fit(NDArray x, Double nComponents, boolean whiten) {
        return fit(x, nComponents, whiten, false);
    }

    /** {@code PCA(n_components, whiten).fit_transform(X)}: fitted, with {@link #fitTransform()} kept. */
    public static PCA fitTransform(NDArray x, Double nComponents, boolean whiten) {
        return fit(x, nComponents, whiten, true);
    }

    private static PCA fit(NDArray x, Double nComponents, boolean whiten, boolean keepEmbedding) {
        if (x == null) {
            throw new IllegalArgumentException(OP + ": X: null");
        }
        if (x.ndim() != 2) {
            throw new IllegalArgumentException(OP + ": X: Expected 2D array, got an array of shape "
                    + Shapes.toString(x.shape()));
        }
        if (x.dtype().isComplex()) {
            throw new IllegalArgumentException(OP + ": X: Complex data not supported (dtype " + x.dtype() + ")");
        }
        int n = x.shape(0);
        int m = x.shape(1);
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException(OP + ": X: Found array with " + n + " sample(s) and " + m
                    + " feature(s) (shape " + Shapes.toString(x.shape()) + ") while a minimum of 1 is required.");
        }
        int full = Math.min(n, m);
        boolean fraction = false;
        if (nComponents != null) {
            double v = nComponents;
            boolean whole = v == Math.rint(v) && v >= 1;
            if (!(v == 0 || whole || v > 0 && v < 1)) {
                throw new IllegalArgumentException(OP + ": n_components: The 'n_components' parameter of PCA must be an "
                        + "int in the range [0, inf), a float in the range (0, 1) or None (got " + v + ")");
            }
            if (v > full) {
                throw new IllegalArgumentException(OP + ": n_components: n_components=" + (long) v + " must be between 0 "
                        + "and min(n_samples, n_features)=" + full + " with svd_solver='full'");
            }
            fraction = v > 0 && v < 1;
        }
        List<NDArray> temps = new ArrayList<>();
        List<NDArray> kept = new ArrayList<>();
        try {
            NDArray data = x.dtype() == DType.FLOAT32 || x.dtype() == DType.FLOAT64 ? x
                    : t(temps, x.astype(DType.FLOAT64));
            NDArray mean = t(kept, Numpy.mean(data, 0));
            NDArray centred = t(temps, Numpy.subtract(data, mean));
            Svd svd = Linalg.svd(centred, false, true);
            temps.add(svd.U());
            temps.add(svd.s());
            temps.add(svd.Vh());
            // svd_flip: each column of U with its largest |entry| positive, the rows of Vt with it
            NDArray where = t(temps, Numpy.argmax(t(temps, Numpy.absolute(svd.U())), 0, true));
            NDArray signs = t(temps, Numpy.sign(t(temps, Numpy.takeAlongAxis(svd.U(), where, 0))));
            NDArray u = t(temps, Numpy.multiply(svd.U(), signs));
            NDArray vt = t(temps, Numpy.multiply(svd.Vh(), t(temps, Numpy.reshape(signs, full, 1))));
            NDArray variance = t(temps, Numpy.divide(t(temps, Numpy.square(svd.s())), (double) (n - 1)));
            NDArray total = t(temps, Numpy.sum(variance));
            NDArray ratio = t(temps, Numpy.divide(variance, total));
            int k;
            if (nComponents == null) {
                k = full;
            } else if (fraction) {
                // stable_cumsum (float64) and searchsorted(side='right') + 1
                double[] cum = cumulative(ratio);
                int pos = 0;
                while (pos < cum.length && cum[pos] <= nComponents) {
                    pos++;
                }
                k = pos + 1;
            } else {
                k = (int) (double) nComponents;
            }
            double noise = 0.0;
            if (k < full) {
                try (NDArray tail = Numpy.getItem(variance, k + ":"); NDArray mt = Numpy.mean(tail)) {
                    noise = mt.toDoubleArray()[0];
                }
            }
            NDArray components = t(kept, Numpy.copy(t(temps, Numpy.getItem(vt, ":" + k))));
            NDArray ev = t(kept, Numpy.copy(t(temps, Numpy.getItem(variance, ":" + k))));
            NDArray evr = t(kept, Numpy.copy(t(temps, Numpy.getItem(ratio, ":" + k))));
            NDArray sv = t(kept, Numpy.copy(t(temps, Numpy.getItem(svd.s(), ":" + k))));
            NDArray embedding = null;
            if (keepEmbedding) {
                NDArray uk = t(temps, Numpy.getItem(u, ":, :" + k));
                embedding = t(kept, whiten ? Numpy.multiply(uk, Math.sqrt(n - 1)) : Numpy.multiply(uk, sv));
            }
            PCA fitted = new PCA(components, ev, evr, sv, mean, k, n, noise, whiten, embedding);
            kept.clear();
            return fitted;
        } finally {
            temps.forEach(NDArray::close);
            kept.forEach(NDArray::close);
        }
    }

    private static NDArray t(List<NDArray> list, NDArray a) {
        list.add(a);
        return a;
    }

    private static double[] cumulative(NDArray ratio) {
        double[] r = ratio.dtype() == DType.FLOAT64 ? ratio.toDoubleArray() : null;
        if (r == null) {
            try (NDArray d = ratio.astype(DType.FLOAT64)) {
                r = d.toDoubleArray();
            }
        }
        double s = 0;
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            s += r[i];
            out[i] = s;
        }
        return out;
    }

    /** {@code transform(X)}: (X - mean_) @ components_.T, divided by sqrt(explained_variance_) when whitened. */
    public NDArray transform(NDArray x) {
        if (x == null) {
            throw new IllegalArgumentException(OP + ": X_test: null");
        }
        if (x.ndim() != 2 || x.shape(1) != mean.shape(0)) {
            throw new IllegalArgumentException(OP + ": X_test: X has " + (x.ndim() == 2 ? x.shape(1) : -1)
                    + " features, but PCA is expecting " + mean.shape(0) + " features as input (shape "
                    + Shapes.toString(x.shape()) + ")");
        }
        List<NDArray> temps = new ArrayList<>();
        try {
            NDArray data = x.dtype() == DType.FLOAT32 || x.dtype() == DType.FLOAT64 ? x
                    : t(temps, x.astype(DType.FLOAT64));
            NDArray centred = t(temps, Numpy.subtract(data, mean));
            NDArray projected = Numpy.dot(centred, t(temps, Numpy.transpose(components)));
            if (!whiten) {
                return projected;
            }
            temps.add(projected);
            return Numpy.divide(projected, t(temps, Numpy.sqrt(explainedVariance)));
        } finally {
            temps.forEach(NDArray::close);
        }
    }

    /** {@code fit_transform(X)}'s result (only after {@link #fitTransform}): U·S, or U·sqrt(n-1) whitened. */
    public NDArray fitTransform() {
        if (embedding == null) {
            throw new IllegalStateException(OP + ": fit_transform's result is kept only by PCA.fitTransform");
        }
        return embedding;
    }

    /** {@code components_}: (n_components_, n_features). */
    public NDArray components() {
        return components;
    }

    /** {@code explained_variance_}. */
    public NDArray explainedVariance() {
        return explainedVariance;
    }

    /** {@code explained_variance_ratio_}. */
    public NDArray explainedVarianceRatio() {
        return explainedVarianceRatio;
    }

    /** {@code singular_values_}. */
    public NDArray singularValues() {
        return singularValues;
    }

    /** {@code mean_}: the column means of the training data. */
    public NDArray mean() {
        return mean;
    }

    /** {@code n_components_}. */
    public int nComponents() {
        return nComponents;
    }

    /** {@code n_samples_}. */
    public int nSamples() {
        return nSamples;
    }

    /** {@code noise_variance_}: the mean of the variances left out (0 when none are). */
    public double noiseVariance() {
        return noiseVariance;
    }

    @Override
    public void close() {
        components.close();
        explainedVariance.close();
        explainedVarianceRatio.close();
        singularValues.close();
        mean.close();
        if (embedding != null) {
            embedding.close();
        }
    }
}
