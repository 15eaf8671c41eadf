package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Ndimage;

/**
 * SciPy's binary morphology reads any integer input as {@code input != 0} (bool result); so do the
 * facades for issue 12's integer dtypes, on every backend: each op (and label and the distance
 * transforms, which read the same non-zero pattern) on an int8/int16/uint32/uint64 array equals the
 * op on the bool array of its non-zero elements. float16 is refused as SciPy refuses it, except by
 * binary_fill_holes (SciPy's logical_not) and the distance transforms (SciPy's where(input, 1, 0)).
 */
class BinaryMorphologyNonBoolInputTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    private static final List<UnaryOperator<NDArray>> OPS = List.of(Ndimage::binaryErosion, Ndimage::binaryDilation,
            Ndimage::binaryOpening, Ndimage::binaryClosing, Ndimage::binaryFillHoles,
            a -> Ndimage.binaryPropagation(a, null, null, false),
            a -> Ndimage.binaryHitOrMiss(a, null, null, null, null), Ndimage::distanceTransformEdt,
            Ndimage::distanceTransformCdt, a -> Ndimage.label(a).labels());

    @ParameterizedTest
    @MethodSource("backends")
    void integerInputsReadAsNonZero(String name) {
        Backend b = TestBackends.get(name);
        double[] v = new double[7 * 8];
        for (int i = 0; i < v.length; i++) {
            // zeros, small values, negatives and values past 2^31 / 2^63 for the unsigned types
            v[i] = (i * 7) % 5 == 0 ? 0 : (i % 3 == 0 ? -1 : i % 4 == 0 ? 3e9 : 2);
        }
        HostArray base = HostArray.fromDoubles(v, DType.FLOAT64, 7, 8);
        long live = b.liveAllocations();
        try (NDArray bool = NDArray.fromHost(b, base.astype(DType.BOOL))) {
            for (DType t : new DType[] {DType.INT8, DType.INT16, DType.UINT32, DType.UINT64}) {
                // The non-zero pattern of the typed values (3e9 wraps to 0 in int8).
                HostArray typed = base.astype(t);
                try (NDArray x = NDArray.fromHost(b, typed); NDArray nonZero = NDArray.fromHost(b, typed.astype(DType.BOOL))) {
                    for (int k = 0; k < OPS.size(); k++) {
                        try (NDArray expected = OPS.get(k).apply(nonZero); NDArray got = OPS.get(k).apply(x)) {
                            assertEquals(expected.dtype(), got.dtype());
                            assertArrayEquals(expected.toDoubleArray(), got.toDoubleArray(), name + " op " + k + " " + t);
                        }
                    }
                }
            }
            try (NDArray h = NDArray.fromHost(b, base.astype(DType.FLOAT16))) {
                try (NDArray expected = Ndimage.binaryFillHoles(bool); NDArray got = Ndimage.binaryFillHoles(h)) {
                    assertArrayEquals(expected.toBooleanArray(), got.toBooleanArray());
                }
                try (NDArray expected = Ndimage.distanceTransformEdt(bool); NDArray got = Ndimage.distanceTransformEdt(h)) {
                    assertArrayEquals(expected.toDoubleArray(), got.toDoubleArray());
                }
                assertEquals("input: dtype float16 is not supported by ndimage.binary_erosion"
                        + " (SciPy 1.10 raises RuntimeError: data type not supported)",
                        assertThrows(IllegalArgumentException.class, () -> Ndimage.binaryErosion(h)).getMessage());
            }
        }
        assertEquals(live, b.liveAllocations(), "arrays left alive");
    }
}
