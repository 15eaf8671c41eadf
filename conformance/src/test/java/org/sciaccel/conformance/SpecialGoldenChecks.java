package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * scipy.special's golden check {@code special}: special functions span many magnitudes in one grid, so each
 * element is judged relative to its own expected value (the rule): {@code |got - SciPy| <= rtol |SciPy|}
 * with rtol 1e-13 for float64 and 1e-6 for float32, or the expected output's own {@code "rtol"} where SciPy's
 * accuracy is looser (stated in the generator), plus the expected output's {@code "atol"} where one is given (an
 * absolute term near zeros of the function, stated in the generator); NaN where SciPy gives NaN, the same infinity where it gives one;
 * dtype and shape exactly.
 */
final class SpecialGoldenChecks {
    static final double FLOAT64_RELATIVE = 1e-13;
    static final double FLOAT32_RELATIVE = 1e-6;

    private SpecialGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("special", SpecialGoldenChecks::elementwise);
    }

    private static String elementwise(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
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
            Object own = GoldenChecks.attribute(c, name, "rtol");
            double rtol = own != null ? Json.number(own).doubleValue()
                    : e.dtype() == DType.FLOAT64 ? FLOAT64_RELATIVE : FLOAT32_RELATIVE;
            Object ownAtol = GoldenChecks.attribute(c, name, "atol"); // an absolute term near zeros (none: 0)
            double atol = ownAtol != null ? Json.number(ownAtol).doubleValue() : 0.0;
            double[] ev = e.toDoubles();
            double[] gv = g.toDoubles();
            int bad = 0;
            StringBuilder first = new StringBuilder();
            for (int i = 0; i < ev.length; i++) {
                double x = ev[i];
                double y = gv[i];
                boolean ok = Double.isNaN(x) ? Double.isNaN(y)
                        : Double.isInfinite(x) ? x == y : Math.abs(y - x) <= rtol * Math.abs(x) + atol;
                if (!ok) {
                    if (bad++ < 5) {
                        first.append(String.format(" [%d] got %s, SciPy %s (rel %.2e);", i, y, x,
                                Math.abs(y - x) / Math.abs(x)));
                    }
                }
            }
            if (bad > 0) {
                problems.add(name + ": " + bad + " element(s) beyond rtol " + rtol + (atol > 0 ? " + atol " + atol : "") + ":"
                        + first);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }
}
