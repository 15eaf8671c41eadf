package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.numpy.Index;
import org.sciaccel.numpy.Numpy;

/**
 * What the golden cases cannot show, on every backend: reshape and its kin are views over one
 * storage (no copy, counted once, freed with the last view, writes seen through all of them), and
 * NumPy's in-place assignments write into their target, read an overlapping value before writing,
 * and leave the target untouched when they refuse.
 */
class ShapeViewsAndAssignmentTest {

    private static Stream<DynamicTest> onEveryBackend(String what, Consumer<Backend> test) {
        return TestBackends.available().stream().map(name -> DynamicTest.dynamicTest(name + ": " + what, () -> {
            Backend b = TestBackends.get(name);
            long live = b.liveAllocations();
            test.accept(b);
            assertEquals(live, b.liveAllocations(), "arrays left alive on " + name);
        }));
    }

    private static NDArray range(Backend b, int... shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return NDArray.fromHost(b, new HostArray(DType.FLOAT64, shape, v));
    }

    @TestFactory
    Stream<DynamicTest> viewsShareOneStorage() {
        return onEveryBackend("reshape, ravel, squeeze and expand_dims are views", b -> {
            long live = b.liveAllocations();
            long in = b.bytesToBackend();
            long out = b.bytesFromBackend();
            NDArray a = range(b, 2, 3);
            try (NDArray r = Numpy.reshape(a, 3, -1); NDArray flat = a.ravel();
                    NDArray e = Numpy.expandDims(a, 0, -1); NDArray s = Numpy.squeeze(e)) {
                assertEquals(live + 1, b.liveAllocations(), "one storage for the array and its views");
                assertEquals(in + 48, b.bytesToBackend(), "only the upload moved bytes");
                assertEquals(out, b.bytesFromBackend());
                assertArrayEquals(new int[] {3, 2}, r.shape());
                assertArrayEquals(new int[] {1, 2, 3, 1}, e.shape());
                assertTrue(r.sharesStorageWith(a) && flat.sharesStorageWith(s));
                // a write through one view is seen by every other
                Numpy.setItem(r, "-1, 0", 100.0);
                assertEquals(100.0, a.toDoubleArray()[4]);
                flat.set("0", -1);
                assertArrayEquals(new double[] {-1, 1, 2, 3, 100, 5}, s.toDoubleArray());
                // the base closed, the views still read the storage
                a.close();
                assertEquals(live + 1, b.liveAllocations());
                assertArrayEquals(new double[] {-1, 1, 2, 3, 100, 5}, r.toDoubleArray());
                // a view handed to the host while others are open is copied, not taken away
                HostArray h = Numpy.ravel(r).toHostAndClose();
                assertArrayEquals(new double[] {-1, 1, 2, 3, 100, 5}, (double[]) h.data());
                assertArrayEquals(new double[] {-1, 1, 2, 3, 100, 5}, flat.toDoubleArray());
                // a copy is its own storage
                try (NDArray c = flat.copy()) {
                    assertFalse(c.sharesStorageWith(flat));
                    assertEquals(live + 2, b.liveAllocations());
                }
            } finally {
                a.close();
            }
            assertEquals(live, b.liveAllocations(), "the last view closed freed the storage");
        });
    }

