package org.sciaccel.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.opencl.ndimage.OpenCLNdimageOps;

/** correlate1d on the device against {@link ReferenceCorrelate} (SciPy's definition in plain Java) and SciPy's own numbers. */
class Correlate1dTest {
    private static OpenCLBackend backend;

    /** Odd symmetric, odd antisymmetric, odd asymmetric, even, single, and longer than the short axes. */
    static final double[][] WEIGHTS = {
        {0.25, 0.5, 0.25},
        {-1.0, 0.0, 1.0},
        {0.1, -0.7, 1.3, 0.25, 0.05},
        {1.0, -2.0, 3.0, 0.5},
        {1.5},
        {0.05, 0.1, 0.15, 0.4, 0.15, 0.1, 0.05},
    };

    @BeforeAll
    static void open() {
        backend = OpenCLTestSupport.newBackend();
    }

    @AfterAll
    static void close() {
        if (backend != null) {
            assertEquals(0, backend.liveAllocations(), "live allocations after the tests");
            backend.close();
        }
    }

    @AfterEach
    void clearTiling() {
        System.clearProperty(OpenCLNdimageOps.KERNEL_PROPERTY);
    }

    /** The kernel variants of OpenCLNdimageOps, each forced in turn. */
    static final String[] VARIANTS = {"axis", "tiled", "strip"};

