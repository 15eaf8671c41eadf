package org.sciaccel.integrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Warnings;

class SolveIvpTest {
    private static double[] linspace(double a, double b, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = a + (b - a) * i / (n - 1);
        }
        return v;
    }

    /** The lecture notes' decay example (data README, section 4): SciPy's digits and the exact solution. */
    @Test
    void lectureDecayAgainstTheExactSolution() {
        double[] t = linspace(0, 4, 50);
        IvpResult r = Integrate.solveIvp("-2*y0", new double[] {0, 4}, new double[] {1}, IvpOptions.options().tEval(t));
        double last = r.y()[0][49];
        assertEquals(0.00033696455683381043, last, 1e-10 * 0.00033696455683381043);
        double maxErr = 0;
        for (int k = 0; k < t.length; k++) {
            maxErr = Math.max(maxErr, Math.abs(r.y()[0][k] - Math.exp(-2 * t[k])));
        }
        assertTrue(maxErr < 1e-3, "max error " + maxErr);
        assertEquals(0.00040620486032461045, maxErr, 1e-9);
        assertEquals(0, r.status());
        assertTrue(r.success());
    }

    /** The lecture notes' damped spring (solved there by LSODA): RK45, DOP853, Radau and BDF within 1e-3 of the exact solution. */
    @Test
    void lectureDampedSpringAgainstTheExactSolution() {
        double zeta = 0.1414213562373095;
        double w0 = 2.8284271247461903;
        double wd = w0 * Math.sqrt(1 - zeta * zeta);
        double[] t = linspace(0, 10, 100);
        double exact10 = Math.exp(-zeta * w0 * 10) * (Math.cos(wd * 10) + zeta / Math.sqrt(1 - zeta * zeta) * Math.sin(wd * 10));
        assertEquals(-0.016921911069360043, exact10, 1e-15);
        for (String m : List.of("RK45", "DOP853", "Radau", "BDF", "RK23")) {
            IvpResult r = Integrate.solveIvp("y1; -2*zeta*w0*y1 - w0**2*y0", new double[] {0, 10}, new double[] {1, 0},
                    IvpOptions.options().method(m).tEval(t).arg("zeta", zeta).arg("w0", w0));
            double maxErr = 0;
            for (int k = 0; k < t.length; k++) {
                double e = Math.exp(-zeta * w0 * t[k])
                        * (Math.cos(wd * t[k]) + zeta / Math.sqrt(1 - zeta * zeta) * Math.sin(wd * t[k]));
                maxErr = Math.max(maxErr, Math.abs(r.y()[0][k] - e));
            }
            assertTrue(maxErr < 1e-2, m + ": max error " + maxErr);
            assertTrue(Math.abs(r.y()[0][99] - exact10) < 1e-3, m + ": y(10) = " + r.y()[0][99]);
        }
    }

    /** SciPy's documented cannon: a terminal event given as a Java function, its direction, and the apex. */
    @Test
    void cannonWithJavaEvents() {
        IvpEvent hit = IvpEvent.of((t, y) -> y[0]).terminal(true).direction(-1);
        IvpEvent apex = IvpEvent.of((t, y) -> y[1]);
        IvpResult r = Integrate.solveIvp((t, y) -> new double[] {y[1], -0.5}, new double[] {0, 100}, new double[] {0, 10},
                IvpOptions.options().events(hit, apex).denseOutput(true));
        assertEquals(1, r.status());
        assertEquals("A termination event occurred.", r.message());
        assertEquals(40.0, r.tEvents().get(0)[0], 1e-12);
        assertEquals(20.0, r.tEvents().get(1)[0], 1e-12);
        assertEquals(40.0, r.t()[r.t().length - 1], 1e-12);
        assertEquals(8, r.t().length);
        assertEquals(9.99900010e-05, r.t()[1], 1e-12);
        assertEquals(100.0, r.sol().value(20.0)[0], 1e-9);
        assertEquals(-10.0, r.yEvents().get(0)[0][1], 1e-9);
    }

    /** A Java right-hand side with its Jacobian, for the implicit methods; Robertson's sum stays 1. */
    @Test
    void robertsonWithAJavaJacobian() {
        OdeSystem rob = OdeSystem.of((t, y) -> new double[] {-0.04 * y[0] + 1e4 * y[1] * y[2],
            0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] * y[1], 3e7 * y[1] * y[1]},
                (t, y) -> new double[][] {{-0.04, 1e4 * y[2], 1e4 * y[1]},
                    {0.04, -1e4 * y[2] - 6e7 * y[1], -1e4 * y[1]}, {0, 6e7 * y[1], 0}});
        for (String m : List.of("Radau", "BDF")) {
            IvpResult r = Integrate.solveIvp(rob, new double[] {0, 40}, new double[] {1, 0, 0},
                    IvpOptions.options().method(m).rtol(1e-6).atol(new double[] {1e-8, 1e-12, 1e-8}));
            IvpResult f = Integrate.solveIvp("-0.04*y0 + 10000*y1*y2; 0.04*y0 - 10000*y1*y2 - 30000000*y1**2; 30000000*y1**2",
                    new double[] {0, 40}, new double[] {1, 0, 0},
                    IvpOptions.options().method(m).rtol(1e-6).atol(new double[] {1e-8, 1e-12, 1e-8}));
            int k = r.t().length - 1;
            assertTrue(r.success());
            assertTrue(r.njev() > 0 && r.nlu() > 0);
            assertEquals(1.0, r.y()[0][k] + r.y()[1][k] + r.y()[2][k], 1e-9);
            assertEquals(f.nfev(), r.nfev(), m);
            assertEquals(f.y()[0][f.t().length - 1], r.y()[0][k], 1e-6);
            IvpResult numeric = Integrate.solveIvp(OdeSystem.of(rob.fun), new double[] {0, 40}, new double[] {1, 0, 0},
                    IvpOptions.options().method(m).rtol(1e-6).atol(new double[] {1e-8, 1e-12, 1e-8}));
            assertEquals(r.y()[0][k], numeric.y()[0][numeric.t().length - 1], 1e-5);
        }
    }

    @Test
    void rtolBelowHundredEpsWarnsAsSciPyDoes() {
        try (Warnings.Collector w = Warnings.collect()) {
            IvpResult r = Integrate.solveIvp("-y0", new double[] {0, 0.1}, new double[] {1},
                    IvpOptions.options().rtol(1e-20).atol(1e-12));
            assertTrue(r.success());
            assertEquals(1, w.warnings().size());
            assertTrue(w.warnings().get(0).toString().contains(
                    "At least one element of `rtol` is too small. Setting `rtol = np.maximum(rtol, 2.220446049250313e-14)`."),
                    w.warnings().get(0).toString());
        }
    }

    @Test
    void badInputNamesTheParameterOnOneLine() {
        IvpOptions o = IvpOptions.options();
        assertOneLine("method", "RK23, RK45, DOP853, Radau, BDF",
                () -> Integrate.solveIvp("-y0", new double[] {0, 1}, new double[] {1}, IvpOptions.options().method("LSODB")));
        assertOneLine("t_span", "3", () -> Integrate.solveIvp("-y0", new double[] {0, 1, 2}, new double[] {1}, o));
        assertOneLine("y0", "2 equations", () -> Integrate.solveIvp("y1; -y0", new double[] {0, 1}, new double[] {1}, o));
        assertOneLine("fun", "q", () -> Integrate.solveIvp("-q*y0", new double[] {0, 1}, new double[] {1}, o));
        assertOneLine("events", "z", () -> Integrate.solveIvp("-y0", new double[] {0, 1}, new double[] {1},
                IvpOptions.options().events(IvpEvent.formula("y0 - z"))));
        assertOneLine("max_step", "positive", () -> Integrate.solveIvp("-y0", new double[] {0, 1}, new double[] {1},
                IvpOptions.options().maxStep(0)));
        assertOneLine("first_step", "exceeds", () -> Integrate.solveIvp("-y0", new double[] {0, 1}, new double[] {1},
                IvpOptions.options().firstStep(2)));
        assertOneLine("atol", "wrong shape", () -> Integrate.solveIvp("-y0", new double[] {0, 1}, new double[] {1},
                IvpOptions.options().atol(new double[] {1e-6, 1e-6})));
        assertOneLine("t_eval", "not within", () -> Integrate.solveIvp("-y0", new double[] {0, 1}, new double[] {1},
                IvpOptions.options().tEval(new double[] {0.5, 1.5})));
        assertOneLine("args", "formulas", () -> Integrate.solveIvp(OdeSystem.of((t, y) -> y), new double[] {0, 1},
                new double[] {1}, IvpOptions.options().arg("a", 1)));
        assertOneLine("fun", "null", () -> Integrate.solveIvp((String) null, new double[] {0, 1}, new double[] {1}, o));
    }

    private static void assertOneLine(String param, String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(param + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** A backward integration with t_eval and dense output: sol agrees with y at the t_eval points. */
    @Test
    void backwardDenseOutputAgreesWithTEval() {
        double[] te = linspace(10, 0, 11);
        IvpResult r = Integrate.solveIvp("y1; (1 - y0**2)*y1 - y0", new double[] {10, 0}, new double[] {2, 0},
                IvpOptions.options().method("DOP853").tEval(te).denseOutput(true));
        assertArrayEquals(te, r.t());
        double[][] s = r.sol().values(te);
        for (int k = 0; k < te.length; k++) {
            assertEquals(r.y()[0][k], s[0][k], 1e-12);
            assertEquals(r.y()[1][k], s[1][k], 1e-12);
        }
        assertNull(r.tEvents());
    }

    /** vectorized is accepted and changes nothing; an empty span returns the initial state (SciPy's n == 0 / t == t_bound step). */
    @Test
    void vectorizedAndAnEmptySpan() {
        for (String m : List.of("RK45", "Radau", "BDF")) {
            IvpResult a = Integrate.solveIvp("y1; (1 - y0**2)*y1 - y0", new double[] {0, 5}, new double[] {2, 0},
                    IvpOptions.options().method(m));
            IvpResult b = Integrate.solveIvp("y1; (1 - y0**2)*y1 - y0", new double[] {0, 5}, new double[] {2, 0},
                    IvpOptions.options().method(m).vectorized(true));
            assertArrayEquals(a.t(), b.t(), m);
            assertArrayEquals(a.y()[0], b.y()[0], m);
            assertEquals(a.nfev(), b.nfev(), m);
        }
        IvpResult e = Integrate.solveIvp("-y0", new double[] {1, 1}, new double[] {3}, IvpOptions.options().denseOutput(true));
        assertArrayEquals(new double[] {1, 1}, e.t());
        assertArrayEquals(new double[] {3, 3}, e.y()[0]);
        assertEquals(3.0, e.sol().value(1)[0]);
        assertEquals(0, e.status());
    }

    /** A method added later (as LSODA will be): explicit Euler with a fixed step, through the same driver. */
    @Test
    void methodsAreExtensible() {
        IvpMethods.register("EulerForTest", (p, t0, y0, tb, s) -> new OdeSolver(p, t0, y0, tb) {
            private double[] yOld;

            @Override
            protected boolean stepImpl() {
                double h = Math.min(s.maxStep(), Math.abs(tBound - t)) * direction;
                double[] f = fun(t, y);
                yOld = y;
                double[] next = new double[n];
                for (int i = 0; i < n; i++) {
                    next[i] = y[i] + h * f[i];
                }
                y = next;
                t += h;
                return true;
            }

            @Override
            protected DenseOutput denseOutputImpl() {
                double a = tOld;
                double b = t;
                double[] ya = yOld;
                double[] yb = y.clone();
                return new DenseOutput() {
                    public double tOld() {
                        return a;
                    }

                    public double t() {
                        return b;
                    }

                    public double[] value(double at) {
                        double x = (at - a) / (b - a);
                        double[] v = new double[ya.length];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = ya[i] + x * (yb[i] - ya[i]);
                        }
                        return v;
                    }
                };
            }
        });
        assertTrue(IvpMethods.names().contains("EulerForTest"));
        IvpResult r = Integrate.solveIvp("-y0", new double[] {0, 1}, new double[] {1},
                IvpOptions.options().method("EulerForTest").maxStep(0.25).tEval(new double[] {0.5, 1.0}));
        assertEquals(Math.pow(0.75, 2), r.y()[0][0], 1e-15);
        assertEquals(Math.pow(0.75, 4), r.y()[0][1], 1e-15);
        assertEquals(4, r.nfev());
    }
}