    @TestFactory
    Stream<DynamicTest> viewOfAClosedArrayIsRefused() {
        return onEveryBackend("a closed array has no views", b -> {
            NDArray a = range(b, 4);
            a.close();
            assertThrows(IllegalStateException.class, () -> a.viewAs(2, 2));
            try (NDArray x = range(b, 6)) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.reshape(4));
                assertTrue(e.getMessage().startsWith("cannot reshape array of size 6 into shape (4,)"), e.getMessage());
                assertTrue(e.getMessage().contains("float64 (6,)"), e.getMessage());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> assignmentsWriteInPlace() {
        return onEveryBackend("slice, mask and index-array assignment", b -> {
            try (NDArray a = range(b, 3, 4); NDArray row = NDArray.fromHost(b, HostArray.fromDoubles(
                    new double[] {7, 8, 9, 10}, DType.INT32, 4))) {
                Numpy.setItem(a, Index.parse("::2"), row);          // int32 values into float64 rows 0 and 2
                try (NDArray flatMask = NDArray.fromHost(b, bools(false, true, false, true, false, false, false, false,
                        false, false, false, true)); NDArray mask = flatMask.reshape(3, 4)) {
                    a.set(mask, -1.5);
                }
                try (NDArray idx = NDArray.fromHost(b, new HostArray(DType.INT64, new int[] {3}, new long[] {1, 1, -2}))) {
                    try (NDArray v = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {3, 1},
                            new double[] {20, 21, 22}))) {
                        a.set(idx, v);  // row 1 named twice and as -2: the last value wins
                    }
                }
                assertArrayEquals(new double[] {7, -1.5, 9, -1.5, 22, 22, 22, 22, 7, 8, 9, -1.5}, a.toDoubleArray());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> overlappingValuesAreReadFirst() {
        return onEveryBackend("a[1:] = a[:-1] shifts", b -> {
            try (NDArray a = range(b, 6); NDArray head = a.slice(":-1"); NDArray view = a.reshape(2, 3);
                    NDArray flat = Numpy.ravel(view)) {
                a.set("1:", head);
                assertArrayEquals(new double[] {0, 0, 1, 2, 3, 4}, a.toDoubleArray());
                // the value is the target's own storage under another shape: copied before writing
                Numpy.setItem(a, "::-1", flat);
                assertArrayEquals(new double[] {4, 3, 2, 1, 0, 0}, a.toDoubleArray());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> refusedAssignmentsWriteNothing() {
        return onEveryBackend("a refused assignment leaves the target as it was", b -> {
            try (NDArray a = range(b, 3, 4)) {
                double[] before = a.toDoubleArray();
                try (NDArray idx = NDArray.fromHost(b, new HostArray(DType.INT64, new int[] {3}, new long[] {0, 1, 3}));
                        NDArray badMask = NDArray.fromHost(b, bools(true, false));
                        NDArray wide = range(b, 5);
                        NDArray z = NDArray.fromHost(b, new HostArray(DType.COMPLEX128, new int[] {1}, new double[] {1, 2}))) {
                    SciPyArgumentException oob = assertThrows(SciPyArgumentException.class, () -> a.set(idx, 5.0));
                    assertEquals(SciPyArgumentException.Raises.INDEX_ERROR, oob.scipyRaises());
                    assertTrue(oob.getMessage().startsWith("index 3 is out of bounds for axis 0 with size 3"),
                            oob.getMessage());
                    assertThrows(SciPyArgumentException.class, () -> a.set(badMask, 5.0));
                    IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> a.set("0", wide));
                    assertTrue(shape.getMessage().startsWith("could not broadcast input array from shape (5,) into shape (4,)"),
                            shape.getMessage());
                    assertThrows(IllegalArgumentException.class, () -> a.set("0", z), "complex into float64");
                    assertThrows(IllegalArgumentException.class, () -> Numpy.put(a, idx, wide, "bogus"));
                    try (NDArray far = NDArray.fromHost(b, new HostArray(DType.INT64, new int[] {2}, new long[] {0, 12}))) {
                        assertThrows(SciPyArgumentException.class, () -> Numpy.put(a, far, wide));
                    }
                }
                assertArrayEquals(before, a.toDoubleArray());
                // NaN into an integer array: Python's int() refuses it, nothing is written
                try (NDArray i = NDArray.fromHost(b, HostArray.zeros(DType.INT32, 2))) {
                    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> i.set("0", Double.NaN));
                    assertTrue(nan.getMessage().startsWith("cannot convert float NaN to integer"), nan.getMessage());
                    assertArrayEquals(new int[] {0, 0}, i.toIntArray());
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> axisErrorsAreNumpys() {
        return onEveryBackend("an axis out of range is an AxisError", b -> {
            try (NDArray a = range(b, 2, 3)) {
                SciPyArgumentException e = assertThrows(SciPyArgumentException.class, () -> Numpy.swapaxes(a, 0, 2));
                assertEquals(SciPyArgumentException.Raises.AXIS_ERROR, e.scipyRaises());
                assertTrue(e.getMessage().contains("axis 2 is out of bounds for array of dimension 2"), e.getMessage());
                assertTrue(e.getMessage().contains("float64 (2, 3)"), e.getMessage());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> fluentShortcuts() {
        return onEveryBackend("a.T(), a.slice, a.get, a.flatten", b -> {
            try (NDArray a = range(b, 2, 3); NDArray t = a.T(); NDArray s = a.slice("::-1, 1:");
                    NDArray f = t.flatten(); NDArray mask = NDArray.fromHost(b, bools(true, false));
                    NDArray first = a.get(mask)) {
                assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, t.toDoubleArray());
                assertArrayEquals(new int[] {2, 2}, s.shape());
                assertArrayEquals(new double[] {4, 5, 1, 2}, s.toDoubleArray());
                assertFalse(f.sharesStorageWith(t));
                assertArrayEquals(new int[] {1, 3}, first.shape());
                assertArrayEquals(new double[] {0, 1, 2}, first.toDoubleArray());
            }
        });
    }

    private static HostArray bools(boolean... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) (v[i] ? 1 : 0);
        }
        return new HostArray(DType.BOOL, new int[] {v.length}, b);
    }
}
