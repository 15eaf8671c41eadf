package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpRegistry;

/**
 * Checks the ndimage families' golden data itself ({@code golden/cases.jsonl} of
 * {@code generate.py} and {@code golden/filters/cases.jsonl} of {@code generate_filters.py}):
 * every case binds to its registry entry, every file it names exists, and the sweep still covers
 * what the suite promises, so a regeneration that drops coverage fails here. The manifests are read
 * directly, not through {@link GoldenManifests}, so {@code sciaccel.golden.only} does not hide them.
 */
class GoldenManifestTest {
    private static final Set<String> GAUSSIAN_OPS = Set.of("ndimage.gaussian_filter", "ndimage.gaussian_filter1d",
            "ndimage.correlate1d");
    private static final Set<String> FILTER_OPS = Set.of("ndimage.correlate", "ndimage.convolve",
            "ndimage.correlate1d", "ndimage.convolve1d", "ndimage.median_filter", "ndimage.rank_filter",
            "ndimage.percentile_filter", "ndimage.uniform_filter1d", "ndimage.minimum_filter1d",
            "ndimage.maximum_filter1d", "ndimage.uniform_filter", "ndimage.minimum_filter", "ndimage.maximum_filter",
            "ndimage.sobel", "ndimage.prewitt", "ndimage.laplace", "ndimage.gaussian_laplace",
            "ndimage.gaussian_gradient_magnitude", "ndimage.generic_gradient_magnitude", "signal.medfilt",
            "signal.medfilt2d", "signal.wiener", "signal.convolve2d", "signal.correlate2d",
            // the short-axis sweep also runs the Gaussian filters on axes shorter than their radius
            "ndimage.gaussian_filter", "ndimage.gaussian_filter1d");

