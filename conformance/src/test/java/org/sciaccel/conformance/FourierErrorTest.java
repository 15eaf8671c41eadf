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
import org.sciaccel.ndimage.Ndimage;

/**
 * The Fourier filters' bad input: a per-axis sequence of the wrong length, an axis out of range, an
 * output dtype SciPy has no loop for, a complex input into a real output, a null sequence. Each is a
 * one-line IllegalArgumentException naming the parameter (and the input's shape where the shape is
 * what is wrong), on every backend, leaving the input as it was and nothing allocated.
 */
class FourierErrorTest {
    private static final int[] SHAPE = {4, 5};
    private static final String SHAPE_TEXT = "(4, 5)";

    private record Case(String what, String param, boolean namesShape, DType inputType,
            Function<NDArray, NDArray> call) {
    }

    private static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("fourier_gaussian sigma of 3 values on a 2-D input", "sigma", true, DType.FLOAT32,
                in -> Ndimage.fourierGaussian(in, new double[] {1, 2, 3})));
        c.add(new Case("fourier_uniform size of 3 values on a 2-D input", "size", true, DType.FLOAT32,
                in -> Ndimage.fourierUniform(in, new double[] {1, 2, 3})));
        c.add(new Case("fourier_ellipsoid size of 3 values on a 2-D input", "size", true, DType.FLOAT32,
                in -> Ndimage.fourierEllipsoid(in, new double[] {1, 2, 3})));
        c.add(new Case("fourier_shift shift of 3 values on a 2-D input", "shift", true, DType.FLOAT32,
                in -> Ndimage.fourierShift(in, new double[] {1, 2, 3})));
        c.add(new Case("fourier_gaussian axis 2 of a 2-D input", "axis", true, DType.FLOAT32,
                in -> Ndimage.fourierGaussian(in, new double[] {1}, 8, 2, null)));
        c.add(new Case("fourier_shift axis -3 of a 2-D input", "axis", true, DType.COMPLEX64,
                in -> Ndimage.fourierShift(in, new double[] {1}, 8, -3, null)));
        c.add(new Case("fourier_uniform output int32", "output", false, DType.FLOAT32,
                in -> Ndimage.fourierUniform(in, new double[] {1}, -1, -1, DType.INT32)));
        c.add(new Case("fourier_shift output float32", "output", false, DType.COMPLEX64,
                in -> Ndimage.fourierShift(in, new double[] {1}, -1, -1, DType.FLOAT32)));
        c.add(new Case("fourier_ellipsoid complex input into a float32 output", "output", false, DType.COMPLEX64,
                in -> Ndimage.fourierEllipsoid(in, new double[] {1}, -1, -1, DType.FLOAT32)));
        c.add(new Case("fourier_gaussian null sigma", "sigma", false, DType.FLOAT32,
                in -> Ndimage.fourierGaussian(in, (double[]) null)));
        return c;
    }

    /** Distinct non-zero values, so that any write into the input shows. */
    private static HostArray input(DType t) {
        int n = (t.isComplex() ? 2 : 1) * SHAPE[0] * SHAPE[1];
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = 0.25f * (i + 1) - 3f;
        }
        HostArray h = HostArray.zeros(t, SHAPE);
        System.arraycopy(v, 0, (float[]) h.data(), 0, n);
        return h;
    }

    @TestFactory
    Stream<DynamicTest> badInput() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            for (Case c : cases()) {
                tests.add(DynamicTest.dynamicTest(name + ": " + c.what(), () -> {
                    Backend b = TestBackends.get(name);
                    long before = b.liveAllocations();
                    HostArray host = input(c.inputType());
                    float[] expected = ((float[]) host.data()).clone();
                    try (NDArray in = NDArray.fromHost(b, host)) {
                        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                                () -> c.call().apply(in).close(), c.what());
                        String m = e.getMessage();
                        assertTrue(m != null && m.contains(c.param()), "message must name " + c.param() + ": " + m);
                        if (c.namesShape()) {
                            assertTrue(m.contains(SHAPE_TEXT), "message must give the shape " + SHAPE_TEXT + ": " + m);
                        }
                        assertFalse(m.contains("\n"), "one-line message: " + m);
                        assertArrayEquals(expected, (float[]) in.toHost().data(),
                                "input changed by " + c.what());
                    }
                    assertEquals(before, b.liveAllocations(), "arrays left alive after " + c.what());
                }));
            }
        }
        return tests.stream();
    }
}
