package org.sciaccel.integrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Warnings;

/**
 * odeint from Java: lambdas and formulas take the same steps, the lecture notes' examples against
 * their exact solutions (and SciPy 1.10's digits), the step mode solve_ivp uses, and bad input.
 * The full golden set through the registry is conformance/golden/integrate_odeint.
 */
class OdeintTest {
    private static double[] linspace(double a, double b, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = a + (b - a) * i / (n - 1);
        }
        return t;
    }

    @Test
    void decayMatchesTheExactSolutionAndScipysDigits() {
        double[] t = linspace(0, 4, 50);
        OdeintResult r = Integrate.odeint((y, tt) -> new double[] {-2 * y[0]}, new double[] {1.0}, t);
        double worst = 0;
        for (int i = 0; i < t.length; i++) {
            worst = Math.max(worst, Math.abs(r.y()[i][0] - Math.exp(-2 * t[i])));
        }
        assertTrue(worst < 1e-6, "max error " + worst);
        // SciPy 1.10.1: odeint(lambda y, t: -2*y, 1.0, linspace(0, 4, 50))[-1]
        assertEquals(0.00033546168715362275, r.y()[49][0], 1e-10 * 0.00033546168715362275);
        assertEquals("Integration successful.", r.message());
    }

    @Test
    void dampedSpringFromTheLectureNotes() {
        double m = 0.5;
        double k = 4.0;
        double c = 0.4;
        double zeta = c / (2 * Math.sqrt(m * k));
        double w0 = Math.sqrt(k / m);
        double[] t = linspace(0, 10, 100);
        OdeintResult r = Integrate.odeint("y1; -2*zeta*w0*y1 - w0*w0*y0", new double[] {1, 0}, t,
                OdeintOptions.options().args(List.of("zeta", "w0"), zeta, w0));
        double wd = w0 * Math.sqrt(1 - zeta * zeta);
        double worst = 0;
        for (int i = 0; i < t.length; i++) {
            double exact = Math.exp(-zeta * w0 * t[i]) * (Math.cos(wd * t[i]) + zeta * w0 / wd * Math.sin(wd * t[i]));
            worst = Math.max(worst, Math.abs(r.y()[i][0] - exact));
        }
        assertTrue(worst < 1e-6, "max error " + worst);
        // SciPy 1.10.1, the same system: y(10), and the step and evaluation counts
        assertEquals(-0.016921904897202918, r.y()[99][0], 1e-10);
        assertEquals(220, r.nst()[98]);
        assertEquals(445, r.nfe()[98]);
    }

    @Test
    void lambdasAndFormulasTakeTheSameSteps() {
        double[] t = linspace(0, 3000, 7);
        OdeintOptions o = OdeintOptions.options().mxstep(5000);
        OdeintResult lambda = Integrate.odeint((y, tt) -> new double[] {y[1], 1000 * (1 - y[0] * y[0]) * y[1] - y[0]},
                (y, tt) -> new double[][] {{0, 1}, {1000 * (-(y[0] + y[0])) * y[1] - 1, 1000 * (1 - y[0] * y[0])}},
                new double[] {2, 0}, t, o);
        OdeintResult formula = Integrate.odeint("y1; mu*(1 - y0*y0)*y1 - y0", new double[] {2, 0}, t,
                OdeintOptions.options().mxstep(5000).dfun(true).args(List.of("mu"), 1000));
        for (int i = 0; i < t.length; i++) {
            assertArrayEquals(formula.y()[i], lambda.y()[i], 0.0);
        }
        assertArrayEquals(formula.nst(), lambda.nst());
        assertArrayEquals(formula.nje(), lambda.nje());
        assertEquals(2, lambda.mused()[5], "Van der Pol at mu = 1000 is stiff: BDF");
    }

    @Test
    void stepModeStopsAtTcritExactly() {
        Lsoda s = new Lsoda(1, (tt, y, d) -> d[0] = -0.5 * y[0], null, new double[] {1e-3}, new double[] {1e-6},
                0, 0, 0, 0, 0, 12, 5);
        double[] y = {2.0};
        double[] t = {0.0};
        int istate = 1;
        int steps = 0;
        double last = 0;
        while (t[0] < 10.0) {
            istate = s.call(y, t, 10.0, 5, istate, 10.0);
            assertEquals(2, istate);
            assertTrue(t[0] > last && t[0] <= 10.0, "t " + t[0]);
            last = t[0];
            steps++;
        }
        assertEquals(10.0, t[0], 0.0);
        assertEquals(steps, s.nst());
        assertEquals(2 * Math.exp(-5), y[0], 1e-4);
    }

    @Test
    void excessWorkStopsWithScipysWarning() {
        try (Warnings.Collector w = Warnings.collect()) {
            OdeintResult r = Integrate.odeint("y1; mu*(1 - y0*y0)*y1 - y0", new double[] {2, 0},
                    new double[] {0, 1, 3000, 4000}, OdeintOptions.options().args(List.of("mu"), 1000));
            assertEquals(-1, r.istate());
            assertTrue(Double.isNaN(r.y()[3][0]), "rows after the failure are NaN");
            assertEquals("Excess work done on this call (perhaps wrong Dfun type).", r.message());
            assertEquals(1, w.warnings().size());
            assertEquals("ODEintWarning", w.warnings().get(0).category().pythonName());
        }
    }

    @Test
    void badInputNamesTheParameter() {
        double[] t = {0, 1};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Integrate.odeint((y, tt) -> new double[2],
                new double[] {1}, t)).getMessage().contains("size of the array returned by func (2)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Integrate.odeint("-y0", new double[] {1},
                new double[] {0, 2, 1}, OdeintOptions.options())).getMessage().startsWith("t:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Integrate.odeint("-y0; -y1",
                new double[] {1, 1}, t, OdeintOptions.options().rtol(1, 2, 3))).getMessage().startsWith("rtol:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Integrate.odeint("-k*y0", new double[] {1},
                t, OdeintOptions.options())).getMessage().contains("k"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Integrate.odeint("-y0; y0", new double[] {1},
                t, OdeintOptions.options())).getMessage().startsWith("func:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OdeintOptions.options().atol(-1))
                .getMessage().startsWith("atol:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Integrate.odeint("-y0", new double[0], t,
                OdeintOptions.options())).getMessage().startsWith("y0:"));
    }
}
