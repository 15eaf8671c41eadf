package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Warnings;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.numpy.Histogram;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.Unique;

/**
 * What the golden cases' tiny inputs cannot reach: the CPU backend's parallel paths for one long
 * line (the parallel radix sort from 2^16 elements, the radix select of float32 percentiles and
 * medians from 2^18), checked against plain Java sorts and against the per-line paths; the OpenCL
 * backend against the CPU bit for bit on the same long inputs; that the device ops move no more than
 * the few bytes they document between host and device; and the facade's warnings and overloads.
 */
class SortingLargeInputsTest {
    private static final int N = 300_000;
    private static CpuBackend cpu;

    @BeforeAll
    static void start() {
        cpu = new CpuBackend(2);   // two threads: the parallel paths run even on a one-core machine
    }

    @AfterAll
    static void stop() {
        cpu.close();
    }

    /** float32 values with ties, both zeros, infinities and NaNs. */
    private static float[] floats(long seed) {
        Random r = new Random(seed);
        float[] v = new float[N];
        for (int i = 0; i < N; i++) {
            int k = r.nextInt(1000);
            v[i] = k < 3 ? Float.NaN : k < 6 ? Float.POSITIVE_INFINITY : k < 9 ? Float.NEGATIVE_INFINITY
                    : k < 20 ? -0.0f : k < 40 ? 0.0f : (r.nextInt(50_000) - 25_000) / 8f;
        }
        return v;
    }

    private static NDArray array(Backend b, float[] v, int... shape) {
        return NDArray.fromHost(b, new HostArray(DType.FLOAT32, shape, v.clone()));
    }

