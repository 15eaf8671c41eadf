package org.sciaccel.ndimage;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.MorphologyOps;

/** Validation and dispatch of the distance transforms, behind the {@link Ndimage} facade. */
final class DistanceTransforms {
    private DistanceTransforms() {
    }

    static DistanceTransformResult edt(NDArray input, double[] sampling, boolean returnDistances, boolean returnIndices) {
        BinaryMorphology.checkInput(input);
        checkReturns(returnDistances, returnIndices);
        if (input.ndim() == 0) {
            // SciPy transforms numpy.atleast_1d(input): a 0-d input gives distances of shape (1,), indices (1, 1).
            try (NDArray line = atLeast1d(input)) {
                return edt(line, sampling, returnDistances, returnIndices);
            }
        }
        int nd = input.ndim();
        double[] s = new double[nd];
        if (sampling == null) {
            java.util.Arrays.fill(s, 1.0);
        } else if (sampling.length == 1 || sampling.length == nd) {
            for (int ax = 0; ax < nd; ax++) {
                s[ax] = sampling.length == 1 ? sampling[0] : sampling[ax];
                if (!Double.isFinite(s[ax])) {
                    throw new IllegalArgumentException("sampling=" + s[ax] + " on axis " + ax + " must be finite");
                }
            }
        } else {
            throw new IllegalArgumentException("sampling has " + sampling.length + " values but the input has " + nd
                    + " dimensions (shape " + Shapes.toString(input.shape()) + "); give one value or one per axis");
        }
        return run("ndimage.distance_transform_edt", input, returnDistances, returnIndices,
                (ops, in) -> ops.distanceTransformEdt(in, s, returnDistances, returnIndices));
    }

    static DistanceTransformResult cdt(NDArray input, String metric, boolean returnDistances, boolean returnIndices) {
        BinaryMorphology.checkInput(input);
        checkReturns(returnDistances, returnIndices);
        int nd = input.ndim();
        if (nd == 0) {
            // SciPy 1.10 hands the 0-d array to its C transform, which refuses it.
            throw new IllegalArgumentException("input: TypeError: a 0-d array has no chamfer distance transform"
                    + " (SciPy 1.10: WRITEBACKIFCOPY used for non-array input)");
        }
        boolean[] m;
        if (metric == null) {
            throw new IllegalArgumentException("metric: null; use chessboard, taxicab, cityblock or manhattan");
        }
        switch (metric) {
            case "chessboard": m = BinaryStructures.generate(nd, nd); break;
            case "taxicab": case "cityblock": case "manhattan": m = BinaryStructures.generate(nd, 1); break;
            default:
                throw new IllegalArgumentException("metric=" + metric + " is not one of chessboard, taxicab, cityblock, manhattan");
        }
        return run("ndimage.distance_transform_cdt", input, returnDistances, returnIndices,
                (ops, in) -> ops.distanceTransformCdt(in, m, returnDistances, returnIndices));
    }

    /** The one element of a 0-d array as a 1-element 1-D array on the same backend. */
    private static NDArray atLeast1d(NDArray input) {
        HostArray h = input.toHost();
        return NDArray.fromHost(input.backend(), new HostArray(h.dtype(), new int[] {1}, h.data()));
    }

    private static void checkReturns(boolean d, boolean i) {
        if (!d && !i) {
            throw new IllegalArgumentException("return_distances: at least one of return_distances and return_indices"
                    + " must be true");
        }
    }

    private interface Body {
        DistanceTransformResult apply(MorphologyOps ops, NDArray boolInput);
    }

    private static DistanceTransformResult run(String op, NDArray input, boolean d, boolean i, Body body) {
        return OpRouter.call(op, (backend, in) -> {
            NDArray boolIn = in[0].dtype() == DType.BOOL ? in[0] : backend.astype(in[0], DType.BOOL);
            try {
                return asked(body.apply(backend.morphology(), boolIn), d, i);
            } finally {
                if (boolIn != in[0]) {
                    boolIn.close();
                }
            }
        }, (r, move) -> new DistanceTransformResult(move.apply(r.distances()), move.apply(r.indices())), input);
    }

    /** The parts asked for; a part a backend computed anyway is closed rather than handed on. */
    private static DistanceTransformResult asked(DistanceTransformResult r, boolean d, boolean i) {
        if ((d || r.distances() == null) && (i || r.indices() == null)) {
            return r;
        }
        if (!d) {
            r.distances().close();
        }
        if (!i) {
            r.indices().close();
        }
        return new DistanceTransformResult(d ? r.distances() : null, i ? r.indices() : null);
    }
}
