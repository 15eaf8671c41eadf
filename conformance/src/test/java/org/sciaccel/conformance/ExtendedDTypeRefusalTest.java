package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.Ndimage;

/** The refusals of issue 12's dtypes, word for word: the parameter, the dtype, the op and why. */
class ExtendedDTypeRefusalTest {
    static java.util.List<String> backends() {
        return TestBackends.available();
    }

    private static NDArray array(Backend b, DType t, int... shape) {
        double[] v = new double[shape[0] * shape[1]];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 5 == 0 ? 0 : 1 + i % 3;
        }
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, shape).astype(t));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void refusalsNameTheParameterTheDtypeAndTheOp(String name) {
        Backend b = TestBackends.get(name);
        long live = b.liveAllocations();
        try (NDArray h = array(b, DType.FLOAT16, 4, 5);
                NDArray i16 = array(b, DType.INT16, 3, 3); NDArray f = array(b, DType.FLOAT64, 4, 5)) {
            assertEquals("input: dtype float16 is not supported by the ndimage filters"
                    + " (SciPy 1.10 raises RuntimeError: array type not supported)",
                    assertThrows(IllegalArgumentException.class, () -> Ndimage.gaussianFilter(h, 1.0)).getMessage());
            assertEquals("input: dtype float16 is not supported by ndimage.label"
                    + " (SciPy 1.10 raises TypeError: No matching signature found)",
                    assertThrows(IllegalArgumentException.class, () -> Ndimage.label(h)).getMessage());
            assertEquals("data: dtype float16 is not supported by signal.detrend (not implemented in sciaccel yet)",
                    assertThrows(IllegalArgumentException.class, () -> org.sciaccel.signal.Signal.detrend(h)).getMessage());
            assertEquals("in2: dtype float16 is not supported by signal.convolve2d"
                    + " (SciPy 1.10 raises ValueError: convolve2d not available for this type)",
                    assertThrows(IllegalArgumentException.class, () -> org.sciaccel.signal.Signal.convolve2d(f, h))
                            .getMessage());
            assertEquals("input: dtype float16 is not supported by signal.medfilt2d"
                    + " (SciPy 1.10 raises ValueError: order_filterND not available for this type)",
                    assertThrows(IllegalArgumentException.class, () -> org.sciaccel.signal.Signal.medfilt2d(h))
                            .getMessage());
            assertEquals("a: dtype int16 is not supported by linalg.inv (not implemented in sciaccel yet)",
                    assertThrows(IllegalArgumentException.class, () -> Linalg.inv(i16)).getMessage());
            assertEquals("output: dtype float16 is not supported by the ndimage filters"
                    + " (SciPy 1.10 raises RuntimeError: array type not supported)",
                    assertThrows(IllegalArgumentException.class, () -> Ndimage.uniformFilter(f, new int[] {3},
                            FilterOptions.defaults().output(DType.FLOAT16))).getMessage());
        }
        assertEquals(live, b.liveAllocations(), "arrays left alive by the refusals");
    }
}
