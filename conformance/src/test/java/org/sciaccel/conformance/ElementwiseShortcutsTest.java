package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * The element-wise shortcuts of {@link NDArray} ({@code a.gt(114)}, {@code a.div(a.max())}, ...) on every backend:
 * each is its Numpy function, result dtype included (a long is a Python int and a double a Python float, cast by
 * value as NumPy 1.24 does), with values checked by hand for a few, results on the array's backend, and the
 * array itself unchanged.
 */
class ElementwiseShortcutsTest {

    static List<String> backends() {
        return TestBackends.available();
    }

    private static NDArray uint8(Backend b, int... v) {
        byte[] d = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = (byte) v[i];
        }
        return NDArray.fromHost(b, new HostArray(DType.UINT8, new int[] {v.length}, d));
    }

    private static NDArray float32(Backend b, float... v) {
        return NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {v.length}, v.clone()));
    }

    /** The shortcut's result equals the facade's: same dtype, shape, backend and values. */
    private static void same(Supplier<NDArray> shortcut, Supplier<NDArray> facade, DType dtype, String what) {
        try (NDArray s = shortcut.get(); NDArray f = facade.get()) {
            assertEquals(dtype, s.dtype(), what + ": dtype");
            assertEquals(f.dtype(), s.dtype(), what + ": dtype as the facade's");
            assertArrayEquals(f.shape(), s.shape(), what + ": shape");
            assertSame(f.backend(), s.backend(), what + ": backend");
            HostArray hs = s.toHost();
            HostArray hf = f.toHost();
            assertTrue(UfuncArrays.mismatch(hs, hf) == null, what + ": " + UfuncArrays.mismatch(hs, hf));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shortcutsAreTheirNumpyFunctions(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray img = uint8(b, 0, 50, 114, 115, 200, 255);
                NDArray other = uint8(b, 3, 7, 114, 2, 201, 1);
                NDArray f = float32(b, 0.25f, -1.5f, 4f, Float.NaN, 9f, 100f)) {
            // arithmetic, with NumPy 1.24's value-based casting of Python scalars
            same(() -> img.add(300), () -> Numpy.add(img, 300L), DType.UINT16, "uint8 + 300");
            same(() -> img.add(5), () -> Numpy.add(img, 5L), DType.UINT8, "uint8 + 5");
            same(() -> img.add(other), () -> Numpy.add(img, other), DType.UINT8, "uint8 + uint8");
            same(() -> img.sub(other), () -> Numpy.subtract(img, other), DType.UINT8, "uint8 - uint8 (wraps)");
            same(() -> f.sub(1.0), () -> Numpy.subtract(f, 1.0), DType.FLOAT32, "float32 - 1.0");
            same(() -> f.mul(2.0), () -> Numpy.multiply(f, 2.0), DType.FLOAT32, "float32 * 2.0");
            same(() -> img.mul(2.5), () -> Numpy.multiply(img, 2.5), DType.FLOAT64, "uint8 * 2.5");
            same(() -> img.div(other), () -> Numpy.divide(img, other), DType.FLOAT64, "uint8 / uint8");
            same(() -> f.div(4L), () -> Numpy.divide(f, 4L), DType.FLOAT32, "float32 / 4");
            same(() -> img.floorDiv(7), () -> Numpy.floorDivide(img, 7L), DType.UINT8, "uint8 // 7");
            same(() -> f.floorDiv(f), () -> Numpy.floorDivide(f, f), DType.FLOAT32, "float32 // float32");
            same(() -> f.mod(-3.0), () -> Numpy.remainder(f, -3.0), DType.FLOAT32, "float32 % -3.0");
            same(() -> img.mod(other), () -> Numpy.remainder(img, other), DType.UINT8, "uint8 % uint8");
            same(() -> img.pow(2), () -> Numpy.power(img, 2L), DType.UINT8, "uint8 ** 2");
            same(() -> f.pow(0.5), () -> Numpy.power(f, 0.5), DType.FLOAT32, "float32 ** 0.5");
            same(() -> f.pow(f), () -> Numpy.power(f, f), DType.FLOAT32, "float32 ** float32");
            same(f::neg, () -> Numpy.negative(f), DType.FLOAT32, "-float32");
            same(f::abs, () -> Numpy.absolute(f), DType.FLOAT32, "abs(float32)");
            // comparisons
            same(() -> img.gt(114), () -> Numpy.greater(img, 114L), DType.BOOL, "uint8 > 114");
            same(() -> img.gt(1000), () -> Numpy.greater(img, 1000L), DType.BOOL, "uint8 > 1000");
            same(() -> img.ge(114.5), () -> Numpy.greaterEqual(img, 114.5), DType.BOOL, "uint8 >= 114.5");
            same(() -> img.lt(other), () -> Numpy.less(img, other), DType.BOOL, "uint8 < uint8");
            same(() -> f.le(4.0), () -> Numpy.lessEqual(f, 4.0), DType.BOOL, "float32 <= 4.0");
            same(() -> f.eq(f), () -> Numpy.equal(f, f), DType.BOOL, "float32 == float32 (NaN unequal)");
            same(() -> img.ne(114), () -> Numpy.notEqual(img, 114L), DType.BOOL, "uint8 != 114");
            // logic
            try (NDArray hi = img.gt(100); NDArray lo = img.le(200)) {
                same(() -> hi.and(lo), () -> Numpy.logicalAnd(hi, lo), DType.BOOL, "and");
                same(() -> hi.or(f), () -> Numpy.logicalOr(hi, f), DType.BOOL, "or (float32 truth)");
                same(() -> hi.xor(lo), () -> Numpy.logicalXor(hi, lo), DType.BOOL, "xor");
                same(hi::not, () -> Numpy.logicalNot(hi), DType.BOOL, "not");
            }
            // math and clip
            same(img::sqrt, () -> Numpy.sqrt(img), DType.FLOAT16, "sqrt(uint8)");
            same(f::exp, () -> Numpy.exp(f), DType.FLOAT32, "exp(float32)");
            same(f::log, () -> Numpy.log(f), DType.FLOAT32, "log(float32)");
            same(() -> img.clip(10, 200), () -> Numpy.clip(img, 10L, 200L), DType.UINT8, "uint8.clip(10, 200)");
            same(() -> img.clip(10.0, 200.0), () -> Numpy.clip(img, 10.0, 200.0), DType.FLOAT64,
                    "uint8.clip(10.0, 200.0)");
            same(() -> f.clip(-1.0, 5.0), () -> Numpy.clip(f, -1.0, 5.0), DType.FLOAT32, "float32.clip(-1.0, 5.0)");

            // a few by hand, so that a facade and shortcut wrong together still fail
            try (NDArray mask = img.gt(114); NDArray sum = img.add(300); NDArray clipped = img.clip(10, 200);
                    NDArray max = img.max(); NDArray scaled = img.div(max)) {
                assertArrayEquals(new boolean[] {false, false, false, true, true, true}, mask.toBooleanArray());
                assertArrayEquals(new short[] {300, 350, 414, 415, 500, 555}, sum.toShortArray());
                assertArrayEquals(new byte[] {10, 50, 114, 115, (byte) 200, (byte) 200}, clipped.toByteArray());
                assertEquals(DType.FLOAT64, scaled.dtype(), "uint8 / uint8 0-d");
                assertArrayEquals(new double[] {0, 50 / 255.0, 114 / 255.0, 115 / 255.0, 200 / 255.0, 1},
                        scaled.toDoubleArray(), 1e-15);
            }
            assertArrayEquals(new byte[] {0, 50, 114, 115, (byte) 200, (byte) 255}, img.toByteArray(), "img unchanged");
            assertFalse(img.isClosed());
            try (NDArray two = float32(b, 1f, 2f)) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> img.add(two).close());
                assertTrue(e.getMessage().contains("could not be broadcast"), e.getMessage());
            }
        }
    }
}
