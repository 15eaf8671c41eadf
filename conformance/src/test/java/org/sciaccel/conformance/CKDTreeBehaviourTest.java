package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.spatial.BallPointResult;
import org.sciaccel.spatial.CKDTree;
import org.sciaccel.spatial.KdQueryResult;

/**
 * scipy.spatial.cKDTree beyond the golden cases: on point sets large enough for deep trees and parallel queries,
 * and on a grid full of tied distances, every query equals a brute-force scan (ties by index, the documented
 * rule) for each p-norm; the k-list form picks ranks; results live on the data's backend; bad input is refused.
 */
class CKDTreeBehaviourTest {
    private static final double[] NORMS = {1, 2, 3, Double.POSITIVE_INFINITY};

    static List<String> backends() {
        return TestBackends.available();
    }

    private static double[] random(int n, int m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * m];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble();
        }
        return x;
    }

    /** A 12 x 12 integer grid: many points at equal distances from a query point. */
    private static double[] grid() {
        double[] x = new double[144 * 2];
        for (int i = 0; i < 144; i++) {
            x[2 * i] = i % 12;
            x[2 * i + 1] = i / 12;
        }
        return x;
    }

    private static double distance(double[] a, int i, double[] b, int j, int m, double p) {
        double s = 0;
        for (int d = 0; d < m; d++) {
            double t = Math.abs(a[i * m + d] - b[j * m + d]);
            s = p == Double.POSITIVE_INFINITY ? Math.max(s, t) : p == 1 ? s + t : p == 2 ? s + t * t : s + Math.pow(t, p);
        }
        return s;
    }

    private static double root(double s, double p) {
        return p == 2 ? Math.sqrt(s) : p == 1 || p == Double.POSITIVE_INFINITY ? s : Math.pow(s, 1 / p);
    }

    private static void checkAgainstBruteForce(Backend b, double[] data, int n, double[] x, int q, int m, int k,
            double r) {
        try (NDArray pd = NDArray.fromHost(b, HostArray.fromDoubles(data, DType.FLOAT64, n, m));
             NDArray px = NDArray.fromHost(b, HostArray.fromDoubles(x, DType.FLOAT64, q, m))) {
            CKDTree tree = CKDTree.of(pd, 4);
            for (double p : NORMS) {
                try (KdQueryResult res = tree.query(px, k, 0, p, Double.POSITIVE_INFINITY);
                     BallPointResult ball = tree.queryBallPoint(px, r, p, 0);
                     NDArray pairs = tree.queryPairs(r, p, 0)) {
                    assertEquals(b, res.d().backend());
                    double[] d = res.d().toDoubleArray();
                    long[] idx = (long[]) res.i().toHost().data();
                    long[] flat = (long[]) ball.indices().toHost().data();
                    long[] counts = (long[]) ball.counts().toHost().data();
                    int at = 0;
                    double pr = p == 2 ? r * r : p == 1 || p == Double.POSITIVE_INFINITY ? r : Math.pow(r, p);
                    for (int i = 0; i < q; i++) {
                        Integer[] order = new Integer[n];
                        double[] dist = new double[n];
                        for (int j = 0; j < n; j++) {
                            order[j] = j;
                            dist[j] = distance(x, i, data, j, m, p);
                        }
                        Arrays.sort(order, (u, v) -> dist[u] != dist[v] ? Double.compare(dist[u], dist[v]) : u - v);
                        for (int c = 0; c < k; c++) {
                            assertEquals(order[c].longValue(), idx[i * k + c], "p=" + p + " point " + i + " rank " + c);
                            assertEquals(root(dist[order[c]], p), d[i * k + c], 0, "p=" + p + " point " + i);
                        }
                        List<Long> inside = new ArrayList<>();
                        for (int j = 0; j < n; j++) {
                            if (dist[j] <= pr) {
                                inside.add((long) j);
                            }
                        }
                        assertEquals(inside.size(), counts[i], "p=" + p + " ball of point " + i);
                        for (long j : inside) {
                            assertEquals(j, flat[at++]);
                        }
                    }
                    List<long[]> expected = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        for (int j = i + 1; j < n; j++) {
                            if (distance(data, i, data, j, m, p) <= pr) {
                                expected.add(new long[] {i, j});
                            }
                        }
                    }
                    long[] got = (long[]) pairs.toHost().data();
                    assertEquals(2 * expected.size(), got.length, "p=" + p + " pairs");
                    for (int e = 0; e < expected.size(); e++) {
                        assertArrayEquals(expected.get(e), new long[] {got[2 * e], got[2 * e + 1]});
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void randomPointsInThreeDimensionsEqualABruteForceScan(String name) {
        checkAgainstBruteForce(TestBackends.get(name), random(3000, 3, 1), 3000, random(200, 3, 2), 200, 3, 9, 0.08);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void tiedDistancesOnAGridComeInIndexOrder(String name) {
        double[] q = {5.5, 5.5, 3, 3, 0, 0, 11, 4.5, -1, 13};
        checkAgainstBruteForce(TestBackends.get(name), grid(), 144, q, 5, 2, 12, 2.0);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theKListPicksRanksAndLeavesTheRestOut(String name) {
        Backend b = TestBackends.get(name);
        double[] data = random(50, 2, 3);
        try (NDArray pd = NDArray.fromHost(b, HostArray.fromDoubles(data, DType.FLOAT64, 50, 2));
             NDArray px = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {0.5, 0.5}, DType.FLOAT64, 2))) {
            CKDTree tree = CKDTree.of(pd);
            try (KdQueryResult all = tree.query(px, 60);
                 KdQueryResult some = tree.query(px, new int[] {2, 5, 55}, 0, 2, Double.POSITIVE_INFINITY)) {
                double[] d = all.d().toDoubleArray();
                long[] i = (long[]) all.i().toHost().data();
                assertArrayEquals(new int[] {3}, some.d().shape());
                assertArrayEquals(new double[] {d[1], d[4], Double.POSITIVE_INFINITY}, some.d().toDoubleArray());
                assertArrayEquals(new long[] {i[1], i[4], 50}, (long[]) some.i().toHost().data());
                assertTrue(Double.isInfinite(d[50]) && i[50] == 50 && Double.isFinite(d[49]));
            }
            assertThrows(IllegalArgumentException.class,
                    () -> tree.query(px, new int[] {0, 2}, 0, 2, Double.POSITIVE_INFINITY));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tree.query(px, 1, 0, 0.5,
                    Double.POSITIVE_INFINITY));
            assertTrue(e.getMessage().contains("p-norms"), e.getMessage());
        }
    }
}
