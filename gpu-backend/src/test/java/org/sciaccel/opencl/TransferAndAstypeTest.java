package org.sciaccel.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/** Host to device and back for every dtype; astype on the device against {@link HostArray#astype}. */
class TransferAndAstypeTest {
    private static OpenCLBackend backend;

    /** Values that stress conversions: fractions, negatives, wrap-arounds, saturation, NaN, infinities, -0. */
    static final double[] VALUES = {0, 1, -1, 1.5, -1.5, 2.999, -2.999, 255.9, 256, 300.7, -300.7, 65535.5, 65536,
        70000.25, -70000.25, 2147483647.0, 2147483648.0, -2147483649.0, 4294967296.5, 1e12, -1e12, 9.3e18, 1e20,
        -1e20, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e-40, 0.1,
        // float16's edges: ties to even, subnormals, the largest finite value and the overflow point.
        1.8e19, 65504, 65519.99, 65520, 0x1p-24, 0x1p-25, 3 * 0x1p-25, 1 + 0x1p-11, 1 + 3 * 0x1p-11, -128.5, 127.5};

    @BeforeAll
    static void open() {
        backend = OpenCLTestSupport.newBackend();
    }

    @AfterAll
    static void close() {
        if (backend != null) {
            assertEquals(0, backend.liveAllocations());
            assertEquals(0, backend.liveBytes());
            backend.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void roundTripEveryDtype(DType dtype) {
        HostArray host = sample(dtype, 6, 5);
        try (NDArray a = NDArray.fromHost(backend, host)) {
            assertEquals((long) 30 * dtype.itemSize(), a.storage().byteSize());
            HostArray back = a.toHost();
            assertEquals(dtype, back.dtype());
            assertArrayEquals(host.shape(), back.shape());
            assertArraysEqual(host.data(), back.data());
        }
        try (NDArray empty = NDArray.fromHost(backend, HostArray.zeros(dtype, 3, 0))) {
            assertEquals(0, empty.toHost().size());
        }
    }

    static Stream<Arguments> pairs() {
        List<Arguments> out = new ArrayList<>();
        for (DType a : DType.values()) {
            for (DType b : DType.values()) {
                out.add(Arguments.of(a, b));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void astypeMatchesTheHostConversion(DType from, DType to) {
        HostArray host = sample(from, VALUES.length);
        try (NDArray a = NDArray.fromHost(backend, host)) {
            if (from.isComplex() && !to.isComplex()) {
                assertThrows(IllegalArgumentException.class, () -> a.astype(to));
                return;
            }
            HostArray expected = host.astype(to);
            try (NDArray r = a.astype(to)) {
                assertEquals(to, r.dtype());
                assertArraysEqual(expected.data(), r.toHost().data());
            }
        }
    }

    @Test
    void int64ToNarrowIntegersKeepsTheLowBits() {
        long[] v = {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, -1, 0x1_0000_00FFL, -129};
        HostArray host = new HostArray(DType.INT64, new int[] {v.length}, v);
        try (NDArray a = NDArray.fromHost(backend, host)) {
            for (DType to : new DType[] {DType.UINT8, DType.UINT16, DType.INT32, DType.BOOL, DType.FLOAT64}) {
                try (NDArray r = a.astype(to)) {
                    assertArraysEqual(host.astype(to).data(), r.toHost().data());
                }
            }
        }
    }

    @Test
    void wideIntegersToEveryTypeMatchTheHost() {
        // uint64 past 2^63 reads unsigned; every narrowing keeps the low bits; to float32 rounds once.
        long[] v = {-1L, Long.MIN_VALUE, Long.MAX_VALUE, (1L << 53) + 1, (1L << 62) + 3, -1025, 0x1_0000_00FFL, -129,
            65519, 65520, (1L << 24) + 1};
        for (DType from : new DType[] {DType.UINT64, DType.INT64}) {
            HostArray host = new HostArray(from, new int[] {v.length}, v.clone());
            try (NDArray a = NDArray.fromHost(backend, host)) {
                for (DType to : DType.values()) {
                    try (NDArray r = a.astype(to)) {
                        assertArraysEqual(host.astype(to).data(), r.toHost().data());
                    }
                }
            }
        }
    }

    /** An array of {@code dtype} holding {@link #VALUES} (cycled) as NumPy would store them. */
    static HostArray sample(DType dtype, int... shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (dtype.isComplex()) {
            double[] parts = new double[2 * n];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = VALUES[(i * 7) % VALUES.length];
            }
            if (dtype == DType.COMPLEX128) {
                return new HostArray(dtype, shape, parts);
            }
            float[] f = new float[parts.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) parts[i];
            }
            return new HostArray(dtype, shape, f);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = VALUES[i % VALUES.length];
        }
        return HostArray.fromDoubles(v, dtype, shape);
    }

    static void assertArraysEqual(Object expected, Object actual) {
        assertEquals(expected.getClass(), actual.getClass());
        int n = Array.getLength(expected);
        assertEquals(n, Array.getLength(actual));
        for (int i = 0; i < n; i++) {
            Object e = Array.get(expected, i);
            Object g = Array.get(actual, i);
            // Boxed equals compares floating values bitwise (NaN equals NaN, -0.0 differs from 0.0).
            assertEquals(e, g, "element " + i);
        }
    }
}
