package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;

/**
 * scipy.integrate's golden check {@code integrate_quad}: quad's, nquad's and the Gaussian and
 * Romberg rules' outputs against SciPy's, by name. A value within {@link Tolerances#QUAD_RELATIVE}
 * of SciPy's relative (the same QUADPACK steps on the same function values give the same sums to
 * the last few bits); an error estimate ({@code "error_estimate": true}: abserr, err) within
 * {@link Tolerances#QUAD_ERROR_RELATIVE} relative, or within {@link Tolerances#QUAD_RELATIVE} of
 * the integral's magnitude (an estimate at rounding level is rounding noise); counts (int64)
 * exactly; messages exactly.
 */
final class QuadGoldenChecks {
    private QuadGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("integrate_quad", QuadGoldenChecks::result);
    }

    private static String result(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        double scale = 0;
        for (String name : c.expected().keySet()) {
            Object want = GoldenChecks.expected(c, name);
            if (want instanceof Number n && GoldenChecks.attribute(c, name, "error_estimate") == null
                    && !"int64".equals(GoldenChecks.attribute(c, name, "dtype"))) {
                scale = Math.max(scale, Math.abs(n.doubleValue()));
            }
        }
        for (String name : c.expected().keySet()) {
            Object want = GoldenChecks.expected(c, name);
            Object have = got.get(name);
            String why = compare(c, name, want, have, scale);
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String compare(GoldenCall c, String name, Object want, Object have, double scale) {
        if (have == null) {
            return "not returned";
        }
        if (want instanceof GoldenChecks.Exact) {
            return GoldenChecks.compare(c, name, want, have);
        }
        if (!(have instanceof Number g)) {
            return "got " + have + ", expected the number " + want;
        }
        double e = Json.number(want).doubleValue();
        double v = g.doubleValue();
        if ("int64".equals(GoldenChecks.attribute(c, name, "dtype"))) {
            return v == e ? null : "got " + g + ", SciPy's " + (long) e;
        }
        if (Double.isNaN(e) || Double.isInfinite(e)) {
            return Double.compare(e, v) == 0 ? null : "got " + v + ", SciPy's " + e;
        }
        double diff = Math.abs(v - e);
        if (GoldenChecks.attribute(c, name, "error_estimate") != null) {
            return diff <= Tolerances.QUAD_ERROR_RELATIVE * Math.abs(e) || diff <= Tolerances.QUAD_RELATIVE * scale
                    ? null : "got " + v + ", SciPy's " + e + " (an error estimate)";
        }
        return diff <= Tolerances.QUAD_RELATIVE * Math.abs(e) ? null
                : "got " + v + ", SciPy's " + e + " (relative difference " + diff / Math.abs(e) + ")";
    }
}
