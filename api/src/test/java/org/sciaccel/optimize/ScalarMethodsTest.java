package org.sciaccel.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The lecture notes' rows (data README section 4), SciPy's refusals and failure texts (checked
 * against SciPy 1.10.1), and the Java forms of the scalar methods.
 */
class ScalarMethodsTest {
    private static final Objective LECTURE = Objective.formula("x**2 + 10*sin(x)", "x");
    private static final DoubleUnaryOperator F = x -> x * x + 10 * Math.sin(x);

    @Test
    void lectureNotesRows() {
        OptimizeResult r = Optimize.minimizeScalar(LECTURE, MinimizeScalarOptions.options().bounds(-2, -1)
                .method("bounded"));
        // The notes' digits (-1.306440997029541, fminbound 3.837467119498474) come from NumPy's SIMD
        // sin (SVML on AVX-512), which differs from the C library's sin in the last bits for most x;
        // SciPy given math.sin (as Java's Math.sin) returns exactly the digits below, in the same 8 steps.
        assertEquals(-1.306440997029541, r.x()[0], 2e-12);
        assertEquals(-1.3064409970312618, r.x()[0], 0.0);
        assertEquals(-7.94582337560959, r.fun(), 1e-14);
        assertEquals(8, r.nit());
        assertEquals(8, r.nfev());
        assertEquals(0, r.status());
        assertTrue(r.success());
        assertEquals("Solution found.", r.message());
        assertEquals(3.837467119498474, Optimize.fminbound(F, 0, 10), 1e-12);
        assertEquals(3.8374671194983834, Optimize.fminbound(F, 0, 10), 0.0);

        Objective quad = Objective.formula("(x - 1)*(x - 2)", "x");
        RootScalarResult n = Optimize.rootScalar(quad, RootScalarOptions.options().x0(0).method("newton"));
        assertEquals(1.0, n.root(), 0.0);
        assertEquals(6, n.iterations());
        assertEquals(12, n.functionCalls());
        assertEquals(2.0, Optimize.rootScalar(quad, RootScalarOptions.options().bracket(1.5, 10)).root(), 0.0);

        // "root of x**2 + 10 sin x from 1 / from -2.5": 0.0 / -2.479481833541344
        NewtonOptions withDerivative = NewtonOptions.options().fprime(ScalarFunctions.derivative(LECTURE));
        assertArrayEquals(new double[] {0.0, -2.479481833541344},
                Optimize.newton(F, new double[] {1, -2.5}, withDerivative).root(), 1e-15);
    }

    @Test
    void defaultMethodsAreSciPys() {
        // a bracket: brentq; x0 and fprime: newton; fprime2 too: halley; bounds: bounded
        DoubleUnaryOperator g = x -> x * x - 2;
        RootScalarResult q = Optimize.rootScalar(g, RootScalarOptions.options().bracket(0, 2));
        assertEquals(Optimize.brentq(g, 0, 2), q.root(), 0.0);
        RootScalarResult h = Optimize.rootScalar(g, RootScalarOptions.options().x0(1).fprime(x -> 2 * x)
                .fprime2(x -> 2));
        assertEquals(Optimize.rootScalar(g, RootScalarOptions.options().x0(1).method("halley").fprime(x -> 2 * x)
                .fprime2(x -> 2)).functionCalls(), h.functionCalls());
        assertEquals(Math.sqrt(2), h.root(), 1e-15);
        assertTrue(Optimize.minimizeScalar(F, MinimizeScalarOptions.options().bounds(0, 10)).has("status"));
        assertFalse(Optimize.minimizeScalar(F, MinimizeScalarOptions.options()).has("status"));
    }

