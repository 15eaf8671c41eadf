package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.GridRange;
import org.sciaccel.numpy.Linspace;
import org.sciaccel.numpy.Numpy;

/**
 * NumPy's creation functions on every backend, beyond the golden cases: they create on the device
 * without copying anything from the host (the byte counters), they refuse shapes no array holds with
 * the numbers, the Java overloads type their results as Python's ints and floats do, the OpenCL
 * kernels agree with the CPU on random shapes (the gather's axes beyond eight included), and a device
 * without double precision creates every single-precision result and refuses float64 clearly.
 */
class CreationOnDeviceTest {

    @Test
    void creatingOnABackendCopiesNothingFromTheHost() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            List<NDArray> made = new ArrayList<>();
            long in = b.bytesToBackend();
            long out = b.bytesFromBackend();
            made.add(Numpy.zeros(b, new int[] {64, 64}, null));
            made.add(Numpy.ones(b, new int[] {1000}, DType.INT16));
            made.add(Numpy.full(b, new int[] {3, 5}, 2.5, DType.FLOAT32));
            made.add(Numpy.full(b, new int[] {7}, 1.0, -2.0, null));
            made.add(Numpy.empty(b, new int[] {9}, DType.UINT8));
            made.add(Numpy.arange(b, 0L, 1000L, 3L, null));
            made.add(Numpy.arange(b, 0.5, 7.25, 0.125, DType.FLOAT16));
            made.add(Numpy.linspace(b, -1.0, 1.0, 101, true, null));
            made.add(Numpy.linspace(b, 0.0, 10.0, 33, false, DType.INT32));
            made.add(Numpy.logspace(b, 0.0, 3.0, 7, true, 10.0, null));
            made.add(Numpy.eye(b, 17, 13, 2, null));
            made.add(Numpy.identity(b, 5, DType.COMPLEX64));
            made.add(Numpy.tri(b, 6, 4, -1, DType.BOOL));
            made.add(Numpy.indices(b, new int[] {3, 4, 5}, null));
            made.add(Numpy.mgrid(b, GridRange.of(0, 5), GridRange.points(-1, 1, 9)));
            made.add(Numpy.ogrid(b, GridRange.of(0.0, 1.0, 0.25)));
            NDArray base = made.get(2);
            made.add(Numpy.fullLike(base, 7L, DType.UINT64, null));
            made.add(Numpy.tril(made.get(10), 1));
            made.add(Numpy.diag(made.get(10), -1));
            made.add(Numpy.diag(made.get(5)));
            for (NDArray g : Numpy.meshgrid(made.get(5), made.get(6))) {
                made.add(g);
            }
            made.add(Numpy.full(b, new int[] {101}, 3L, null));
            try (Linspace l = Numpy.linspaceWithStep(made.get(7), made.get(made.size() - 1), 4, true, null, 1)) {
                assertEquals(DType.FLOAT64, l.steps().dtype());
            }
            b.synchronize();
            assertEquals(in, b.bytesToBackend(), name + ": creation copied data from the host to the backend");
            assertEquals(out, b.bytesFromBackend(), name + ": creation copied data from the backend to the host");
            // Now the values (this downloads): a spot check of each kind against NumPy's, the rest is golden.
            assertArrayEquals(new long[] {0, 3, 6}, java.util.Arrays.copyOf(made.get(5).toLongArray(), 3));
            assertEquals(1.0, made.get(7).toDoubleArray()[100]);
            assertEquals(-0.98, made.get(7).toDoubleArray()[1], 1e-15);
            made.forEach(NDArray::close);
        }
    }

    @Test
    void javaNumbersTypeTheResultAsPythonsDo() {
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray i = Numpy.arange(b, 0L, 5L, 1L, null); NDArray f = Numpy.arange(b, 0.0, 5.0, 1.0, null);
                NDArray full = Numpy.full(b, new int[] {2}, 3L, null); NDArray z = Numpy.full(b, new int[] {2}, true, null);
                NDArray c = Numpy.full(b, new int[] {2}, 0.0, 1.0, null); NDArray wrap = Numpy.full(b, new int[] {2}, 300L, DType.UINT8);
                NDArray g = Numpy.mgrid(b, GridRange.of(0, 3), GridRange.of(0, 2));
                NDArray gf = Numpy.mgrid(b, GridRange.of(0, 3), GridRange.points(0, 1, 2))) {
            assertEquals(DType.INT64, i.dtype());
            assertEquals(DType.FLOAT64, f.dtype());
            assertEquals(DType.INT64, full.dtype());
            assertEquals(DType.BOOL, z.dtype());
            assertEquals(DType.COMPLEX128, c.dtype());
            assertArrayEquals(new byte[] {44, 44}, wrap.toByteArray());
            assertEquals(DType.INT64, g.dtype());
            assertArrayEquals(new int[] {2, 3, 2}, g.shape());
            assertEquals(DType.FLOAT64, gf.dtype());
        }
        Linspace l = Numpy.linspaceWithStep(b, 0.0, 1.0, 5, true, null);
        assertEquals(0.25, l.step());
        assertNull(l.steps());
        l.close();
        try (Linspace none = Numpy.linspaceWithStep(b, 0.0, 1.0, 1, true, null)) {
            assertTrue(Double.isNaN(none.step()));
        }
    }

    private static void refused(String mentions, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(mentions), () -> "expected '" + mentions + "' in: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void shapesNoArrayHoldsAreRefusedWithTheNumbers() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            long live = b.liveAllocations();
            refused("4294967296 elements", () -> Numpy.zeros(b, new int[] {65536, 65536}, DType.UINT8));
            refused("a sciaccel array holds at most 2147483639", () -> Numpy.ones(b, new int[] {1 << 16, 1 << 16}, null));
            refused("1073741819 complex ones", () -> Numpy.eye(b, 1 << 15, 1 << 15, 0, DType.COMPLEX64));
            refused("array is too big", () -> Numpy.zeros(b, new int[] {1 << 30, 1 << 30, 1 << 30}, null));
            refused("negative dimensions are not allowed", () -> Numpy.full(b, new int[] {3, -1}, 1.0, null));
            refused("a length of 3000000000", () -> Numpy.arange(b, 0L, 3_000_000_000L, 1L, null));
            refused("Maximum allowed size exceeded", () -> Numpy.arange(b, 0.0, 1e30, 1.0, null));
            refused("division by zero", () -> Numpy.arange(b, 0L, 5L, 0L, null));
            refused("must be non-negative", () -> Numpy.linspace(b, 0, 1, -3, true, null));
            refused("Maximum allowed size exceeded",
                    () -> Numpy.mgrid(b, GridRange.of(0.0, 1.0, 1e-12), GridRange.of(0, 2)));
            refused("needs 9223372028264841218 elements", () -> Numpy.indices(b, new int[] {Integer.MAX_VALUE,
                    Integer.MAX_VALUE}, DType.INT8));
            try (NDArray v = Numpy.arange(b, 0L, 3L, 1L, null)) {
                refused("Maximum allowed size exceeded", () -> Numpy.diag(v, Integer.MAX_VALUE));
            }
            assertEquals(live, b.liveAllocations(), name + ": a refused call left arrays alive");
        }
    }

    @Test
    void openClAgreesWithTheCpuOnRandomShapes() {
        Assumptions.assumeTrue(TestBackends.available().contains(TestBackends.OPENCL), "no OpenCL backend here");
        Backend cpu = TestBackends.get(TestBackends.CPU);
        Backend cl = TestBackends.get(TestBackends.OPENCL);
        Random r = new Random(13);
        DType[] types = DType.values();
        for (int t = 0; t < 60; t++) {
            DType dtype = types[r.nextInt(types.length)];
            int rank = 1 + r.nextInt(4);
            int[] shape = new int[rank];
            for (int d = 0; d < rank; d++) {
                shape[d] = 1 + r.nextInt(6);
            }
            int k = r.nextInt(9) - 4;
            try (NDArray ramp = Numpy.arange(cpu, -7L, -7L + sizeOf(shape), 1L, null); NDArray x = ramp.astype(dtype);
                    NDArray xc = x.copyTo(cl); NDArray m = reshaped(x, shape);
                    NDArray mc = m.copyTo(cl);
                    NDArray a = Numpy.tril(m, k); NDArray b = Numpy.tril(mc, k);
                    NDArray c = Numpy.triu(m, k); NDArray d = Numpy.triu(mc, k);
                    NDArray e = Numpy.diag(x, k); NDArray f = Numpy.diag(xc, k);
                    NDArray g = Numpy.indices(cpu, shape, dtype == DType.BOOL ? DType.INT8 : dtype);
                    NDArray h = Numpy.indices(cl, shape, dtype == DType.BOOL ? DType.INT8 : dtype)) {
                same(a, b, "tril " + dtype);
                same(c, d, "triu " + dtype);
                same(e, f, "diag " + dtype);
                same(g, h, "indices " + dtype);
            }
        }
    }

    @Test
    void meshgridOfNineInputsGathersBeyondEightAxes() {
        Assumptions.assumeTrue(TestBackends.available().contains(TestBackends.OPENCL), "no OpenCL backend here");
        Backend cpu = TestBackends.get(TestBackends.CPU);
        Backend cl = TestBackends.get(TestBackends.OPENCL);
        NDArray[] onCpu = new NDArray[9];
        NDArray[] onCl = new NDArray[9];
        for (int i = 0; i < 9; i++) {
            onCpu[i] = Numpy.arange(cpu, 10L * i, 10L * i + 2 + (i % 2), 1L, DType.INT16);
            onCl[i] = onCpu[i].copyTo(cl);
        }
        for (String indexing : new String[] {"xy", "ij"}) {
            NDArray[] a = Numpy.meshgrid(onCpu, true, false, indexing);
            NDArray[] b = Numpy.meshgrid(onCl, true, false, indexing);
            for (int i = 0; i < 9; i++) {
                same(a[i], b[i], "meshgrid " + indexing + " X" + (i + 1));
                a[i].close();
                b[i].close();
            }
        }
        for (int i = 0; i < 9; i++) {
            onCpu[i].close();
            onCl[i].close();
        }
    }

    @Test
    void aDeviceWithoutDoublePrecisionCreatesSinglePrecisionAndRefusesFloat64() {
        Assumptions.assumeTrue(TestBackends.available().contains(TestBackends.OPENCL), "no OpenCL backend here");
        String property = "sciaccel.opencl.disableFp64";
        System.setProperty(property, "true");
        Backend b;
        try {
            b = Backends.create("opencl");
        } finally {
            System.clearProperty(property);
        }
        Backend cpu = TestBackends.get(TestBackends.CPU);
        try {
            try (NDArray x = Numpy.arange(b, 0.0, 2.0, 0.25, DType.FLOAT32); NDArray y = Numpy.arange(cpu, 0.0, 2.0, 0.25, DType.FLOAT32);
                    NDArray e = Numpy.eye(b, 3, 3, 0, DType.COMPLEX64);
                    NDArray four = Numpy.full(b, new int[] {8}, 4.0, DType.FLOAT32);
                    NDArray s = Numpy.linspace(x, four, 5, true, null, 0);
                    NDArray lo = Numpy.zeros(b, new int[] {2}, DType.FLOAT16);
                    NDArray hi = Numpy.ones(b, new int[] {2}, DType.FLOAT16);
                    NDArray h = Numpy.linspace(lo, hi, 4, true, null, -1)) {
                same(y, x, "arange float32");
                assertEquals(DType.FLOAT32, s.dtype());
                assertEquals(DType.FLOAT16, h.dtype());
                assertArrayEquals(new float[] {1, 0, 0, 0}, java.util.Arrays.copyOf((float[]) e.toHost().data(), 4));
            }
            UnsupportedOperationException u = assertThrows(UnsupportedOperationException.class,
                    () -> Numpy.zeros(b, new int[] {2}, null));
            assertTrue(u.getMessage().contains("float64"), u.getMessage());
            u = assertThrows(UnsupportedOperationException.class, () -> Numpy.linspace(b, 0, 1, 5, true, DType.FLOAT32));
            assertTrue(u.getMessage().contains("float64"), u.getMessage());
        } finally {
            b.close();
        }
    }

    private static int sizeOf(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** {@code x} (1-D) with {@code shape}: a gather with the row-major strides. */
    private static NDArray reshaped(NDArray x, int[] shape) {
        HostArray h = x.toHost();
        return NDArray.fromHost(x.backend(), new HostArray(h.dtype(), shape, h.data()));
    }

    private static void same(NDArray expected, NDArray got, String what) {
        String why = CreationGoldenChecks.bits(expected.toHost(), got.toHost());
        assertNull(why, what + ": " + why);
    }

    @AfterAll
    static void noLiveAllocations() {
        for (Backend b : TestBackends.used()) {
            assertEquals(0, b.liveAllocations(), "live arrays on " + b.name() + ": " + TestBackends.liveSummary());
        }
    }
}