    /**
     * Every mode x axis x origin x weights, on a 4-D array with a size-1 axis, a short axis and one
     * long enough for whole strips, with every kernel variant.
     */
    static Stream<Arguments> modesAxesOrigins() {
        List<Arguments> out = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (int axis = 0; axis < 4; axis++) {
                for (int wi = 0; wi < WEIGHTS.length; wi++) {
                    int half = WEIGHTS[wi].length / 2;
                    for (int origin = -half; origin <= (WEIGHTS[wi].length - 1) / 2; origin++) {
                        out.add(Arguments.of(mode, axis, wi, origin));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} axis={1} weights#{2} origin={3}")
    @MethodSource("modesAxesOrigins")
    void everyModeAxisOriginMatchesReference(Mode mode, int axis, int weightIndex, int origin) {
        int[] shape = {3, 1, 5, 37};
        double[] w = WEIGHTS[weightIndex];
        Random rnd = new Random(31 * axis + weightIndex);
        for (String variant : VARIANTS) {
            System.setProperty(OpenCLNdimageOps.KERNEL_PROPERTY, variant);
            checkDoublePath(OpenCLTestSupport.random(DType.FLOAT64, shape, rnd), w, axis, mode, -3.25, origin, DType.FLOAT64);
            checkDoublePath(OpenCLTestSupport.random(DType.INT32, shape, rnd), w, axis, mode, 2.5, origin, DType.UINT8);
            checkDoublePath(OpenCLTestSupport.random(DType.FLOAT32, shape, rnd), w, axis, mode, 1.5, origin, DType.FLOAT32);
        }
    }

    /** Every input dtype to every output dtype, a few modes and axes, including the wrap of narrow outputs. */
    static Stream<Arguments> dtypePairs() {
        List<Arguments> out = new ArrayList<>();
        for (DType in : OpenCLTestSupport.REAL) {
            for (DType o : OpenCLTestSupport.REAL) {
                out.add(Arguments.of(in, o));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dtypePairs")
    void everyDtypePairMatchesReference(DType in, DType out) {
        Random rnd = new Random(in.ordinal() * 17 + out.ordinal());
        int[] shape = {4, 7, 37};
        HostArray host = OpenCLTestSupport.random(in, shape, rnd);
        Mode[] modes = {Mode.REFLECT, Mode.CONSTANT, Mode.MIRROR, Mode.WRAP, Mode.NEAREST};
        for (int axis = 0; axis < 3; axis++) {
            System.setProperty(OpenCLNdimageOps.KERNEL_PROPERTY, VARIANTS[(axis + in.ordinal() + out.ordinal()) % 3]);
            for (int wi = 0; wi < WEIGHTS.length; wi++) {
                Mode mode = modes[(axis + wi) % modes.length];
                int origin = wi % 2 == 0 ? 0 : -(WEIGHTS[wi].length / 2);
                checkDoublePath(host, WEIGHTS[wi], axis, mode, -7.75, origin, out);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"axis", "tiled", "strip"})
    void float32SumsOnRequestStayWithinTolerance(String variant) {
        System.setProperty(OpenCLNdimageOps.KERNEL_PROPERTY, variant);
        System.setProperty(OpenCLNdimageOps.FLOAT32_SUMS_PROPERTY, "float");
        try {
            HostArray host = OpenCLTestSupport.random(DType.FLOAT32, new int[] {4, 7, 37}, new Random(11));
            for (int axis = 0; axis < 3; axis++) {
                for (int wi = 0; wi < WEIGHTS.length; wi++) {
                    int origin = wi % 2 == 0 ? 0 : -(WEIGHTS[wi].length / 2);
                    checkFloat32(host, WEIGHTS[wi], axis, Mode.values()[(axis + wi) % Mode.values().length], -7.75, origin);
                }
            }
        } finally {
            System.clearProperty(OpenCLNdimageOps.FLOAT32_SUMS_PROPERTY);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"axis", "tiled", "strip"})
    void oneDimensionalAndSizeOneAndLongWeights(String variant) {
        System.setProperty(OpenCLNdimageOps.KERNEL_PROPERTY, variant);
        Random rnd = new Random(5);
        double[] longWeights = new double[41];
        for (int i = 0; i < longWeights.length; i++) {
            longWeights[i] = Math.exp(-0.5 * (i - 20) * (i - 20) / 36.0) / 15.0;
        }
        for (int[] shape : new int[][] {{1}, {2}, {9}, {1000}, {1, 1}, {3, 1}}) {
            for (Mode mode : Mode.values()) {
                HostArray h = OpenCLTestSupport.random(DType.FLOAT64, shape, rnd);
                int axis = shape.length - 1;
                checkDoublePath(h, longWeights, axis, mode, 4.0, 3, DType.FLOAT64);
                checkDoublePath(h, WEIGHTS[2], 0, mode, 4.0, -1, DType.INT64);
            }
        }
    }

    @Test
    void emptyArrayGivesEmptyResult() {
        try (NDArray a = NDArray.fromHost(backend, HostArray.zeros(DType.FLOAT32, 0, 4));
             NDArray r = backend.ndimage().correlate1d(a, WEIGHTS[0], 1, Mode.REFLECT, 0, 0, DType.UINT16)) {
            assertArrayEquals(new int[] {0, 4}, r.shape());
            assertEquals(DType.UINT16, r.dtype());
        }
    }

    @Test
    void nanAndInfinityPropagate() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        double[] values = {1, 2, nan, 4, 5, 6, 7, inf, 9, 10, -inf, 12};
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            HostArray h = HostArray.fromDoubles(values, dt, 12);
            for (Mode mode : Mode.values()) {
                HostArray got = run(h, WEIGHTS[0], 0, mode, nan, 0, dt);
                double[] g = got.toDoubles();
                double[] e = ReferenceCorrelate.correlate1d(h, WEIGHTS[0], 0, mode, nan, 0, dt,
                        dt == DType.FLOAT32).toDoubles();
                for (int i = 0; i < g.length; i++) {
                    assertEquals(Double.isNaN(e[i]), Double.isNaN(g[i]), dt + " " + mode + " NaN at " + i);
                    if (!Double.isNaN(e[i])) {
                        assertEquals(e[i], g[i], 0.0, dt + " " + mode + " at " + i);
                    }
                }
                // NaN next to index 2 reaches indices 1..3; infinities reach their neighbours.
                assertTrue(Double.isNaN(g[1]) && Double.isNaN(g[2]) && Double.isNaN(g[3]), mode + ": " + dt);
                assertTrue(Double.isInfinite(g[6]) || Double.isNaN(g[6]), mode + ": " + dt);
            }
        }
    }

    /** Values printed by SciPy 1.10.1 (scipy.ndimage.correlate1d) on this machine. */
    @Test
    void matchesScipyNumbers() {
        int[] a = {0, 37, 74, 111, 148, 185, 222, 3, 40, 77, 114, 151, 188, 225, 6, 43, 80, 117, 154, 191, 228, 9,
            46, 83, 120, 157, 194, 231, 12, 49};
        int[] shifted = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            shifted[i] = a[i] - 100;
        }
        // correlate1d(a.astype(int32) - 100, [1, -2, 3, 0.5], axis=0, mode='constant', cval=7.5, origin=1, output=uint8)
        HostArray in = new HostArray(DType.INT32, new int[] {5, 6}, shifted);
        HostArray got = run(in, new double[] {1, -2, 3, 0.5}, 0, Mode.CONSTANT, 7.5, 1, DType.UINT8);
        double[] expected = {221, 240, 2, 20, 39, 57, 10, 11, 141, 14, 143, 17, 105, 161, 89, 144, 200, 255, 203, 39,
            132, 97, 189, 25, 118, 211, 47, 140, 104, 197};
        assertArrayEquals(expected, got.toDoubles());

        // correlate1d(float32 [1.5, -2.25, 3, nan, 4, 5, 6, 7], [0.2, 0.6, 0.2], mode='mirror')
        HostArray f = new HostArray(DType.FLOAT32, new int[] {8}, new float[] {1.5f, -2.25f, 3, Float.NaN, 4, 5, 6, 7});
        double[] g = run(f, new double[] {0.2, 0.6, 0.2}, 0, Mode.MIRROR, 0, 0, DType.FLOAT32).toDoubles();
        double[] scipy = {-1.1102230246251565e-16, -0.44999998807907104, nan(), nan(), nan(), 5.0, 6.0,
            6.599999904632568};
        for (int i = 0; i < g.length; i++) {
            if (Double.isNaN(scipy[i])) {
                assertTrue(Double.isNaN(g[i]), "NaN at " + i);
            } else {
                assertEquals(scipy[i], g[i], 1e-5 * 6.6, "at " + i);
            }
        }
    }

    private static double nan() {
        return Double.NaN;
    }

    // ---- helpers ----

    private static HostArray run(HostArray h, double[] w, int axis, Mode mode, double cval, int origin, DType out) {
        try (NDArray a = NDArray.fromHost(backend, h);
             NDArray r = backend.ndimage().correlate1d(a, w, axis, mode, cval, origin, out)) {
            assertEquals(out, r.dtype());
            assertArrayEquals(h.shape(), r.shape());
            return r.toHost();
        }
    }

    /** Double sums on the device: the result equals the reference bit for bit (same order, no fused multiply-add). */
    private static void checkDoublePath(HostArray h, double[] w, int axis, Mode mode, double cval, int origin, DType out) {
        HostArray got = run(h, w, axis, mode, cval, origin, out);
        HostArray expected = ReferenceCorrelate.correlate1d(h, w, axis, mode, cval, origin, out, false);
        double[] g = got.toDoubles();
        double[] e = expected.toDoubles();
        for (int i = 0; i < g.length; i++) {
            if (Double.compare(e[i], g[i]) != 0 && !(e[i] == g[i])) {
                fail(h.dtype() + "->" + out + " " + mode + " axis " + axis + " origin " + origin + " weights "
                        + java.util.Arrays.toString(w) + " shape " + Shapes.toString(h.shape()) + ": element " + i
                        + " expected " + e[i] + " got " + g[i]);
            }
        }
    }

    /** float32 -> float32 sums in float: within 1e-5 of the double-precision result relative to its largest magnitude. */
    private static void checkFloat32(HostArray h, double[] w, int axis, Mode mode, double cval, int origin) {
        double[] g = run(h, w, axis, mode, cval, origin, DType.FLOAT32).toDoubles();
        HostArray exact = ReferenceCorrelate.correlate1d(h, w, axis, mode, cval, origin, DType.FLOAT64, false);
        double[] e = exact.toDoubles();
        double max = 0;
        for (double v : e) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < g.length; i++) {
            assertEquals(e[i], g[i], 1e-5 * Math.max(max, Double.MIN_NORMAL), "float32 " + mode + " axis " + axis
                    + " origin " + origin + " element " + i);
        }
        // and exactly the float-sum reference
        double[] f = ReferenceCorrelate.correlate1d(h, w, axis, mode, cval, origin, DType.FLOAT32, true).toDoubles();
        assertArrayEquals(f, g, "float32 sums in SciPy's order");
    }
}
