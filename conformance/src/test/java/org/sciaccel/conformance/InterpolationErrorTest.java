package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.InterpolationOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;

/**
 * The spline interpolation family's bad input on every backend: a matrix of the wrong shape or a
 * homogeneous matrix with a wrong last row, coordinates whose first axis is not the input's rank,
 * order 6 and -1, an unknown mode, a zero or negative zoom, a shift of the wrong length, rotation
 * axes outside the input. Each is a one-line IllegalArgumentException naming the parameter; the
 * input is left unchanged and nothing stays allocated.
 */
class InterpolationErrorTest {
    private record Case(String what, String param, Function<NDArray, NDArray> call) {
    }

    private static List<Case> cases(Backend b) {
        InterpolationOptions d = InterpolationOptions.defaults();
        List<Case> c = new ArrayList<>();
        c.add(new Case("affine matrix 3x1 for a 2-D input", "matrix", in -> {
            try (NDArray m = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 0, 0}, DType.FLOAT64, 3, 1))) {
                return Ndimage.affineTransform(in, m);
            }
        }));
        c.add(new Case("affine matrix 2x3 for an output of 2 dimensions", "matrix", in -> {
            try (NDArray m = NDArray.fromHost(b, HostArray.fromDoubles(new double[9], DType.FLOAT64, 3, 3))) {
                return Ndimage.affineTransform(in, m);
            }
        }));
        c.add(new Case("homogeneous matrix whose last row is not 0 0 1", "matrix", in -> {
            try (NDArray m = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 0, 0, 0, 1, 0, 1, 0, 1},
                    DType.FLOAT64, 3, 3))) {
                return Ndimage.affineTransform(in, m);
            }
        }));
        c.add(new Case("coordinates whose first axis is 3 for a 2-D input", "coordinates", in -> {
            try (NDArray k = NDArray.fromHost(b, HostArray.zeros(DType.FLOAT64, 3, 4))) {
                return Ndimage.mapCoordinates(in, k);
            }
        }));
        c.add(new Case("coordinates of one dimension", "coordinates", in -> {
            try (NDArray k = NDArray.fromHost(b, HostArray.zeros(DType.FLOAT64, 2))) {
                return Ndimage.mapCoordinates(in, k);
            }
        }));
        c.add(new Case("order 6", "order", in -> Ndimage.shift(in, new double[] {1}, InterpolationOptions.defaults().order(6))));
        c.add(new Case("order -1", "order", in -> Ndimage.zoom(in, new double[] {2}, InterpolationOptions.defaults().order(-1))));
        c.add(new Case("spline_filter order 1", "order", in -> Ndimage.splineFilter(in, 1, DType.FLOAT64, Mode.MIRROR)));
        c.add(new Case("spline_filter1d order 6", "order", in -> Ndimage.splineFilter1d(in, 6, -1, DType.FLOAT64, Mode.MIRROR)));
        c.add(new Case("unknown mode", "mode", in -> Ndimage.shift(in, new double[] {1}, InterpolationOptions.defaults().mode("edge"))));
        c.add(new Case("zero zoom", "zoom", in -> Ndimage.zoom(in, new double[] {2, 0}, d)));
        c.add(new Case("negative zoom", "zoom", in -> Ndimage.zoom(in, new double[] {-1}, d)));
        c.add(new Case("NaN zoom", "zoom", in -> Ndimage.zoom(in, new double[] {Double.NaN}, d)));
        c.add(new Case("shift of three values for two axes", "shift", in -> Ndimage.shift(in, new double[] {1, 2, 3}, d)));
        c.add(new Case("rotation axes outside the input", "axes", in -> Ndimage.rotate(in, 30, new int[] {0, 2}, true, d)));
        c.add(new Case("rotation with one axis", "axes", in -> Ndimage.rotate(in, 30, new int[] {0}, true, d)));
        c.add(new Case("negative output_shape", "output_shape", in -> {
            try (NDArray m = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 0, 0, 1}, DType.FLOAT64, 2, 2))) {
                return Ndimage.affineTransform(in, m, new double[] {0}, new int[] {3, -1}, d);
            }
        }));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> badInput() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            for (Case c : cases(b)) {
                tests.add(DynamicTest.dynamicTest(name + ": " + c.what(), () -> {
                    double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
                    long before = b.liveAllocations();
                    try (NDArray in = NDArray.fromHost(b, HostArray.fromDoubles(values, DType.FLOAT64, 3, 4))) {
                        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.call().apply(in),
                                c.what());
                        String m = String.valueOf(e.getMessage());
                        assertTrue(m.contains(c.param()), "the message names " + c.param() + ": " + m);
                        assertFalse(m.contains("\n"), "one line: " + m);
                        assertArrayEquals(values, in.toDoubleArray(), "input unchanged");
                    }
                    assertEquals(before, b.liveAllocations(), "arrays left alive");
                }));
            }
        }
        return tests.stream();
    }
}
