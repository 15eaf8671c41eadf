package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.numpy.Random;

/**
 * The generators that do not follow NumPy's stream give the same bits on every backend: each op with
 * sizes that split across the CPU's threads and several work-groups, parameters that make the
 * rejection loops reach further lanes of the element streams, every integer dtype. Also the state's
 * advance for the element streams (two calls equal one call of both sizes), shuffle in place against
 * permutation, and that generation uploads nothing to the device.
 */
class RandomCrossBackendTest {
    private static final int BIG = 100_003;

    /** The op run from one seed on every available backend; every result must equal the CPU's. */
    private static void sameEverywhere(String what, long seed, Function<Random, NDArray> op) {
        HostArray reference = null;
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            long live = b.liveAllocations();
            HostArray got;
            try (NDArray r = op.apply(Random.philox(seed, b))) {
                assertEquals(b, r.backend(), what + ": result left " + name);
                got = r.toHost();
            }
            assertEquals(live, b.liveAllocations(), what + " leaked arrays on " + name);
            if (reference == null) {
                reference = got;
            } else {
                assertTrue(HostArrays.identical(reference, got), what + ": " + name + " differs from "
                        + TestBackends.available().get(0) + firstDifference(reference, got));
            }
        }
    }

    private static String firstDifference(HostArray a, HostArray b) {
        if (a.dtype() != b.dtype() || a.size() != b.size()) {
            return " (" + a.dtype() + " " + Shapes.toString(a.shape()) + " vs " + b.dtype() + " " + Shapes.toString(b.shape()) + ")";
        }
        Object x = a.data();
        Object y = b.data();
        for (int i = 0; i < java.lang.reflect.Array.getLength(x); i++) {
            if (!java.lang.reflect.Array.get(x, i).equals(java.lang.reflect.Array.get(y, i))) {
                return " at " + i + ": " + java.lang.reflect.Array.get(x, i) + " vs " + java.lang.reflect.Array.get(y, i);
            }
        }
        return "";
    }

    private static void requireTwoBackends() {
        Assumptions.assumeTrue(TestBackends.available().size() > 1, "one backend only");
    }

    @Test
    void numpysStreamsAgree() {
        requireTwoBackends();
        sameEverywhere("random float64", 1, r -> r.random(BIG));
        sameEverywhere("random float32", 2, r -> r.random(DType.FLOAT32, BIG));
        sameEverywhere("uniform", 3, r -> r.uniform(-1e5, 1e5, 317, 11));
    }

    @Test
    void integersAgreeForEveryDtype() {
        requireTwoBackends();
        long seed = 10;
        for (DType t : new DType[] {DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32,
            DType.UINT32, DType.INT64, DType.UINT64}) {
            BigInteger[] range = t == DType.BOOL ? new BigInteger[] {BigInteger.ZERO, BigInteger.ONE}
                    : t.kind() == DType.Kind.UNSIGNED
                    ? new BigInteger[] {BigInteger.ZERO, BigInteger.ONE.shiftLeft(8 * t.itemSize()).subtract(BigInteger.ONE)}
                    : new BigInteger[] {BigInteger.ONE.shiftLeft(8 * t.itemSize() - 1).negate(),
                        BigInteger.ONE.shiftLeft(8 * t.itemSize() - 1).subtract(BigInteger.ONE)};
            sameEverywhere("integers full " + t, seed++, r -> r.integers(range[0], range[1], t, true, 5003));
            sameEverywhere("integers small " + t, seed++, r -> r.integers(0, 1, t, true, 4, 7));
        }
        // Spans just above 2^63 and 2^62 reject about half and a quarter of the words: further lanes.
        sameEverywhere("integers 2^63 + 1", seed++, r -> r.integers(BigInteger.ZERO, BigInteger.ONE.shiftLeft(63),
                DType.UINT64, true, BIG));
        sameEverywhere("integers 3 * 2^61", seed++, r -> r.integers(-5, (3L << 61) - 5, BIG));
        sameEverywhere("integers 0-d", seed, r -> r.integers(-3, 1000));
    }

    @Test
    void continuousVariatesAgree() {
        requireTwoBackends();
        sameEverywhere("standard_normal float64", 20, r -> r.standardNormal(BIG));
        sameEverywhere("standard_normal float32", 21, r -> r.standardNormal(DType.FLOAT32, 301, 7));
        sameEverywhere("normal", 22, r -> r.normal(-3, 2.5, 999));
        sameEverywhere("exponential", 23, r -> r.exponential(0.75, BIG));
        long seed = 30;
        for (double lam : new double[] {0, 0.3, 4.5, 9.99, 10, 77.7, 1e5, 9.2e18}) {
            sameEverywhere("poisson(" + lam + ")", seed++, r -> r.poisson(lam, 20_011));
        }
    }

    @Test
    void ordersAndSamplesAgree() {
        requireTwoBackends();
        sameEverywhere("permutation(1)", 40, r -> r.permutation(1));
        sameEverywhere("permutation(1000)", 41, r -> r.permutation(1000));
        sameEverywhere("permutation(70001)", 42, r -> r.permutation(70_001));
        double[] p = {0.05, 0.0, 0.3, 0.15, 0.5};
        sameEverywhere("choice p", 43, r -> r.choice(5, new int[] {333, 3}, true, p));
        sameEverywhere("choice no replace", 44, r -> r.choice(10_000, new int[] {250}, false, null));
        sameEverywhere("choice no replace p", 45, r -> r.choice(5, new int[] {3}, false, p));
        HostArray x = HostArray.fromDoubles(ramp(6 * 5 * 3), DType.FLOAT64, 6, 5, 3);
        for (int axis = 0; axis < 3; axis++) {
            int ax = axis;
            sameEverywhere("permutation of an array, axis " + axis, 46, r -> permuteOn(r, x, ax));
            sameEverywhere("choice of an array, axis " + axis, 47, r -> chooseOn(r, x, ax));
        }
    }

    private static double[] ramp(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * 0.25 - 3;
        }
        return v;
    }

    private static NDArray permuteOn(Random r, HostArray x, int axis) {
        try (NDArray a = NDArray.fromHost(r.backend(), x)) {
            return r.permutation(a, axis);
        }
    }

    private static NDArray chooseOn(Random r, HostArray x, int axis) {
        try (NDArray a = NDArray.fromHost(r.backend(), x)) {
            return r.choice(a, new int[] {2, 2}, true, null, axis, true);
        }
    }

    @Test
    void elementStreamsContinueAcrossCalls() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            Random one = Random.philox(50, b);
            Random two = Random.philox(50, b);
            try (NDArray whole = one.integers(0, 1000, 30); NDArray first = two.integers(0, 1000, 12);
                    NDArray rest = two.integers(0, 1000, 18)) {
                long[] w = whole.toLongArray();
                long[] f = first.toLongArray();
                long[] s = rest.toLongArray();
                long[] joined = new long[30];
                System.arraycopy(f, 0, joined, 0, 12);
                System.arraycopy(s, 0, joined, 12, 18);
                assertArrayEquals(w, joined, name + ": integers(12) then integers(18) should be integers(30)");
                assertArrayEquals(one.state(), two.state(), name);
            }
        }
    }

    @Test
    void shuffleIsPermutationInPlace() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            TestBackends.assumeSupports(b, DType.FLOAT64);
            HostArray x = HostArray.fromDoubles(ramp(40 * 3), DType.FLOAT64, 40, 3);
            try (NDArray a = NDArray.fromHost(b, x); NDArray c = NDArray.fromHost(b, x);
                    NDArray p = Random.philox(60, b).permutation(c, 0)) {
                Random.philox(60, b).shuffle(a);
                assertTrue(HostArrays.identical(p.toHost(), a.toHost()), name + ": shuffle differs from permutation");
                assertFalse(HostArrays.identical(x, a.toHost()), name + ": shuffle left the array as it was");
                assertTrue(HostArrays.identical(x, c.toHost()), name + ": permutation changed its input");
            }
        }
    }

    @Test
    void generationUploadsNothing() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            TestBackends.assumeSupports(b, DType.FLOAT64);
            Random rng = Random.philox(70, b);
            long in = b.bytesToBackend();
            long out = b.bytesFromBackend();
            List<NDArray> made = new ArrayList<>();
            try {
                made.add(rng.random(1 << 20));
                made.add(rng.random(DType.FLOAT32, 1 << 20));
                made.add(rng.uniform(2, 3, 1000));
                made.add(rng.integers(0, 7, 1 << 16));
                made.add(rng.standardNormal(1 << 16));
                made.add(rng.exponential(1, 1000));
                made.add(rng.poisson(20, 1000));
                made.add(rng.permutation(5000));
                made.add(rng.choice(100, new int[] {50}, false, null));
                assertEquals(in, b.bytesToBackend(), name + ": bytes uploaded while generating");
                assertEquals(out, b.bytesFromBackend(), name + ": bytes downloaded while generating");
                double[] p = new double[1000];
                java.util.Arrays.fill(p, 1e-3);
                made.add(rng.choice(1000, new int[] {1 << 16}, true, p));
                long table = b.bytesToBackend() - in;
                assertTrue(table == 0 || table == 8 * 1000L, name + ": choice with p uploads its 1000 cumulative "
                        + "probabilities at most, not the samples: " + table + " bytes");
            } finally {
                made.forEach(NDArray::close);
            }
        }
    }

    @Test
    void badInputFailsAlikeEverywhere() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            Random rng = Random.philox(80, b);
            long[] before = rng.state();
            assertThrows(IllegalArgumentException.class, () -> rng.random(3, -1));
            assertThrows(IllegalArgumentException.class, () -> rng.integers(5, 5, 3));
            assertThrows(IllegalArgumentException.class, () -> rng.poisson(-1, 3));
            assertThrows(IllegalArgumentException.class, () -> rng.choice(3, new int[] {2}, true, new double[] {0.5, 0.4, 0}));
            assertThrows(IllegalArgumentException.class, () -> rng.random(DType.INT32, 3));
            assertThrows(IllegalArgumentException.class, () -> Random.philox(-1, b));
            assertArrayEquals(before, rng.state(), name + ": a refused call advanced the state");
        }
    }
}
