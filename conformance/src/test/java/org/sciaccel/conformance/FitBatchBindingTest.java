package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
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
 * optimize.curve_fit_batch's binding: the covariance is returned only when asked (and is then a
 * declared output), and per-fit rows (weights, x, bounds) can be given as the 2-D array a NumPy
 * user holds. On the CPU backend, the reference.
 */
class FitBatchBindingTest {
    private final Backend backend = TestBackends.get(TestBackends.CPU);
    private final OpSpec op = OpRegistry.standard().require("optimize.curve_fit_batch");

    /** Two exact straight lines y = 1 + 2x and y = -1 + 0.5x over x = 0..4, fitted from (0, 1). */
    private List<String> fit(Path dir, String... params) throws IOException {
        double[] data = new double[10];
        for (int i = 0; i < 5; i++) {
            data[i] = 1 + 2 * i;
            data[5 + i] = -1 + 0.5 * i;
        }
        Npy.write(dir.resolve("data.npy"), HostArray.fromDoubles(data, DType.FLOAT64, 2, 5));
        Npy.write(dir.resolve("p0.npy"), HostArray.fromDoubles(new double[] {0, 1, 0, 1}, DType.FLOAT64, 2, 2));
        List<String> args = new ArrayList<>(List.of(dir.resolve("data.npy").toString(), dir.resolve("p0.npy").toString(),
                "model=linear_1d", "tolerance=1e-12", "max_iterations=50"));
        args.addAll(List.of(params));
        CallBinding.Bound b = CallBinding.bind(op, args);
        try (NDArray d = NDArray.fromHost(backend, Npy.read(b.inputFiles().get(0)));
                NDArray p = NDArray.fromHost(backend, Npy.read(b.inputFiles().get(1)));
                OpOutputs out = op.invoke(backend, List.of(d, p), b.values())) {
            double[] got = ((NDArray) out.values().get("params")).toDoubleArray();
            assertArrayEquals(new double[] {1, 2, -1, 0.5}, got, 1e-9);
            return List.copyOf(out.values().keySet());
        }
    }

    @Test
    void covarianceOnlyWhenAsked(@TempDir Path dir) throws IOException {
        assertEquals(List.of("params", "states", "chi_square", "iterations"), fit(dir));
        assertEquals(List.of("params", "states", "chi_square", "iterations", "covariance"),
                fit(dir, "covariance=true"));
    }

    @Test
    void perFitRowsAsATwoDimensionalFile(@TempDir Path dir) throws IOException {
        Path w = dir.resolve("w.npy");
        Npy.write(w, HostArray.fromDoubles(new double[] {1, 2, 1, 2, 1, 3, 1, 3, 1, 3}, DType.FLOAT32, 2, 5));
        Path x = dir.resolve("x.npy");
        Npy.write(x, HostArray.fromDoubles(new double[] {0, 1, 2, 3, 4, 0, 1, 2, 3, 4}, DType.FLOAT64, 2, 5));
        assertEquals(4, fit(dir, "weights=@" + w, "x=@" + x).size());
        double[] rows = (double[]) op.param("weights").type().parse("weights", "@" + w);
        assertEquals(10, rows.length);
        assertArrayEquals(new double[] {1, 2}, (double[]) op.param("x").type().parse("x", "1,2"));
    }
}
