package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.optimize.BatchRootResult;
import org.sciaccel.optimize.EquationSystem;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.OptimizeResult;
import org.sciaccel.optimize.RootOptions;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * {@code Optimize.rootBatch} on every backend against the single-problem hybr of
 * {@code Optimize.root}, problem by problem: the same nfev, njev and status, x and fun within 1e-9
 * (the same float64 operations in the same order, so in practice equal). 10⁴ random 2-equation
 * systems with the symbolic Jacobian and with forward differences, 3-equation systems with hybr's
 * options; systems that are NaN everywhere, leave sqrt's domain or have no root, each ending with
 * its own status and leaving its neighbours as they are alone.
 */
class RootBatchTest {
    /** A circle (radius² r) and a cubic through the plane: two, one or no crossings as a and b vary. */
    static final String CIRCLE_CUBIC = "x**2 + y**2 - r; y - a*x**3 - b*x + 0.5";
    /** Three equations with sqrt, abs and the powers 2 and 3 (operations both backends round alike). */
    static final String THREE = "x**2 + y**2 + z**2 - s; x*y - z + 0.1*sqrt(x*x + 1); y**3 - x + abs(z) - t";
    static final double TOL = 1e-9;

    @TestFactory
    Stream<DynamicTest> equalsTheSingleProblemSolver() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            tests.add(DynamicTest.dynamicTest(name + ": 10^5 random 2-equation systems, jac and differences",
                    () -> twoEquations(name)));
            tests.add(DynamicTest.dynamicTest(name + ": 3 equations with xtol, maxfev, factor, diag, band, eps",
                    () -> threeEquations(name)));
            tests.add(DynamicTest.dynamicTest(name + ": 7 equations (Broyden's tridiagonal), dense and banded",
                    () -> broydenTridiagonal(name)));
            tests.add(DynamicTest.dynamicTest(name + ": NaN, out-of-domain and rootless systems keep their own status",
                    () -> nanAndRootless(name)));
            tests.add(DynamicTest.dynamicTest(name + ": one variable, float32 x0, no constants, an empty batch",
                    () -> smallCases(name)));
        }
        return tests.stream();
    }

    static void twoEquations(String name) {
        int n = 100_000;
        SplittableRandom rnd = new SplittableRandom(15);
        double[] x0 = new double[n * 2];
        double[] c = new double[n * 3];
        for (int p = 0; p < n; p++) {
            x0[2 * p] = -2 + 4 * rnd.nextDouble();
            x0[2 * p + 1] = -2 + 4 * rnd.nextDouble();
            c[3 * p] = 0.2 + 3 * rnd.nextDouble();
            c[3 * p + 1] = -2 + 4 * rnd.nextDouble();
            c[3 * p + 2] = -2 + 4 * rnd.nextDouble();
        }
        // every twentieth starting point has a zero coordinate (the difference step eps, not eps·|x|)
        for (int p = 0; p < n; p += 20) {
            x0[2 * p + (p / 20) % 2] = 0;
        }
        List<String> v = List.of("x", "y");
        List<String> k = List.of("r", "a", "b");
        long[] statuses = check(name, CIRCLE_CUBIC, v, k, x0, c, n, RootOptions.options().jac(true));
        // the batch holds converged and failing systems alike (no crossing: no progress)
        assertTrue(count(statuses, 1) > n / 2 && count(statuses, 1) < n, "statuses " + histogram(statuses));
        check(name, CIRCLE_CUBIC, v, k, x0, c, n, RootOptions.options());
    }

    static void threeEquations(String name) {
        int n = 600;
        SplittableRandom rnd = new SplittableRandom(3);
        double[] x0 = new double[n * 3];
        double[] c = new double[n * 2];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = -1.5 + 3 * rnd.nextDouble();
        }
        for (int p = 0; p < n; p++) {
            c[2 * p] = 0.5 + 3 * rnd.nextDouble();
            c[2 * p + 1] = -1 + 2 * rnd.nextDouble();
        }
        List<String> v = List.of("x", "y", "z");
        List<String> k = List.of("s", "t");
        check(name, THREE, v, k, x0, c, n, RootOptions.options().jac(true));
        check(name, THREE, v, k, x0, c, n, RootOptions.options());
        check(name, THREE, v, k, x0, c, n, RootOptions.options().jac(true).xtol(1e-12).factor(1));
        check(name, THREE, v, k, x0, c, n, RootOptions.options().tol(1e-4));
        // caps that stop problems mid-run (status 2), a tiny xtol (status 3 for some)
        check(name, THREE, v, k, x0, c, n, RootOptions.options().jac(true).maxfev(7));
        check(name, THREE, v, k, x0, c, n, RootOptions.options().maxfev(12).xtol(0));
        check(name, THREE, v, k, x0, c, n, RootOptions.options().diag(new double[] {1, 2, 0.5}).factor(0.5));
        check(name, THREE, v, k, x0, c, n, RootOptions.options().jac(true).diag(new double[] {3, 1, 1}));
        // a band of one sub-diagonal and none above: columns 0 and 2 perturbed together
        check(name, THREE, v, k, x0, c, n, RootOptions.options().band(1, 0));
        check(name, THREE, v, k, x0, c, n, RootOptions.options().band(0, 0).eps(1e-10));
        check(name, THREE, v, k, x0, c, n, RootOptions.options().eps(1e-6).colDeriv(true));
    }

    /**
     * Broyden's tridiagonal system in 7 unknowns, (3 - h·x_i)·x_i - x_{i-1} - 2·x_{i+1} + 1 = 0 with
     * x_0 = x_8 = 0, from random starts: longer rotation chains in the Broyden updates, and the band
     * (1, 1) that perturbs every third column together.
     */
    static void broydenTridiagonal(String name) {
        int d = 7;
        List<String> v = new ArrayList<>();
        for (int i = 1; i <= d; i++) {
            v.add("x" + i);
        }
        StringBuilder f = new StringBuilder();
        for (int i = 1; i <= d; i++) {
            f.append(i == 1 ? "" : "; ").append("(3 - h*x").append(i).append(")*x").append(i);
            if (i > 1) {
                f.append(" - x").append(i - 1);
            }
            if (i < d) {
                f.append(" - 2*x").append(i + 1);
            }
            f.append(" + 1");
        }
        int n = 300;
        SplittableRandom rnd = new SplittableRandom(7);
        double[] x0 = new double[n * d];
        double[] c = new double[n];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = -2 + 3 * rnd.nextDouble();
        }
        for (int p = 0; p < n; p++) {
            c[p] = 0.5 + 2 * rnd.nextDouble();
        }
        check(name, f.toString(), v, List.of("h"), x0, c, n, RootOptions.options().jac(true));
        check(name, f.toString(), v, List.of("h"), x0, c, n, RootOptions.options());
        check(name, f.toString(), v, List.of("h"), x0, c, n, RootOptions.options().band(1, 1));
    }

    /**
     * Systems whose equations are NaN everywhere (r = NaN), whose every step leaves sqrt's domain,
     * that have no root (a circle and a curve apart), start at a root, or have an infinite constant: each ends
     * as the single-problem solver ends it, and the finite problems between them are as they are alone.
     */
    static void nanAndRootless(String name) {
        String f = "x**2 + y**2 - r; sqrt(y - a) + x - b";
        List<String> vars = List.of("x", "y");
        List<String> consts = List.of("r", "a", "b");
        double[] x0 = {1, 1, 1, 1, 0.3, 0.95, 0.5, 2, 1, 0, 3, -3};
        double[] c = {2, 0, 1.8, Double.NaN, 0, 1, 1, 0.9, 1.2, 1, 0, 5, 1, -0.25, 1.5, 1, 0, Double.POSITIVE_INFINITY};
        int n = 6;
        Backend b = TestBackends.get(name);
        for (RootOptions o : List.of(RootOptions.options(), RootOptions.options().jac(true))) {
            long[] status;
            long[] nfev;
            double[] fun;
            double[] x;
            try (NDArray xa = NDArray.fromHost(b, HostArray.fromDoubles(x0, DType.FLOAT64, n, 2));
                    NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(c, DType.FLOAT64, n, 3));
                    BatchRootResult r = Optimize.rootBatch(f, vars, consts, xa, ca, o)) {
                status = r.status().toLongArray();
                nfev = r.nfev().toLongArray();
                fun = r.fun().toDoubleArray();
                x = r.x().toDoubleArray();
            }
            assertEquals(1, status[0], "the plain problem converges: " + Arrays.toString(status));
            assertTrue(status[1] != 1 && Double.isNaN(fun[2]), "the NaN problem: status " + status[1]);
            assertTrue(status[2] != 1, "the problem whose steps leave sqrt's domain: status " + status[2]);
            assertTrue(status[3] != 1, "the rootless problem: status " + status[3]);
            assertEquals(1, status[4], "x0 at a root");
            assertEquals(0.0, fun[8], 0.0);
            assertEquals(0.0, fun[9], 0.0);
            assertTrue(status[5] != 1, "an infinite constant: status " + status[5]);
            check(name, f, vars, consts, x0, c, n, o);
            // the finite problems alone give what they gave beside the bad ones
            double[] x0f = {x0[0], x0[1], x0[4], x0[5]};
            double[] cf = {c[0], c[1], c[2], c[6], c[7], c[8]};
            try (NDArray xa = NDArray.fromHost(b, HostArray.fromDoubles(x0f, DType.FLOAT64, 2, 2));
                    NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(cf, DType.FLOAT64, 2, 3));
                    BatchRootResult r = Optimize.rootBatch(f, vars, consts, xa, ca, o)) {
                double[] xs = r.x().toDoubleArray();
                assertArrayEquals(new double[] {x[0], x[1], x[4], x[5]}, xs, 0.0);
                assertArrayEquals(new long[] {status[0], status[2]}, r.status().toLongArray());
                assertArrayEquals(new long[] {nfev[0], nfev[2]}, r.nfev().toLongArray());
            }
        }
    }

    static void smallCases(String name) {
        double[] x0 = {0, 1, -3, 2.5, 0.1};
        double[] c = {1, -2, 0.5, 3, 10};
        check(name, "x**3 - q + abs(x)", List.of("x"), List.of("q"), x0, c, 5, RootOptions.options());
        check(name, "x**3 - q + abs(x)", List.of("x"), List.of("q"), x0, c, 5, RootOptions.options().jac(true));
        double[] x2 = {0.5, 0.5, -1, 2, 3, 0};
        check(name, "x**2 - y - 1; x - y**3", List.of("x", "y"), List.of(), x2, null, 3, RootOptions.options());
        Backend b = TestBackends.get(name);
        // float32 starting points are taken as float64 (the copy freed by the call); no njev without jac
        try (NDArray x32 = NDArray.fromHost(b, HostArray.fromDoubles(x0, DType.FLOAT32, 5, 1));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(c, DType.FLOAT64, 5, 1));
                BatchRootResult r = Optimize.rootBatch("x**3 - q + abs(x)", List.of("x"), List.of("q"), x32, ca,
                        null)) {
            assertEquals(DType.FLOAT64, r.x().dtype());
            assertEquals(1.0, r.x().toDoubleArray()[4] * r.x().toDoubleArray()[4] * r.x().toDoubleArray()[4]
                    + Math.abs(r.x().toDoubleArray()[4]) - 9, 1 + 1e-6, "x³ + |x| = 10");
            assertNull(r.njev());
        }
        try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(new double[0], DType.FLOAT64, 0, 2));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(new double[0], DType.FLOAT64, 0, 3));
                BatchRootResult r = Optimize.rootBatch(CIRCLE_CUBIC, List.of("x", "y"), List.of("r", "a", "b"), x, ca,
                        RootOptions.options().jac(true))) {
            assertArrayEquals(new int[] {0, 2}, r.x().shape());
            assertArrayEquals(new int[] {0, 2}, r.fun().shape());
            assertArrayEquals(new int[] {0}, r.njev().shape());
            assertEquals(DType.INT64, r.nfev().dtype());
            assertEquals(DType.BOOL, r.success().dtype());
        }
    }

    /** The batch on {@code name} against {@code Optimize.root} of each problem alone; the batch's statuses. */
    static long[] check(String name, String f, List<String> vars, List<String> consts, double[] x0, double[] c, int n,
            RootOptions o) {
        Backend b = TestBackends.get(name);
        int d = vars.size();
        int k = consts.size();
        double[] x;
        double[] fun;
        long[] nfev;
        long[] njev;
        long[] status;
        boolean[] success;
        try (NDArray xa = NDArray.fromHost(b, HostArray.fromDoubles(x0, DType.FLOAT64, n, d));
                NDArray ca = c == null ? null : NDArray.fromHost(b, HostArray.fromDoubles(c, DType.FLOAT64, n, k));
                BatchRootResult r = Optimize.rootBatch(f, vars, consts, xa, ca, o)) {
            assertEquals(b, r.x().backend());
            assertArrayEquals(new int[] {n, d}, r.x().shape());
            assertArrayEquals(new int[] {n, d}, r.fun().shape());
            x = r.x().toDoubleArray();
            fun = r.fun().toDoubleArray();
            nfev = r.nfev().toLongArray();
            njev = r.njev() == null ? null : r.njev().toLongArray();
            status = r.status().toLongArray();
            success = r.success().toBooleanArray();
        }
        OptimizeResult[] alone = alone(f, vars, consts, x0, c, n, o);
        int mismatches = 0;
        StringBuilder first = new StringBuilder();
        for (int p = 0; p < n; p++) {
            OptimizeResult s = alone[p];
            assertEquals(s.has("njev"), njev != null, "njev is reported with jac only");
            boolean same = s.nfev() == nfev[p] && s.status() == status[p] && s.success() == success[p]
                    && (njev == null || s.njev() == njev[p]);
            double[] sx = s.x();
            double[] sf = s.funValues();
            for (int i = 0; i < d; i++) {
                same &= close(sx[i], x[p * d + i]) && close(sf[i], fun[p * d + i]);
            }
            if (!same && mismatches++ == 0) {
                first.append("problem ").append(p).append(": batch nfev=").append(nfev[p]).append(" njev=")
                        .append(njev == null ? "-" : String.valueOf(njev[p])).append(" status=").append(status[p])
                        .append(" x=").append(Arrays.toString(Arrays.copyOfRange(x, p * d, p * d + d)))
                        .append(" fun=").append(Arrays.toString(Arrays.copyOfRange(fun, p * d, p * d + d)))
                        .append("; alone ").append(s);
            }
        }
        assertEquals(0, mismatches, name + ": " + mismatches + " of " + n + " systems " + f
                + " differ from the single-problem solver; first " + first);
        return status;
    }

    /** Each problem by {@code Optimize.root}, computed once per case for all backends. */
    static OptimizeResult[] alone(String f, List<String> vars, List<String> consts, double[] x0, double[] c, int n,
            RootOptions o) {
        String key = f + "|" + System.identityHashCode(o) + "|" + Arrays.hashCode(x0) + "|" + Arrays.hashCode(c);
        return ALONE.computeIfAbsent(key, unused -> {
            ObjectiveFormula formula = ObjectiveFormula.parse(f, vars, consts);
            int d = vars.size();
            int k = consts.size();
            OptimizeResult[] out = new OptimizeResult[n];
            for (int p = 0; p < n; p++) {
                double[] cp = c == null ? new double[0] : Arrays.copyOfRange(c, p * k, p * k + k);
                out[p] = Optimize.root(EquationSystem.bound(formula, cp), Arrays.copyOfRange(x0, p * d,
                        p * d + d), o);
            }
            return out;
        });
    }

    private static final java.util.Map<String, OptimizeResult[]> ALONE = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean close(double want, double got) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        if (Double.isInfinite(want)) {
            return want == got;
        }
        return Math.abs(got - want) <= TOL * Math.max(1, Math.abs(want));
    }

    static int count(long[] v, long what) {
        int k = 0;
        for (long s : v) {
            k += s == what ? 1 : 0;
        }
        return k;
    }

    static String histogram(long[] v) {
        TreeMap<Long, Integer> h = new TreeMap<>();
        for (long s : v) {
            h.merge(s, 1, Integer::sum);
        }
        return h.toString();
    }

    @Test
    void refusals() {
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray x0 = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 2}, DType.FLOAT64, 1, 2));
                NDArray x3 = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 2, 3}, DType.FLOAT64, 1, 3))) {
            List<String> v = List.of("x", "y");
            List<String> k = List.of("r", "a", "b");
            RootOptions hybr = RootOptions.options();
            assertMessage("hybr only", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, x3,
                    RootOptions.options().method("lm")));
            assertMessage("Unknown solver krylov", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, x3,
                    RootOptions.options().method("krylov")));
            assertMessage("x0: shape (1, 3)", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x3, x3, hybr));
            assertMessage("constants: null", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, null, hybr));
            assertMessage("constants: shape (1, 2)", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, x0, hybr));
            assertMessage("unknown name 'r'", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, List.of(), x0, null, hybr));
            assertMessage("shape should be (2,) but it is (3,)", () -> Optimize.rootBatch("x; y; x + y", v, List.of(),
                    x0, null, hybr));
            assertMessage("shape should be (2,) but it is (1,)", () -> Optimize.rootBatch("x*y", v, List.of(), x0, null,
                    hybr));
            assertMessage("maxfev=-1", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, x3,
                    RootOptions.options().maxfev(-1)));
            assertMessage("xtol=-1.0", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, x3,
                    RootOptions.options().xtol(-1)));
            assertMessage("factor=0.0", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, x3,
                    RootOptions.options().factor(0)));
            assertMessage("diag: 3 values for 2 variables", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, x3,
                    RootOptions.options().diag(new double[] {1, 1, 1})));
            assertMessage("diag: -1.0", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, x3,
                    RootOptions.options().diag(new double[] {1, -1})));
            assertMessage("fun: null", () -> Optimize.rootBatch(null, v, k, x0, x3, hybr));
            assertMessage("x0: null", () -> Optimize.rootBatch(CIRCLE_CUBIC, v, k, null, x3, hybr));
            Supplier<RootOptions> none = () -> null;
            try (BatchRootResult r = Optimize.rootBatch(CIRCLE_CUBIC, v, k, x0, x3, none.get())) {
                assertArrayEquals(new int[] {1, 2}, r.x().shape());
            }
        }
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' does not contain '" + part + "'");
    }
}
