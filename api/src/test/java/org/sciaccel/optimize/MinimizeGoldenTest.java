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
import org.junit.jupiter.api.Test;

/**
 * Every case of {@code minimize/nm_powell_golden.jsonl} (SciPy 1.10.1's minimize results, written by
 * {@code conformance/golden/optimize/minimize_nm_powell/generate_minimize_nm_powell.py}) through
 * {@link Optimize#minimize} on the formula objective: x and fun within 1e-6 relative to
 * max(1, |v|), and the same nit, nfev, status, success and message.
 */
class MinimizeGoldenTest {
    @Test
    void everyGoldenCaseAgreesWithSciPy() throws Exception {
        List<Map<String, Object>> cases = load();
        assertTrue(cases.size() >= 20, "golden cases: " + cases.size());
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> c : cases) {
            try {
                check(c);
            } catch (AssertionError | RuntimeException e) {
                failures.add(c.get("id") + " -> " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " golden cases differ:\n" + String.join("\n", failures));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load() throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        try (InputStream in = MinimizeGoldenTest.class.getResourceAsStream("minimize/nm_powell_golden.jsonl");
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

    @SuppressWarnings("unchecked")
    private static void check(Map<String, Object> c) {
        List<String> vars = (List<String>) c.get("vars");
        Objective fun = Objective.formula((String) c.get("f"), vars.toArray(new String[0]));
        double[] x0 = doubles((List<Object>) c.get("x0"));
        MinimizeOptions o = MinimizeOptions.options().method((String) c.get("method"));
        if (c.get("tol") != null) {
            o.tol(((Number) c.get("tol")).doubleValue());
        }
        List<Object> bounds = (List<Object>) c.get("bounds");
        if (bounds != null) {
            double[] lb = new double[bounds.size()];
            double[] ub = new double[bounds.size()];
            for (int i = 0; i < lb.length; i++) {
                List<Object> pair = (List<Object>) bounds.get(i);
                lb[i] = pair.get(0) == null ? Double.NEGATIVE_INFINITY : ((Number) pair.get(0)).doubleValue();
                ub[i] = pair.get(1) == null ? Double.POSITIVE_INFINITY : ((Number) pair.get(1)).doubleValue();
            }
            o.bounds(new Bounds(lb, ub));
        }
        for (Map.Entry<String, Object> e : ((Map<String, Object>) c.get("options")).entrySet()) {
            Object v = e.getValue();
            if (v instanceof List<?> rows && !rows.isEmpty() && rows.get(0) instanceof List) {
                double[][] m = new double[rows.size()][];
                for (int i = 0; i < m.length; i++) {
                    m[i] = doubles((List<Object>) rows.get(i));
                }
                v = m;
            } else if (v instanceof List<?> row) {
                v = doubles((List<Object>) row);
            }
            o.option(e.getKey(), v);
        }
        double[] given = x0.clone();
        OptimizeResult r = Optimize.minimize(fun, x0, o);
        assertTrue(java.util.Arrays.equals(given, x0), "x0 modified");
        double[] x = doubles((List<Object>) c.get("x"));
        assertEquals(x.length, r.x().length, "x length");
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], r.x()[i], 1e-6 * Math.max(1, Math.abs(x[i])), "x[" + i + "]");
        }
        double f = ((Number) c.get("fun")).doubleValue();
        assertEquals(f, r.fun(), 1e-6 * Math.max(1, Math.abs(f)), "fun");
        assertEquals(((Number) c.get("nit")).intValue(), r.nit(), "nit");
        assertEquals(((Number) c.get("nfev")).intValue(), r.nfev(), "nfev");
        assertEquals(((Number) c.get("status")).intValue(), r.status(), "status");
        assertEquals(c.get("success"), r.success(), "success");
        assertEquals(c.get("message"), r.message(), "message");
    }

    private static double[] doubles(List<Object> v) {
        double[] d = new double[v.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) v.get(i)).doubleValue();
        }
        return d;
    }
}
