package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cluster.DendrogramResult;
import org.sciaccel.cluster.Hierarchy;
import org.sciaccel.cluster.Kmeans2Result;
import org.sciaccel.cluster.Vq;
import org.sciaccel.cluster.VqResult;

/**
 * scipy.cluster.vq on data large enough to split over threads and work-items: every backend gives the CPU
 * backend's codes, distances and centroids to the bit (the means summed in the observations' order on both), and
 * the data are left untouched.
 */
class ClusterBehaviourTest {
    @Test
    void backendsAgreeToTheBitOnLargeData() {
        int n = 20_011;
        int d = 3;
        double[] x = new double[n * d];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            double c = (i % 4) * 10;
            for (int f = 0; f < d; f++) {
                x[i * d + f] = c + r.nextGaussian();
            }
        }
        double[][] codes = new double[2][];
        double[][] dists = new double[2][];
        double[][] cents = new double[2][];
        int b = 0;
        for (String name : TestBackends.available()) {
            Backend be = TestBackends.get(name);
            try (NDArray data = NDArray.fromHost(be, HostArray.fromDoubles(x, DType.FLOAT64, n, d));
                    NDArray book = data.slice(":4");
                    VqResult v = Vq.vq(data, book);
                    Kmeans2Result k = Vq.kmeans2(data, 4, 8, 1e-5, "points", "warn", 11L)) {
                double[] c = new double[n];
                int[] ci = v.code().toIntArray();
                for (int i = 0; i < n; i++) {
                    c[i] = ci[i];
                }
                if (b < 2) {
                    codes[b] = c;
                    dists[b] = v.dist().toDoubleArray();
                    cents[b] = k.centroid().toDoubleArray();
                }
                assertArrayEquals(x, data.toDoubleArray(), 0.0, name + ": the data are read, never written");
                assertEquals(4, k.centroid().shape(0));
            }
            b++;
        }
        if (b > 1) {
            assertArrayEquals(codes[0], codes[1], 0.0);
            assertArrayEquals(dists[0], dists[1], 0.0);
            assertArrayEquals(cents[0], cents[1], 0.0);
        }
    }

    /**
     * A chain of 20000 merges (single linkage of points with growing gaps: each merge takes the one cluster so far
     * and one new point) is as deep as a tree gets; the dendrogram's walk keeps its own stack, so it finishes, with
     * the leaves in order and the links in SciPy's post-order.
     */
    @Test
    void aDendrogramOfAChainOfMergesDoesNotExhaustTheStack() {
        int n = 20000;
        double[] x = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + i;
        }
        try (NDArray points = NDArray.fromHost(TestBackends.get("cpu"), HostArray.fromDoubles(x, DType.FLOAT64, n, 1));
             NDArray z = Hierarchy.linkage(points, "single", "euclidean")) {
            DendrogramResult r = Hierarchy.dendrogram(z);
            assertEquals(n, r.leaves().length);
            assertEquals(n - 1, r.icoord().length);
            assertEquals(n - 1, r.dcoord()[n - 2][1], 0.0); // the last link drawn is the root, at the largest gap
        }
    }
}
