package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.numpy.Formula;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpArgs;
import org.sciaccel.registry.OpOutputs;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpSpec;

/**
 * numpy.evaluate beyond the golden cases: the CLI's two spellings of the variables, the Java facade's,
 * errors that name the position, the operands and the variables, parse caching, the fused reductions
 * leaving nothing alive, and the same answers on every backend.
 */
class FormulaEvaluateTest {
    private static final OpSpec EVALUATE = OpRegistry.standard().require("numpy.evaluate");

    static List<String> backends() {
        return TestBackends.available();
    }

    /** The backend, where it implements {@code op} (elsewhere it falls back, which the CPU row tests). */
    private static Backend backend(String name, String op) {
        Backend be = TestBackends.get(name);
        org.junit.jupiter.api.Assumptions.assumeTrue(be.implementedOps().contains(op), op + " not implemented on " + name);
        return be;
    }

    private static Backend backend(String name) {
        return backend(name, "numpy.evaluate");
    }

    @Test
    void positionalArraysAreNamedByNamesAndScalarsByKeyword() {
        CallBinding.Bound b = CallBinding.bind(EVALUATE, List.of("expr=where(x > t, x * w, 0)", "x.npy", "w.npy",
                "names=x,w", "t=3", "s=2.5", "f=true", "z=1+2j", "v=@v.npy"));
        assertEquals(List.of(Path.of("x.npy"), Path.of("w.npy"), Path.of("v.npy")), b.inputFiles());
        assertEquals(3L, b.values().get("t"));
        assertEquals(2.5, b.values().get("s"));
        assertEquals(Boolean.TRUE, b.values().get("f"));
        assertEquals(Formula.complex(1, 2), b.values().get("z"));
        assertEquals(new OpArgs.KeywordArray(2), b.values().get("v"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theCliFormsGiveTheSameResult(String name) {
        Backend be = backend(name);
        try (NDArray x = NDArray.fromHost(be, new HostArray(DType.FLOAT32, new int[] {2, 3}, new float[] {1, 5, 2, 7, 3, 9}));
                NDArray w = NDArray.fromHost(be, new HostArray(DType.FLOAT32, new int[] {3}, new float[] {2, 3, 4}))) {
            CallBinding.Bound named = CallBinding.bind(EVALUATE, List.of("expr=where(x > t, x * w, 0)", "x.npy", "w.npy",
                    "names=x,w", "t=3"));
            CallBinding.Bound byOrder = CallBinding.bind(EVALUATE, List.of("expr=where(x > t, x * w, 0)", "a.npy",
                    "b.npy", "t=3"));
            float[] expected = {0, 15, 0, 14, 0, 36};
            for (CallBinding.Bound bound : List.of(named, byOrder)) {
                try (OpOutputs out = EVALUATE.invoke(be, List.of(x, w), bound.values())) {
                    NDArray r = (NDArray) out.values().get("result");
                    assertEquals(DType.FLOAT32, r.dtype());
                    assertArrayEquals(expected, r.toFloatArray());
                }
            }
            // the names in another order bind the other way round
            CallBinding.Bound swapped = CallBinding.bind(EVALUATE, List.of("expr=x - w", "a.npy", "b.npy", "names=w,x"));
            try (OpOutputs out = EVALUATE.invoke(be, List.of(w, x), swapped.values())) {
                assertArrayEquals(new float[] {-1, 2, -2, 5, 0, 5}, ((NDArray) out.values().get("result")).toFloatArray());
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EVALUATE.invoke(be,
                    List.of(x, w), CallBinding.bind(EVALUATE, List.of("expr=x * w", "a.npy", "b.npy", "names=x")).values()));
            assertTrue(e.getMessage().contains("names") && e.getMessage().contains("2 positional arrays"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void javaFacade(String name) {
        Backend be = backend(name);
        long live = be.liveAllocations();
        try (NDArray a = NDArray.fromHost(be, new HostArray(DType.INT8, new int[] {3}, new byte[] {100, -100, 5}));
                NDArray r = Numpy.evaluate("a * t + 1", "a", a, "t", 2);
                NDArray wide = Numpy.evaluate("a * t", Map.of("a", a, "t", 1000));
                NDArray f = Numpy.evaluate("a * t", Map.of("a", a, "t", 0.5f));
                NDArray c = Numpy.evaluate("a * z", Map.of("a", a, "z", Formula.complex(0, 1)));
                NDArray s = Numpy.evaluate(be, "t * 2 + 1", Map.of("t", 3L))) {
            assertEquals(DType.INT8, r.dtype()); // NumPy 1.24: an int8 array times the Python int 2 stays int8, wrapping
            assertArrayEquals(new long[] {-55, 57, 11}, r.toLongArray());
            assertEquals(DType.INT16, wide.dtype());
            assertArrayEquals(new long[] {-31072, 31072, 5000}, wide.toLongArray());
            assertEquals(DType.FLOAT64, f.dtype());
            assertEquals(DType.COMPLEX128, c.dtype());
            assertEquals(DType.INT64, s.dtype());
            assertEquals(0, s.ndim());
            assertEquals(7L, s.toLongArray()[0]);
            assertSame(be, s.backend());
        }
        assertEquals(live, be.liveAllocations(), "arrays left alive by numpy.evaluate on " + name);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void errorsNameThePositionTheOperandsAndTheVariables(String name) {
        // Refused while lowering, before any backend runs: every backend, whether it implements the ops or not.
        Backend be = TestBackends.get(name);
        long live = be.liveAllocations();
        try (NDArray x = NDArray.fromHost(be, new HostArray(DType.FLOAT64, new int[] {3}, new double[] {1, 2, 3}));
                NDArray y = NDArray.fromHost(be, new HostArray(DType.FLOAT64, new int[] {2, 4}, new double[8]))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Numpy.evaluate("x + q * 2", Map.of("x", x)));
            assertTrue(e.getMessage().contains("unknown name 'q'") && e.getMessage().contains("position 4")
                    && e.getMessage().contains("x: float64 (3,)"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Numpy.evaluate("x + y * 2", Map.of("x", x, "y", y)));
            assertTrue(e.getMessage().contains("broadcast") && e.getMessage().contains("(3,) (2,4)")
                    && e.getMessage().contains("position 2"), e.getMessage());
            e = assertThrows(SciPyArgumentException.class, () -> Numpy.evaluate("1 + ~x", Map.of("x", x)));
            assertTrue(e.getMessage().contains("invert") && e.getMessage().contains("position 4"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Numpy.evaluate("x ** ", Map.of("x", x)));
            assertTrue(e.getMessage().contains("position 5"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Numpy.evaluate("x + s", Map.of("x", x, "s", "3")));
            assertTrue(e.getMessage().contains("variable s is a String"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Numpy.evaluateMin("x[0]", Map.of("x", x)));
            assertTrue(e.getMessage().contains("position 1"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Numpy.evaluateSum("x", Map.of("x", x), new int[] {1}, false));
            assertTrue(e.getMessage().contains("axis 1 is out of bounds"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Numpy.evaluate("2 * frobnicate(x)", Map.of("x", x)));
            assertTrue(e.getMessage().contains("frobnicate") && e.getMessage().contains("position 4"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Numpy.evaluate("(x + 1", Map.of("x", x)));
            assertTrue(e.getMessage().contains("position"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Numpy.evaluateSum("x * y", Map.of("x", x, "y", y), null, false));
            assertTrue(e.getMessage().contains("broadcast") && e.getMessage().contains("(3,) (2,4)"), e.getMessage());
            for (String bad : new String[] {"x + q", "x ** ", "x + y", "sin(x, x)"}) {
                String m = assertThrows(IllegalArgumentException.class,
                        () -> Numpy.evaluate(bad, Map.of("x", x, "y", y))).getMessage();
                assertFalse(m.contains("\n"), "a one-line error for '" + bad + "': " + m);
            }
            assertArrayEquals(new double[] {1, 2, 3}, x.toDoubleArray());
            assertArrayEquals(new double[8], y.toDoubleArray());
        }
        assertEquals(live, be.liveAllocations(), "arrays left alive by refused formulas on " + name);
    }

    @Test
    void parsingIsCachedPerText() {
        assertSame(Formula.parse("a * b + c"), Formula.parse("a * b + c"));
        assertEquals(List.of("a", "b", "c"), Formula.parse("a * b + c").variables());
        assertTrue(Formula.functions().containsKey("log1p") && Formula.functions().containsKey("where"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void fusedReductionsMatchTheElementWiseValueReduced(String name) {
        Backend be = backend(name, "numpy.evaluate_sum");
        TestBackends.assumeSupports(be, DType.FLOAT64);
        int n = 3 * 1002;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.sin(i * 0.37) * 1e3 + (i % 11);
        }
        long live = be.liveAllocations();
        try (NDArray x = NDArray.fromHost(be, new HostArray(DType.FLOAT64, new int[] {3, 1002, 1}, xs));
                NDArray sum = Numpy.evaluateSum("x * x - 3 * x", Map.of("x", x));
                NDArray rows = Numpy.evaluateSum("x * x - 3 * x", Map.of("x", x), new int[] {1, 2}, true);
                NDArray max = Numpy.evaluateMax("x * x - 3 * x", Map.of("x", x), new int[] {-2}, false);
                NDArray mean = Numpy.evaluateMean("x > 0", Map.of("x", x))) {
            double[] v = x.toDoubleArray();
            double total = 0;
            double[] perRow = new double[3];
            double[] maxRow = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            int positive = 0;
            for (int i = 0; i < v.length; i++) {
                double f = v[i] * v[i] - 3 * v[i];
                total += f;
                perRow[i / 1002] += f;
                maxRow[i / 1002] = Math.max(maxRow[i / 1002], f);
                positive += v[i] > 0 ? 1 : 0;
            }
            assertEquals(0, sum.ndim());
            assertEquals(total, sum.toDoubleArray()[0], 1e-9 * Math.abs(total));
            assertArrayEquals(new int[] {3, 1, 1}, rows.shape());
            assertArrayEquals(perRow, rows.toDoubleArray(), 1e-9 * Math.abs(total));
            assertArrayEquals(new int[] {3, 1}, max.shape());
            assertArrayEquals(maxRow, max.toDoubleArray(), 0);
            assertEquals(DType.FLOAT64, mean.dtype());
            assertEquals((double) positive / v.length, mean.toDoubleArray()[0], 1e-15);
        }
        assertEquals(live, be.liveAllocations(), "arrays left alive by the fused reductions on " + name);
    }
}