    /** The cases of one manifest file, in file order. */
    static List<GoldenCall> manifest(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(GoldenManifests.isCurrent(file), file + " is not in schema " + GoldenManifests.SCHEMA);
        List<GoldenCall> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                out.add(GoldenCall.fromJson(Json.parseObject(lines.get(i)), file.getParent(), file + ":" + (i + 1)));
            }
        }
        return out;
    }

    static List<GoldenCall> gaussianCases() {
        return manifest(GoldenData.root().resolve("cases.jsonl"));
    }

    static List<GoldenCall> filterCases() {
        return manifest(GoldenData.root().resolve("filters").resolve("cases.jsonl"));
    }

    /** A case's arguments by name, the values as written (CLI syntax, {@code @} paths unresolved). */
    static Map<String, String> args(GoldenCall c) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : c.args()) {
            int eq = a.indexOf('=');
            out.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return out;
    }

    private static boolean isList(String value) {
        return value != null && value.contains(",");
    }

    @Test
    void manifestsBindToTheRegistryAndFilesExist() {
        Map<String, Integer> counts = new HashMap<>();
        for (List<GoldenCall> cases : List.of(gaussianCases(), filterCases())) {
            for (GoldenCall c : cases) {
                counts.merge(c.dir().toString(), 1, Integer::sum);
                // the same binding as the runner's and the CLI's: every argument parses, no name is unknown
                CallBinding.bind(OpRegistry.standard().require(c.op()), c.resolvedArgs());
                for (Map.Entry<String, String> a : args(c).entrySet()) {
                    if (a.getValue().startsWith("@")) {
                        assertTrue(Files.isRegularFile(c.dir().resolve(a.getValue().substring(1))),
                                c.id() + ": no file for " + a.getKey());
                    }
                }
                if (c.raises() != null) {
                    continue;  // a case where SciPy raises (issue 12's float16 refusals) has no outputs
                }
                assertEquals(Set.of("result"), c.expected().keySet(), c.id() + ": outputs");
                assertTrue(Files.isRegularFile(c.dir().resolve((String) c.expected().get("result"))),
                        c.id() + ": no expected file");
            }
        }
        // the counts the suite had when the manifests moved to the runner's format; they may only grow
        assertTrue(counts.get(GoldenData.root().toString()) >= 190, "only " + counts + " golden cases");
        assertTrue(counts.get(GoldenData.root().resolve("filters").toString()) >= 1065, "only " + counts + " filter cases");
    }

    @Test
    void sweepCoversEveryModeWithEveryDtypeAndEveryOrder() {
        Set<String> modeDtype = new HashSet<>();
        Set<String> orderMode = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (GoldenCall c : gaussianCases()) {
            if (!c.op().equals("ndimage.gaussian_filter")) {
                continue;
            }
            Map<String, String> a = args(c);
            HostArray input = Npy.read(c.dir().resolve(a.get("input").substring(1)));
            int[] shape = input.shape();
            String mode = a.getOrDefault("mode", "reflect");
            String order = a.getOrDefault("order", "0");
            String radius = a.getOrDefault("radius", "none");
            String sigma = a.get("sigma");
            for (String m : mode.split(",")) {
                modeDtype.add(m + "/" + input.dtype());
            }
            if (!isList(order) && !isList(mode)) {
                orderMode.add(Integer.parseInt(order) + "/" + mode);
            }
            kinds.add(isList(sigma) ? "sigma per axis" : "sigma scalar");
            if (isList(order)) kinds.add("order per axis");
            if (isList(mode)) kinds.add("mode per axis");
            if (isList(radius)) kinds.add("radius per axis");
            if (!radius.equals("none") && !isList(radius)) kinds.add("radius scalar");
            if (Double.parseDouble(a.getOrDefault("truncate", "4.0")) != 4.0) kinds.add("truncate");
            if (a.containsKey("output") && !a.get("output").equals("none")) kinds.add("output");
            kinds.add(shape.length + "-D");
            for (int s : shape) {
                if (s == 1) kinds.add("size-1 axis");
            }
            if (a.get("input").contains("MV_HFV_012")) kinds.add("image");
            if (isList(sigma)) {
                for (String s : sigma.split(",")) {
                    if (Double.parseDouble(s) == 0) kinds.add("zero sigma on an axis");
                }
            }
        }
        for (Mode m : Mode.values()) {
            for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.UINT8, DType.UINT16, DType.INT32, DType.INT64}) {
                assertTrue(modeDtype.contains(m.scipyName() + "/" + d), "no case for mode " + m.scipyName() + " with " + d);
            }
            for (int order = 0; order <= 3; order++) {
                assertTrue(orderMode.contains(order + "/" + m.scipyName()), "no case for order " + order + " with " + m);
            }
        }
        for (String k : new String[] {"sigma per axis", "sigma scalar", "order per axis", "mode per axis",
                "radius per axis", "radius scalar", "truncate", "output", "1-D", "2-D", "3-D", "size-1 axis", "image",
                "zero sigma on an axis"}) {
            assertTrue(kinds.contains(k), "no case with " + k);
        }
    }

    @Test
    void everyOpAndNonFiniteInputsAreCovered() {
        Set<String> ops = new HashSet<>();
        int nonFinite = 0;
        for (GoldenCall c : gaussianCases()) {
            ops.add(c.op());
            if (args(c).get("input").matches("@.*_(nan|inf|ninf|nonfinite)\\.npy")) {
                nonFinite++;
            }
        }
        assertEquals(GAUSSIAN_OPS, ops);
        assertTrue(nonFinite >= 10, "only " + nonFinite + " cases with NaN/inf inputs");
    }

    @Test
    void filterSweepCoversEveryOpFootprintsAndNaN() {
        Set<String> ops = new TreeSet<>();
        Set<String> kinds = new HashSet<>();
        for (GoldenCall c : filterCases()) {
            ops.add(c.op());
            Map<String, String> a = args(c);
            if (a.containsKey("footprint")) kinds.add("footprint " + c.op());
            if (a.containsKey("output")) kinds.add("output");
            if (isList(a.get("mode"))) kinds.add("mode per axis");
            if (a.getOrDefault("input", "").endsWith("_nan.npy") || a.getOrDefault("in1", "").endsWith("_nan.npy")) {
                kinds.add("NaN input");
            }
            if ("nan".equals(a.get("cval"))) kinds.add("NaN cval");
        }
        // FILTER_OPS lists the Gaussian filters (short-axis sweep, issue 12's dtype and complex blocks)
        assertEquals(new TreeSet<>(FILTER_OPS), ops);
        for (String k : new String[] {"footprint ndimage.median_filter", "footprint ndimage.rank_filter",
                "footprint ndimage.percentile_filter", "footprint ndimage.minimum_filter",
                "footprint ndimage.maximum_filter", "output", "mode per axis", "NaN input", "NaN cval"}) {
            assertTrue(kinds.contains(k), "no filter case with " + k);
        }
    }

    @Test
    void jsonReaderHandlesTheManifestSubsetAndRejectsGarbage() {
        Map<String, Object> o = Json.parseObject(
                "{\"a\": 1, \"b\": -2.5e-3, \"c\": [1, 2.0, \"x\"], \"d\": null, \"e\": true, \"f\": \"q\\\"\\u0041\"}");
        assertEquals(1L, o.get("a"));
        assertEquals(-2.5e-3, o.get("b"));
        assertEquals(List.of(1L, 2.0, "x"), o.get("c"));
        assertNull(o.get("d"));
        assertEquals(Boolean.TRUE, o.get("e"));
        assertEquals("q\"A", o.get("f"));
        assertEquals(Map.of(), Json.parseObject("{}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1,}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1, \"a\": 2}"));
    }

    @Test
    void tolerancesAreTheDocumentedOnes() {
        assertEquals(1e-5, Tolerances.relative(DType.FLOAT32));
        assertEquals(1e-10, Tolerances.relative(DType.FLOAT64));
        assertEquals(0.0, Tolerances.relative(DType.UINT8));
        HostArray e = new HostArray(DType.FLOAT32, new int[] {3}, new float[] {100f, Float.NaN, Float.NEGATIVE_INFINITY});
        assertNull(Tolerances.mismatch(e, new HostArray(DType.FLOAT32, new int[] {3},
                new float[] {100.0009f, Float.NaN, Float.NEGATIVE_INFINITY})));
        assertTrue(Tolerances.mismatch(e, new HostArray(DType.FLOAT32, new int[] {3},
                new float[] {100.002f, Float.NaN, Float.NEGATIVE_INFINITY})) != null, "beyond 1e-5 * 100");
        assertTrue(Tolerances.mismatch(e, new HostArray(DType.FLOAT32, new int[] {3},
                new float[] {100f, 0f, Float.NEGATIVE_INFINITY})) != null, "NaN expected");
        assertTrue(Tolerances.mismatch(e, new HostArray(DType.FLOAT32, new int[] {3},
                new float[] {100f, Float.NaN, Float.POSITIVE_INFINITY})) != null, "-inf expected");
        assertTrue(Tolerances.mismatch(e, new HostArray(DType.FLOAT64, new int[] {3},
                new double[] {100, Double.NaN, Double.NEGATIVE_INFINITY})) != null, "dtype differs");
        HostArray u = new HostArray(DType.UINT8, new int[] {2}, new byte[] {(byte) 255, 7});
        assertTrue(Tolerances.mismatch(u, new HostArray(DType.UINT8, new int[] {2}, new byte[] {(byte) 254, 7})) != null);
        assertNull(Tolerances.mismatch(u, new HostArray(DType.UINT8, new int[] {2}, new byte[] {(byte) 254, 7}), 1));
    }
}
