package org.sciaccel.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.sciaccel.Warnings;
import org.junit.jupiter.api.Test;

class ScalarFunctionTest {
    private static final Objective ROSEN = Objective.of(x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2));

    @Test
    void countsAsSciPyAndCaches() {
        // SciPy: ScalarFunction(rosen, [-1.2, 1], (), '2-point', ..., epsilon=1.49e-8) has nfev 3, ngev 1.
        ScalarFunction sf = new ScalarFunction(ROSEN, new double[] {-1.2, 1}, ScalarFunction.Gradient.ABSOLUTE_2_POINT,
                1.4901161193847656e-08);
        assertEquals(3, sf.nfev());
        assertEquals(1, sf.ngev());
        assertEquals(24.2, sf.fun(new double[] {-1.2, 1}), 1e-12);
        sf.grad(new double[] {-1.2, 1});
        assertEquals(3, sf.nfev());
        double[] g = sf.grad(new double[] {0, 0});
        assertEquals(6, sf.nfev());
        assertEquals(2, sf.ngev());
        assertArrayEquals(new double[] {-2, 0}, g, 1e-5); // forward differences of 100*y**2 give 100*h
        sf.fun(new double[] {1, 1});
        assertEquals(7, sf.nfev());
    }

    @Test
    void threePointAndBoundsKeepEvaluationsInside() {
        double[] lb = {0, 0};
        double[] ub = {1, 1};
        Objective f = Objective.of(x -> {
            assertTrue(x[0] >= 0 && x[0] <= 1 && x[1] >= 0 && x[1] <= 1, "outside the bounds");
            return x[0] * x[0] + 3 * x[1];
        });
        ScalarFunction sf = new ScalarFunction(f, new double[] {1, 0}, ScalarFunction.Gradient.THREE_POINT, 0, null, lb, ub);
        assertEquals(5, sf.nfev());
        assertArrayEquals(new double[] {2, 3}, sf.grad(new double[] {1, 0}), 1e-8);
        ScalarFunction free = new ScalarFunction(Objective.of(x -> x[0]), new double[] {1, 0},
                ScalarFunction.Gradient.TWO_POINT, 0, null, lb, ub);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> free.grad(new double[] {2, 0}));
        assertEquals("`x0` violates bound constraints.", e.getMessage());
    }

    @Test
    void objectiveGradientIsUsedAndCounted() {
        Objective f = Objective.formula("x**2 + 10*sin(x)", "x");
        ScalarFunction sf = new ScalarFunction(f, new double[] {0}, ScalarFunction.Gradient.OBJECTIVE, 0);
        assertEquals(1, sf.nfev());
        assertEquals(1, sf.ngev());
        assertEquals(10, sf.grad(new double[] {0})[0], 1e-15);
    }

    @Test
    void minimizeRefusesAsSciPy() {
        Objective f = Objective.formula("x**2 + y**2", "x", "y");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimize.minimize(f, new double[] {1, 1}, MinimizeOptions.options().method("foo")));
        assertEquals("Unknown solver foo", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Optimize.minimize(f, new double[] {1, 1, 1}, MinimizeOptions.options()));
        assertTrue(e.getMessage().startsWith("x0:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Objective.formula("x**2 + z", "x", "y"));
    }

    @Test
    void unknownOptionsWarn() {
        MinimizeOptions o = MinimizeOptions.options().option("maxiter", 5).option("bogus", 1).option("xyz", true);
        try (Warnings.Collector c = Warnings.collect()) {
            o.forMethod("BFGS", java.util.Set.of("maxiter"), "gtol");
            List<Warnings.Warning> w = c.warnings();
            assertEquals(1, w.size());
            assertEquals("Unknown solver options: bogus, xyz", w.get(0).message());
        }
    }
}
