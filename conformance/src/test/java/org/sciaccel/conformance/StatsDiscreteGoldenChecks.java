package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;

/**
 * The golden check {@code stats_abs} of scipy.stats' multivariate_normal.cdf (issue 17, part "discrete"): where
 * SciPy's own value is accurate only to an absolute error (Genz's lattice rule with abseps = 1e-5 in three
 * dimensions), each element is judged by {@code |got - SciPy| <= atol + rtol |SciPy|} with the expected output's
 * {@code "atol"} and {@code "rtol"} (stated in the generator); NaN where SciPy gives NaN; dtype and shape exactly.
 */
final class StatsDiscreteGoldenChecks {
    private StatsDiscreteGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("stats_abs", StatsDiscreteGoldenChecks::absolute);
    }

    private static String absolute(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            HostArray e = (HostArray) GoldenChecks.expected(c, name);
            if (!(got.get(name) instanceof HostArray g)) {
                problems.add(name + ": got " + got.get(name) + ", expected an array");
                continue;
            }
            if (g.dtype() != e.dtype() || !Arrays.equals(g.shape(), e.shape())) {
                problems.add(name + ": got " + g.dtype() + " " + Arrays.toString(g.shape()) + ", SciPy's " + e.dtype()
                        + " " + Arrays.toString(e.shape()));
                continue;
            }
            double atol = Json.number(GoldenChecks.attribute(c, name, "atol")).doubleValue();
            double rtol = Json.number(GoldenChecks.attribute(c, name, "rtol")).doubleValue();
            double[] ev = e.toDoubles();
            double[] gv = g.toDoubles();
            int bad = 0;
            StringBuilder first = new StringBuilder();
            for (int i = 0; i < ev.length; i++) {
                double x = ev[i];
                double y = gv[i];
                boolean ok = Double.isNaN(x) ? Double.isNaN(y)
                        : Double.isInfinite(x) ? x == y : Math.abs(y - x) <= atol + rtol * Math.abs(x);
                if (!ok && bad++ < 5) {
                    first.append(String.format(" [%d] got %s, SciPy %s (abs %.2e);", i, y, x, Math.abs(y - x)));
                }
            }
            if (bad > 0) {
                problems.add(name + ": " + bad + " element(s) beyond atol " + atol + " + rtol " + rtol + ":" + first);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }
}
