package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.sciaccel.optimize.BatchMinimizeResult;
import org.sciaccel.optimize.Bounds;
import org.sciaccel.optimize.MinimizeOptions;
import org.sciaccel.optimize.Objective;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.OptimizeResult;
import org.sciaccel.optimize.expr.ObjectiveFormula;

/**
 * {@code Optimize.minimizeBatch} on every backend against the single-problem Nelder-Mead, BFGS and
 * L-BFGS-B of {@code Optimize.minimize}, problem by problem: the same nit, nfev (BFGS, L-BFGS-B: njev)
 * and status, x and fun (BFGS: jac and hess_inv; L-BFGS-B: jac) within 1e-9 (the same float64 operations in the same order, so in practice
 * equal). 10⁴ random Rosenbrock-type problems per method; other formulas with options; problems whose
 * objective turns NaN or diverges, each ending with its own status and leaving its neighbours as they
 * are alone. BFGS's problems with jac=None differences reach every path of the line search: wolfe1's
 * failures, wolfe2's bracketing and zoom (cubic and quadratic steps), wolfe2 out of iterations (the
 * gradient asked anew) and its failure (precision loss). L-BFGS-B with and without bounds shared by
 * the batch, on the CPU backend's threads and in the OpenCL kernel (its limited memory in the global
 * scratch, in several launches when the batch's scratch passes the launch budget).
 */
class MinimizeBatchTest {
    static final String ROSEN = "a*(y - x**2)**2 + (b - x)**2";
    static final double TOL = 1e-9;
    /** The OpenCL backend's scratch budget of one L-BFGS-B launch (bytes). */
    static final String SCRATCH_PROPERTY = "sciaccel.opencl.lbfgsbScratchBytes";

