package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.spatial.Distance;
import org.sciaccel.spatial.DistanceOptions;
import org.sciaccel.spi.DistanceMetric;

/**
 * scipy.spatial.distance beyond the golden cases: pdist's condensed order and cdist on sets large enough to split
 * over threads and work-items (every pair against the sequential reference arithmetic of DistanceMetric, bit for
 * bit), squareform round trips, inputs left untouched, and the Java API's weights.
 */
class DistanceBehaviourTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    private static double[] points(int m, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[m * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble(-2, 2);
        }
        return x;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void largeSetsEqualTheReferenceArithmetic(String name) {
        Backend b = TestBackends.get(name);
        int m = 1501;
        int n = 5;
        double[] x = points(m, n, 7);
        double[] y = points(37, n, 8);
        for (String metric : List.of("euclidean", "cityblock", "chebyshev", "sqeuclidean")) {
            DistanceMetric dm = new DistanceMetric(DistanceMetric.Kind.valueOf(metric.toUpperCase()), Double.NaN, null,
                    null, null);
            try (NDArray px = NDArray.fromHost(b, HostArray.fromDoubles(x, DType.FLOAT64, m, n));
                    NDArray py = NDArray.fromHost(b, HostArray.fromDoubles(y, DType.FLOAT64, 37, n));
                    NDArray p = Distance.pdist(px, metric); NDArray c = Distance.cdist(px, py, metric)) {
                double[] got = p.toDoubleArray();
                assertEquals((long) m * (m - 1) / 2, got.length);
                int k = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = i + 1; j < m; j++, k++) {
                        double want = dm.between(x, i * n, x, j * n, n, 0, 0, null);
                        if (got[k] != want) {
                            throw new AssertionError(name + " " + metric + " pdist (" + i + ", " + j + "): " + got[k]
                                    + " != " + want);
                        }
                    }
                }
                double[] cd = c.toDoubleArray();
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < 37; j++) {
                        assertEquals(dm.between(x, i * n, y, j * n, n, 0, 0, null), cd[i * 37 + j], 0.0, metric);
                    }
                }
                // the points are read, never written
                assertArrayEquals(x, px.toDoubleArray(), 0.0);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void cpuSimdAndScalarLoopsAgreeToTheBit() {
        Backend b = TestBackends.get("cpu");
        double[] x = points(203, 16, 11);
        double[] y = points(61, 16, 12);
        for (String metric : List.of("euclidean", "sqeuclidean", "cityblock", "chebyshev")) {
            double[][] got = new double[2][];
            double[][] pd = new double[2][];
            for (int pass = 0; pass < 2; pass++) {
                String old = System.getProperty(org.sciaccel.cpu.CpuSimd.PROPERTY);
                System.setProperty(org.sciaccel.cpu.CpuSimd.PROPERTY, pass == 0 ? "true" : "false");
                try (NDArray px = NDArray.fromHost(b, HostArray.fromDoubles(x, DType.FLOAT64, 203, 16));
                        NDArray py = NDArray.fromHost(b, HostArray.fromDoubles(y, DType.FLOAT64, 61, 16));
                        NDArray c = Distance.cdist(px, py, metric); NDArray p = Distance.pdist(px, metric)) {
                    got[pass] = c.toDoubleArray();
                    pd[pass] = p.toDoubleArray();
                } finally {
                    if (old == null) {
                        System.clearProperty(org.sciaccel.cpu.CpuSimd.PROPERTY);
                    } else {
                        System.setProperty(org.sciaccel.cpu.CpuSimd.PROPERTY, old);
                    }
                }
            }
            assertArrayEquals(got[1], got[0], 0.0, metric);
            assertArrayEquals(pd[1], pd[0], 0.0, metric);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void squareformRoundTripsAndCorrelationKeepsItsInput(String name) {
        Backend b = TestBackends.get(name);
        int m = 203;
        double[] x = points(m, 3, 9);
        try (NDArray px = NDArray.fromHost(b, HostArray.fromDoubles(x, DType.FLOAT64, m, 3));
                NDArray p = Distance.pdist(px, "correlation"); NDArray sq = Distance.squareform(p);
                NDArray back = Distance.squareform(sq)) {
            assertArrayEquals(new int[] {m, m}, sq.shape());
            assertArrayEquals(p.toDoubleArray(), back.toDoubleArray(), 0.0);
            double[] s = sq.toDoubleArray();
            for (int i = 0; i < m; i++) {
                assertEquals(0.0, s[i * m + i], 0.0);
                for (int j = 0; j < m; j++) {
                    assertEquals(s[i * m + j], s[j * m + i], 0.0);
                }
            }
            assertArrayEquals(x, px.toDoubleArray(), 0.0, "correlation centres copies, not the points");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void javaWeightsAndRefusals(String name) {
        Backend b = TestBackends.get(name);
        double[] x = points(4, 3, 10);
        try (NDArray px = NDArray.fromHost(b, HostArray.fromDoubles(x, DType.FLOAT64, 4, 3));
                NDArray w = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 0, 2}, DType.FLOAT64, 3));
                NDArray neg = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, -1, 2}, DType.FLOAT64, 3));
                NDArray d = Distance.pdist(px, "cityblock", DistanceOptions.defaults().w(w))) {
            double[] got = d.toDoubleArray();
            double want = Math.abs(x[0] - x[3]) + 2 * Math.abs(x[2] - x[5]);
            assertEquals(want, got[0], 1e-15);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Distance.pdist(px, "cityblock", DistanceOptions.defaults().w(neg)));
            assertTrue(e.getMessage().contains("w: Input weights should be all non-negative"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Distance.pdist(px, "cosine", DistanceOptions.defaults().w(w)));
            assertTrue(e.getMessage().contains("w: weights are taken by"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Distance.cdist(px, px, "chebyshev",
                    DistanceOptions.defaults().p(3)));
            assertTrue(e.getMessage().contains("p: only minkowski takes p"), e.getMessage());
        }
    }
}
