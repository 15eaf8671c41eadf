package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SkimageFilterEntries;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.skimage.filters.Filters;

/**
 * skimage.filters' thresholds (issue 18) beyond the golden cases: bad input named in one line, the
 * image left as it was, no array left alive, the thresholds' dtypes, and the backends agreeing on
 * larger images than the golden ones.
 */
class SkimageFiltersBehaviourTest {

    /** A 64 x 64 image: a gradient, two bright discs and noise, scaled to [0, scale). */
    private static double[] image(long seed, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[64 * 64];
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                double x = 0.15 + 0.2 * i / 63.0 + 0.1 * j / 63.0 + 0.05 * r.nextGaussian();
                if ((i - 20) * (i - 20) + (j - 18) * (j - 18) < 100) {
                    x += 0.45;
                }
                if ((i - 44) * (i - 44) + (j - 46) * (j - 46) < 120) {
                    x += 0.35;
                }
                v[i * 64 + j] = Math.min(0.999, Math.max(0.001, x)) * scale;
            }
        }
        return v;
    }

    private static NDArray upload(Backend b, double[] v, DType t) {
        if (t == DType.UINT8) {
            byte[] d = new byte[v.length];
            for (int i = 0; i < v.length; i++) {
                d[i] = (byte) (int) v[i];
            }
            return NDArray.fromHost(b, new HostArray(DType.UINT8, new int[] {64, 64}, d));
        }
        return NDArray.fromHost(b, HostArray.fromDoubles(v, t, 64, 64));
    }

    /** Every op of the family with its defaults or typical parameters. */
    private static Map<String, Function<NDArray, NDArray>> ops() {
        Map<String, Function<NDArray, NDArray>> ops = new LinkedHashMap<>();
        ops.put("otsu", Filters::thresholdOtsu);
        ops.put("yen", Filters::thresholdYen);
        ops.put("isodata", Filters::thresholdIsodata);
        ops.put("isodata-all", im -> Filters.thresholdIsodata(im, 256, true));
        ops.put("minimum", Filters::thresholdMinimum);
        ops.put("multiotsu", Filters::thresholdMultiotsu);
        ops.put("li", Filters::thresholdLi);
        ops.put("mean", Filters::thresholdMean);
        ops.put("triangle", Filters::thresholdTriangle);
        ops.put("niblack", Filters::thresholdNiblack);
        ops.put("sauvola", Filters::thresholdSauvola);
        ops.put("local-gaussian", im -> Filters.thresholdLocal(im, 15));
        ops.put("local-mean", im -> Filters.thresholdLocal(im, 11, "mean", 0.01, "nearest", null, 0));
        ops.put("local-median", im -> Filters.thresholdLocal(im, 7, "median", 0, "constant", null, 0.5));
        return ops;
    }

    @Test
    void theNamesListIsTheRegistrysAndInTheNdimageFamily() {
        assertTrue(OpRegistry.namesIn(SpiFamily.NDIMAGE).containsAll(SkimageFilterEntries.NAMES));
        for (String n : SkimageFilterEntries.NAMES) {
            assertTrue(OpRegistry.standard().contains(n), n);
        }
    }

    @Test
    void backendsAgreeLeaveTheImageAndFreeTheirIntermediates() {
        Backend cpu = TestBackends.get(TestBackends.CPU);
        for (DType t : new DType[] {DType.FLOAT32, DType.UINT8, DType.FLOAT64}) {
            double[] v = image(7, t == DType.UINT8 ? 256 : 1);
            Map<String, HostArray> reference = new LinkedHashMap<>();
            for (String name : TestBackends.available()) {
                Backend b = TestBackends.get(name);
                if (!b.supports(DType.FLOAT64)) {
                    continue; // integer images' local thresholds are float64
                }
                long live = b.liveAllocations();
                try (NDArray im = upload(b, v, t)) {
                    HostArray before = im.toHost();
                    for (Map.Entry<String, Function<NDArray, NDArray>> op : ops().entrySet()) {
                        HostArray got;
                        try (NDArray r = op.getValue().apply(im)) {
                            assertEquals(b, r.backend(), op.getKey() + ": the result stays on the image's backend");
                            got = r.toHost();
                        }
                        String what = op.getKey() + " of " + t + " on " + name;
                        HostArray ref = reference.putIfAbsent(op.getKey(), got);
                        if (ref != null) {
                            assertSame(ref, got, what);
                        }
                    }
                    try (NDArray lo = Filters.thresholdOtsu(im); NDArray mask = Filters.applyHysteresisThreshold(im,
                            0.8 * lo.doubleValue(), 1.2 * lo.doubleValue())) {
                        HostArray got = mask.toHost();
                        assertEquals(DType.BOOL, got.dtype());
                        HostArray ref = reference.putIfAbsent("hysteresis", got);
                        if (ref != null) {
                            assertSame(ref, got, "hysteresis of " + t + " on " + name);
                        }
                    }
                    assertArrayEquals(before.toDoubles(), im.toHost().toDoubles(), 0.0, "the image is not written");
                }
                assertEquals(live, b.liveAllocations(), "arrays left alive on " + name);
            }
        }
        assertTrue(cpu.liveAllocations() >= 0);
    }

    private static void assertSame(HostArray expected, HostArray got, String what) {
        assertEquals(expected.dtype(), got.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), got.shape(), what + ": shape");
        double[] e = expected.toDoubles();
        double[] g = got.toDoubles();
        for (int i = 0; i < e.length; i++) {
            double tol = expected.dtype().isFloatingPoint() ? 1e-6 * Math.max(Math.abs(e[i]), 1e-3) : 0;
            assertEquals(e[i], g[i], tol, what + " at " + i);
        }
    }

    @Test
    void thresholdsHaveScikitImagesDtypes() {
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray u8 = upload(b, image(3, 256), DType.UINT8); NDArray f32 = upload(b, image(3, 1), DType.FLOAT32);
                NDArray f64 = upload(b, image(3, 1), DType.FLOAT64)) {
            List<Object[]> expect = new ArrayList<>();
            expect.add(new Object[] {Filters.thresholdOtsu(u8), DType.INT64});
            expect.add(new Object[] {Filters.thresholdOtsu(f32), DType.FLOAT32});
            expect.add(new Object[] {Filters.thresholdOtsu(f64), DType.FLOAT64});
            expect.add(new Object[] {Filters.thresholdMean(u8), DType.FLOAT64});
            expect.add(new Object[] {Filters.thresholdLi(u8), DType.FLOAT64});
            expect.add(new Object[] {Filters.thresholdLi(f32), DType.FLOAT32});
            expect.add(new Object[] {Filters.thresholdTriangle(f32), DType.FLOAT32});
            expect.add(new Object[] {Filters.thresholdLocal(u8, 5), DType.FLOAT64});
            expect.add(new Object[] {Filters.thresholdSauvola(f32), DType.FLOAT32});
            for (Object[] e : expect) {
                try (NDArray r = (NDArray) e[0]) {
                    assertEquals(e[1], r.dtype());
                }
            }
            try (NDArray t = Filters.thresholdMultiotsu(u8, 4)) {
                assertArrayEquals(new int[] {3}, t.shape());
                long[] v = t.toLongArray();
                assertTrue(v[0] < v[1] && v[1] < v[2], java.util.Arrays.toString(v));
            }
            // a given histogram alone (no image): counts with centres 0, 1, 2, ...
            try (NDArray h = NDArray.of(new long[] {0, 4, 9, 3, 0, 0, 2, 8, 5, 1, 0}, 11);
                    NDArray t = Filters.thresholdOtsu(null, 256, h)) {
                assertEquals(DType.INT64, t.dtype());
                assertTrue(t.longValue() > 2 && t.longValue() < 7, "between the modes: " + t.longValue());
            }
        }
    }

    @Test
    void badInputIsNamedInOneLine() {
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray f = upload(b, image(5, 1), DType.FLOAT64);
                NDArray c = NDArray.fromHost(b, new HostArray(DType.COMPLEX128, new int[] {2}, new double[4]))) {
            refuses("block_size", () -> Filters.thresholdLocal(f, 4));
            refuses("block_size", () -> Filters.thresholdLocal(f, 1));
            refuses("block_size", () -> Filters.thresholdLocal(f, -3));
            refuses("block_size", () -> Filters.thresholdLocal(f, new int[] {3, 5, 7}, "gaussian", 0, "reflect", null, 0));
            refuses("method", () -> Filters.thresholdLocal(f, 5, "generic", 0, "reflect", null, 0));
            refuses("method", () -> Filters.thresholdLocal(f, 5, "max", 0, "reflect", null, 0));
            refuses("mode", () -> Filters.thresholdLocal(f, 5, "mean", 0, "sideways", null, 0));
            refuses("param", () -> Filters.thresholdLocal(f, 5, "gaussian", 0, "reflect", new double[] {-1}, 0));
            try (NDArray cube = NDArray.fromHost(b, HostArray.fromDoubles(new double[27], DType.FLOAT64, 3, 3, 3))) {
                refuses("param", () -> Filters.thresholdLocal(cube, 3, "gaussian", 0, "reflect", new double[] {1, 2}, 0));
            }
            refuses("window_size", () -> Filters.thresholdNiblack(f, 4, 0.2));
            refuses("window_size", () -> Filters.thresholdSauvola(f, new int[] {5}, 0.2, null));
            refuses("initial_guess", () -> Filters.thresholdLi(f, null, 5.0));
            refuses("classes", () -> Filters.thresholdMultiotsu(f, 1));
            refuses("nbins", () -> Filters.thresholdOtsu(f, 0));
            refuses("image", () -> Filters.thresholdOtsu(null));
            refuses("image", () -> Filters.thresholdMean(c));
            refuses("max_num_iter", () -> Filters.thresholdMinimum(f, 256, 0));
        }
    }

    private static void refuses(String name, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertTrue(e.getMessage().startsWith("skimage.filters."), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
