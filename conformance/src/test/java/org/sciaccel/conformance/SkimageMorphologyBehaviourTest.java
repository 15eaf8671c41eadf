package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SkimageFeatureEntries;
import org.sciaccel.registry.SkimageMorphologyEntries;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.skimage.feature.Feature;
import org.sciaccel.skimage.morphology.Morphology;
import org.sciaccel.skimage.morphology.NumpyArgsort;

/**
 * skimage.morphology and skimage.feature.peak_local_max (issue 18) beyond the golden cases: bad input named in the
 * message, inputs left unchanged, no array left alive, the backends' agreement on larger images, and NumPy's
 * quicksort order of ties.
 */
class SkimageMorphologyBehaviourTest {

    private static double[] plateaus(int rows, int cols, int levels, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] block = new int[(rows / 3 + 1) * (cols / 3 + 1)];
        for (int i = 0; i < block.length; i++) {
            block[i] = r.nextInt(levels);
        }
        double[] v = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                v[i * cols + j] = block[(i / 3) * (cols / 3 + 1) + j / 3] + (r.nextInt(10) == 0 ? 1 : 0);
            }
        }
        return v;
    }

    private static NDArray image(Backend b, double[] v, DType d, int... shape) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, shape).astype(d));
    }

    private static void refused(Executable call, String... words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), e.getMessage() + " should name " + w);
        }
    }

    @Test
    void theNamesListsAreTheRegistered() {
        TreeSet<String> mine = new TreeSet<>(SkimageMorphologyEntries.NAMES);
        mine.addAll(SkimageFeatureEntries.NAMES);
        for (String op : mine) {
            assertTrue(OpRegistry.namesIn(SpiFamily.MORPHOLOGY).contains(op), op);
        }
    }

    @Test
    void badInputNamesTheParameter() {
        Backend b = TestBackends.get(TestBackends.CPU);
        long before = b.liveAllocations();
        try (NDArray img = image(b, plateaus(20, 20, 4, 1), DType.FLOAT64, 20, 20);
                NDArray cube = Morphology.cube(b, 3, DType.UINT8); NDArray sq5 = Morphology.square(b, 5, DType.UINT8);
                NDArray even = Morphology.square(b, 2, DType.UINT8); NDArray bool = img.astype(DType.BOOL);
                NDArray f = img.astype(DType.FLOAT32)) {
            refused(() -> Feature.peakLocalMax(img, 0), "min_distance");
            refused(() -> Feature.peakLocalMax(img, 1, null, null, null, null, cube, null, null,
                    Double.POSITIVE_INFINITY), "footprint");
            refused(() -> Feature.peakLocalMax(img, 1, null, null, new int[] {-1}, null, null, null, null,
                    Double.POSITIVE_INFINITY), "exclude_border");
            refused(() -> Feature.peakLocalMax(img, 1, null, null, null, -2, null, null, null,
                    Double.POSITIVE_INFINITY), "num_peaks");
            refused(() -> Feature.peakLocalMax(img, 1, null, null, null, null, null, f, null,
                    Double.POSITIVE_INFINITY), "labels");
            refused(() -> Feature.peakLocalMax(bool), "image");
            refused(() -> Morphology.localMaxima(img, cube, null, true), "footprint");
            refused(() -> Morphology.localMaxima(img, sq5, null, true), "footprint", "3");
            refused(() -> Morphology.hMaxima(img, -1.0), "h=");
            refused(() -> Morphology.hMaxima(img, 0.0), "h = 0");
            refused(() -> Morphology.hMinima(img, Double.NaN), "h=");
            refused(() -> Morphology.reconstruction(img, img, "opening"), "method");
            refused(() -> Morphology.reconstruction(img, img, "dilation", even, null), "footprint", "odd");
            refused(() -> Morphology.reconstruction(img, img, "dilation", null, new int[] {1}), "offset");
            try (NDArray higher = Morphology.reconstruction(img, img); NDArray up = higher.add(1.0)) {
                refused(() -> Morphology.reconstruction(up, img), "seed");
            }
            refused(() -> Morphology.removeSmallObjects(img), "ar", "bool or integer");
            refused(() -> Morphology.removeSmallHoles(f), "ar");
            refused(() -> Morphology.disk(b, -1, DType.UINT8), "radius");
            refused(() -> Morphology.square(b, -1, DType.UINT8), "width");
            refused(() -> Morphology.ball(b, 1, DType.COMPLEX64), "dtype");
        }
        assertEquals(before, b.liveAllocations(), "arrays left alive: " + TestBackends.liveSummary());
    }

    @Test
    void inputsAreLeftUnchangedAndNothingStaysAlive() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            long before = b.liveAllocations();
            double[] v = plateaus(30, 33, 5, 7);
            int[] lab = new int[30 * 33];
            for (int i = 0; i < lab.length; i++) {
                lab[i] = (i / 33) < 15 ? 1 : 2;
            }
            try (NDArray img = image(b, v, DType.UINT8, 30, 33);
                    NDArray labels = NDArray.fromHost(b, new HostArray(DType.INT32, new int[] {30, 33}, lab));
                    NDArray bin = img.gt(2L)) {
                List<Function<NDArray, NDArray>> ops = List.of(Morphology::localMaxima, Morphology::localMinima,
                        x -> Morphology.hMaxima(x, 2), x -> Morphology.hMinima(x, 1.5), Feature::peakLocalMax,
                        x -> Feature.peakLocalMax(x, 2, null, 0.5, null, 5, null, labels, 2, 2.0),
                        x -> Morphology.reconstruction(x, x));
                for (Function<NDArray, NDArray> op : ops) {
                    op.apply(img).close();
                    assertArrayEquals(new HostArray(DType.FLOAT64, new int[] {30, 33}, v).astype(DType.UINT8).toDoubles(),
                            img.toHost().toDoubles(), 0.0, name);
                }
                boolean[] bv = bin.toBooleanArray();
                Morphology.removeSmallObjects(bin, 5, 1).close();
                Morphology.removeSmallHoles(bin, 5, 2).close();
                Morphology.removeSmallObjects(labels, 500, 1).close();
                assertArrayEquals(bv, bin.toBooleanArray(), name);
            }
            assertEquals(before, b.liveAllocations(), name + ": arrays left alive: " + TestBackends.liveSummary());
        }
    }

    @Test
    void theBackendsAgreeOnLargerImages() {
        List<String> names = TestBackends.available();
        if (names.size() < 2) {
            return;
        }
        double[] v = plateaus(96, 120, 6, 11);
        SplittableRandom r = new SplittableRandom(5);
        double[] g = new double[64 * 70];
        for (int i = 0; i < g.length; i++) {
            g[i] = r.nextGaussian();
        }
        long[][] expected = null;
        for (String name : names) {
            Backend b = TestBackends.get(name);
            try (NDArray img = image(b, v, DType.UINT16, 96, 120); NDArray gi = image(b, g, DType.FLOAT32, 64, 70);
                    NDArray a1 = Morphology.localMaxima(img); NDArray a2 = Morphology.localMinima(gi, null, 1, false);
                    NDArray a3 = Morphology.hMaxima(img, 2); NDArray a4 = Feature.peakLocalMax(img, 2);
                    NDArray a5 = Feature.peakLocalMax(gi, 3, null, 0.2, null, null, null, null, null, 2.0);
                    NDArray a6 = Morphology.hMinima(gi, 0.7)) {
                long[][] got = {bits(a1), bits(a2), bits(a3), a4.toLongArray(), a5.toLongArray(), bits(a6)};
                if (expected == null) {
                    expected = got;
                } else {
                    for (int k = 0; k < got.length; k++) {
                        assertArrayEquals(expected[k], got[k], name + ": result " + k);
                    }
                }
            }
        }
    }

    private static long[] bits(NDArray a) {
        double[] d = a.toHost().toDoubles();
        long[] out = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (long) d[i];
        }
        return out;
    }

    @Test
    void argsortKeepsNumpysOrderOfTies() {
        // np.argsort(np.array([1, 0] * 10)) in NumPy 1.24
        long[] v = new long[20];
        for (int i = 0; i < 20; i++) {
            v[i] = i % 2 == 0 ? 1 : 0;
        }
        assertArrayEquals(new int[] {9, 17, 15, 13, 11, 7, 19, 5, 3, 1, 8, 18, 10, 4, 12, 14, 2, 16, 6, 0},
                NumpyArgsort.argsort(v));
        double[] w = new double[20];
        for (int i = 0; i < 20; i++) {
            w[i] = v[i];
        }
        assertArrayEquals(NumpyArgsort.argsort(v), NumpyArgsort.argsort(w));
    }
}
