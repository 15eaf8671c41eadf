package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.spatial.Distance;
import org.sciaccel.spatial.DistanceOptions;

/**
 * scipy.spatial.distance's cdist, pdist and squareform (issue 18), served by {@link org.sciaccel.spi.DistanceOps}.
 * The keyword arrays w and V are 1-D lists; VI, (n, n) in SciPy, is given as its n*n values row by row.
 */
final class SpatialDistanceEntries implements OpEntries {
    private static final String METRIC_DOC = "euclidean, sqeuclidean, cityblock, chebyshev, minkowski, cosine, "
            + "correlation, hamming, jaccard, mahalanobis or seuclidean (or a SciPy alias)";

    @Override
    public SpiFamily family() {
        return SpiFamily.DISTANCE;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(keywords(OpSpec.builder("spatial.distance.cdist")
                .summary("Distances between each pair of rows of XA (mA, n) and XB (mB, n), float64 (mA, mB).")
                .input("XA", "the first points, one per row")
                .input("XB", "the second points, one per row (as many columns as XA)"))
                .output("Y", "the distances, float64 (mA, mB)")
                .invoker(a -> {
                    List<NDArray> made = new ArrayList<>();
                    try {
                        return new OpOutputs().array("Y", Distance.cdist(a.input(0), a.input(1), a.text("metric"),
                                options(a, made)));
                    } finally {
                        made.forEach(NDArray::close);
                    }
                })
                .build());
        registry.add(keywords(OpSpec.builder("spatial.distance.pdist")
                .summary("Distances between the rows i < j of X (m, n), condensed: float64 of m(m-1)/2, i major.")
                .input("X", "the points, one per row"))
                .output("Y", "the condensed distances, float64")
                .invoker(a -> {
                    List<NDArray> made = new ArrayList<>();
                    try {
                        return new OpOutputs().array("Y", Distance.pdist(a.input(0), a.text("metric"), options(a, made)));
                    } finally {
                        made.forEach(NDArray::close);
                    }
                })
                .build());
        registry.add(OpSpec.builder("spatial.distance.squareform")
                .summary("A condensed distance vector to its symmetric square matrix, or back (X's dtype, copied).")
                .input("X", "a condensed vector of d(d-1)/2 distances, or a square (d, d) distance matrix")
                .param(ParamSpec.optional("force", ParamTypes.STRING, "no", "no, tomatrix or tovector"))
                .param(ParamSpec.optional("checks", ParamTypes.BOOL, "true",
                        "check a matrix is symmetric with a zero diagonal"))
                .output("result", "the square matrix or the condensed vector")
                .invoker(a -> OpOutputs.result(Distance.squareform(a.input(0), a.text("force"), a.flag("checks"))))
                .build());
    }

    private static OpSpec.Builder keywords(OpSpec.Builder b) {
        return b.param(ParamSpec.optional("metric", ParamTypes.STRING, "euclidean", METRIC_DOC))
                .param(ParamSpec.optionalNone("p", ParamTypes.REAL_NUMBER, "minkowski's order (none: 2)"))
                .param(ParamSpec.optionalNone("w", ParamTypes.REAL_ARRAY, "a non-negative weight per feature"))
                .param(ParamSpec.optionalNone("V", ParamTypes.REAL_ARRAY,
                        "seuclidean's variance per feature (none: the points' variance, ddof=1)"))
                .param(ParamSpec.optionalNone("VI", ParamTypes.REAL_ARRAY,
                        "mahalanobis's inverse covariance, n*n values row by row (none: from the points)"));
    }

    /** The call's keyword arguments; the arrays made for them are added to {@code made}, the invoker's to close. */
    private static DistanceOptions options(OpArgs a, List<NDArray> made) {
        DistanceOptions o = DistanceOptions.defaults();
        if (!a.isNone("p")) {
            o = o.p(a.real("p"));
        }
        Backend b = a.backend();
        if (!a.isNone("w")) {
            o = o.w(vector(b, a.reals("w"), made));
        }
        if (!a.isNone("V")) {
            o = o.V(vector(b, a.reals("V"), made));
        }
        if (!a.isNone("VI")) {
            double[] vi = a.reals("VI");
            int n = (int) Math.round(Math.sqrt(vi.length));
            if ((long) n * n != vi.length) {
                throw new IllegalArgumentException("spatial.distance: VI: " + vi.length
                        + " values are not the n*n of a square matrix");
            }
            NDArray m = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {n, n}, vi));
            made.add(m);
            o = o.VI(m);
        }
        return o;
    }

    private static NDArray vector(Backend b, double[] v, List<NDArray> made) {
        NDArray a = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {v.length}, v));
        made.add(a);
        return a;
    }
}
