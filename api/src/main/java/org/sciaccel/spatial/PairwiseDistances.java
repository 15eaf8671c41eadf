package org.sciaccel.spatial;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.DistanceMetric;
import org.sciaccel.spi.DistanceMetric.Kind;

/**
 * cdist and pdist: SciPy 1.10's shape checks and messages, the points converted to float64 (SciPy's
 * {@code np.ascontiguousarray(X, dtype=double)}; bool and the integers by value) on their backend, the metric
 * resolved, then the backend's {@link org.sciaccel.spi.DistanceOps}.
 */
final class PairwiseDistances {
    static final String CDIST = "spatial.distance.cdist";
    static final String PDIST = "spatial.distance.pdist";

    private PairwiseDistances() {
    }

    static NDArray cdist(NDArray xa, NDArray xb, String metric, DistanceOptions options) {
        require(xa, "XA");
        require(xb, "XB");
        if (xa.ndim() != 2) {
            throw new IllegalArgumentException(CDIST + ": XA must be a 2-dimensional array (shape "
                    + Shapes.toString(xa.shape()) + ")");
        }
        if (xb.ndim() != 2) {
            throw new IllegalArgumentException(CDIST + ": XB must be a 2-dimensional array (shape "
                    + Shapes.toString(xb.shape()) + ")");
        }
        if (xa.shape(1) != xb.shape(1)) {
            throw new IllegalArgumentException(CDIST + ": XA and XB must have the same number of columns (i.e. "
                    + "feature dimension.) (XA " + Shapes.toString(xa.shape()) + ", XB " + Shapes.toString(xb.shape())
                    + ")");
        }
        Kind kind = DistanceMetrics.kind(CDIST, metric);
        NDArray a = asDouble(xa, "XA");
        NDArray b = null;
        try {
            b = asDouble(xb, "XB");
            DistanceMetric m = DistanceMetrics.resolve(CDIST, kind, options, xa.shape(1), a, b);
            NDArray bb = b;
            return OpRouter.array(CDIST, (backend, in) -> backend.distance().cdist(in[0], in[1], m), a, bb);
        } finally {
            closeIfNew(a, xa);
            if (b != null) {
                closeIfNew(b, xb);
            }
        }
    }

    static NDArray pdist(NDArray x, String metric, DistanceOptions options) {
        require(x, "X");
        if (x.ndim() != 2) {
            throw new IllegalArgumentException(PDIST + ": X: A 2-dimensional array must be passed (shape "
                    + Shapes.toString(x.shape()) + ")");
        }
        Kind kind = DistanceMetrics.kind(PDIST, metric);
        NDArray a = asDouble(x, "X");
        try {
            DistanceMetric m = DistanceMetrics.resolve(PDIST, kind, options, x.shape(1), a);
            return OpRouter.run(PDIST, a, (backend, in) -> backend.distance().pdist(in, m));
        } finally {
            closeIfNew(a, x);
        }
    }

    private static void require(NDArray a, String name) {
        if (a == null) {
            throw new IllegalArgumentException("spatial.distance: " + name + " is null");
        }
    }

    /** The points as float64 (a new array unless they are float64 already); complex points are refused. */
    private static NDArray asDouble(NDArray a, String name) {
        if (a.dtype().isComplex()) {
            throw new IllegalArgumentException("spatial.distance: " + name + ": complex points (" + a.dtype().numpyName()
                    + ") are not supported (SciPy discards the imaginary part with a ComplexWarning)");
        }
        return a.dtype() == DType.FLOAT64 ? a : a.astype(DType.FLOAT64);
    }

    private static void closeIfNew(NDArray converted, NDArray original) {
        if (converted != original) {
            converted.close();
        }
    }
}