    @Test
    void sciPysRefusals() {
        DoubleUnaryOperator positive = x -> x * x + 1;
        for (String m : new String[] {"bisect", "brentq", "brenth", "ridder"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Optimize.rootScalar(positive, RootScalarOptions.options().method(m).bracket(0, 1)));
            assertEquals("f(a) and f(b) must have different signs", e.getMessage());
        }
        assertEquals("Unknown solver foo", assertThrows(IllegalArgumentException.class,
                () -> Optimize.rootScalar(F, RootScalarOptions.options().method("foo").bracket(0, 1))).getMessage());
        assertEquals("Unknown solver foo", assertThrows(IllegalArgumentException.class,
                () -> Optimize.minimizeScalar(F, MinimizeScalarOptions.options().method("foo"))).getMessage());
        assertEquals("Unable to select a solver as neither bracket nor starting point provided.",
                assertThrows(IllegalArgumentException.class,
                        () -> Optimize.rootScalar(F, RootScalarOptions.options())).getMessage());
        assertEquals("x1 must not be None for secant", assertThrows(IllegalArgumentException.class,
                () -> Optimize.rootScalar(F, RootScalarOptions.options().x0(1))).getMessage());
        assertEquals("fprime must be specified for newton", assertThrows(IllegalArgumentException.class,
                () -> Optimize.rootScalar(F, RootScalarOptions.options().x0(1).method("newton"))).getMessage());
        assertEquals("Bracket needed for brentq", assertThrows(IllegalArgumentException.class,
                () -> Optimize.rootScalar(F, RootScalarOptions.options().x0(1).method("brentq"))).getMessage());
        assertEquals("The lower bound exceeds the upper bound.", assertThrows(IllegalArgumentException.class,
                () -> Optimize.fminbound(F, 1, 0)).getMessage());
        assertEquals("Optimization bounds must be finite scalars.", assertThrows(IllegalArgumentException.class,
                () -> Optimize.fminbound(F, 0, Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("Use of `bounds` is incompatible with 'method=brent'.", assertThrows(IllegalArgumentException.class,
                () -> Optimize.minimizeScalar(F, MinimizeScalarOptions.options().method("brent").bounds(0, 1)))
                .getMessage());
        assertEquals("The `bounds` parameter is mandatory for method `bounded`.",
                assertThrows(IllegalArgumentException.class,
                        () -> Optimize.minimizeScalar(F, MinimizeScalarOptions.options().method("bounded")))
                        .getMessage());
        assertEquals("Bracketing interval must be length 2 or 3 sequence.", assertThrows(IllegalArgumentException.class,
                () -> Optimize.brent(F, new double[] {0, 1, 2, 3})).getMessage());
        assertEquals("Bracketing values (xa, xb, xc) do not fulfill this requirement: (xa < xb) and (xb < xc)",
                assertThrows(IllegalArgumentException.class, () -> Optimize.golden(F, new double[] {0, 3, 2}))
                        .getMessage());
        assertEquals("xtol too small (0 <= 0)", assertThrows(IllegalArgumentException.class,
                () -> Optimize.brentq(F, -1, 1, 0, 1e-15, 100, true)).getMessage());
        assertEquals("rtol too small (1e-17 < 8.88178e-16)", assertThrows(IllegalArgumentException.class,
                () -> Optimize.bisect(F, -1, 1, 1e-12, 1e-17, 100, true)).getMessage());
        assertEquals("maxiter should be > 0", assertThrows(IllegalArgumentException.class,
                () -> Optimize.ridder(F, -1, 1, 1e-12, 1e-15, -1, true)).getMessage());
        assertEquals("a and b are not an interval [1.0, 0.0]", assertThrows(IllegalArgumentException.class,
                () -> Optimize.toms748(F, 1, 0)).getMessage());
        assertEquals("tol too small (0 <= 0)", assertThrows(IllegalArgumentException.class,
                () -> Optimize.newton(F, 1.0, NewtonOptions.options().tol(0))).getMessage());
        assertEquals("maxiter must be greater than 0", assertThrows(IllegalArgumentException.class,
                () -> Optimize.newton(F, new double[] {1, 2}, NewtonOptions.options().maxiter(0))).getMessage());
        assertEquals("x1 and x0 must be different", assertThrows(IllegalArgumentException.class,
                () -> Optimize.newton(F, 1.0, NewtonOptions.options().x1(1.0))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Optimize.minimizeScalar(Objective.formula("x + y", "x", "y"), MinimizeScalarOptions.options()))
                .getMessage().startsWith("fun: a function of one variable is needed"));
        assertThrows(IllegalArgumentException.class, () -> Objective.formula("x + z", "x"));
    }

    @Test
    void sciPysFailureTexts() {
        assertEquals("Failed to converge after 2 iterations.", assertThrows(NoConvergenceException.class,
                () -> Optimize.bisect(x -> x - 1e-3, 0, 1, 2e-12, 8.881784197001252e-16, 2, true)).getMessage());
        RootScalarResult quiet = Optimize.bisect(x -> x - 1e-3, 0, 1, 2e-12, 8.881784197001252e-16, 2, false);
        assertFalse(quiet.converged());
        assertEquals("convergence error", quiet.flag());
        assertEquals(4, quiet.functionCalls());
        assertEquals("Derivative was zero. Failed to converge after 1 iterations, value is 0.0.",
                assertThrows(NoConvergenceException.class,
                        () -> Optimize.newton(x -> x * x + 1, 0.0, NewtonOptions.options().fprime(x -> 2 * x)))
                        .getMessage());
        assertEquals("Failed to converge after 50 iterations, value is 2.159514728084078.",
                assertThrows(NoConvergenceException.class, () -> Optimize.newton(x -> x * x + 1, 1.0)).getMessage());
        assertEquals("Tolerance of 0.00019999999999997797 reached. Failed to converge after 1 iterations, value is 1.0002.",
                assertThrows(NoConvergenceException.class, () -> Optimize.newton(x -> 1.0, 1.0)).getMessage());
        assertEquals("all failed to converge after 50 iterations", assertThrows(NoConvergenceException.class,
                () -> Optimize.newton(x -> x * x + 1, new double[] {1, 2}, null)).getMessage());
        NewtonArrayResult flat = Optimize.newton(x -> 1.0, new double[] {1, 2, 3}, null);
        assertEquals("RMS of 1.83863e-05 reached", flat.warning());
        assertArrayEquals(new boolean[] {true, true, true}, flat.zeroDer());
        assertEquals("a, b must bracket a root f(0.000000e+00)=1.000000e+00, f(1.000000e+00)=2.000000e+00 ",
                assertThrows(IllegalArgumentException.class, () -> Optimize.toms748(x -> x * x + 1, 0, 1)).getMessage());
        OptimizeResult capped = Optimize.minimizeScalar(x -> x * x, MinimizeScalarOptions.options().bounds(-1, 2)
                .maxiter(3));
        assertEquals(1, capped.status());
        assertEquals("Maximum number of function calls reached.", capped.message());
        assertFalse(capped.success());
        assertEquals("\nOptimization terminated successfully;\nThe returned value satisfies the termination criteria\n"
                + "(using xtol = 1.48e-08 )", Optimize.minimizeScalar(x -> x * x, null).message());
    }

    @Test
    void inputsAreNotModifiedAndLoopsAreBounded() {
        double[] brack = {-3, -1, 0};
        double[] x0 = {1, -2.5};
        Optimize.brent(F, brack);
        Optimize.newton(F, x0, NewtonOptions.options().fprime(x -> 2 * x + 10 * Math.cos(x)));
        assertArrayEquals(new double[] {-3, -1, 0}, brack);
        assertArrayEquals(new double[] {1, -2.5}, x0);
        // a NaN function: every method stops within its iteration bound
        DoubleUnaryOperator nan = x -> Double.NaN;
        assertEquals(ScalarMessages.NAN, Optimize.minimizeScalar(nan, MinimizeScalarOptions.options().bounds(0, 1))
                .message());
        for (String m : new String[] {"bisect", "brentq", "brenth", "ridder"}) {
            RootScalarResult r = Optimize.rootScalar(x -> x < 0.5 ? -1 : Double.NaN,
                    RootScalarOptions.options().bracket(0, 1).method(m));
            assertTrue(r.iterations() <= 100 && r.functionCalls() <= 202, m + ": " + r);
        }
        assertThrows(IllegalArgumentException.class, () -> Optimize.toms748(x -> x < 0.5 ? -1 : Double.NaN, 0, 1));
    }

    @Test
    void pythonFormatting() {
        assertEquals("1.48e-08", PyFormat.repr(1.48e-8));
        assertEquals("0.0001", PyFormat.repr(1e-4));
        assertEquals("1e-05", PyFormat.repr(1e-5));
        assertEquals("1e+16", PyFormat.repr(1e16));
        assertEquals("1000000000000000.0", PyFormat.repr(1e15));
        assertEquals("2.159514728084078", PyFormat.repr(2.159514728084078));
        assertEquals("8.88178e-16", PyFormat.g(4 * Math.ulp(1.0)));
        assertEquals("100000", PyFormat.g(1e5));
        assertEquals("1e+06", PyFormat.g(1e6));
        assertEquals("0.0001", PyFormat.g(1e-4));
        assertNull(Optimize.newton(x -> x * x - 2, new double[] {1, 2}, null).warning());
    }
}
