package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Warnings;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;

/**
 * What the golden runner does not see of the reductions, on every backend: NumPy's RuntimeWarnings and
 * ComplexWarning through {@link Warnings}, the one-line errors naming the array, the documented refusal of an
 * integer dtype for mean/var/std, {@code axis=()}, the NDArray shortcuts and reading a 0-d result.
 */
class ReductionBehaviourTest {

    static List<String> backends() {
        return TestBackends.available();
    }

    private static NDArray doubles(Backend b, double[] v, int... shape) {
        return NDArray.fromHost(b, new HostArray(DType.FLOAT64, shape, v.clone()));
    }

    private static List<String> warnings(Supplier<NDArray> op) {
        try (Warnings.Collector w = Warnings.collect(); NDArray r = op.get()) {
            return w.warnings().stream().map(Warnings.Warning::toString).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void numpysRuntimeWarnings(String name) {
        Backend b = TestBackends.get(name);
        double nan = Double.NaN;
        try (NDArray empty = doubles(b, new double[0], 0, 3);
                NDArray a = doubles(b, new double[] {1, 2, nan, nan, 3, nan}, 2, 3);
                NDArray allNaN = doubles(b, new double[] {nan, nan}, 2);
                NDArray ok = doubles(b, new double[] {1, 2, 3, 4}, 2, 2)) {
            assertEquals(List.of("RuntimeWarning: Mean of empty slice."), warnings(() -> Numpy.mean(empty, 0)));
            assertEquals(List.of(), warnings(() -> Numpy.mean(empty, 1)), "no slice is empty");
            assertEquals(List.of("RuntimeWarning: Degrees of freedom <= 0 for slice"),
                    warnings(() -> Numpy.var(ok, ReductionOptions.over(1).ddof(2))));
            assertEquals(List.of("RuntimeWarning: All-NaN slice encountered"), warnings(() -> Numpy.nanmin(allNaN)));
            assertEquals(List.of(), warnings(() -> Numpy.nanmax(a, 1)), "no row is all NaN");
            assertEquals(List.of("RuntimeWarning: All-NaN slice encountered"), warnings(() -> Numpy.nanmax(a, 0)));
            assertEquals(List.of("RuntimeWarning: Mean of empty slice"), warnings(() -> Numpy.nanmean(a, 0)));
            assertEquals(List.of("RuntimeWarning: Degrees of freedom <= 0 for slice."),
                    warnings(() -> Numpy.nanstd(a, ReductionOptions.over(1).ddof(1))));
            assertEquals(List.of(), warnings(() -> Numpy.nanvar(ok, 0)));
            try (NDArray m = Numpy.nanmean(allNaN)) {
                assertTrue(Double.isNaN(m.doubleValue()));
            }
        }
        try (NDArray c = NDArray.fromHost(b, new HostArray(DType.COMPLEX128, new int[] {2}, new double[] {1, 5, 2, -1}))) {
            assertEquals(List.of("ComplexWarning: Casting complex values to real discards the imaginary part"),
                    warnings(() -> Numpy.sum(c, ReductionOptions.defaults().dtype(DType.FLOAT64))));
            try (NDArray s = Numpy.sum(c, ReductionOptions.defaults().dtype(DType.FLOAT64))) {
                assertEquals(3.0, s.doubleValue());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void errorsNameTheArrayAndNumpysWords(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray a = doubles(b, new double[6], 2, 3); NDArray e = doubles(b, new double[0], 0);
                NDArray t = NDArray.fromHost(b, new HostArray(DType.BOOL, new int[] {2}, new byte[] {1, 0}))) {
            IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> Numpy.sum(a, 2));
            assertEquals("numpy.sum: axis 2 is out of bounds for array of dimension 2 (a: float64 (2, 3))", x.getMessage());
            x = assertThrows(IllegalArgumentException.class, () -> Numpy.max(a, 0, -2));
            assertTrue(x.getMessage().contains("duplicate value in 'axis'"), x.getMessage());
            x = assertThrows(IllegalArgumentException.class, () -> Numpy.min(e));
            assertEquals("numpy.min: zero-size array to reduction operation minimum which has no identity (a: float64 (0,))",
                    x.getMessage());
            x = assertThrows(IllegalArgumentException.class, () -> Numpy.argmax(e));
            assertTrue(x.getMessage().contains("attempt to get argmax of an empty sequence"));
            SciPyArgumentException s = assertThrows(SciPyArgumentException.class, () -> Numpy.ptp(t));
            assertEquals(SciPyArgumentException.Raises.TYPE_ERROR, s.scipyRaises());
            s = assertThrows(SciPyArgumentException.class,
                    () -> Numpy.nanmean(a, ReductionOptions.defaults().dtype(DType.INT32)));
            assertTrue(s.getMessage().contains("If a is inexact, then dtype must be inexact"));
            // Deviation: NumPy truncates the mean into an integer dtype; sciaccel refuses it.
            x = assertThrows(IllegalArgumentException.class, () -> Numpy.mean(a, ReductionOptions.defaults().dtype(DType.INT8)));
            assertTrue(x.getMessage().contains("not supported by sciaccel"), x.getMessage());
            x = assertThrows(IllegalArgumentException.class, () -> Numpy.diff(a, -1));
            assertTrue(x.getMessage().contains("order must be non-negative but got -1"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void shortcutsAndZeroDimensionalResults(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray a = NDArray.fromHost(b, new HostArray(DType.INT8, new int[] {2, 3}, new byte[] {1, -2, 3, 100, 100, 100}))) {
            try (NDArray s = a.sum(); NDArray none = Numpy.sum(a, new int[0]); NDArray m = a.max(1); NDArray am = a.argmax();
                    NDArray mean = a.mean(); NDArray any = a.any(); NDArray all = a.all()) {
                assertEquals(0, s.ndim());
                assertEquals(DType.INT64, s.dtype());
                assertEquals(302, s.longValue(), "int8 sums in int64: no wrap-around");
                assertEquals(DType.INT64, none.dtype(), "axis=() reduces nothing but casts to sum's dtype");
                assertArrayEquals(new long[] {1, -2, 3, 100, 100, 100}, none.toLongArray());
                assertArrayEquals(new long[] {3, 100}, m.toLongArray());
                assertEquals(3, am.longValue(), "the first of equal maxima");
                assertEquals(302 / 6.0, mean.doubleValue(), 1e-12);
                assertTrue(any.booleanValue());
                assertTrue(all.booleanValue());
            }
            try (NDArray wrapped = Numpy.sum(a, ReductionOptions.over(1).dtype(DType.INT8))) {
                assertArrayEquals(new long[] {2, 44}, wrapped.toLongArray(), "300 wraps to 44 in int8");
            }
        }
        try (NDArray z = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {}, new float[] {0}))) {
            assertFalse(z.booleanValue());
            try (NDArray s = Numpy.sum(z, 0)) {
                assertEquals(0, s.ndim(), "ufunc.reduce takes axis 0 of a 0-d array");
            }
            assertThrows(IllegalArgumentException.class, () -> Numpy.mean(z, 0), "mean does not");
            try (NDArray two = NDArray.fromHost(b, new HostArray(DType.INT32, new int[] {2}, new int[] {1, 2}))) {
                assertThrows(IllegalStateException.class, two::doubleValue, "two elements have no value");
            }
        }
    }
}
