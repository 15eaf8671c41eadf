package org.sciaccel.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@code scalar/scalar_golden.jsonl} (SciPy 1.10.1's results, written by
 * {@code generate_scalar_golden.py} beside it) through the formula path: the bracketing root
 * finders' root within 1e-12 and the same iterations, function calls and flag; newton, halley and
 * secant likewise; minimize_scalar's x and fun within 1e-6 (relative to max(1, |x|)) and the same
 * nit, nfev, success, status and message; vectorised newton's roots, converged and zero_der; bracket's
 * seven values. A case SciPy refuses must be refused with SciPy's text.
 */
class ScalarGoldenTest {
    @Test
    void everyGoldenCaseAgreesWithSciPy() throws Exception {
        List<Map<String, Object>> cases = load();
        assertTrue(cases.size() >= 200, "golden cases: " + cases.size());
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> c : cases) {
            try {
                check(c);
            } catch (AssertionError | RuntimeException e) {
                failures.add(c + "\n    -> " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " golden cases differ:\n" + String.join("\n", failures));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> load() throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        try (InputStream in = ScalarGoldenTest.class.getResourceAsStream("scalar/scalar_golden.jsonl");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add((Map<String, Object>) MiniJson.parse(line));
                }
            }
        }
        return out;
    }

    private static void check(Map<String, Object> c) {
        Objective fun = Objective.formula((String) c.get("f"), "x");
        DoubleUnaryOperator f = ScalarFunctions.value(fun);
        String error = (String) c.get("error");
        try {
            switch ((String) c.get("kind")) {
                case "root" -> checkRoot(c, fun);
                case "newton" -> checkNewton(c, fun);
                case "min" -> checkMin(c, f);
                case "newton_array" -> checkNewtonArray(c, fun);
                case "bracket" -> checkBracket(c, f);
                default -> throw new AssertionError("unknown kind " + c.get("kind"));
            }
        } catch (IllegalArgumentException | NoConvergenceException e) {
            if (error == null) {
                throw e;
            }
            String type = e instanceof NoConvergenceException ? "RuntimeError" : "ValueError";
            assertEquals(error, type + ": " + e.getMessage());
            return;
        }
        if (error != null) {
            throw new AssertionError("SciPy raised " + error + " but sciaccel did not");
        }
    }

    private static void checkRoot(Map<String, Object> c, Objective fun) {
        RootScalarOptions o = RootScalarOptions.options().method((String) c.get("method"))
                .bracket(num(c, "a"), num(c, "b"));
        if (c.containsKey("k")) {
            o.k((int) (long) (Long) c.get("k"));
        }
        compare(c, Optimize.rootScalar(fun, o), 1e-12);
    }

    private static void checkNewton(Map<String, Object> c, Objective fun) {
        String method = (String) c.get("method");
        RootScalarOptions o = RootScalarOptions.options().method(method).x0(num(c, "x0"));
        if (method.equals("secant")) {
            o.x1(num(c, "x1"));
        }
        compare(c, Optimize.rootScalar(fun, o), 1e-12);
    }

    private static void compare(Map<String, Object> c, RootScalarResult r, double tol) {
        double root = num(c, "root");
        assertTrue(Math.abs(r.root() - root) <= tol * Math.max(1, Math.abs(root)),
                "root " + r.root() + " vs SciPy's " + root);
        if (c.get("iterations") instanceof Map) {
            // SciPy 1.10's C solvers leave the count unset when an end is a root (the generator says so)
            assertEquals(0, r.iterations(), "iterations (an end is a root)");
        } else {
            assertEquals(integer(c, "iterations"), r.iterations(), "iterations");
        }
        assertEquals(integer(c, "function_calls"), r.functionCalls(), "function_calls");
        assertEquals(c.get("converged"), r.converged(), "converged");
        assertEquals(c.get("flag"), r.flag(), "flag");
    }

    @SuppressWarnings("unchecked")
    private static void checkMin(Map<String, Object> c, DoubleUnaryOperator f) {
        MinimizeScalarOptions o = MinimizeScalarOptions.options();
        if (c.containsKey("method")) {
            o.method((String) c.get("method"));
        }
        if (c.containsKey("bounds")) {
            o.bounds(doubles(c.get("bounds")));
        }
        if (c.containsKey("bracket")) {
            o.bracket(doubles(c.get("bracket")));
        }
        if (c.containsKey("tol")) {
            o.tol(num(c, "tol"));
        }
        if (c.containsKey("options")) {
            Map<String, Object> opts = (Map<String, Object>) c.get("options");
            if (opts.containsKey("xatol")) {
                o.xatol(((Number) opts.get("xatol")).doubleValue());
            }
            if (opts.containsKey("maxiter")) {
                o.maxiter(((Number) opts.get("maxiter")).intValue());
            }
        }
        OptimizeResult r = Optimize.minimizeScalar(f, o);
        double x = num(c, "x");
        double scale = Math.max(1, Math.abs(x));
        assertTrue(Math.abs(r.x()[0] - x) <= 1e-6 * scale, "x " + r.x()[0] + " vs SciPy's " + x);
        assertTrue(Math.abs(r.fun() - num(c, "fun")) <= 1e-6 * Math.max(1, Math.abs(num(c, "fun"))),
                "fun " + r.fun() + " vs SciPy's " + c.get("fun"));
        assertEquals(integer(c, "nit"), r.nit(), "nit");
        assertEquals(integer(c, "nfev"), r.nfev(), "nfev");
        assertEquals(c.get("success"), r.success(), "success");
        assertEquals(c.get("message"), r.message(), "message");
        if (c.containsKey("status")) {
            assertEquals(integer(c, "status"), r.status(), "status");
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkNewtonArray(Map<String, Object> c, Objective fun) {
        NewtonOptions o = NewtonOptions.options();
        if (c.containsKey("maxiter")) {
            o.maxiter(integer(c, "maxiter"));
        }
        if (Boolean.TRUE.equals(c.get("fprime"))) {
            o.fprime(ScalarFunctions.derivative(fun));
        }
        if (Boolean.TRUE.equals(c.get("fprime2"))) {
            o.fprime2(ScalarFunctions.secondDerivative(fun));
        }
        NewtonArrayResult r = Optimize.newton(ScalarFunctions.value(fun), doubles(c.get("x0")), o);
        double[] root = doubles(c.get("root"));
        List<Object> conv = (List<Object>) c.get("converged");
        List<Object> zero = (List<Object>) c.get("zero_der");
        for (int i = 0; i < root.length; i++) {
            assertTrue(Math.abs(r.root()[i] - root[i]) <= 1e-12 * Math.max(1, Math.abs(root[i])),
                    "root[" + i + "] " + r.root()[i] + " vs SciPy's " + root[i]);
            assertEquals(conv.get(i), r.converged()[i], "converged[" + i + "]");
            assertEquals(zero.get(i), r.zeroDer()[i], "zero_der[" + i + "]");
        }
        assertEquals(c.get("warning"), r.warning(), "warning");
    }

    @SuppressWarnings("unchecked")
    private static void checkBracket(Map<String, Object> c, DoubleUnaryOperator f) {
        Bracket b = Optimize.bracket(f, num(c, "xa"), num(c, "xb"));
        List<Object> e = (List<Object>) c.get("result");
        double[] got = {b.xa(), b.xb(), b.xc(), b.fa(), b.fb(), b.fc()};
        for (int i = 0; i < 6; i++) {
            double want = ((Number) e.get(i)).doubleValue();
            assertTrue(Math.abs(got[i] - want) <= 1e-12 * Math.max(1, Math.abs(want)),
                    "bracket value " + i + ": " + got[i] + " vs SciPy's " + want);
        }
        assertEquals(((Number) e.get(6)).intValue(), b.funcalls(), "funcalls");
    }

    private static double num(Map<String, Object> c, String k) {
        return ((Number) c.get(k)).doubleValue();
    }

    private static int integer(Map<String, Object> c, String k) {
        return ((Number) c.get(k)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static double[] doubles(Object list) {
        List<Object> l = (List<Object>) list;
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) l.get(i)).doubleValue();
        }
        return d;
    }
}