    @Test
    void parallelSortEqualsJavaSort() {
        float[] v = floats(1);
        float[] expected = v.clone();
        Arrays.sort(expected);   // -0.0 before 0.0, NaN last: NumPy's order
        try (NDArray a = array(cpu, v, N); NDArray s = Numpy.sort(a)) {
            float[] got = s.toFloatArray();
            for (int i = 0; i < N; i++) {
                assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(got[i]), "sorted position " + i);
            }
        }
    }

    @Test
    void parallelArgsortIsTheStableOne() {
        float[] v = floats(2);
        Integer[] idx = new Integer[N];
        for (int i = 0; i < N; i++) {
            idx[i] = i;
        }
        // Stable by value with -0.0 == 0.0 and NaN == NaN (NumPy's ties): Arrays.sort of objects is a merge sort.
        Arrays.sort(idx, (x, y) -> {
            float a = v[x] == 0 ? 0f : v[x];
            float b = v[y] == 0 ? 0f : v[y];
            return Float.compare(a, b);
        });
        try (NDArray a = array(cpu, v, N); NDArray s = Numpy.argsort(a, -1, "stable")) {
            long[] got = s.toLongArray();
            for (int i = 0; i < N; i++) {
                assertEquals((long) idx[i], got[i], "argsort position " + i);
            }
        }
    }

    @Test
    void radixSelectEqualsPerLineSelection() {
        float[] v = floats(3);
        // Without NaN (a NaN makes every percentile NaN): the radix select's values themselves.
        for (int i = 0; i < N; i++) {
            if (Float.isNaN(v[i])) {
                v[i] = 1.5f;
            }
        }
        float[] twice = new float[2 * N];
        System.arraycopy(v, 0, twice, 0, N);
        System.arraycopy(v, 0, twice, N, N);
        double[] q = {0, 0.1, 12.5, 50, 99.5, 100};
        try (NDArray one = array(cpu, v, N); NDArray two = array(cpu, twice, 2, N)) {
            for (String method : List.of("linear", "lower", "nearest", "midpoint", "hazen", "inverted_cdf")) {
                try (NDArray p1 = Numpy.percentile(one, q, null, method, false);
                     NDArray p2 = Numpy.percentile(two, q, 1, method, false)) {
                    double[] a = p1.toDoubleArray();
                    double[] b = p2.toDoubleArray();
                    for (int j = 0; j < q.length; j++) {
                        assertEquals(a[j], b[2 * j], method + " q=" + q[j]);
                        assertEquals(a[j], b[2 * j + 1], method + " q=" + q[j]);
                    }
                }
            }
            try (NDArray m1 = Numpy.median(one); NDArray m2 = Numpy.median(two, 1)) {
                assertEquals(m1.toDoubleArray()[0], m2.toDoubleArray()[0]);
            }
        }
        v[17] = Float.NaN;
        try (NDArray one = array(cpu, v, N); NDArray p = Numpy.percentile(one, 50); NDArray m = Numpy.median(one)) {
            assertTrue(Double.isNaN(p.toDoubleArray()[0]) && Double.isNaN(m.toDoubleArray()[0]), "a NaN propagates");
        }
    }

    @Test
    void openClEqualsCpuOnLongLines() {
        if (!Backends.isAvailable(TestBackends.OPENCL) && !TestBackends.openClRequired()) {
            return;
        }
        Backend gpu = TestBackends.get(TestBackends.OPENCL);
        float[] withNaN = floats(4);
        float[] v = withNaN.clone();
        for (int i = 0; i < N; i++) {
            v[i] = Float.isNaN(v[i]) ? 7.25f : v[i];   // the quantiles of a line with a NaN are all NaN
        }
        for (float[] input : List.of(v, withNaN)) {
            compareLongLine(gpu, input);
        }
    }

    private static void compareLongLine(Backend gpu, float[] v) {
        List<Function<NDArray, NDArray>> ops = List.of(
                Numpy::sort,
                a -> Numpy.argsort(a, -1, "stable"),
                a -> Numpy.partition(a, new int[] {10, N / 2}, -1),
                a -> Numpy.percentile(a, new double[] {1, 50, 99.9}, null, "linear", false),
                a -> Numpy.percentile(a, new double[] {1, 50, 99.9}, null, "nearest", false),
                Numpy::median,
                a -> Numpy.unique(a),
                a -> {
                    try (NDArray sorted = Numpy.sort(a)) {
                        return Numpy.searchsorted(sorted, a, "right", null);
                    }
                });
        for (int k = 0; k < ops.size(); k++) {
            try (NDArray c = array(cpu, v, N); NDArray g = array(gpu, v, N);
                 NDArray rc = ops.get(k).apply(c); NDArray rg = ops.get(k).apply(g)) {
                HostArray hc = rc.toHost();
                HostArray hg = rg.toHost();
                assertEquals(hc.dtype(), hg.dtype(), "op " + k);
                assertArrayEquals(hc.shape(), hg.shape(), "op " + k);
                if (k == 2) {
                    // partition's arrangement is each backend's own: the kth elements agree
                    assertTrue(hc.getDouble(10) == hg.getDouble(10), "partition kth 10");   // -0.0 == 0.0
                    assertTrue(hc.getDouble(N / 2) == hg.getDouble(N / 2), "partition kth N/2");
                    continue;
                }
                for (int i = 0; i < hc.size(); i++) {
                    double x = hc.getDouble(i);
                    double y = hg.getDouble(i);
                    assertTrue(Double.compare(x, y) == 0 || (x == y), "op " + k + " element " + i + ": " + x + " vs " + y);
                }
            }
        }
        try (NDArray c = array(cpu, v, N); NDArray g = array(gpu, v, N);
             Histogram hc = Numpy.histogram(c, 37, new double[] {-3000, 3000}, null, false);
             Histogram hg = Numpy.histogram(g, 37, new double[] {-3000, 3000}, null, false)) {
            assertArrayEquals(hc.hist().toLongArray(), hg.hist().toLongArray());
            assertArrayEquals(hc.binEdges().toFloatArray(), hg.binEdges().toFloatArray());
        }
    }

    @Test
    void deviceOpsMoveOnlyTheirFewBytes() {
        if (!Backends.isAvailable(TestBackends.OPENCL) && !TestBackends.openClRequired()) {
            return;
        }
        Backend gpu = TestBackends.get(TestBackends.OPENCL);
        float[] v = floats(6);
        try (NDArray a = array(gpu, v, 300, 1000)) {
            long in = gpu.bytesToBackend();
            long out = gpu.bytesFromBackend();
            try (NDArray s = Numpy.sort(a, 0); NDArray p = Numpy.percentile(a, new double[] {5, 95}, 1, "linear", false);
                 NDArray m = Numpy.median(a, -1); Histogram h = Numpy.histogram(a, 20, new double[] {-100, 100}, null, true);
                 NDArray d = Numpy.inner(a, a)) {
                // kernels' small parameters (quantile indices, kth lists) go up; nothing comes back
                assertEquals(out, gpu.bytesFromBackend(), "bytes read back");
                assertTrue(gpu.bytesToBackend() - in < 1024, "bytes uploaded: " + (gpu.bytesToBackend() - in));
            }
            long before = gpu.bytesFromBackend();
            try (Unique u = Numpy.unique(a, true, true, true); NDArray order = Numpy.argsort(a, null, null);
                 NDArray b = Numpy.bincount(order)) {
                // unique reads its count (4 bytes), bincount the min and max of x (16 bytes)
                assertTrue(gpu.bytesFromBackend() - before <= 20, "bytes read back: " + (gpu.bytesFromBackend() - before));
            }
        }
    }

    /**
     * On a device without double precision (simulated with {@code sciaccel.opencl.disableFp64}) the ops
     * that need none run — sorting, the discrete quantiles, the float32 median, unique, counting,
     * products of float32 — and those NumPy computes in float64 refuse with the backend's clear error.
     */
    @Test
    void withoutDoublePrecision() {
        if (!Backends.isAvailable(TestBackends.OPENCL) && !TestBackends.openClRequired()) {
            return;
        }
        System.setProperty("sciaccel.opencl.disableFp64", "true");
        Backend gpu;
        try {
            gpu = Backends.create(TestBackends.OPENCL);
        } finally {
            System.clearProperty("sciaccel.opencl.disableFp64");
        }
        try {
            float[] v = {3, -1, 2.5f, Float.NaN, 0, 2.5f, -7};
            int[] x = {1, 4, 1, 0, 2, 2, 2};
            try (NDArray a = array(gpu, v, 7); NDArray c = array(cpu, v, 7);
                 NDArray xi = NDArray.fromHost(gpu, new HostArray(DType.INT32, new int[] {7}, x.clone()));
                 NDArray xc = NDArray.fromHost(cpu, new HostArray(DType.INT32, new int[] {7}, x.clone()))) {
                List<Function<NDArray, NDArray>> floatOps = List.of(Numpy::sort, Numpy::argsort, Numpy::median,
                        f -> Numpy.percentile(f, new double[] {10, 90}, null, "nearest", false), Numpy::unique,
                        f -> Numpy.dot(f, f), f -> Numpy.outer(f, f));
                for (Function<NDArray, NDArray> op : floatOps) {
                    try (NDArray g = op.apply(a); NDArray h = op.apply(c)) {
                        assertArrayEquals(h.toFloatArray(), g.toFloatArray());
                    }
                }
                List<Function<NDArray, NDArray>> intOps = List.of(Numpy::bincount, i -> Numpy.kron(i, i),
                        i -> Numpy.searchsorted(i, i));
                for (Function<NDArray, NDArray> op : intOps) {
                    try (NDArray g = op.apply(xi); NDArray h = op.apply(xc)) {
                        assertArrayEquals(h.toLongArray(), g.toLongArray());
                    }
                }
                for (Function<NDArray, Object> op : List.<Function<NDArray, Object>>of(f -> Numpy.histogram(f, 3, new double[] {0, 1}, null, false),
                        f -> Numpy.percentile(f, 50), f -> Numpy.cov(f))) {
                    UnsupportedOperationException e = org.junit.jupiter.api.Assertions.assertThrows(
                            UnsupportedOperationException.class, () -> op.apply(a));
                    assertTrue(e.getMessage().contains("float64"), e.getMessage());
                }
            }
            assertEquals(0, gpu.liveAllocations());
        } finally {
            gpu.close();
        }
    }

    @Test
    void warningsAndOverloads() {
        try (NDArray b = NDArray.fromHost(cpu, new HostArray(DType.BOOL, new int[] {4}, new byte[] {1, 0, 1, 1}));
             Warnings.Collector w = Warnings.collect();
             Histogram h = Numpy.histogram(b, 2)) {
            assertArrayEquals(new long[] {1, 3}, h.hist().toLongArray());
            assertTrue(w.warnings().toString().contains("Converting input from bool"), w.warnings().toString());
        }
        try (NDArray m = NDArray.fromHost(cpu, new HostArray(DType.FLOAT64, new int[] {2, 1}, new double[] {1, 2}));
             Warnings.Collector w = Warnings.collect();
             NDArray c = Numpy.cov(m)) {
            assertTrue(w.warnings().toString().contains("Degrees of freedom <= 0"), w.warnings().toString());
            assertTrue(Double.isNaN(c.toDoubleArray()[0]));
        }
        try (NDArray a = NDArray.fromHost(cpu, new HostArray(DType.INT32, new int[] {6}, new int[] {3, 1, 3, 2, 1, 3}));
             NDArray u = Numpy.unique(a)) {
            assertArrayEquals(new int[] {1, 2, 3}, u.toIntArray());
        }
    }
}
