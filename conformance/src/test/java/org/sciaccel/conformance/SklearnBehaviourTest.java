package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SklearnEntries;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.sklearn.cluster.DBSCAN;
import org.sciaccel.sklearn.linear_model.LinearRegression;
import org.sciaccel.sklearn.linear_model.Ridge;
import org.sciaccel.sklearn.metrics.Metrics;
import org.sciaccel.sklearn.preprocessing.MinMaxScaler;
import org.sciaccel.sklearn.preprocessing.StandardScaler;

/**
 * The scikit-learn Java API (issue 18) beyond the golden cases: the estimators' life cycle (not fitted, refit,
 * closing), round trips through transform and inverse_transform, the backends' agreement on larger data, and the
 * registry's list of the ops.
 */
class SklearnBehaviourTest {

    private static double[] points(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % d + 1) * r.nextGaussian() + (i % d) * 3;
        }
        return x;
    }

    @Test
    void theNamesListIsTheFamily() {
        assertEquals(new TreeSet<>(SklearnEntries.NAMES), OpRegistry.namesIn(SpiFamily.SKLEARN));
    }

    @Test
    void standardScalerRoundTripsAndLeavesItsInput() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            double[] v = points(300, 4, 3);
            try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, 300, 4));
                    StandardScaler s = new StandardScaler().fit(x);
                    NDArray t = s.transform(x); NDArray back = s.inverseTransform(t)) {
                assertArrayEquals(v, back.toDoubleArray(), 1e-12, name);
                assertArrayEquals(v, x.toDoubleArray(), 0.0, name + ": the input is not written");
                double[] tv = t.toDoubleArray();
                for (int j = 0; j < 4; j++) {
                    double m = 0;
                    for (int i = 0; i < 300; i++) {
                        m += tv[i * 4 + j];
                    }
                    assertEquals(0.0, m / 300, 1e-12, name + ": the transformed feature's mean");
                }
                assertArrayEquals(new long[] {300, 300, 300, 300}, s.nSamplesSeen());
            }
        }
    }

    @Test
    void estimatorsRefuseUseBeforeFitAndBadInput() {
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(points(6, 2, 1), DType.FLOAT64, 6, 2));
                NDArray x1 = NDArray.fromHost(b, HostArray.fromDoubles(points(6, 1, 1), DType.FLOAT64, 6));
                NDArray h = x.astype(DType.FLOAT16)) {
            assertThrows(IllegalStateException.class, () -> new StandardScaler().transform(x));
            assertThrows(IllegalStateException.class, () -> new MinMaxScaler().transform(x));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StandardScaler().fit(x1));
            assertTrue(e.getMessage().contains("Expected 2D array"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> new StandardScaler().fit(h));
            assertTrue(e.getMessage().contains("float16"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler(2, 2, false));
            assertTrue(e.getMessage().contains("feature_range"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> new StandardScaler().fit(null));
            assertTrue(e.getMessage().contains("X"), e.getMessage());
        }
    }

    @Test
    void minMaxScalerClipsAndRefits() {
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {0, 10, 5, 20, 10, 30}, DType.FLOAT64, 3, 2));
                NDArray y = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {-10, 40}, DType.FLOAT64, 1, 2));
                MinMaxScaler s = new MinMaxScaler(0, 1, true)) {
            s.fit(x);
            try (NDArray t = s.transform(y)) {
                assertArrayEquals(new double[] {0, 1}, t.toDoubleArray(), 0.0);
            }
            s.fit(y);
            assertEquals(1, s.nSamplesSeen());
            assertArrayEquals(new double[] {-10, 40}, s.dataMin().toDoubleArray(), 0.0);
        }
    }

    @Test
    void metricsAgreeAcrossBackends() {
        int n = 400;
        double[] v = points(n, 3, 9);
        long[] lab = new long[n];
        for (int i = 0; i < n; i++) {
            lab[i] = (long) Math.floor(v[i * 3 + 2] / 3);
        }
        double[] first = null;
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, n, 3));
                    NDArray l = NDArray.fromHost(b, new HostArray(DType.INT64, new int[] {n}, lab));
                    NDArray c0 = x.slice(":, 0"); NDArray c1 = x.slice(":, 1")) {
                double[] got = {Metrics.silhouetteScore(x, l), Metrics.r2Score(c0, c1), Metrics.meanSquaredError(c0, c1),
                    Metrics.adjustedRandScore(l, l)};
                assertEquals(1.0, got[3], 0.0);
                if (first == null) {
                    first = got;
                } else {
                    assertArrayEquals(first, got, 1e-12, name);
                }
            }
        }
    }

    @Test
    void linearModelsRecoverAnExactPlaneAndRefuseWhatTheyLack() {
        int n = 50;
        double[] v = points(n, 2, 4);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 3 * v[i * 2] - 2 * v[i * 2 + 1] + 0.5;
        }
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, n, 2));
                NDArray t = NDArray.fromHost(b, HostArray.fromDoubles(y, DType.FLOAT64, n));
                LinearRegression m = new LinearRegression().fit(x, t);
                Ridge r = new Ridge(0.0, true, "cholesky").fit(x, t)) {
            assertArrayEquals(new double[] {3, -2}, m.coef().toDoubleArray(), 1e-12);
            assertEquals(0.5, m.intercept()[0], 1e-12);
            assertEquals(2, m.rank());
            assertEquals(1.0, m.score(x, t), 1e-12);
            assertArrayEquals(m.coef().toDoubleArray(), r.coef().toDoubleArray(), 1e-10);
            try (NDArray p = r.predict(x)) {
                assertArrayEquals(y, p.toDoubleArray(), 1e-10);
            }
            assertArrayEquals(v, x.toDoubleArray(), 0.0, "the input is not written");
        }
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> new LinearRegression(true, true));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new Ridge(1, true, "sag"));
        assertTrue(bad.getMessage().contains("solver"), bad.getMessage());
        assertThrows(IllegalStateException.class, () -> new Ridge().coef());
    }

    /**
     * DBSCAN on data large enough to split over threads and work-items, with clusters that touch through border
     * samples and a long chain (many propagation passes on a device): every backend gives the CPU backend's labels
     * (its sequential expansion is scikit-learn's), and the labels satisfy DBSCAN's definition.
     */
    @Test
    void dbscanAgreesAcrossBackendsOnLargeData() {
        int blobs = 2400;
        int chain = 600;
        int n = blobs + chain;
        double[] v = new double[n * 2];
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < blobs; i++) {
            v[2 * i] = (i % 6) * 2.0 + 0.6 * r.nextGaussian();
            v[2 * i + 1] = (i % 6 % 2) * 2.0 + 0.6 * r.nextGaussian();
        }
        for (int i = 0; i < chain; i++) {
            v[2 * (blobs + i)] = 20 + 0.1 * i;
            v[2 * (blobs + i) + 1] = -5;
        }
        // minkowski (golden cases on both backends) is left out here: double pow is slow on PoCL (tens of seconds)
        for (String metric : new String[] {"euclidean", "manhattan", "chebyshev"}) {
            long[] first = null;
            for (String name : TestBackends.available()) {
                Backend b = TestBackends.get(name);
                try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, n, 2));
                        DBSCAN m = new DBSCAN(0.25, 6, metric, metric.equals("minkowski") ? 3.0 : null, "brute").fit(x)) {
                    long[] labels = m.labels().toLongArray();
                    long[] core = m.coreSampleIndices().toLongArray();
                    assertTrue(core.length > 0 && core.length < n, metric + ": some samples core, some not");
                    if (first == null) {
                        first = labels;
                        long k = 0;
                        for (long c : core) {
                            assertTrue(labels[(int) c] >= 0 && labels[(int) c] <= k, metric
                                    + ": clusters numbered in the order of their first core sample");
                            k = Math.max(k, labels[(int) c] + 1);
                        }
                        assertEquals(labels[blobs], labels[n - 1], metric + ": the chain is one cluster");
                    } else {
                        assertArrayEquals(first, labels, name + " " + metric);
                    }
                    assertArrayEquals(v, x.toDoubleArray(), 0.0, "the input is not written");
                }
            }
        }
    }

    @Test
    void dbscanRefusesBadParametersInOneLine() {
        for (Runnable bad : new Runnable[] {() -> new DBSCAN(0, 5), () -> new DBSCAN(-0.5, 5), () -> new DBSCAN(1, 0),
            () -> new DBSCAN(1, 5, "cosine", null, "auto"), () -> new DBSCAN(1, 5, "minkowski", 0.5, "auto"),
            () -> new DBSCAN(1, 5, "euclidean", null, "quad")}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::run);
            assertTrue(!e.getMessage().contains("\n") && e.getMessage().startsWith("DBSCAN: "), e.getMessage());
        }
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray x1 = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 2, 3}, DType.FLOAT64, 3))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DBSCAN().fit(x1));
            assertTrue(e.getMessage().contains("Expected 2D array"), e.getMessage());
        }
        assertThrows(IllegalStateException.class, () -> new DBSCAN().labels());
    }
}
