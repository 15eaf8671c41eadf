package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;

/**
 * The golden check of integrate.solve_ivp_batch ({@code ivp_batch}): every system's y (n × m × len(t_eval))
 * within {@link Tolerances#IVP_BATCH_RELATIVE} times the largest finite magnitude of SciPy's y of that
 * system, NaN exactly where SciPy's is (the times a failed system did not reach); the counts and the
 * status exactly, as the default check compares them.
 */
final class IvpBatchGoldenChecks {
    private static final int SHOWN = 6;

    private IvpBatchGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("ivp_batch", IvpBatchGoldenChecks::ivpBatch);
    }

    private static String ivpBatch(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            Object want = GoldenChecks.expected(c, name);
            Object have = got.get(name);
            String why = name.equals("y") && want instanceof HostArray w && have instanceof HostArray h
                    ? perSystem(w, h) : GoldenChecks.compare(c, name, want, have);
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** y compared system by system, each against its own largest magnitude. */
    static String perSystem(HostArray want, HostArray have) {
        if (want.dtype() != have.dtype() || !java.util.Arrays.equals(want.shape(), have.shape())) {
            return "got " + have.dtype() + " " + java.util.Arrays.toString(have.shape()) + ", expected " + want.dtype()
                    + " " + java.util.Arrays.toString(want.shape());
        }
        double[] w = want.toDoubles();
        double[] h = have.toDoubles();
        int n = want.shape()[0];
        int per = n == 0 ? 0 : w.length / n;
        List<String> bad = new ArrayList<>();
        int count = 0;
        for (int p = 0; p < n; p++) {
            double max = 0;
            for (int i = p * per; i < (p + 1) * per; i++) {
                if (Double.isFinite(w[i])) {
                    max = Math.max(max, Math.abs(w[i]));
                }
            }
            double allowed = Tolerances.IVP_BATCH_RELATIVE * max;
            for (int i = p * per; i < (p + 1) * per; i++) {
                boolean ok = Double.isNaN(w[i]) ? Double.isNaN(h[i])
                        : Double.isInfinite(w[i]) ? w[i] == h[i] : Math.abs(h[i] - w[i]) <= allowed;
                if (!ok) {
                    count++;
                    if (bad.size() < SHOWN) {
                        bad.add("system " + p + " element " + (i - p * per) + ": got " + h[i] + ", expected " + w[i]
                                + " (allowed " + allowed + ")");
                    }
                }
            }
        }
        return count == 0 ? null : count + " of " + w.length + " elements differ:\n  " + String.join("\n  ", bad);
    }
}
