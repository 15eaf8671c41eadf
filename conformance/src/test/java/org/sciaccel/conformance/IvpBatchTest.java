package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.integrate.Integrate;
import org.sciaccel.integrate.IvpBatchOptions;
import org.sciaccel.integrate.IvpBatchResult;

/**
 * {@code Integrate.solveIvpBatch} on every backend against the single-system path: each system of the
 * batch integrated alone on the CPU (a batch of one row, in a loop), system by system — the same
 * status, nfev and accepted steps, y within 1e-9 of the system's own scale (the bound). 10⁵
 * random damped springs (RK45), 10⁴ Lotka–Volterra systems (DOP853, tight tolerances) and 10⁴ stiff Van
 * der Pol oscillators (Radau, with njev and nlu) over short spans; systems that blow up or start at NaN among finite ones keep their own status and leave their
 * neighbours as they are alone; bad input fails with one-line messages naming the parameter.
 */
class IvpBatchTest {
    static final String SPRING = "y1; -2*zeta*w0*y1 - w0**2*y0";
    static final String LOTKA = "a*y0 - b*y0*y1; -c*y1 + d*y0*y1";
    static final double TOL = 1e-9;

    @TestFactory
    Stream<DynamicTest> equalsTheSingleSystemPath() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            tests.add(DynamicTest.dynamicTest(name + ": 10^5 random damped springs, RK45", () -> springs(name)));
            tests.add(DynamicTest.dynamicTest(name + ": 10^4 Lotka-Volterra systems, DOP853, rtol 1e-8",
                    () -> lotkaVolterra(name)));
            tests.add(DynamicTest.dynamicTest(name + ": blow-ups and NaN starts keep their own status",
                    () -> failures(name)));
            tests.add(DynamicTest.dynamicTest(name + ": Radau, 10^4 stiff Van der Pol systems and Robertson",
                    () -> stiff(name)));
        }
        return tests.stream();
    }

    static void springs(String name) {
        int n = 100_000;
        SplittableRandom r = new SplittableRandom(16);
        double[] y0 = new double[n * 2];
        double[] c = new double[n * 2];
        for (int p = 0; p < n; p++) {
            y0[2 * p] = -2 + 4 * r.nextDouble();
            y0[2 * p + 1] = -2 + 4 * r.nextDouble();
            c[2 * p] = 0.02 + 1.5 * r.nextDouble();
            c[2 * p + 1] = 0.5 + 2.5 * r.nextDouble();
        }
        double[] tEval = {0, 0.25, 0.5, 1, 1.5};
        check(name, SPRING, List.of("zeta", "w0"), y0, c, n, 2, new double[] {0, 1.5}, tEval, "RK45",
                IvpBatchOptions.options(), 10);
    }

    static void lotkaVolterra(String name) {
        int n = 10_000;
        SplittableRandom r = new SplittableRandom(17);
        double[] y0 = new double[n * 2];
        double[] c = new double[n * 4];
        for (int p = 0; p < n; p++) {
            y0[2 * p] = 0.5 + 2.5 * r.nextDouble();
            y0[2 * p + 1] = 0.5 + 2.5 * r.nextDouble();
            c[4 * p] = 0.5 + r.nextDouble();
            c[4 * p + 1] = 0.2 + 0.6 * r.nextDouble();
            c[4 * p + 2] = 0.5 + r.nextDouble();
            c[4 * p + 3] = 0.2 + 0.6 * r.nextDouble();
        }
        double[] tEval = {0, 0.5, 1, 1.5, 2};
        check(name, LOTKA, List.of("a", "b", "c", "d"), y0, c, n, 2, new double[] {0, 2}, tEval, "DOP853",
                IvpBatchOptions.options().rtol(1e-8).atol(1e-10), 5);
    }

    /**
     * y' = k·y² from 1 blows up at t = 1/k: the systems with k above 1/4 fail inside [0, 4] (status -1,
     * NaN past their last step); a NaN start makes the first step NaN, which no rejection makes small,
     * so only the step guard stops it (status -2 after max_steps attempts); an infinite k fails at once.
     */
    static void failures(String name) {
        double[] k = {0.1, 0.5, 0.2, Double.NaN, 1.0, 0.05, Double.POSITIVE_INFINITY, 0.24};
        double[] y0 = {1, 1, 1, 1, 1, Double.NaN, 1, 1};
        int n = k.length;
        double[] tEval = {0, 1, 2, 3, 4};
        IvpBatchOptions o = IvpBatchOptions.options().maxSteps(500);
        long[] status = check(name, "k*y0**2", List.of("k"), y0, k, n, 1, new double[] {0, 4}, tEval, "RK45", o, 1);
        assertEquals(List.of(0L, -1L, 0L, -2L, -1L, -2L, -1L, 0L), toList(status), name + ": statuses");
        status = check(name, "k*y0**2", List.of("k"), y0, k, n, 1, new double[] {0, 4}, tEval, "DOP853", o, 1);
        assertEquals(List.of(0L, -1L, 0L, -2L, -1L, -2L, -1L, 0L), toList(status), name + ": DOP853 statuses");
    }

    /**
     * Radau with the symbolic Jacobian: Van der Pol oscillators with mu up to 1000 (stiff) over a short
     * span, and Robertson's kinetics with per-system rate constants; njev and nlu are compared too.
     */
    static void stiff(String name) {
        int n = 10_000;
        SplittableRandom r = new SplittableRandom(18);
        double[] y0 = new double[n * 2];
        double[] mu = new double[n];
        for (int p = 0; p < n; p++) {
            y0[2 * p] = 1 + 1.5 * r.nextDouble();
            y0[2 * p + 1] = -1 + 2 * r.nextDouble();
            mu[p] = 1 + 999 * r.nextDouble();
        }
        check(name, "y1; mu*(1 - y0**2)*y1 - y0", List.of("mu"), y0, mu, n, 2, new double[] {0, 0.5},
                new double[] {0, 0.1, 0.25, 0.5}, "Radau", IvpBatchOptions.options().rtol(1e-6).atol(1e-8), 10);
        int nr = 200;
        double[] ry0 = new double[nr * 3];
        double[] k = new double[nr * 3];
        for (int p = 0; p < nr; p++) {
            ry0[3 * p] = 1;
            k[3 * p] = 0.02 + 0.04 * r.nextDouble();
            k[3 * p + 1] = 1e7 + 4e7 * r.nextDouble();
            k[3 * p + 2] = 5e3 + 1.5e4 * r.nextDouble();
        }
        check(name, "-k1*y0 + k3*y1*y2; k1*y0 - k2*y1**2 - k3*y1*y2; k2*y1**2", List.of("k1", "k2", "k3"), ry0, k, nr,
                3, new double[] {0, 10}, new double[] {0, 1, 5, 10}, "Radau",
                IvpBatchOptions.options().rtol(1e-6).atol(new double[] {1e-8, 1e-12, 1e-8}), 4);
    }

    private static List<Long> toList(long[] a) {
        List<Long> l = new ArrayList<>();
        for (long v : a) {
            l.add(v);
        }
        return l;
    }

    /**
     * The batch on backend {@code name} against each {@code every}-th system integrated alone on the
     * CPU; returns the batch's statuses.
     */
    static long[] check(String name, String fun, List<String> names, double[] y0, double[] c, int n, int m,
            double[] tSpan, double[] tEval, String method, IvpBatchOptions o, int every) {
        Backend b = TestBackends.get(name);
        Backend cpu = TestBackends.get(TestBackends.CPU);
        int k = names.size();
        int nt = tEval.length;
        double[] y;
        long[] status;
        long[] nfev;
        long[] nsteps;
        long[] njev;
        long[] nlu;
        try (NDArray ya = NDArray.fromHost(b, HostArray.fromDoubles(y0, DType.FLOAT64, n, m));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(c, DType.FLOAT64, n, k));
                IvpBatchResult r = Integrate.solveIvpBatch(fun, names, ya, ca, tSpan, tEval, method, o)) {
            assertEquals(b, r.y().backend(), "the result stays on the inputs' backend");
            assertEquals(List.of(n, m, nt), List.of(r.y().shape(0), r.y().shape(1), r.y().shape(2)));
            y = r.y().toDoubleArray();
            status = r.status().toLongArray();
            nfev = r.nfev().toLongArray();
            nsteps = r.nsteps().toLongArray();
            njev = r.njev().toLongArray();
            nlu = r.nlu().toLongArray();
        }
        int compared = 0;
        for (int p = 0; p < n; p += every) {
            double[] y1 = java.util.Arrays.copyOfRange(y0, p * m, p * m + m);
            double[] c1 = java.util.Arrays.copyOfRange(c, p * k, p * k + k);
            try (NDArray ya = NDArray.fromHost(cpu, HostArray.fromDoubles(y1, DType.FLOAT64, 1, m));
                    NDArray ca = NDArray.fromHost(cpu, HostArray.fromDoubles(c1, DType.FLOAT64, 1, k));
                    IvpBatchResult r = Integrate.solveIvpBatch(fun, names, ya, ca, tSpan, tEval, method, o)) {
                String what = name + " " + method + " system " + p;
                assertEquals(r.status().toLongArray()[0], status[p], what + ": status");
                assertEquals(r.nfev().toLongArray()[0], nfev[p], what + ": nfev");
                assertEquals(r.nsteps().toLongArray()[0], nsteps[p], what + ": nsteps");
                assertEquals(r.njev().toLongArray()[0], njev[p], what + ": njev");
                assertEquals(r.nlu().toLongArray()[0], nlu[p], what + ": nlu");
                double[] alone = r.y().toDoubleArray();
                double scale = 0;
                for (double v : alone) {
                    if (Double.isFinite(v)) {
                        scale = Math.max(scale, Math.abs(v));
                    }
                }
                for (int i = 0; i < m * nt; i++) {
                    double want = alone[i];
                    double got = y[p * m * nt + i];
                    if (Double.isNaN(want)) {
                        assertTrue(Double.isNaN(got), what + " element " + i + ": got " + got + ", alone NaN");
                    } else {
                        assertTrue(Math.abs(got - want) <= TOL * scale,
                                what + " element " + i + ": got " + got + ", alone " + want);
                    }
                }
                compared++;
            }
        }
        assertTrue(compared > 0);
        return status;
    }

    @Test
    void badInputFailsWithOneLineNamingTheParameter() {
        Backend cpu = TestBackends.get(TestBackends.CPU);
        double[] tEval = {0, 1, 2};
        double[] span = {0, 2};
        try (NDArray y0 = NDArray.fromHost(cpu, HostArray.fromDoubles(new double[] {1, 0, 0.5, 1}, DType.FLOAT64, 2, 2));
                NDArray y3 = NDArray.fromHost(cpu, HostArray.fromDoubles(new double[] {1, 0, 0.5, 1, 2, 3}, DType.FLOAT64,
                        2, 3));
                NDArray c = NDArray.fromHost(cpu, HostArray.fromDoubles(new double[] {0.1, 1, 0.2, 2}, DType.FLOAT64, 2, 2));
                NDArray c3 = NDArray.fromHost(cpu, HostArray.fromDoubles(new double[] {0.1, 1, 0.2}, DType.FLOAT64, 3, 1))) {
            List<String> names = List.of("zeta", "w0");
            assertMessage("y0", () -> Integrate.solveIvpBatch(SPRING, names, y3, c, span, tEval, "RK45", null));
            assertMessage("constants", () -> Integrate.solveIvpBatch(SPRING, names, y0, c3, span, tEval, "RK45", null));
            assertMessage("constants: null", () -> Integrate.solveIvpBatch(SPRING, names, y0, null, span, tEval, "RK45",
                    null));
            assertMessage("unknown name 'omega'", () -> Integrate.solveIvpBatch("y1; -omega*y0", names, y0, c, span,
                    tEval, "RK45", null));
            assertMessage("unknown name 'y2'", () -> Integrate.solveIvpBatch("y1; -w0*y2", names, y0, c, span, tEval,
                    "RK45", null));
            assertMessage("`method` must be one of", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, span, tEval,
                    "rk45", null));
            assertMessage("method='BDF'", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, span, tEval, "BDF",
                    null));
            assertMessage("t_span", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, new double[] {0, 1, 2}, tEval,
                    "RK45", null));
            assertMessage("not within `t_span`", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, new double[] {0, 1},
                    tEval, "RK45", null));
            assertMessage("not properly sorted", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, span,
                    new double[] {0, 2, 1}, "RK45", null));
            assertMessage("names: 't' is reserved", () -> Integrate.solveIvpBatch(SPRING, List.of("zeta", "t"), y0, c,
                    span, tEval, "RK45", null));
            assertMessage("`first_step` exceeds bounds", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, span, tEval,
                    "RK45", IvpBatchOptions.options().firstStep(3)));
            assertMessage("`max_step` must be positive", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, span, tEval,
                    "RK45", IvpBatchOptions.options().maxStep(0)));
            assertMessage("`atol` has wrong shape", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, span, tEval,
                    "RK45", IvpBatchOptions.options().atol(new double[] {1e-6, 1e-6, 1e-6})));
            assertMessage("`atol` must be positive", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, span, tEval,
                    "RK45", IvpBatchOptions.options().atol(-1)));
            assertMessage("fun: null", () -> Integrate.solveIvpBatch(null, names, y0, c, span, tEval, "RK45", null));
            assertMessage("t_eval: null", () -> Integrate.solveIvpBatch(SPRING, names, y0, c, null, "RK45"));
        }
    }

    @Test
    void anEmptySpanAndAnEmptyBatch() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray y0 = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 2}, DType.FLOAT64, 1, 2));
                    IvpBatchResult r = Integrate.solveIvpBatch("y1; -y0", List.of(), y0, null, new double[] {3, 3},
                            new double[] {3}, "DOP853", null)) {
                // SciPy: the initial derivative and select_initial_step's one evaluation, y0 at t0
                assertEquals(List.of(1.0, 2.0), List.of(r.y().toDoubleArray()[0], r.y().toDoubleArray()[1]), name);
                assertEquals(2, r.nfev().toLongArray()[0], name);
                assertEquals(0, r.status().toLongArray()[0], name);
            }
            try (NDArray y0 = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {0, 2}, new double[0]));
                    IvpBatchResult r = Integrate.solveIvpBatch("y1; -y0", List.of(), y0, null, new double[] {0, 1},
                            new double[] {0, 1}, "RK45", null)) {
                assertEquals(0, r.y().shape(0), name);
            }
        }
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' lacks '" + part + "'");
        assertFalse(e.getMessage().contains("\n"), "message '" + e.getMessage() + "' is not one line");
    }
}
