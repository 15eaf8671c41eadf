package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sciaccel.HostArray;

/**
 * The golden check of optimize.root and optimize.fsolve ({@code root_agreement}): the counts, flags
 * and messages exactly as SciPy's (MINPACK's path is the same), x, fun and fvec within 1e-6 relative
 * to max(1, |value|). The two cases {@link RootGoldenTest} explains, where the formula evaluator's
 * last bit sends MINPACK another way, are compared on x and fun only.
 */
final class RootGoldenChecks {
    static final double TOL = 1e-6;
    /** Manifest ids of RootGoldenTest's EVALUATION_DEVIATIONS. */
    static final Set<String> EVALUATION_DEVIATIONS = Set.of("root-21-powell_singular-lm", "root-35-exp_sin_2-lm");

    private RootGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("root_agreement", RootGoldenChecks::agreement);
    }

    private static String agreement(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        boolean samePath = !EVALUATION_DEVIATIONS.contains(c.id());
        for (String name : c.expected().keySet()) {
            if (GoldenChecks.attribute(c, name, "not_compared") != null) {
                continue;
            }
            Object want = GoldenChecks.expected(c, name);
            Object have = got.get(name);
            String why = null;
            if (want instanceof List<?> w) {
                double[] g = have instanceof HostArray h ? h.toDoubles() : null;
                why = g == null ? "got " + have + ", expected an array" : RootGoldenTest.compare(name, RootGoldenTest.reals(w), g);
            } else if (!samePath) {
                continue;
            } else if (want instanceof Number n) {
                why = have instanceof Number h && h.longValue() == n.longValue() ? null : "got " + have + ", SciPy " + n;
            } else {
                why = want.equals(have) ? null : "got '" + have + "', SciPy '" + want + "'";
            }
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }
}