    @TestFactory
    Stream<DynamicTest> equalsTheSingleProblemSolver() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            tests.add(DynamicTest.dynamicTest(name + ": 10^5 random Rosenbrock problems", () -> rosenbrock(name)));
            tests.add(DynamicTest.dynamicTest(name + ": 3 variables, adaptive, tol, maxiter, maxfev",
                    () -> threeVariables(name)));
            tests.add(DynamicTest.dynamicTest(name + ": NaN and divergent problems keep their own status",
                    () -> nanAndDivergent(name)));
            tests.add(DynamicTest.dynamicTest(name + ": one and twelve variables, float32 x0, an empty batch",
                    () -> smallCases(name)));
            tests.add(DynamicTest.dynamicTest(name + ": BFGS, 10^5 random Rosenbrock problems, symbolic gradient",
                    () -> bfgsRosenbrock(name)));
            tests.add(DynamicTest.dynamicTest(name + ": BFGS, differences, options, 3 and 12 variables",
                    () -> bfgsOptions(name)));
            tests.add(DynamicTest.dynamicTest(name + ": BFGS, NaN and divergent problems keep their own status",
                    () -> bfgsNanAndDivergent(name)));
            tests.add(DynamicTest.dynamicTest(name + ": L-BFGS-B, 10^4 random Rosenbrock problems, without and with bounds",
                    () -> lbfgsbRosenbrock(name)));
            tests.add(DynamicTest.dynamicTest(name + ": L-BFGS-B, differences, options, open bounds, 3 and 12 variables",
                    () -> lbfgsbOptions(name)));
            tests.add(DynamicTest.dynamicTest(name + ": L-BFGS-B, NaN and divergent problems keep their own status",
                    () -> lbfgsbNanAndDivergent(name)));
        }
        return tests.stream();
    }

    static void rosenbrock(String name) {
        int n = 100_000;
        SplittableRandom r = new SplittableRandom(15);
        double[] x0 = new double[n * 2];
        double[] c = new double[n * 2];
        for (int p = 0; p < n; p++) {
            x0[2 * p] = -2 + 4 * r.nextDouble();
            x0[2 * p + 1] = -2 + 4 * r.nextDouble();
            c[2 * p] = 1 + 99 * r.nextDouble();
            c[2 * p + 1] = 0.5 + 1.5 * r.nextDouble();
        }
        // every twentieth starting point has a zero coordinate (SciPy's 0.00025 step for it)
        for (int p = 0; p < n; p += 20) {
            x0[2 * p + (p / 20) % 2] = 0;
        }
        check(name, ROSEN, List.of("x", "y"), List.of("a", "b"), x0, c, n, MinimizeOptions.options().method("Nelder-Mead"));
    }

    static void threeVariables(String name) {
        int n = 300;
        SplittableRandom r = new SplittableRandom(3);
        double[] x0 = new double[n * 3];
        double[] c = new double[n];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = -1.5 + 3 * r.nextDouble();
        }
        for (int p = 0; p < n; p++) {
            c[p] = 0.5 + 2 * r.nextDouble();
        }
        // powers 2 and 3, sqrt and abs: operations both backends round alike (a device's sin or pown
        // may differ from Java's in the last bit, and then a problem's path may part; see README)
        String f = "(x - s)**2 + 3*(y + 1)**2 + (z - x*y)**2 + 0.1*sqrt(x*x + 1)";
        List<String> v = List.of("x", "y", "z");
        check(name, f, v, List.of("s"), x0, c, n, MinimizeOptions.options().method("Nelder-Mead")
                .option("adaptive", true));
        check(name, f, v, List.of("s"), x0, c, n, MinimizeOptions.options().method("nelder-mead").tol(1e-8));
        check(name, f, v, List.of("s"), x0, c, n, MinimizeOptions.options().method("Nelder-Mead")
                .option("maxiter", 40));
        check(name, f, v, List.of("s"), x0, c, n, MinimizeOptions.options().method("Nelder-Mead")
                .option("maxfev", 50).option("xatol", 1e-6));
        // caps that end the run early: inside the initial simplex, before the first iteration, and
        // an unlimited maxiter (then maxfev is SciPy's 200·n)
        check(name, f, v, List.of("s"), x0, c, n, MinimizeOptions.options().method("Nelder-Mead").option("maxfev", 2));
        check(name, f, v, List.of("s"), x0, c, n, MinimizeOptions.options().method("Nelder-Mead").option("maxiter", 1));
        check(name, f, v, List.of("s"), x0, c, n, MinimizeOptions.options().method("Nelder-Mead")
                .option("maxiter", Double.POSITIVE_INFINITY).option("fatol", 0.0));
        // no constants: the names empty and the constants' array absent
        check(name, "(x - 1)**2 + ((y - 2)**2 + 0.5)**3 + abs(z)", v, List.of(), x0, null, n,
                MinimizeOptions.options().method("Nelder-Mead"));
    }

    /**
     * Problems whose objective is NaN everywhere (a = NaN), turns NaN where the simplex leaves the
     * domain (sqrt of a negative: the minimum lies beyond x = -2, so the simplex keeps stepping into
     * NaN), or is unbounded below (the simplex grows until maxfev): each ends as SciPy and the
     * single-problem solver end it, and the finite problems between them are as they are alone.
     */
    static void nanAndDivergent(String name) {
        String f = "a*(y - x**2)**2 + (b - x)**2 + sqrt(x + 2) - d*y";
        List<String> vars = List.of("x", "y");
        List<String> consts = List.of("a", "b", "d");
        double[] x0 = {-1.2, 1, -1.2, 1, -1.9, 0.5, 0.3, 0.2, 1.5, -1};
        double[] c = {5, 1, 0, Double.NaN, 1, 0, 1, -3, 0, 10, 0.5, 0, 0, 1, 1};
        int n = 5;
        Backend b = TestBackends.get(name);
        MinimizeOptions o = MinimizeOptions.options().method("Nelder-Mead");
        long[] status;
        long[] nfev;
        double[] fun;
        double[] x;
        try (NDArray xa = NDArray.fromHost(b, HostArray.fromDoubles(x0, DType.FLOAT64, n, 2));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(c, DType.FLOAT64, n, 3));
                BatchMinimizeResult r = Optimize.minimizeBatch(f, vars, consts, xa, ca, o)) {
            status = r.status().toLongArray();
            nfev = r.nfev().toLongArray();
            fun = r.fun().toDoubleArray();
            x = r.x().toDoubleArray();
        }
        // SciPy 1.10.1: statuses 0 1 0 0 1; nfev 106 400 156 62 400
        assertArrayEquals(new long[] {0, 1, 0, 0, 1}, status);
        assertArrayEquals(new long[] {106, 400, 156, 62, 400}, nfev);
        assertTrue(Double.isNaN(fun[1]), "fun of the NaN problem: " + fun[1]);
        assertArrayEquals(new double[] {-1.2, 1}, new double[] {x[2], x[3]}, 0.0, "x of the NaN problem stays x0");
        assertEquals(-2, x[4], 1e-6, "the problem that meets NaN ends on the domain's edge");
        assertTrue(fun[4] < -1e30, "fun of the divergent problem: " + fun[4]);
        check(name, f, vars, consts, x0, c, n, o);
        // the finite problems alone give what they gave beside the bad ones
        double[] x0f = {x0[0], x0[1], x0[6], x0[7]};
        double[] cf = {c[0], c[1], c[2], c[9], c[10], c[11]};
        try (NDArray xa = NDArray.fromHost(b, HostArray.fromDoubles(x0f, DType.FLOAT64, 2, 2));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(cf, DType.FLOAT64, 2, 3));
                BatchMinimizeResult r = Optimize.minimizeBatch(f, vars, consts, xa, ca, o)) {
            double[] fs = r.fun().toDoubleArray();
            assertEquals(fun[0], fs[0], 0.0);
            assertEquals(fun[3], fs[1], 0.0);
            assertArrayEquals(new long[] {status[0], status[3]}, r.status().toLongArray());
            assertArrayEquals(new long[] {nfev[0], nfev[3]}, r.nfev().toLongArray());
        }
    }

    static void smallCases(String name) {
        double[] x0 = {0, 1, -3, 2.5, 0.1};
        double[] c = {1, -2, 0.5, 3, 10};
        check(name, "x**2 + 10*abs(x - q)", List.of("x"), List.of("q"), x0, c, 5,
                MinimizeOptions.options().method("Nelder-Mead"));
        // twelve variables: a simplex of 13 rows in the kernel's private memory
        int d = 12;
        List<String> v12 = new ArrayList<>();
        StringBuilder f12 = new StringBuilder();
        for (int i = 0; i < d; i++) {
            v12.add("x" + i);
            f12.append(i == 0 ? "" : " + ").append(1 + i % 3).append("*(x").append(i).append(" - w*").append(i)
                    .append(")**2");
        }
        f12.append(" + x0*x1");
        SplittableRandom rnd = new SplittableRandom(12);
        double[] x12 = new double[8 * d];
        for (int i = 0; i < x12.length; i++) {
            x12[i] = rnd.nextDouble() * 2 - 1;
        }
        check(name, f12.toString(), v12, List.of("w"), x12, new double[] {0.1, 0.2, 0.3, 0.4, -0.1, -0.2, 1, 0}, 8,
                MinimizeOptions.options().method("Nelder-Mead").option("adaptive", true));
        Backend b = TestBackends.get(name);
        MinimizeOptions o = MinimizeOptions.options().method("Nelder-Mead");
        // float32 starting points are taken as float64 (the copy freed by the call)
        try (NDArray x32 = NDArray.fromHost(b, HostArray.fromDoubles(x0, DType.FLOAT32, 5, 1));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(c, DType.FLOAT64, 5, 1));
                BatchMinimizeResult r = Optimize.minimizeBatch("x**2 + 10*abs(x - q)", List.of("x"), List.of("q"), x32,
                        ca, o)) {
            assertEquals(DType.FLOAT64, r.x().dtype());
            assertEquals(-2.0, r.x().toDoubleArray()[1], 1e-3, "the kink of x**2 + 10*|x + 2|");
        }
        try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(new double[0], DType.FLOAT64, 0, 2));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(new double[0], DType.FLOAT64, 0, 2));
                BatchMinimizeResult r = Optimize.minimizeBatch(ROSEN, List.of("x", "y"), List.of("a", "b"), x, ca, o)) {
            assertArrayEquals(new int[] {0, 2}, r.x().shape());
            assertArrayEquals(new int[] {0}, r.nit().shape());
            assertEquals(DType.INT64, r.nfev().dtype());
            assertEquals(DType.BOOL, r.success().dtype());
        }
    }

    static double[][] rosenbrockProblems(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x0 = new double[n * 2];
        double[] c = new double[n * 2];
        for (int p = 0; p < n; p++) {
            x0[2 * p] = -2 + 4 * r.nextDouble();
            x0[2 * p + 1] = -2 + 4 * r.nextDouble();
            c[2 * p] = 1 + 99 * r.nextDouble();
            c[2 * p + 1] = 0.5 + 1.5 * r.nextDouble();
        }
        return new double[][] {x0, c};
    }

    /** BFGS with the formula's gradient (the default of a formula objective, jac=true) on 10^5 problems. */
    static void bfgsRosenbrock(String name) {
        int n = 100_000;
        double[][] pc = rosenbrockProblems(n, 16);
        check(name, ROSEN, List.of("x", "y"), List.of("a", "b"), pc[0], pc[1], n, MinimizeOptions.options().method("BFGS"));
    }

    /**
     * BFGS with SciPy's jac=None forward differences (eps), gtol, norm, maxiter, xrtol and tol; three
     * variables; twelve variables (a 12×12 inverse Hessian per work-item).
     */
    static void bfgsOptions(String name) {
        int n = 500;
        double[][] pc = rosenbrockProblems(n, 17);
        List<String> v2 = List.of("x", "y");
        List<String> c2 = List.of("a", "b");
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("BFGS").jac(MinimizeOptions.Jac.NONE));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("bfgs")
                .jac(MinimizeOptions.Jac.NONE).option("eps", 1e-6).option("gtol", 1e-7));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("BFGS")
                .jac(MinimizeOptions.Jac.GRADIENT).option("norm", 2.0).option("maxiter", 12));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("BFGS").option("xrtol", 1e-3));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("BFGS").tol(1e-9)
                .option("norm", Double.NEGATIVE_INFINITY));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("BFGS").option("norm", 1.0)
                .option("maxiter", 0));
        SplittableRandom r = new SplittableRandom(3);
        int m = 300;
        double[] x0 = new double[m * 3];
        double[] c = new double[m];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = -1.5 + 3 * r.nextDouble();
        }
        for (int p = 0; p < m; p++) {
            c[p] = 0.5 + 2 * r.nextDouble();
        }
        String f = "(x - s)**2 + 3*(y + 1)**2 + (z - x*y)**2 + 0.1*sqrt(x*x + 1)";
        List<String> v = List.of("x", "y", "z");
        check(name, f, v, List.of("s"), x0, c, m, MinimizeOptions.options().method("BFGS"));
        check(name, f, v, List.of("s"), x0, c, m, MinimizeOptions.options().method("BFGS").jac(MinimizeOptions.Jac.NONE)
                .option("norm", 3.0));
        // no constants
        check(name, "(x - 1)**2 + ((y - 2)**2 + 0.5)**3 + abs(z)", v, List.of(), x0, null, m,
                MinimizeOptions.options().method("BFGS"));
        int d = 12;
        List<String> v12 = new ArrayList<>();
        StringBuilder f12 = new StringBuilder();
        for (int i = 0; i < d; i++) {
            v12.add("x" + i);
            f12.append(i == 0 ? "" : " + ").append(1 + i % 3).append("*(x").append(i).append(" - w*").append(i)
                    .append(")**2");
            if (i > 0) {
                f12.append(" + 0.5*(x").append(i).append(" - x").append(i - 1).append("**2)**2");
            }
        }
        SplittableRandom rnd = new SplittableRandom(12);
        double[] x12 = new double[8 * d];
        for (int i = 0; i < x12.length; i++) {
            x12[i] = rnd.nextDouble() * 2 - 1;
        }
        double[] w = {0.1, 0.2, 0.3, 0.4, -0.1, -0.2, 1, 0};
        check(name, f12.toString(), v12, List.of("w"), x12, w, 8, MinimizeOptions.options().method("BFGS"));
        check(name, f12.toString(), v12, List.of("w"), x12, w, 8, MinimizeOptions.options().method("BFGS")
                .jac(MinimizeOptions.Jac.NONE));
        Backend b = TestBackends.get(name);
        MinimizeOptions o = MinimizeOptions.options().method("BFGS");
        // an empty batch has BFGS's outputs, shaped
        try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(new double[0], DType.FLOAT64, 0, 2));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(new double[0], DType.FLOAT64, 0, 2));
                BatchMinimizeResult e = Optimize.minimizeBatch(ROSEN, v2, c2, x, ca, o)) {
            assertArrayEquals(new int[] {0, 2}, e.jac().shape());
            assertArrayEquals(new int[] {0, 2, 2}, e.hessInv().shape());
            assertEquals(DType.INT64, e.njev().dtype());
        }
        // float32 starting points are taken as float64
        try (NDArray x32 = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {0.5, 1}, DType.FLOAT32, 2, 1));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {-2, 3}, DType.FLOAT64, 2, 1));
                BatchMinimizeResult q = Optimize.minimizeBatch("(x - q)**2", List.of("x"), List.of("q"), x32, ca, o)) {
            assertArrayEquals(new double[] {-2, 3}, q.x().toDoubleArray(), 1e-6);
            assertEquals(DType.FLOAT64, q.jac().dtype());
        }
    }

    /**
     * BFGS on problems whose objective is NaN everywhere (status 3 at once), turns NaN beyond x = -2
     * where the minimum lies (the line searches step into NaN), or is unbounded below (precision
     * loss once f is no longer finite), between finite problems that give what they give alone.
     */
    static void bfgsNanAndDivergent(String name) {
        String f = "a*(y - x**2)**2 + (b - x)**2 + sqrt(x + 2) - d*y";
        List<String> vars = List.of("x", "y");
        List<String> consts = List.of("a", "b", "d");
        double[] x0 = {-1.2, 1, -1.2, 1, -1.9, 0.5, 0.3, 0.2, 1.5, -1};
        double[] c = {5, 1, 0, Double.NaN, 1, 0, 1, -3, 0, 10, 0.5, 0, 0, 1, 1};
        int n = 5;
        for (MinimizeOptions.Jac jac : new MinimizeOptions.Jac[] {MinimizeOptions.Jac.AUTO, MinimizeOptions.Jac.NONE}) {
            MinimizeOptions o = MinimizeOptions.options().method("BFGS").jac(jac);
            check(name, f, vars, consts, x0, c, n, o);
            OptimizeResult[] alone = alone(f, vars, consts, x0, c, n, o);
            assertEquals(BatchMinimizeResult.BFGS_NAN, alone[1].status(), "the NaN problem: " + alone[1]);
            assertEquals(BatchMinimizeResult.BFGS_PRECISION_LOSS, alone[4].status(), "the divergent problem: " + alone[4]);
            assertEquals(BatchMinimizeResult.SUCCESS, alone[0].status());
            assertEquals(BatchMinimizeResult.SUCCESS, alone[3].status());
        }
    }

    static Bounds box(double lo0, double hi0, double lo1, double hi1) {
        return new Bounds(new double[] {lo0, lo1}, new double[] {hi0, hi1});
    }

    /**
     * L-BFGS-B with the formula's gradient on 10⁴ problems: without bounds, within a box that holds
     * most minima (1, b) and starting points outside it (clipped), and within a box that cuts the
     * minima off (the solution on a face or corner, the projected gradient zero there).
     */
    static void lbfgsbRosenbrock(String name) {
        int n = 10_000;
        double[][] pc = rosenbrockProblems(n, 18);
        List<String> v = List.of("x", "y");
        List<String> k = List.of("a", "b");
        check(name, ROSEN, v, k, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B"));
        check(name, ROSEN, v, k, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B")
                .bounds(box(-1.5, 2.5, -1, 4)));
        check(name, ROSEN, v, k, pc[0], pc[1], n, MinimizeOptions.options().method("l-bfgs-b")
                .bounds(box(-0.5, 0.8, 0.1, 1.2)));
    }

    /**
     * L-BFGS-B with jac=None differences (eps; steps turned away at a bound), maxcor, ftol, gtol, tol,
     * maxfun, maxiter, maxls; bounds open on one side; three and twelve variables (12 > maxcor 10,
     * and maxcor 3: the limited memory full and cycling).
     */
    static void lbfgsbOptions(String name) {
        int n = 500;
        double[][] pc = rosenbrockProblems(n, 19);
        List<String> v2 = List.of("x", "y");
        List<String> c2 = List.of("a", "b");
        double inf = Double.POSITIVE_INFINITY;
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B")
                .jac(MinimizeOptions.Jac.NONE));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B")
                .jac(MinimizeOptions.Jac.NONE).bounds(box(-1.5, 2.5, -inf, 4.5)).option("eps", 1e-6));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B")
                .jac(MinimizeOptions.Jac.GRADIENT).bounds(box(0.2, inf, -inf, inf)).option("maxcor", 3)
                .option("gtol", 1e-9).option("ftol", 1e-14));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B").tol(1e-12));
        // the OpenCL kernel's scratch budget made small: the 500 problems in launches of a work-group each
        String budget = System.getProperty(SCRATCH_PROPERTY);
        try {
            System.setProperty(SCRATCH_PROPERTY, "65536");
            check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B").tol(1e-12)
                    .bounds(box(-1.5, 2.5, -1, 4)));
        } finally {
            if (budget == null) {
                System.clearProperty(SCRATCH_PROPERTY);
            } else {
                System.setProperty(SCRATCH_PROPERTY, budget);
            }
        }
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B").option("maxiter", 7));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B").option("maxfun", 12)
                .bounds(box(-1, 1, -1, 1)));
        check(name, ROSEN, v2, c2, pc[0], pc[1], n, MinimizeOptions.options().method("L-BFGS-B").option("maxls", 1)
                .jac(MinimizeOptions.Jac.NONE));
        SplittableRandom r = new SplittableRandom(4);
        int m = 300;
        double[] x0 = new double[m * 3];
        double[] c = new double[m];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = -1.5 + 3 * r.nextDouble();
        }
        for (int p = 0; p < m; p++) {
            c[p] = 0.5 + 2 * r.nextDouble();
        }
        String f = "(x - s)**2 + 3*(y + 1)**2 + (z - x*y)**2 + 0.1*sqrt(x*x + 1)";
        List<String> v = List.of("x", "y", "z");
        Bounds b3 = new Bounds(new double[] {0, -0.5, -inf}, new double[] {1.5, inf, 0.25});
        check(name, f, v, List.of("s"), x0, c, m, MinimizeOptions.options().method("L-BFGS-B"));
        check(name, f, v, List.of("s"), x0, c, m, MinimizeOptions.options().method("L-BFGS-B").bounds(b3));
        check(name, f, v, List.of("s"), x0, c, m, MinimizeOptions.options().method("L-BFGS-B").bounds(b3)
                .jac(MinimizeOptions.Jac.NONE));
        // a variable fixed by equal bounds with the symbolic gradient: SciPy runs L-BFGS-B on it as is
        check(name, f, v, List.of("s"), x0, c, m, MinimizeOptions.options().method("L-BFGS-B")
                .bounds(new Bounds(new double[] {0.3, -inf, -1}, new double[] {0.3, inf, 1})));
        check(name, "(x - 1)**2 + ((y - 2)**2 + 0.5)**3 + abs(z)", v, List.of(), x0, null, m,
                MinimizeOptions.options().method("L-BFGS-B").bounds(b3));
        int d = 12;
        List<String> v12 = new ArrayList<>();
        StringBuilder f12 = new StringBuilder();
        double[] lo = new double[d];
        double[] hi = new double[d];
        for (int i = 0; i < d; i++) {
            v12.add("x" + i);
            f12.append(i == 0 ? "" : " + ").append(1 + i % 3).append("*(x").append(i).append(" - w*").append(i)
                    .append(")**2");
            if (i > 0) {
                f12.append(" + 0.5*(x").append(i).append(" - x").append(i - 1).append("**2)**2");
            }
            lo[i] = i % 4 == 0 ? -inf : -0.5;
            hi[i] = i % 3 == 0 ? inf : 0.6;
        }
        SplittableRandom rnd = new SplittableRandom(13);
        double[] x12 = new double[8 * d];
        for (int i = 0; i < x12.length; i++) {
            x12[i] = rnd.nextDouble() * 2 - 1;
        }
        double[] w = {0.1, 0.2, 0.3, 0.4, -0.1, -0.2, 1, 0};
        check(name, f12.toString(), v12, List.of("w"), x12, w, 8, MinimizeOptions.options().method("L-BFGS-B"));
        check(name, f12.toString(), v12, List.of("w"), x12, w, 8, MinimizeOptions.options().method("L-BFGS-B")
                .jac(MinimizeOptions.Jac.NONE).bounds(new Bounds(lo, hi)));
        check(name, f12.toString(), v12, List.of("w"), x12, w, 8, MinimizeOptions.options().method("L-BFGS-B")
                .bounds(new Bounds(lo, hi)).option("maxcor", 3));
        Backend b = TestBackends.get(name);
        MinimizeOptions o = MinimizeOptions.options().method("L-BFGS-B");
        // an empty batch has L-BFGS-B's outputs, shaped, and no hess_inv
        try (NDArray x = NDArray.fromHost(b, HostArray.fromDoubles(new double[0], DType.FLOAT64, 0, 2));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(new double[0], DType.FLOAT64, 0, 2));
                BatchMinimizeResult e = Optimize.minimizeBatch(ROSEN, v2, c2, x, ca, o)) {
            assertArrayEquals(new int[] {0, 2}, e.jac().shape());
            assertEquals(null, e.hessInv());
            assertTrue(e.isLbfgsb());
            assertEquals(DType.INT64, e.njev().dtype());
        }
        // float32 starting points are taken as float64; x0 outside the bounds is clipped
        try (NDArray x32 = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {0.5, 7}, DType.FLOAT32, 2, 1));
                NDArray ca = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {-2, 3}, DType.FLOAT64, 2, 1));
                BatchMinimizeResult q = Optimize.minimizeBatch("(x - q)**2", List.of("x"), List.of("q"), x32, ca,
                        MinimizeOptions.options().method("L-BFGS-B").bounds(new Bounds(new double[] {-1},
                                new double[] {2})))) {
            assertArrayEquals(new double[] {-1, 2}, q.x().toDoubleArray(), 1e-12);
            assertEquals(DType.FLOAT64, q.jac().dtype());
        }
    }

    /**
     * L-BFGS-B on problems whose objective is NaN everywhere, turns NaN beyond x = -2 where the
     * minimum lies, or is unbounded below (then bounded by a box: a finite minimum on its face),
     * between finite problems that give what they give alone.
     */
    static void lbfgsbNanAndDivergent(String name) {
        String f = "a*(y - x**2)**2 + (b - x)**2 + sqrt(x + 2) - d*y";
        List<String> vars = List.of("x", "y");
        List<String> consts = List.of("a", "b", "d");
        double[] x0 = {-1.2, 1, -1.2, 1, -1.9, 0.5, 0.3, 0.2, 1.5, -1};
        double[] c = {5, 1, 0, Double.NaN, 1, 0, 1, -3, 0, 10, 0.5, 0, 0, 1, 1};
        int n = 5;
        for (MinimizeOptions.Jac jac : new MinimizeOptions.Jac[] {MinimizeOptions.Jac.AUTO, MinimizeOptions.Jac.NONE}) {
            MinimizeOptions o = MinimizeOptions.options().method("L-BFGS-B").jac(jac);
            check(name, f, vars, consts, x0, c, n, o);
            OptimizeResult[] alone = alone(f, vars, consts, x0, c, n, o);
            assertEquals(BatchMinimizeResult.LBFGSB_ABNORMAL, alone[1].status(), "the NaN problem: " + alone[1]);
            assertTrue(alone[4].status() != BatchMinimizeResult.SUCCESS, "the divergent problem: " + alone[4]);
            assertEquals(BatchMinimizeResult.SUCCESS, alone[0].status());
            assertEquals(BatchMinimizeResult.SUCCESS, alone[3].status());
            MinimizeOptions boxed = MinimizeOptions.options().method("L-BFGS-B").jac(jac)
                    .bounds(box(-3, 3, -5, 5));
            check(name, f, vars, consts, x0, c, n, boxed);
            OptimizeResult[] inBox = alone(f, vars, consts, x0, c, n, boxed);
            assertEquals(BatchMinimizeResult.SUCCESS, inBox[4].status(), "the divergent problem in a box: " + inBox[4]);
            assertEquals(5, inBox[4].x()[1], 1e-6, "on the box's face y = 5");
        }
    }

    /** The batch on {@code name} against {@code Optimize.minimize} of each problem alone. */
    static void check(String name, String f, List<String> vars, List<String> consts, double[] x0, double[] c, int n,
            MinimizeOptions o) {
        Backend b = TestBackends.get(name);
        String method = o.method().equalsIgnoreCase("L-BFGS-B") ? "L-BFGS-B" : o.method().equalsIgnoreCase("BFGS")
                ? "BFGS" : "Nelder-Mead";
        assertTrue(b.fit().implementsMinimizeBatch(method), name + " runs " + method + " batches");
        int d = vars.size();
        int k = consts.size();
        double[] x;
        double[] fun;
        long[] nit;
        long[] nfev;
        long[] status;
        boolean[] success;
        double[] jac = null;
        double[] hess = null;
        long[] njev = null;
        try (NDArray xa = NDArray.fromHost(b, HostArray.fromDoubles(x0, DType.FLOAT64, n, d));
                NDArray ca = c == null ? null : NDArray.fromHost(b, HostArray.fromDoubles(c, DType.FLOAT64, n, k));
                BatchMinimizeResult r = Optimize.minimizeBatch(f, vars, consts, xa, ca, o)) {
            assertEquals(b, r.x().backend());
            assertArrayEquals(new int[] {n, d}, r.x().shape());
            x = r.x().toDoubleArray();
            fun = r.fun().toDoubleArray();
            nit = r.nit().toLongArray();
            nfev = r.nfev().toLongArray();
            status = r.status().toLongArray();
            success = r.success().toBooleanArray();
            boolean bfgs = o.method().equalsIgnoreCase("BFGS");
            boolean lbfgsb = o.method().equalsIgnoreCase("L-BFGS-B");
            assertEquals(bfgs, r.isBfgs());
            assertEquals(lbfgsb, r.isLbfgsb());
            if (bfgs || lbfgsb) {
                assertArrayEquals(new int[] {n, d}, r.jac().shape());
                jac = r.jac().toDoubleArray();
                njev = r.njev().toLongArray();
            }
            if (bfgs) {
                assertArrayEquals(new int[] {n, d, d}, r.hessInv().shape());
                hess = r.hessInv().toDoubleArray();
            } else {
                assertEquals(null, r.hessInv());
            }
        }
        OptimizeResult[] alone = alone(f, vars, consts, x0, c, n, o);
        int mismatches = 0;
        StringBuilder first = new StringBuilder();
        for (int p = 0; p < n; p++) {
            OptimizeResult s = alone[p];
            double[] sx = s.x();
            boolean same = s.nit() == nit[p] && s.nfev() == nfev[p] && s.status() == status[p]
                    && s.success() == success[p] && close(s.fun(), fun[p]);
            for (int i = 0; i < d; i++) {
                same &= close(sx[i], x[p * d + i]);
            }
            if (jac != null) {
                same &= s.njev() == njev[p];
                for (int i = 0; i < d; i++) {
                    same &= close(s.jac()[i], jac[p * d + i]);
                }
            }
            if (hess != null) {
                double[][] h = s.hessInv();
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < d; j++) {
                        same &= close(h[i][j], hess[(p * d + i) * d + j]);
                    }
                }
            }
            if (!same) {
                if (mismatches++ == 0) {
                    first.append("problem ").append(p).append(": batch nit=").append(nit[p]).append(" nfev=")
                            .append(nfev[p]).append(" status=").append(status[p]).append(" fun=").append(fun[p])
                            .append(" x=").append(java.util.Arrays.toString(java.util.Arrays.copyOfRange(x, p * d,
                                    p * d + d))).append("; alone ").append(s);
                }
            }
        }
        assertEquals(0, mismatches, name + ": " + mismatches + " of " + n + " problems of " + f
                + " differ from the single-problem solver; first " + first);
    }

    /** Each problem by {@code Optimize.minimize}, computed once per case for all backends. */
    static OptimizeResult[] alone(String f, List<String> vars, List<String> consts, double[] x0, double[] c, int n,
            MinimizeOptions o) {
        String key = f + "|" + o.method() + "|" + o.jac() + "|" + o.tol() + "|" + o.optionMap() + "|" + o.bounds() + "|"
                + java.util.Arrays.hashCode(x0) + "|" + java.util.Arrays.hashCode(c);
        return ALONE.computeIfAbsent(key, unused -> {
            ObjectiveFormula formula = ObjectiveFormula.parse(f, vars, consts);
            int d = vars.size();
            int k = consts.size();
            OptimizeResult[] out = new OptimizeResult[n];
            // the single solver on the common pool's threads (an Objective's evaluators are per thread)
            java.util.stream.IntStream.range(0, n).parallel().forEach(p -> {
                double[] cp = c == null ? new double[0] : java.util.Arrays.copyOfRange(c, p * k, p * k + k);
                out[p] = Optimize.minimize(Objective.bound(formula, cp), java.util.Arrays.copyOfRange(x0, p * d,
                        p * d + d), o);
            });
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

    @Test
    void refusals() {
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray x0 = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 2}, DType.FLOAT64, 1, 2));
                NDArray x3 = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1, 2, 3}, DType.FLOAT64, 1, 3))) {
            MinimizeOptions nm = MinimizeOptions.options().method("Nelder-Mead");
            List<String> v = List.of("x", "y");
            assertMessage("method", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"), x0, x0, null));
            assertMessage("Nelder-Mead, BFGS and L-BFGS-B only", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"),
                    x0, x0, MinimizeOptions.options().method("CG")));
            MinimizeOptions lb = MinimizeOptions.options().method("L-BFGS-B");
            List<String> ab = List.of("a", "b");
            assertMessage("jac='3-point'", () -> Optimize.minimizeBatch(ROSEN, v, ab, x0, x0,
                    MinimizeOptions.options().method("L-BFGS-B").jac(MinimizeOptions.Jac.THREE_POINT)));
            assertMessage("bounds: 1 bounds for 2 variables", () -> Optimize.minimizeBatch(ROSEN, v, ab, x0, x0,
                    MinimizeOptions.options().method("L-BFGS-B").bounds(new Bounds(new double[] {0}, new double[] {1}))));
            assertMessage("one of the lower bounds is greater than an upper bound", () -> Optimize.minimizeBatch(ROSEN,
                    v, ab, x0, x0, MinimizeOptions.options().method("L-BFGS-B").bounds(box(0, 1, 2, 1))));
            assertMessage("one of the lower bounds is greater than an upper bound", () -> Optimize.minimizeBatch(ROSEN,
                    v, ab, x0, x0, MinimizeOptions.options().method("L-BFGS-B").bounds(box(Double.NaN, 1, 0, 1))));
            assertMessage("every variable is fixed", () -> Optimize.minimizeBatch(ROSEN, v, ab, x0, x0,
                    MinimizeOptions.options().method("L-BFGS-B").bounds(box(1, 1, 2, 2))));
            assertMessage("1 variable(s) are fixed by equal bounds with jac=None", () -> Optimize.minimizeBatch(ROSEN, v,
                    ab, x0, x0, MinimizeOptions.options().method("L-BFGS-B").jac(MinimizeOptions.Jac.NONE)
                            .bounds(box(1, 1, 0, 2))));
            assertMessage("maxls must be positive", () -> Optimize.minimizeBatch(ROSEN, v, ab, x0, x0,
                    MinimizeOptions.options().method("L-BFGS-B").option("maxls", 0)));
            assertMessage("maxcor: must be positive", () -> Optimize.minimizeBatch(ROSEN, v, ab, x0, x0,
                    MinimizeOptions.options().method("L-BFGS-B").option("maxcor", 0)));
            assertMessage("options.maxiter", () -> Optimize.minimizeBatch(ROSEN, v, ab, x0, x0,
                    MinimizeOptions.options().method("L-BFGS-B").option("maxiter", 2.5)));
            assertMessage("constraints", () -> Optimize.minimizeBatch(ROSEN, v, ab, x0, x0, lb.constraint(
                    org.sciaccel.optimize.Constraint.parse("ineq: x", v).get(0))));
            assertMessage("jac='2-point'", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"), x0, x0,
                    MinimizeOptions.options().method("BFGS").jac(MinimizeOptions.Jac.TWO_POINT)));
            assertMessage("norm: 0", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"), x0, x0,
                    MinimizeOptions.options().method("BFGS").option("norm", 0.0)));
            assertMessage("bounds with L-BFGS-B only", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"), x0, x0,
                    MinimizeOptions.options().method("BFGS").bounds(new org.sciaccel.optimize.Bounds(
                            new double[] {0, 0}, new double[] {1, 1}))));
            assertMessage("x0: shape (1, 3)", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"), x3, x0, nm));
            assertMessage("constants: null", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"), x0, null, nm));
            assertMessage("constants: shape (1, 3)", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"), x0, x3,
                    nm));
            assertMessage("unknown name 'a'", () -> Optimize.minimizeBatch(ROSEN, v, List.of(), x0, null, nm));
            assertMessage("bounds", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"), x0, x0,
                    MinimizeOptions.options().method("Nelder-Mead").bounds(new org.sciaccel.optimize.Bounds(
                            new double[] {0, 0}, new double[] {1, 1}))));
            assertMessage("initial_simplex", () -> Optimize.minimizeBatch(ROSEN, v, List.of("a", "b"), x0, x0,
                    MinimizeOptions.options().method("Nelder-Mead").option("initial_simplex",
                            new double[][] {{0, 0}, {1, 0}, {0, 1}})));
            assertMessage("has 2 formulas", () -> Optimize.minimizeBatch("x; y", v, List.of(), x0, null, nm));
        }
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' does not contain '" + part + "'");
    }
}
