package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.GaussianOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;

/**
 * Error conformance: the same bad input raises the same exception type on every backend, the
 * message names the offending parameter (and its value where there is one), the input array is
 * left unchanged and nothing stays allocated.
 */
class ErrorConformanceTest {

    /** A call that must fail; it gets the backend and a valid 2-D float32 input on it. */
    @FunctionalInterface
    interface BadCall {
        NDArray call(Backend backend, NDArray input);
    }

    private static final class Case {
        final String what;
        final Class<? extends RuntimeException> type;
        final String[] mustName;
        final BadCall call;

        Case(String what, Class<? extends RuntimeException> type, BadCall call, String... mustName) {
            this.what = what;
            this.type = type;
            this.call = call;
            this.mustName = mustName;
        }
    }

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    private static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("negative sigma", IAE, (b, a) -> Ndimage.gaussianFilter(a, -1.0), "sigma", "-1"));
        c.add(new Case("negative sigma on one axis", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, new double[] {1.0, -0.5}), "sigma", "-0.5"));
        c.add(new Case("NaN sigma", IAE, (b, a) -> Ndimage.gaussianFilter(a, Double.NaN), "sigma", "NaN"));
        c.add(new Case("infinite sigma", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, Double.POSITIVE_INFINITY), "sigma", "Infinity"));
        c.add(new Case("unknown mode name", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, 1.0, GaussianOptions.defaults().mode("bogus")), "mode", "bogus"));
        c.add(new Case("unknown mode name (Mode.fromName)", IAE, (b, a) -> {
            Mode.fromName("reflective");
            return null;
        }, "mode", "reflective"));
        c.add(new Case("order -1", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, 1.0, GaussianOptions.defaults().order(-1)), "order", "-1"));
        c.add(new Case("order -1 on one axis", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, 1.0, GaussianOptions.defaults().order(0, -1)), "order", "-1"));
        c.add(new Case("sigma list of wrong length", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, new double[] {1, 2, 3}), "sigma", "3"));
        c.add(new Case("order list of wrong length", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, 1.0, GaussianOptions.defaults().order(0, 1, 0)), "order", "3"));
        c.add(new Case("mode list of wrong length", IAE, (b, a) -> Ndimage.gaussianFilter(a, 1.0,
                GaussianOptions.defaults().mode(Mode.WRAP, Mode.REFLECT, Mode.NEAREST)), "mode", "3"));
        c.add(new Case("radius list of wrong length", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, 1.0, GaussianOptions.defaults().radius(1, 2, 3)), "radius", "3"));
        c.add(new Case("empty sigma list", IAE, (b, a) -> Ndimage.gaussianFilter(a, new double[0]), "sigma"));
        c.add(new Case("negative radius", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, 1.0, GaussianOptions.defaults().radius(-1)), "radius", "-1"));
        c.add(new Case("negative truncate", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, 1.0, GaussianOptions.defaults().truncate(-1.0)), "truncate", "-1"));
        c.add(new Case("NaN truncate", IAE,
                (b, a) -> Ndimage.gaussianFilter(a, 1.0, GaussianOptions.defaults().truncate(Double.NaN)), "truncate"));
        c.add(new Case("gaussian_filter1d axis 2 of a 2-D array", IAE,
                (b, a) -> Ndimage.gaussianFilter1d(a, 1.0, 2), "axis", "2"));
        c.add(new Case("gaussian_filter1d axis -3 of a 2-D array", IAE,
                (b, a) -> Ndimage.gaussianFilter1d(a, 1.0, -3), "axis", "-3"));
        c.add(new Case("gaussian_filter1d sigma 0", IAE, (b, a) -> Ndimage.gaussianFilter1d(a, 0.0, 0), "sigma"));
        c.add(new Case("gaussian_filter1d negative sigma", IAE,
                (b, a) -> Ndimage.gaussianFilter1d(a, -2.0, 0), "sigma", "-2"));
        c.add(new Case("gaussian_filter1d order -1", IAE,
                (b, a) -> Ndimage.gaussianFilter1d(a, 1.0, 0, GaussianOptions.defaults().order(-1)), "order", "-1"));
        c.add(new Case("correlate1d axis out of range", IAE,
                (b, a) -> Ndimage.correlate1d(a, new double[] {1, 2, 1}, 5, Mode.REFLECT, 0, 0, null), "axis", "5"));
        c.add(new Case("correlate1d empty weights", IAE,
                (b, a) -> Ndimage.correlate1d(a, new double[0], 0, Mode.REFLECT, 0, 0, null), "weights"));
        c.add(new Case("correlate1d origin out of range", IAE,
                (b, a) -> Ndimage.correlate1d(a, new double[] {1, 2, 1}, 0, Mode.REFLECT, 0, 2, null), "origin", "2"));
        c.add(new Case("complex output dtype", UnsupportedOperationException.class,
                (b, a) -> Ndimage.gaussianFilter(a, 1.0, GaussianOptions.defaults().output(DType.COMPLEX64)),
                "output", "complex64"));
        c.add(new Case("complex input", UnsupportedOperationException.class, ErrorConformanceTest::complexInput,
                "complex64"));
        c.add(new Case("closed input array", IAE, (b, a) -> {
            NDArray closed = a.copyTo(b);
            closed.close();
            return Ndimage.gaussianFilter(closed, 1.0);
        }, "input", "closed"));
        c.add(new Case("closed input array (gaussian_filter1d)", IAE, (b, a) -> {
            NDArray closed = a.copyTo(b);
            closed.close();
            return Ndimage.gaussianFilter1d(closed, 1.0, 0);
        }, "input", "closed"));
        return c;
    }

    /**
     * Filtering a complex array with a filter that does not take it (the linear filters do, see
     * ComplexFiltersTest): where the backend can hold complex64 the filter itself must refuse it; where it cannot, making the array already fails. Both are UnsupportedOperationException.
     */
    private static NDArray complexInput(Backend backend, NDArray unused) {
        float[] data = new float[2 * 12];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * 0.5f;
        }
        try (NDArray z = NDArray.fromHost(backend, new HostArray(DType.COMPLEX64, new int[] {3, 4}, data))) {
            return Ndimage.medianFilter(z, 3);
        }
    }

    @TestFactory
    Stream<DynamicTest> sameErrorOnEveryBackend() {
        List<DynamicTest> tests = new ArrayList<>();
        String missing = TestBackends.missingRequiredBackend();
        if (missing != null) {
            tests.add(DynamicTest.dynamicTest("opencl: backend required but not available", () -> fail(missing)));
        }
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest("error: " + c.what + " -> " + c.type.getSimpleName(), () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(Case c) {
        Map<String, Class<?>> thrownBy = new LinkedHashMap<>();
        for (String name : TestBackends.available()) {
            Backend backend = TestBackends.get(name);
            HostArray host = input();
            HostArray pristine = host.copy();
            long liveBefore = backend.liveAllocations();
            HostArray after;
            try (NDArray in = NDArray.fromHost(backend, host)) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> {
                    NDArray r = c.call.call(backend, in);
                    if (r != null) {
                        r.close();
                    }
                }, name + ": " + c.what + " did not throw");
                thrownBy.put(name, e.getClass());
                assertEquals(c.type, e.getClass(), name + ": " + c.what + " threw " + e);
                String msg = e.getMessage();
                assertTrue(msg != null && !msg.isBlank(), name + ": " + c.what + ": empty message");
                assertTrue(msg.indexOf('\n') < 0, name + ": " + c.what + ": message is not one line: " + msg);
                for (String word : c.mustName) {
                    assertTrue(msg.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
                            name + ": " + c.what + ": message does not name '" + word + "': " + msg);
                }
                after = in.toHost();
            }
            assertTrue(HostArrays.identical(pristine, after), name + ": " + c.what + " changed the input array");
            assertEquals(liveBefore, backend.liveAllocations(), name + ": " + c.what + " left arrays allocated");
        }
        assertEquals(1, thrownBy.values().stream().distinct().count(),
                c.what + ": backends disagree on the exception type: " + thrownBy);
    }

    /**
     * float64 on an OpenCL device without it: a clear error, nothing allocated. Devices that do have
     * float64 (PoCL, most GPUs) are tested through a private backend created with
     * {@code sciaccel.opencl.disableFp64=true}, which makes the backend treat the device as lacking it.
     * The CPU backend always has float64, so there is nothing to test there.
     */
    @Test
    void float64OnADeviceWithoutIt() {
        Assumptions.assumeTrue(TestBackends.available().contains("opencl"), "no OpenCL backend here");
        String property = "sciaccel.opencl.disableFp64";
        System.setProperty(property, "true");
        Backend backend;
        try {
            backend = Backends.create("opencl");
        } finally {
            System.clearProperty(property);
        }
        try {
            assertFalse(backend.supports(DType.FLOAT64), backend.device());
            try (NDArray in = NDArray.fromHost(backend, input())) {
                UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                        () -> Ndimage.gaussianFilter(in, 1.0, GaussianOptions.defaults().output(DType.FLOAT64)).close());
                assertTrue(e.getMessage().contains("float64"), e.getMessage());
            }
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> NDArray.fromHost(backend, HostArray.zeros(DType.FLOAT64, 3, 3)).close());
            assertTrue(e.getMessage().contains("float64"), e.getMessage());
            assertEquals(0, backend.liveAllocations());
        } finally {
            backend.close();
        }
    }

    /** A valid 2-D float32 input, (6, 5), seeded. */
    private static HostArray input() {
        Random r = new Random(42);
        float[] v = new float[30];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (r.nextGaussian() * 10);
        }
        return new HostArray(DType.FLOAT32, new int[] {6, 5}, v);
    }

    @AfterAll
    static void noLiveAllocations() {
        for (Backend b : TestBackends.used()) {
            assertEquals(0, b.liveAllocations(), "live arrays on " + b.name() + " after the error tests: "
                    + TestBackends.liveSummary());
        }
    }
}
