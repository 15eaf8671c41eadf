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
 * The Bessel functions beyond the golden grids: inside formulas, Java scalars (a Python int order takes SciPy's
 * int64,float64 loop of yn and kn, a Python float order their float loops), spherical_jn's integer orders, jn as jv,
 * and one-line refusals. Expected values are SciPy 1.10.1's.
 */
class SpecialBesselBehaviourTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    private static NDArray f32(Backend b, double... v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT32, v.length));
    }

    private static NDArray f64(Backend b, double... v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, v.length));
    }

    private static void close(double[] want, NDArray got, double rtol, String what) {
        double[] g = got.toDoubleArray();
        assertEquals(want.length, g.length, what);
        for (int i = 0; i < want.length; i++) {
            assertTrue(Math.abs(g[i] - want[i]) <= rtol * Math.abs(want[i]), what + "[" + i + "]: " + g[i] + " vs " + want[i]);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void formulasAndScalars(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = f64(b, 0.5, 2.0, 7.5);
                NDArray f = Numpy.evaluate("j0(x) * 2 + jv(1.5, x) - i0e(x)", Map.of("x", x))) {
            assertEquals(DType.FLOAT64, f.dtype());
            close(new double[] {1.3236060436581274, 0.630567014415963, 0.31981028955384416}, f, 1e-13, name + " formula");
        }
        try (NDArray x = f32(b, 0.5, 2.0, 7.5); NDArray yn = Special.yn(2, x); NDArray ynf = Special.yn(2.5, x);
                NDArray jv = Special.jv(1.5, x); NDArray jn = Special.jn(1.5, x)) {
            // a Python int order: SciPy's int64,float64 loop, float64 results from a float32 argument
            assertEquals(DType.FLOAT64, yn.dtype());
            close(new double[] {-5.441370837174267, -0.6174081041906827, -0.18641422227783963}, yn, 1e-13, name + " yn(2, float32)");
            // a Python float order: the float32 loop, the order truncated
            assertEquals(DType.FLOAT32, ynf.dtype());
            assertArrayEquals(yn.toFloatArray(), ynf.toFloatArray(), 0f, name);
            assertEquals(DType.FLOAT32, jv.dtype());
            close(new double[] {0.0917017, 0.4912938, -0.06455319}, jv, 1e-6, name + " jv(1.5, float32)");
            assertArrayEquals(jv.toFloatArray(), jn.toFloatArray(), 0f, name + " jn is jv");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void integerOrders(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = f32(b, 0.5, 2.0, 7.5);
                NDArray n = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 2, 3}, DType.INT32, 3));
                NDArray n0 = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {0, 1, 2}, DType.INT32, 3));
                NDArray k = Special.kn(n, x); NDArray s = Special.sphericalJn(n0, x); NDArray d = Special.sphericalJn(3, x, true)) {
            assertEquals(DType.FLOAT64, k.dtype());
            close(new double[] {1.6564411200033007, 0.2537597545660559, 0.00043592330322192484}, k, 1e-13, name + " kn");
            assertEquals(DType.FLOAT64, s.dtype());
            close(new double[] {0.958851077208406, 0.43539777497999166, -0.13688365846410175}, s, 1e-13, name + " spherical_jn");
            assertEquals(DType.FLOAT64, d.dtype());
            close(new double[] {0.00697882305705296, 0.07700375373139699, -0.10396990642460321}, d, 1e-12, name + " spherical_jn'");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void badInputGivesOneLine(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = f64(b, 1.0, 2.0); NDArray n = f64(b, 1.5, 2.0)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> Special.sphericalJn(n, x));
            assertTrue(e.getMessage().contains("spherical_jn") && e.getMessage().contains("not supported"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        HostArray hc = HostArray.fromDoubles(new double[] {1, 0.5}, DType.FLOAT64, 2).astype(DType.COMPLEX128);
        try (NDArray z = NDArray.fromHost(b, hc)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> Special.kv(1.0, z));
            assertTrue(e.getMessage().contains("kv") && e.getMessage().contains("not supported"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
