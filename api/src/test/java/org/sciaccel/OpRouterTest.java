package org.sciaccel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpRouterTest {
    private final List<String> warned = new ArrayList<>();
    private Consumer<String> savedWarnings;
    private Predicate<String> savedRegistered;
    private String savedStrict;

    @BeforeEach
    void captureWarnings() {
        savedWarnings = OpRouter.warnings;
        OpRouter.warnings = warned::add;
        savedRegistered = OpRouter.registered;
        OpRouter.registered = name -> name.startsWith("test.") || savedRegistered.test(name);
        savedStrict = System.getProperty(Backends.STRICT_PROPERTY);
    }

    @AfterEach
    void restore() {
        OpRouter.warnings = savedWarnings;
        OpRouter.registered = savedRegistered;
        if (savedStrict == null) {
            System.clearProperty(Backends.STRICT_PROPERTY);
        } else {
            System.setProperty(Backends.STRICT_PROPERTY, savedStrict);
        }
    }

    private static void lenient() {
        System.setProperty(Backends.STRICT_PROPERTY, "false");
    }

    private static NDArray vector(Backend b, double... v) {
        return NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {v.length}, v.clone()));
    }

    private static NDArray negate(Backend b, NDArray in) {
        double[] v = in.toDoubleArray();
        for (int i = 0; i < v.length; i++) {
            v[i] = -v[i];
        }
        return vector(b, v);
    }

    @Test
    void anOpTheInputsBackendImplementsRunsThereOnTheInputsThemselves() {
        Backend home = new HostMemoryBackend("testhigh", Set.of("test.local"));
        try (NDArray a = vector(home, 1, 2)) {
            Backend[] ranOn = new Backend[1];
            NDArray[] saw = new NDArray[1];
            try (NDArray r = OpRouter.run("test.local", a, (b, in) -> {
                ranOn[0] = b;
                saw[0] = in;
                return negate(b, in);
            })) {
                assertSame(home, ranOn[0]);
                assertSame(a, saw[0]);
                assertArrayEquals(new double[] {-1, -2}, r.toDoubleArray());
            }
            assertEquals(List.of(), warned);
        }
    }

    @Test
    void strictModeRefusesTheFallback() {
        System.setProperty(Backends.STRICT_PROPERTY, "true");
        Backend home = Backends.create("testlow");
        try (NDArray a = vector(home, 1)) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> OpRouter.run("test.negate", a, OpRouterTest::negate));
            assertEquals("test.negate is not implemented on backend testlow (strict mode: no CPU fallback)",
                    e.getMessage());
            assertEquals(List.of(), warned);
        }
    }

    @Test
    void aMissingOpRunsOnTheFallbackWithOneWarningAndTheResultComesBack() {
        lenient();
        HostMemoryBackend home = (HostMemoryBackend) Backends.create("testlow");
        Backend fallback = Backends.fallback();
        long fallbackLive = fallback.liveAllocations();
        try (NDArray a = vector(home, 1, -3)) {
            for (int run = 0; run < 2; run++) {
                Backend[] ranOn = new Backend[1];
                try (NDArray r = OpRouter.run("test.negate", a, (b, in) -> {
                    ranOn[0] = b;
                    return negate(b, in);
                })) {
                    assertSame(fallback, ranOn[0]);
                    assertSame(home, r.backend());
                    assertArrayEquals(new double[] {-1, 3}, r.toDoubleArray());
                }
            }
            assertEquals(List.of("test.negate is not implemented on backend testlow; ran it on the CPU backend"
                    + " (copies to and from the host)"), warned);
            assertEquals(fallbackLive, fallback.liveAllocations(), "copies on the fallback are closed");
            assertEquals(1, home.liveAllocations(), "only the input is left on the home backend");
        }
    }

    @Test
    void aVariantRunsWhereTheBackendImplementsItAndElseFallsBackOrIsRefused() {
        HostMemoryBackend home = new HostMemoryBackend("testvariant", Set.of("test.local"));
        try (NDArray a = vector(home, 2)) {
            Backend[] ranOn = new Backend[1];
            OpRouter.Body<NDArray> body = (b, in) -> {
                ranOn[0] = b;
                return negate(b, in[0]);
            };
            try (NDArray r = OpRouter.callVariant("test.local", "method='A'", b -> true, body,
                    (x, move) -> move.apply(x), a)) {
                assertSame(home, ranOn[0]);
                assertArrayEquals(new double[] {-2}, r.toDoubleArray());
            }
            System.setProperty(Backends.STRICT_PROPERTY, "true");
            OpNotImplementedException e = assertThrows(OpNotImplementedException.class, () -> OpRouter.callVariant(
                    "test.local", "method='B'", b -> false, body, (x, move) -> move.apply(x), a));
            assertEquals("test.local method='B' is not implemented on backend testvariant (strict mode: no CPU "
                    + "fallback)", e.getMessage());
            assertEquals(List.of(), warned);
            lenient();
            try (NDArray r = OpRouter.callVariant("test.local", "method='B'", b -> false, body,
                    (x, move) -> move.apply(x), a)) {
                assertSame(Backends.fallback(), ranOn[0]);
                assertSame(home, r.backend());
                assertArrayEquals(new double[] {-2}, r.toDoubleArray());
            }
            assertEquals(List.of("test.local method='B' is not implemented on backend testvariant; ran it on the "
                    + "CPU backend (copies to and from the host)"), warned);
            // the predicate is asked only of a backend that implements the op
            System.setProperty(Backends.STRICT_PROPERTY, "true");
            Backend low = Backends.create("testlow");
            try (NDArray b = vector(low, 1)) {
                assertThrows(OpNotImplementedException.class, () -> OpRouter.callVariant("test.negate", "method='A'",
                        x -> {
                            throw new AssertionError("asked of a backend without the op");
                        }, body, (x, move) -> move.apply(x), b));
            }
        }
    }

    @Test
    void aHostOnlyCallRunsOnTheFallbackEvenWhereTheOpIsImplemented() {
        lenient();
        Backend home = new HostMemoryBackend("testhigh", Set.of("test.local"));
        Backend fallback = Backends.fallback();
        try (NDArray a = vector(home, 2, -5)) {
            Backend[] ranOn = new Backend[1];
            try (NDArray r = OpRouter.runOnHost("test.local", "with a Java function", a, (b, in) -> {
                ranOn[0] = b;
                return negate(b, in);
            })) {
                assertSame(fallback, ranOn[0]);
                assertSame(home, r.backend());
                assertArrayEquals(new double[] {-2, 5}, r.toDoubleArray());
            }
            assertEquals(List.of("test.local with a Java function is not implemented on backend testhigh; ran it on"
                    + " the CPU backend (copies to and from the host)"), warned);
        }
        try (NDArray a = vector(fallback, 1)) {
            Backend[] ranOn = new Backend[1];
            try (NDArray r = OpRouter.runOnHost("test.local", "with a Java function", a, (b, in) -> {
                ranOn[0] = b;
                return negate(b, in);
            })) {
                assertSame(fallback, ranOn[0], "on the fallback itself it just runs");
            }
        }
    }

    @Test
    void strictModeRefusesAHostOnlyCallOnAnotherBackend() {
        System.setProperty(Backends.STRICT_PROPERTY, "true");
        Backend home = new HostMemoryBackend("testhigh", Set.of("test.local"));
        try (NDArray a = vector(home, 1)) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> OpRouter.runOnHost("test.local", "with a Java function", a, OpRouterTest::negate));
            assertEquals("test.local with a Java function is not implemented on backend testhigh (strict mode: no CPU"
                    + " fallback)", e.getMessage());
        }
    }

    @Test
    void aFallbackThatFailsWarnsNothingSoItsErrorStandsAlone() {
        lenient();
        Backend home = Backends.create("testlow");
        try (NDArray a = vector(home, 1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpRouter.run("test.sum", a,
                    (b, in) -> {
                        throw new IllegalArgumentException("test.sum: refused");
                    }));
            assertEquals("test.sum: refused", e.getMessage());
            assertEquals(List.of(), warned, "no fallback warning before the op's own error");
        }
    }

    @Test
    void aNameTheRegistryDoesNotKnowIsRefused() {
        OpRouter.registered = savedRegistered;
        try (NDArray a = vector(Backends.fallback(), 1)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> OpRouter.run("ndimage.no_such_filter", a, OpRouterTest::negate));
            assertTrue(e.getMessage().startsWith("ndimage.no_such_filter is routed by a facade but has no registry entry"),
                    e.getMessage());
        }
        assertTrue(OpRouter.registered.test("ndimage.gaussian_filter"));
    }

    @Test
    void nothingFallsBackFromTheFallbackItself() {
        lenient();
        try (NDArray a = vector(Backends.fallback(), 1)) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> OpRouter.run("test.unknown", a, OpRouterTest::negate));
            assertEquals("test.unknown is not implemented on backend " + Backends.FALLBACK_NAME, e.getMessage());
        }
    }

    @Test
    void inputsOnDifferentBackendsAreRefusedNamingBoth() {
        Backend low = Backends.create("testlow");
        Backend high = Backends.create("testhigh");
        try (NDArray a = vector(low, 1); NDArray b = vector(high, 2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> OpRouter.array("test.negate", (on, in) -> negate(on, in[0]), a, b));
            assertEquals("test.negate: inputs live on different backends, testlow (heap) and testhigh (heap);"
                    + " copy them to one with to(backend)", e.getMessage());
        }
    }

    @Test
    void severalArraysWithNullEntriesAndScalarsComeBackToo() {
        lenient();
        Backend home = Backends.create("testlow");
        try (NDArray a = vector(home, 2, 5); NDArray w = vector(home, 10, 100)) {
            NDArray[] parts = OpRouter.arrays("test.split", (on, in) -> new NDArray[] {negate(on, in[0]), null}, a);
            try (NDArray first = parts[0]) {
                assertSame(home, first.backend());
                assertArrayEquals(new double[] {-2, -5}, first.toDoubleArray());
                assertNull(parts[1]);
            }
            double dot = OpRouter.value("test.sum", (on, in) -> {
                assertNull(in[1]);
                double[] x = in[0].toDoubleArray();
                double[] y = in[2].toDoubleArray();
                return x[0] * y[0] + x[1] * y[1];
            }, a, null, w);
            assertEquals(520, dot);
            assertEquals(2, warned.size(), warned.toString());
        }
    }

    /** A result type holding arrays, as a fit result does. */
    private record Pair(NDArray left, NDArray right, int count) {
    }

    @Test
    void anyResultComesBackThroughItsCopyBack() {
        lenient();
        Backend home = Backends.create("testlow");
        Backend fallback = Backends.fallback();
        long fallbackLive = fallback.liveAllocations();
        try (NDArray a = vector(home, 4)) {
            Pair p = OpRouter.call("test.pair", (on, in) -> new Pair(negate(on, in[0]), vector(on, 7), 2),
                    (r, move) -> new Pair(move.apply(r.left()), move.apply(r.right()), r.count()), a);
            try (NDArray left = p.left(); NDArray right = p.right()) {
                assertSame(home, left.backend());
                assertSame(home, right.backend());
                assertArrayEquals(new double[] {-4}, left.toDoubleArray());
                assertArrayEquals(new double[] {7}, right.toDoubleArray());
                assertEquals(2, p.count());
            }
            assertEquals(fallbackLive, fallback.liveAllocations(), "originals on the fallback are closed");
        }
    }
}
