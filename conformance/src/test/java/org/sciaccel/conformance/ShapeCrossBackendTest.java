package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * The shape family's OpenCL paths the small golden inputs do not reach, against the CPU backend:
 * a compaction over many work-group tiles (more tiles than one scan chunk), a strided copy of more
 * axes than one kernel takes, a scatter where most indices repeat (the last one wins); and that a
 * pipeline of shape ops moves no data between host and device but its input, its output and the
 * few bytes of a nonzero count and an index bounds check.
 */
class ShapeCrossBackendTest {

    private static Backend opencl() {
        Assumptions.assumeTrue(TestBackends.available().contains(TestBackends.OPENCL), "no OpenCL backend");
        return TestBackends.get(TestBackends.OPENCL);
    }

    @Test
    void compactionAcrossManyTiles() {
        Backend cl = opencl();
        Backend cpu = TestBackends.get(TestBackends.CPU);
        SplittableRandom r = new SplittableRandom(13);
        int n = 1_500_000;  // about 370 tiles of 4096: more than one 256-wide chunk of the tile scan
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            v[i] = k < 6 ? 0f : k == 6 ? -0f : k == 7 ? Float.NaN : r.nextFloat();
        }
        HostArray h = new HostArray(DType.FLOAT32, new int[] {1000, 1500}, v);
        long live = cl.liveAllocations();
        try (NDArray a = NDArray.fromHost(cl, h); NDArray b = NDArray.fromHost(cpu, h);
                NDArray fa = Numpy.flatnonzero(a); NDArray fb = Numpy.flatnonzero(b);
                NDArray wa = Numpy.argwhere(a); NDArray wb = Numpy.argwhere(b)) {
            assertArrayEquals(fb.toLongArray(), fa.toLongArray());
            assertArrayEquals(wb.toLongArray(), wa.toLongArray());
            assertTrue(fa.size() > 300_000);
        }
        assertEquals(live, cl.liveAllocations());
    }

    @Test
    void transposeOfMoreAxesThanOneKernelTakes() {
        Backend cl = opencl();
        Backend cpu = TestBackends.get(TestBackends.CPU);
        int nd = 19;
        int[] shape = new int[nd];
        int[] perm = new int[nd];
        java.util.Arrays.fill(shape, 2);
        for (int d = 0; d < nd; d++) {
            perm[d] = (d * 7) % nd;  // no two neighbours stay neighbours: nothing merges
        }
        int size = 1 << nd;
        int[] v = new int[size];
        for (int i = 0; i < size; i++) {
            v[i] = i * 31 + 7;
        }
        HostArray h = new HostArray(DType.INT32, shape, v);
        try (NDArray a = NDArray.fromHost(cl, h); NDArray b = NDArray.fromHost(cpu, h);
                NDArray ta = Numpy.transpose(a, perm); NDArray tb = Numpy.transpose(b, perm)) {
            assertArrayEquals(tb.toIntArray(), ta.toIntArray());
        }
    }

    @Test
    void repeatedIndicesLeaveTheLastValue() {
        Backend cl = opencl();
        Backend cpu = TestBackends.get(TestBackends.CPU);
        SplittableRandom r = new SplittableRandom(5);
        int n = 1000;
        int m = 400_000;  // beyond the CPU's sequential path too
        long[] idx = new long[m];
        double[] values = new double[m];
        double[] expected = new double[n];
        for (int k = 0; k < m; k++) {
            idx[k] = r.nextInt(n) - (r.nextBoolean() ? n : 0);
            values[k] = k;
            expected[(int) Math.floorMod(idx[k], n)] = k;
        }
        for (Backend b : new Backend[] {cl, cpu}) {
            try (NDArray a = NDArray.fromHost(b, HostArray.zeros(DType.FLOAT64, n));
                    NDArray i = NDArray.fromHost(b, new HostArray(DType.INT64, new int[] {m}, idx));
                    NDArray v = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {m}, values))) {
                a.set(i, v);
                assertArrayEquals(expected, a.toDoubleArray(), b.name());
                Numpy.put(a, i, v, "raise");
                assertArrayEquals(expected, a.toDoubleArray(), b.name() + " put");
            }
        }
    }

    @Test
    void aPipelineOfShapeOpsStaysOnTheDevice() {
        Backend cl = opencl();
        float[] img = new float[64 * 48];
        for (int i = 0; i < img.length; i++) {
            img[i] = (i * 37) % 251;
        }
        long in = cl.bytesToBackend();
        long out = cl.bytesFromBackend();
        try (NDArray a = NDArray.fromHost(cl, new HostArray(DType.FLOAT32, new int[] {64, 48}, img))) {
            assertEquals(in + 4L * img.length, cl.bytesToBackend());
            a.set("10:20, ::2", 0f);                       // band zeroing: a strided fill
            try (NDArray flipped = a.slice("::-1, 1:");     // strided gather
                    NDArray padded = Numpy.pad(flipped, new int[][] {{2, 3}}, "reflect");
                    NDArray rolled = Numpy.roll(padded, new int[] {5, -7}, new int[] {0, 1});
                    NDArray nz = Numpy.flatnonzero(rolled);   // reads the count: 4 bytes
                    NDArray picked = Numpy.take(rolled, nz, null);
                    NDArray column = picked.reshape(-1, 1); NDArray t = column.T()) {
                assertEquals(in + 4L * img.length, cl.bytesToBackend(), "nothing uploaded by the ops");
                // the nonzero count (4 bytes) and take's bounds check in raise mode (4 bytes: no index was out)
                assertEquals(out + 8, cl.bytesFromBackend(), "only the count and the bounds check read back");
                float[] host = t.toFloatArray();
                assertEquals(out + 8 + 4L * host.length, cl.bytesFromBackend());
                for (float x : host) {
                    assertTrue(x != 0f);
                }
            }
        }
    }
}
