package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;

/**
 * The FITPACK ops' check ({@code fitpack}): the knots a fit places ({@code knots} of the
 * UnivariateSpline ops, {@code t} of splrep, splder and splantider, {@code tx} and {@code ty} of
 * RectBivariateSpline) must equal SciPy's exactly, bit for bit, since FITPACK places them at data
 * points or midpoints and any difference is another spline; every other output within the dtype's
 * tolerance, as {@link GoldenChecks#DEFAULT}.
 */
final class FitpackGoldenChecks {
    private FitpackGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("fitpack", FitpackGoldenChecks::knotsExact);
    }

    private static String knotsExact(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            Object want = GoldenChecks.expected(c, name);
            Object have = got.get(name);
            String why;
            if ((name.equals("knots") || name.equals("t") || name.equals("tx") || name.equals("ty"))
                    && want instanceof HostArray e) {
                why = have instanceof HostArray g ? exact(e, g) : "got " + have + ", expected an array";
            } else {
                why = GoldenChecks.compare(c, name, want, have);
            }
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String exact(HostArray expected, HostArray got) {
        double[] e = expected.toDoubles();
        double[] g = got.toDoubles();
        if (!Arrays.equals(expected.shape(), got.shape())) {
            return "shape " + Arrays.toString(got.shape()) + ", expected " + Arrays.toString(expected.shape());
        }
        for (int i = 0; i < e.length; i++) {
            if (Double.doubleToLongBits(e[i]) != Double.doubleToLongBits(g[i])) {
                return "knot " + i + " is " + g[i] + ", expected exactly " + e[i] + " (" + e.length + " knots)";
            }
        }
        return null;
    }
}
