package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;

/**
 * scipy.optimize's golden check {@code optimize_result}: an OptimizeResult's fields against
 * SciPy's, by name, in SciPy's order. Vectors and floats within {@link Tolerances#OPTIMIZE_RELATIVE}
 * of SciPy's value relative to max(1, |value|) (a method stops where its tolerances say, so the last
 * digits are not SciPy's to promise); integer fields (nit, nfev, njev, status: dtype int64) exactly,
 * as the same algorithm takes the same steps; flags and texts exactly. A vector may be given inline
 * ({@code {"json": [...]}}) instead of as a file; it is compared as an array of that length.
 */
final class OptimizeGoldenChecks {
    private OptimizeGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("optimize_result", OptimizeGoldenChecks::result);
    }

    private static String result(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            Object want = GoldenChecks.expected(c, name);
            Object have = got.get(name);
            String why = compare(c, name, want, have);
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String compare(GoldenCall c, String name, Object want, Object have) {
        if (have == null) {
            return "not returned";
        }
        if (want instanceof HostArray e) {
            if (!(have instanceof HostArray g)) {
                return "got " + have + ", expected an array";
            }
            if (!Arrays.equals(e.shape(), g.shape())) {
                return "shape " + Arrays.toString(g.shape()) + ", SciPy's " + Arrays.toString(e.shape());
            }
            double[] ev = e.toDoubles();
            double[] gv = g.toDoubles();
            for (int i = 0; i < ev.length; i++) {
                if (!close(ev[i], gv[i])) {
                    return "element " + i + " is " + gv[i] + ", SciPy's " + ev[i] + " (got " + Arrays.toString(gv)
                            + ", SciPy " + Arrays.toString(ev) + ")";
                }
            }
            return null;
        }
        if (want instanceof List<?> e) {
            // a short vector given inline ({"json": [...]}, e.g. newton's roots) against a 1-D array
            if (!(have instanceof HostArray g) || g.shape().length != 1 || g.shape()[0] != e.size()) {
                return "got " + (have instanceof HostArray g ? "shape " + Arrays.toString(g.shape()) : have)
                        + ", expected a vector of " + e.size() + " (SciPy's " + e + ")";
            }
            double[] gv = g.toDoubles();
            for (int i = 0; i < gv.length; i++) {
                if (!close(Json.number(e.get(i)).doubleValue(), gv[i])) {
                    return "element " + i + " is " + gv[i] + ", SciPy's " + e.get(i) + " (got " + Arrays.toString(gv)
                            + ", SciPy " + e + ")";
                }
            }
            return null;
        }
        if (want instanceof GoldenChecks.Exact) {
            return GoldenChecks.compare(c, name, want, have);
        }
        if (!(have instanceof Number g)) {
            return "got " + have + ", expected the number " + want;
        }
        double e = Json.number(want).doubleValue();
        if ("int64".equals(GoldenChecks.attribute(c, name, "dtype"))) {
            return g.doubleValue() == e ? null : "got " + g + ", SciPy's " + (long) e;
        }
        return close(e, g.doubleValue()) ? null : "got " + g + ", SciPy's " + e;
    }

    private static boolean close(double want, double got) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        if (Double.isInfinite(want)) {
            return want == got;
        }
        return Math.abs(got - want) <= Tolerances.OPTIMIZE_RELATIVE * Math.max(1, Math.abs(want));
    }
}
