package org.sciaccel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/** Outputs an op returns only when its parameters ask for them, as SciPy's distance transforms do. */
class OptionalOutputsTest {
    private final Backend backend = Backends.fallback();

    private static OpSpec spec(OpInvoker invoker) {
        return OpSpec.builder("test.parts").summary("test").input("input", "array")
                .output("first", "always").optionalOutput("second", "sometimes").optionalOutput("third", "sometimes")
                .invoker(invoker).build();
    }

    private OpOutputs returning(String... names) {
        OpSpec op = spec(a -> {
            OpOutputs out = new OpOutputs();
            for (String n : names) {
                out.scalar(n, 1);
            }
            return out;
        });
        try (NDArray in = NDArray.fromHost(backend, HostArray.zeros(DType.FLOAT64, 1))) {
            return op.invoke(backend, List.of(in), Map.of());
        }
    }

    @Test
    void optionalOutputsMayBeLeftOutButTheOthersNotAndTheOrderHolds() {
        assertEquals(List.of("first"), List.copyOf(returning("first").values().keySet()));
        assertEquals(List.of("first", "third"), List.copyOf(returning("first", "third").values().keySet()));
        assertEquals(List.of("first", "second", "third"),
                List.copyOf(returning("first", "second", "third").values().keySet()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> returning("second"));
        assertEquals("test.parts: the invoker returned outputs [second] but the catalogue declares [first, "
                + "second (optional), third (optional)]", e.getMessage());
        assertThrows(IllegalStateException.class, () -> returning("first", "third", "second"));
        assertThrows(IllegalStateException.class, () -> returning("first", "fourth"));
    }

    private List<String> edt(String... params) {
        OpSpec op = OpRegistry.standard().require("ndimage.distance_transform_edt");
        List<String> args = new java.util.ArrayList<>(List.of("mask.npy"));
        args.addAll(List.of(params));
        Map<String, Object> values = CallBinding.bind(op, args).values();
        try (NDArray in = NDArray.fromHost(backend, HostArray.fromDoubles(new double[] {0, 1, 1}, DType.BOOL, 3));
                OpOutputs out = op.invoke(backend, List.of(in), values)) {
            return List.copyOf(out.values().keySet());
        }
    }

    @Test
    void theDistanceTransformEntriesReturnWhatIsAsked() {
        OpSpec op = OpRegistry.standard().require("ndimage.distance_transform_edt");
        assertEquals(List.of("sampling", "return_distances", "return_indices", "distances", "indices"), op.paramNames());
        assertEquals("true", op.param("return_distances").defaultText());
        assertEquals("false", op.param("return_indices").defaultText());
        assertEquals(List.of("distances"), edt());
        assertEquals(List.of("indices"), edt("return_distances=false", "return_indices=true"));
        assertEquals(List.of("distances", "indices"), edt("return_indices=true"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> edt("return_distances=false"));
        assertTrue(e.getMessage().contains("return_indices"), e.getMessage());
        OpSpec cdt = OpRegistry.standard().require("ndimage.distance_transform_cdt");
        assertEquals(List.of("metric", "return_distances", "return_indices", "distances", "indices"), cdt.paramNames());
        assertTrue(cdt.outputs().stream().allMatch(ArraySpec::optional));
    }

    /** SciPy's arrays to fill: checked as SciPy checks them, the transform returned under their names. */
    @Test
    void givenDistanceAndIndexArraysAreCheckedAndReturnedByName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path d = dir.resolve("d.npy");
        java.nio.file.Path i32 = dir.resolve("i32.npy");
        java.nio.file.Path ind = dir.resolve("ind.npy");
        org.sciaccel.io.Npy.write(d, HostArray.zeros(DType.FLOAT64, 3));
        org.sciaccel.io.Npy.write(i32, HostArray.zeros(DType.INT32, 3));
        org.sciaccel.io.Npy.write(ind, HostArray.zeros(DType.INT32, 1, 3));
        assertEquals(List.of("distances"), edt("distances=@" + d));
        assertEquals(List.of("distances", "indices"), edt("return_indices=true", "distances=@" + d, "indices=@" + ind));
        IllegalArgumentException dtype = assertThrows(IllegalArgumentException.class, () -> edt("distances=@" + i32));
        assertTrue(dtype.getMessage().contains("distances array must be float64"), dtype.getMessage());
        IllegalArgumentException flag = assertThrows(IllegalArgumentException.class, () -> edt("indices=@" + ind));
        assertTrue(flag.getMessage().contains("return_indices must be True if indices is supplied"), flag.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> edt("return_indices=true", "indices=@" + i32));
        assertTrue(shape.getMessage().contains("indices array has wrong shape"), shape.getMessage());
    }
}
