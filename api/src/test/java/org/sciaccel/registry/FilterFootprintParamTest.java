package org.sciaccel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * The rank and minimum/maximum filters take SciPy's size or footprint; with neither they fail with
 * SciPy's complaint before any backend runs (conformance's FilterFootprintParamTest runs them).
 */
class FilterFootprintParamTest {
    private final Backend backend = Backends.fallback();

    private double[] call(String op, String... params) {
        OpSpec spec = OpRegistry.standard().require(op);
        List<String> args = new ArrayList<>(List.of("in.npy"));
        args.addAll(List.of(params));
        CallBinding.Bound bound = CallBinding.bind(spec, args);
        double[] in = new double[20];
        for (int i = 0; i < in.length; i++) {
            in[i] = (i * 7) % 11;
        }
        try (NDArray a = NDArray.fromHost(backend, HostArray.fromDoubles(in, DType.FLOAT64, 4, 5));
                OpOutputs out = spec.invoke(backend, List.of(a), bound.values())) {
            return ((NDArray) out.values().get("result")).toHost().toDoubles();
        }
    }

    @Test
    void neitherSizeNorFootprintIsSciPysComplaint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call("ndimage.median_filter"));
        assertEquals("ndimage.median_filter: no footprint or filter size provided", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> call("ndimage.maximum_filter", "mode=wrap"));
    }
}
