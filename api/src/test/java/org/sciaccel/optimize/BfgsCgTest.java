package org.sciaccel.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Warnings;

/**
 * minimize(method='BFGS'/'CG') beyond the golden cases (conformance/golden/optimize_minimize): a
 * Java gradient, SciPy's field order, the stopping statuses, return_all, the warnings, and the
 * line search's interpolants.
 */
class BfgsCgTest {
    /** (x-3)² + 2(y+1)² + xy/2: convex, minimum where 2(x-3) + y/2 = 0 and 4(y+1) + x/2 = 0. */
    private static final Objective QUADRATIC = Objective.of(
            x -> (x[0] - 3) * (x[0] - 3) + 2 * (x[1] + 1) * (x[1] + 1) + 0.5 * x[0] * x[1],
            x -> new double[] {2 * (x[0] - 3) + 0.5 * x[1], 4 * (x[1] + 1) + 0.5 * x[0]});

    private static double[] quadraticMinimum() {
        // [[2, 0.5], [0.5, 4]] (x, y) = (6, -4)
        double det = 2 * 4 - 0.25;
        return new double[] {(4 * 6 - 0.5 * -4) / det, (2 * -4 - 0.5 * 6) / det};
    }

    @Test
    void bfgsFindsTheQuadraticsMinimumAndItsInverseHessian() {
        OptimizeResult r = Optimize.minimize(QUADRATIC, new double[] {0, 0}, MinimizeOptions.options().method("BFGS"));
        assertEquals(List.of("fun", "jac", "hess_inv", "nfev", "njev", "status", "success", "message", "x", "nit"),
                List.copyOf(r.fields().keySet()));
        assertTrue(r.success());
        assertEquals(0, r.status());
        assertEquals(Bfgs.SUCCESS, r.message());
        assertArrayEquals(quadraticMinimum(), r.x(), 1e-5);
        // with the objective's gradient each point costs one value and one gradient
        assertEquals(r.nfev(), r.njev());
        // after n steps on a quadratic BFGS's H is close to the inverse Hessian
        double det = 2 * 4 - 0.25;
        double[][] inv = {{4 / det, -0.5 / det}, {-0.5 / det, 2 / det}};
        double[][] h = r.hessInv();
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(inv[i], h[i], 1e-2, "hess_inv row " + i);
        }
        assertEquals(h[0][1], h[1][0], 1e-12, "symmetric");
    }

    @Test
    void cgFindsTheQuadraticsMinimum() {
        OptimizeResult r = Optimize.minimize(QUADRATIC, new double[] {0, 0}, MinimizeOptions.options().method("cg"));
        assertEquals(List.of("fun", "jac", "nfev", "njev", "status", "success", "message", "x", "nit"),
                List.copyOf(r.fields().keySet()));
        assertTrue(r.success());
        assertArrayEquals(quadraticMinimum(), r.x(), 1e-5);
        assertTrue(Math.abs(r.jac()[0]) <= 1e-5 && Math.abs(r.jac()[1]) <= 1e-5, "gtol on the max norm");
    }

    @Test
    void theDefaultMethodIsBfgs() {
        Objective rosen = Objective.formula("(1 - x)**2 + 100*(y - x**2)**2", "x", "y");
        OptimizeResult d = Optimize.minimize(rosen, new double[] {-1.2, 1}, MinimizeOptions.options());
        OptimizeResult b = Optimize.minimize(rosen, new double[] {-1.2, 1}, MinimizeOptions.options().method("BFGS"));
        assertEquals(b.fields().keySet(), d.fields().keySet());
        assertArrayEquals(b.x(), d.x(), 0);
        assertEquals(b.nit(), d.nit());
        assertEquals(b.nfev(), d.nfev());
        assertArrayEquals(new double[] {1, 1}, d.x(), 1e-4);
    }

    @Test
    void statusesAsSciPy() {
        Objective rosen = Objective.formula("(1 - x)**2 + 100*(y - x**2)**2", "x", "y");
        for (String m : new String[] {"BFGS", "CG"}) {
            OptimizeResult r = Optimize.minimize(rosen, new double[] {-1.2, 1},
                    MinimizeOptions.options().method(m).option("maxiter", 3));
            assertEquals(1, r.status(), m);
            assertEquals(3, r.nit(), m);
            assertEquals(Bfgs.MAXITER, r.message(), m);
            assertFalse(r.success(), m);
            // NaN from the start: no iteration, status 3
            OptimizeResult n = Optimize.minimize(Objective.of(x -> Double.NaN), new double[] {1},
                    MinimizeOptions.options().method(m));
            assertEquals(3, n.status(), m);
            assertEquals(0, n.nit(), m);
            assertEquals(Bfgs.NAN, n.message(), m);
        }
        // unbounded below: the steps grow until f overflows, and BFGS stops on precision loss
        OptimizeResult u = Optimize.minimize(Objective.of(x -> x[0], x -> new double[] {1}), new double[] {1},
                MinimizeOptions.options().method("BFGS"));
        assertEquals(2, u.status());
        assertEquals(Bfgs.PR_LOSS, u.message());
        assertTrue(u.x()[0] < -1e100, "x = " + u.x()[0]);
    }

    @Test
    void gtolAndTol() {
        Objective rosen = Objective.formula("(1 - x)**2 + 100*(y - x**2)**2", "x", "y");
        OptimizeResult loose = Optimize.minimize(rosen, new double[] {-1.2, 1},
                MinimizeOptions.options().method("BFGS").option("gtol", 1e-2).jac("true"));
        OptimizeResult tight = Optimize.minimize(rosen, new double[] {-1.2, 1},
                MinimizeOptions.options().method("BFGS").tol(1e-9).jac("true"));
        assertTrue(maxAbs(loose.jac()) <= 1e-2);
        assertTrue(maxAbs(tight.jac()) <= 1e-9);
        assertTrue(tight.nit() > loose.nit());
        // an explicit gtol wins over tol
        OptimizeResult both = Optimize.minimize(rosen, new double[] {-1.2, 1},
                MinimizeOptions.options().method("BFGS").tol(1e-9).option("gtol", 1e-2).jac("true"));
        assertEquals(loose.nit(), both.nit());
    }

    @Test
    void returnAllGivesEveryIterate() {
        for (String m : new String[] {"BFGS", "CG"}) {
            OptimizeResult r = Optimize.minimize(QUADRATIC, new double[] {0.5, 0.25},
                    MinimizeOptions.options().method(m).option("return_all", true));
            double[][] all = (double[][]) r.fields().get("allvecs");
            assertEquals(r.nit() + 1, all.length, m);
            assertArrayEquals(new double[] {0.5, 0.25}, all[0], 0, m);
            assertArrayEquals(r.x(), all[all.length - 1], 0, m);
            List<String> keys = List.copyOf(r.fields().keySet());
            assertEquals("allvecs", keys.get(keys.size() - 1), m);
        }
    }

    @Test
    void warningsAsSciPy() {
        try (Warnings.Collector c = Warnings.collect()) {
            Optimize.minimize(QUADRATIC, new double[] {0, 0}, MinimizeOptions.options().method("CG").option("xrtol", 0.1));
            assertEquals(List.of("Unknown solver options: xrtol"), messages(c));
        }
        try (Warnings.Collector c = Warnings.collect()) {
            OptimizeResult r = Optimize.minimize(QUADRATIC, new double[] {0, 0}, MinimizeOptions.options().method("BFGS")
                    .bounds(new Bounds(new double[] {0, 0}, new double[] {1, 1})));
            assertEquals(List.of("Method BFGS cannot handle bounds."), messages(c));
            assertArrayEquals(quadraticMinimum(), r.x(), 1e-5, "bounds ignored");
        }
        try (Warnings.Collector c = Warnings.collect()) {
            Optimize.minimize(QUADRATIC, new double[] {0, 0}, MinimizeOptions.options().method("BFGS").option("xrtol", 0.1)
                    .option("norm", 2.0).option("eps", 1e-7).option("finite_diff_rel_step", 1e-6));
            assertEquals(List.of(), messages(c));
        }
    }

    @Test
    void otherMethodsAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimize.minimize(QUADRATIC, new double[] {0, 0}, MinimizeOptions.options().method("Newton-CG")));
        assertTrue(e.getMessage().contains("Nelder-Mead, Powell, CG, BFGS, L-BFGS-B, TNC, SLSQP"), e.getMessage());
    }

    @Test
    void theZoomsInterpolants() {
        // (x-1)²: through (0, 1) with slope -2 and (2, 1)
        assertEquals(1.0, WolfeLineSearch.quadmin(0, 1, -2, 2, 1), 1e-15);
        // x³ - 3x: through (0, 0) with slope -3, (2, 2) and (-1, 2); its local minimum is at 1
        assertEquals(1.0, WolfeLineSearch.cubicmin(0, 0, -3, 2, 2, -1, 2), 1e-12);
        // no minimiser: coincident points (division by zero), a straight line, a negative radical
        assertNull(WolfeLineSearch.quadmin(1, 1, -2, 1, 1));
        assertNull(WolfeLineSearch.quadmin(0, 0, -1, 1, -1));
        assertNull(WolfeLineSearch.cubicmin(0, 0, -3, 2, 2, 2, 2));
        assertNull(WolfeLineSearch.cubicmin(0, 0, 1, 1, 1 + 1.0 / 3, 2, 2 + 8.0 / 3));
    }

    @Test
    void vecnormAsSciPy() {
        double[] v = {3, -4, Double.NaN};
        assertTrue(Double.isNaN(WolfeLineSearch.vecnorm(v, Double.POSITIVE_INFINITY)));
        assertEquals(4, WolfeLineSearch.vecnorm(new double[] {3, -4}, Double.POSITIVE_INFINITY));
        assertEquals(3, WolfeLineSearch.vecnorm(new double[] {3, -4}, Double.NEGATIVE_INFINITY));
        assertEquals(5, WolfeLineSearch.vecnorm(new double[] {3, -4}, 2));
        assertEquals(7, WolfeLineSearch.vecnorm(new double[] {3, -4}, 1));
        assertThrows(IllegalArgumentException.class, () -> WolfeLineSearch.vecnorm(new double[] {1}, 0));
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    private static List<String> messages(Warnings.Collector c) {
        return c.warnings().stream().map(Warnings.Warning::message).toList();
    }
}
