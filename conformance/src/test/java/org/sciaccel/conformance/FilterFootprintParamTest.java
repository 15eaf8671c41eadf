package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpOutputs;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpSpec;

/**
 * Through the registry (as {@code sciaccel call} and the golden runner call them), the rank and
 * minimum/maximum filters take SciPy's size or footprint, a footprint wins over size as in SciPy, and
 * with neither they fail with SciPy's complaint.
 */
class FilterFootprintParamTest {
    private final Backend backend = TestBackends.get(TestBackends.CPU);

    @TempDir
    Path dir;

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
    void aFullFootprintIsTheSizeAndOverridesIt() throws Exception {
        Path fp = dir.resolve("fp.npy");
        Npy.write(fp, HostArray.fromDoubles(new double[] {1, 1, 1, 1, 1, 1}, DType.BOOL, 2, 3));
        for (String op : new String[] {"ndimage.median_filter", "ndimage.minimum_filter", "ndimage.maximum_filter"}) {
            assertArrayEquals(call(op, "size=2,3"), call(op, "footprint=@" + fp), op);
            assertArrayEquals(call(op, "size=2,3"), call(op, "size=5", "footprint=@" + fp), op + " with size too");
        }
        assertArrayEquals(call("ndimage.rank_filter", "rank=2", "size=2,3"),
                call("ndimage.rank_filter", "rank=2", "footprint=@" + fp));
        assertArrayEquals(call("ndimage.percentile_filter", "percentile=30", "size=2,3"),
                call("ndimage.percentile_filter", "percentile=30", "footprint=@" + fp));
    }

    @Test
    void neitherSizeNorFootprintIsSciPysComplaint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call("ndimage.median_filter"));
        assertEquals("ndimage.median_filter: no footprint or filter size provided", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> call("ndimage.maximum_filter", "mode=wrap"));
    }
}
