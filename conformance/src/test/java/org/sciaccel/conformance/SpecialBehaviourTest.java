package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.special.Special;

/**
 * scipy.special's functions beyond the golden grids: inside formulas (one fused element-wise program), Java-scalar
 * operands cast by value, the lecture notes' values, and one-line refusals of complex input and nulls.
 */
class SpecialBehaviourTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void formulasCallSpecialFunctions(String name) {
        Backend b = TestBackends.get(name);
        HostArray hx = HostArray.fromDoubles(new double[] {-3, -0.5, 0.25, 2, 7.5}, DType.FLOAT64, 5);
        HostArray hy = HostArray.fromDoubles(new double[] {0.5, 5, 50, 500, 1e-3}, DType.FLOAT64, 5);
        try (NDArray x = NDArray.fromHost(b, hx); NDArray y = NDArray.fromHost(b, hy);
                NDArray f = Numpy.evaluate("erf(x) * 2 + gammaln(y) - log_ndtr(x)", Map.of("x", x, "y", y));
                NDArray e1 = Special.erf(x); NDArray g = Special.gammaln(y); NDArray l = Special.logNdtr(x)) {
            double[] a = e1.toDoubleArray();
            double[] c = g.toDoubleArray();
            double[] d = l.toDoubleArray();
            double[] want = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                want[i] = a[i] * 2 + c[i] - d[i];
            }
            assertEquals(DType.FLOAT64, f.dtype());
            assertArrayEquals(want, f.toDoubleArray(), 1e-13, name);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void lectureNotesValuesAndScalars(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {5, 50, 500}, DType.FLOAT64, 3));
                NDArray g = Special.gammaln(x)) {
            assertArrayEquals(new double[] {3.1780538303479458, 144.56574394634487, 2605.115850361734},
                    g.toDoubleArray(), 0.0, name);
        }
        // a Python float with a float32 array: float32 (NumPy 1.24's value-based casting)
        try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {2.5, 0}, DType.FLOAT32, 2));
                NDArray r = Special.xlog1py(x, 1e-18); NDArray s = Special.xlogy(0.0, x)) {
            assertEquals(DType.FLOAT32, r.dtype());
            // SciPy: 2.5000002e-18, float32's 1e-18 times 2.5 (the float32 loop)
            assertEquals(2.5000002e-18f, (float) r.toDoubleArray()[0], 0f);
            assertEquals(0.0, r.toDoubleArray()[1], 0.0);
            assertArrayEquals(new double[] {0, 0}, s.toDoubleArray(), 0.0);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void badInputGivesOneLine(String name) {
        Backend b = TestBackends.get(name);
        HostArray hc = HostArray.fromDoubles(new double[] {1, 0.5}, DType.FLOAT64, 2).astype(DType.COMPLEX128);
        try (NDArray z = NDArray.fromHost(b, hc)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> Special.gammaln(z));
            assertTrue(e.getMessage().contains("gammaln") && e.getMessage().contains("not supported"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class, () -> Special.xlogy(null, 2.0));
        assertTrue(n.getMessage().contains("x"), n.getMessage());
    }
}
