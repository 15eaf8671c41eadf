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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.GeometricMapping;
import org.sciaccel.ndimage.InterpolationOptions;
import org.sciaccel.ndimage.Ndimage;

/**
 * {@code geometric_transform} beyond the golden cases: the Java mapping function (CPU backend;
 * refused by name elsewhere in strict mode) agrees with the formula and with affine_transform, the
 * formula's Python arithmetic ({@code //}, {@code %} of negative numbers), and bad mappings.
 */
class GeometricTransformTest {
    private static final double[] VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};

    private static NDArray input(Backend b) {
        return NDArray.fromHost(b, HostArray.fromDoubles(VALUES, DType.FLOAT64, 4, 5));
    }

    @Test
    void aJavaFunctionGivesTheFormulasResultOnTheCpu() {
        Backend cpu = TestBackends.get(TestBackends.CPU);
        GeometricMapping shear = (o, in) -> {
            in[0] = o[0] - 0.5 * o[1] + 0.3;
            in[1] = 0.8 * o[1] + Math.sin(o[0] / 2.0);
        };
        for (int order = 0; order <= 5; order++) {
            InterpolationOptions opt = InterpolationOptions.defaults().order(order).mode("mirror");
            try (NDArray in = input(cpu);
                    NDArray f = Ndimage.geometricTransform(in, "x0 - 0.5*x1 + 0.3; 0.8*x1 + sin(x0/2.0)",
                            new int[] {6, 3}, opt);
                    NDArray j = Ndimage.geometricTransform(in, shear, new int[] {6, 3}, opt)) {
                assertArrayEquals(f.toDoubleArray(), j.toDoubleArray(), "order " + order);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> anAffineFormulaMatchesAffineTransform() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                TestBackends.assumeSupports(b, DType.FLOAT64);
                InterpolationOptions opt = InterpolationOptions.defaults().order(3).mode("nearest");
                double[] m = {0.9, -0.3, 0.2, 1.1};
                try (NDArray in = input(b);
                        NDArray matrix = NDArray.fromHost(b, HostArray.fromDoubles(m, DType.FLOAT64, 2, 2));
                        NDArray affine = Ndimage.affineTransform(in, matrix, new double[] {0.5, -1.0},
                                new int[] {5, 6}, opt);
                        NDArray mapped = Ndimage.geometricTransform(in,
                                "0.5 + x0*0.9 + x1*-0.3; -1.0 + x0*0.2 + x1*1.1", new int[] {5, 6}, opt)) {
                    assertArrayEquals(affine.toDoubleArray(), mapped.toDoubleArray(), 1e-12);
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> floorDivisionAndModuloArePythons() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                TestBackends.assumeSupports(b, DType.FLOAT64);
                // order 0 samples the index itself: x1 - 3 runs over -3..1, so // and % see negative operands
                double[] ramp = {0, 1, 2, 3, 4};
                InterpolationOptions opt = InterpolationOptions.defaults().order(0);
                try (NDArray in = NDArray.fromHost(b, HostArray.fromDoubles(ramp, DType.FLOAT64, 5));
                        NDArray q = Ndimage.geometricTransform(in, "(x0 - 3) // 2 + 2", new int[] {5}, opt);
                        NDArray r = Ndimage.geometricTransform(in, "(x0 - 3) % 3", new int[] {5}, opt)) {
                    // Python: [-3, -2, -1, 0, 1] // 2 = [-2, -1, -1, 0, 0]; % 3 = [0, 1, 2, 0, 1]
                    assertArrayEquals(new double[] {0, 1, 1, 2, 2}, q.toDoubleArray());
                    assertArrayEquals(new double[] {0, 1, 2, 0, 1}, r.toDoubleArray());
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void aJavaFunctionOnOpenClIsRefusedByNameInStrictMode() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            if (Backends.isFallback(b) || !Backends.isStrict()) {
                continue;
            }
            try (NDArray in = input(b)) {
                UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                        () -> Ndimage.geometricTransform(in, (o, c) -> {
                            c[0] = o[0];
                            c[1] = o[1];
                        }, null, InterpolationOptions.defaults()));
                assertTrue(e.getMessage().contains("ndimage.geometric_transform with a Java mapping function"),
                        e.getMessage());
            }
        }
    }

    @Test
    void aJavaFunctionOnAnotherBackendRunsOnTheCpuAndItsResultComesBackOutsideStrictMode() {
        String strict = System.getProperty(Backends.STRICT_PROPERTY);
        System.setProperty(Backends.STRICT_PROPERTY, "false");
        try {
            Backend cpu = TestBackends.get(TestBackends.CPU);
            GeometricMapping flip = (o, c) -> {
                c[0] = 3.5 - o[0];
                c[1] = o[1] * 0.75;
            };
            for (String name : TestBackends.available()) {
                Backend b = TestBackends.get(name);
                if (Backends.isFallback(b) || !b.supports(DType.FLOAT64)) {
                    continue;
                }
                try (NDArray in = input(b); NDArray onCpu = input(cpu);
                        NDArray r = Ndimage.geometricTransform(in, flip, new int[] {4, 7}, InterpolationOptions.defaults());
                        NDArray expected = Ndimage.geometricTransform(onCpu, flip, new int[] {4, 7},
                                InterpolationOptions.defaults())) {
                    assertTrue(r.backend() == b, "the result lives on the input's backend");
                    assertArrayEquals(expected.toDoubleArray(), r.toDoubleArray());
                }
            }
        } finally {
            if (strict == null) {
                System.clearProperty(Backends.STRICT_PROPERTY);
            } else {
                System.setProperty(Backends.STRICT_PROPERTY, strict);
            }
        }
    }

    private record Case(String what, String message, Function<NDArray, NDArray> call) {
    }

    private static List<Case> bad() {
        InterpolationOptions d = InterpolationOptions.defaults();
        return List.of(
                new Case("unknown name", "mapping: expression 1: formula: unknown name 'y'",
                        in -> Ndimage.geometricTransform(in, "x0; y + 1", null, d)),
                new Case("a coordinate beyond the output's rank", "unknown name 'x2'",
                        in -> Ndimage.geometricTransform(in, "x0; x2", null, d)),
                new Case("unknown function", "mapping: expression 0: formula: unknown function 'sine'",
                        in -> Ndimage.geometricTransform(in, "sine(x0); x1", null, d)),
                new Case("a bitwise operator", "mapping: expression 0", in -> Ndimage.geometricTransform(in, "x0 & 1; x1",
                        null, d)),
                new Case("a syntax error", "mapping: expression 1", in -> Ndimage.geometricTransform(in, "x0; x1 +",
                        null, d)),
                new Case("too few expressions", "mapping: 1 expression in 'x0' for an input of 2 dimensions",
                        in -> Ndimage.geometricTransform(in, "x0", null, d)),
                new Case("too many expressions", "mapping: 3 expressions",
                        in -> Ndimage.geometricTransform(in, "x0; x1; 1", null, d)),
                new Case("an empty mapping", "mapping: an empty formula",
                        in -> Ndimage.geometricTransform(in, " ", null, d)),
                new Case("a null Java mapping", "mapping: null",
                        in -> Ndimage.geometricTransform(in, (GeometricMapping) null, null, d)),
                new Case("order 6", "order", in -> Ndimage.geometricTransform(in, "x0; x1", null,
                        InterpolationOptions.defaults().order(6))),
                new Case("unknown mode", "mode", in -> Ndimage.geometricTransform(in, "x0; x1", null,
                        InterpolationOptions.defaults().mode("edge"))),
                new Case("negative output_shape", "output_shape",
                        in -> Ndimage.geometricTransform(in, "x0; x1", new int[] {2, -1}, d)));
    }

    @TestFactory
    Stream<DynamicTest> badMappingsAreOneLineErrorsNamingTheParameter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            for (Case c : bad()) {
                tests.add(DynamicTest.dynamicTest(name + ": " + c.what(), () -> {
                    long before = b.liveAllocations();
                    try (NDArray in = input(b)) {
                        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                                () -> c.call().apply(in), c.what());
                        String m = String.valueOf(e.getMessage());
                        assertTrue(m.contains(c.message()), "the message says " + c.message() + ": " + m);
                        assertFalse(m.contains("\n"), "one line: " + m);
                        assertArrayEquals(VALUES, in.toDoubleArray(), "input unchanged");
                    }
                    assertEquals(before, b.liveAllocations(), "arrays left alive");
                }));
            }
        }
        return tests.stream();
    }
}
