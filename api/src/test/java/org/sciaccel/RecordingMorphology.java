package org.sciaccel;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.ndimage.DistanceTransformResult;
import org.sciaccel.spi.MorphologyOps;

/**
 * Morphology primitives for the api module's tests: only the distance transforms, which return
 * placeholder arrays of the right dtypes and shapes (distances 1, indices 0) and record what they were asked.
 */
public final class RecordingMorphology {
    /** One line per distance-transform call: the primitive, the flags and the sampling or metric. */
    public static final List<String> CALLS = new ArrayList<>();

    private RecordingMorphology() {
    }

    static MorphologyOps create() {
        return (MorphologyOps) Proxy.newProxyInstance(MorphologyOps.class.getClassLoader(),
                new Class<?>[] {MorphologyOps.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "distanceTransformEdt":
                            return transform("edt", (NDArray) args[0], Arrays.toString((double[]) args[1]),
                                    (Boolean) args[2], (Boolean) args[3], DType.FLOAT64);
                        case "distanceTransformCdt":
                            return transform("cdt", (NDArray) args[0], Arrays.toString((boolean[]) args[1]),
                                    (Boolean) args[2], (Boolean) args[3], DType.INT32);
                        case "toString":
                            return "RecordingMorphology";
                        default:
                            throw new UnsupportedOperationException(method.getName() + " is not in the test backend");
                    }
                });
    }

    private static DistanceTransformResult transform(String what, NDArray input, String how, boolean d, boolean i,
            DType distanceType) {
        synchronized (CALLS) {
            CALLS.add(what + " distances=" + d + " indices=" + i + " " + how + " on " + input.backend().name());
        }
        int[] shape = input.shape();
        int size = Shapes.size(shape);
        NDArray distances = null;
        if (d) {
            double[] ones = new double[size];
            Arrays.fill(ones, 1);
            distances = NDArray.fromHost(input.backend(), HostArray.fromDoubles(ones, distanceType, shape));
        }
        NDArray indices = null;
        if (i) {
            int[] fshape = new int[shape.length + 1];
            fshape[0] = shape.length;
            System.arraycopy(shape, 0, fshape, 1, shape.length);
            indices = NDArray.fromHost(input.backend(), new HostArray(DType.INT32, fshape, new int[size * shape.length]));
        }
        return new DistanceTransformResult(distances, indices);
    }
}
