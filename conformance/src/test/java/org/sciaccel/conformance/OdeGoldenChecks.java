package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;

/**
 * The ODE solvers' golden check {@code ode_within_tolerance}: y within the tolerance the case asks
 * for (|got - SciPy| <= rtol·|SciPy| + atol per component, rtol and atol from the case's arguments,
 * odeint's 1.49012e-8 when absent) and the message equal; the step statistics are not compared.
 * It serves the long stiff runs with a finite-difference Jacobian, where the C library's pow (which
 * SciPy's LSODA calls, and which is not correctly rounded in about 0.07% of calls) and sciaccel's
 * correctly rounded pow differ in a last bit often enough over thousands of steps to send the
 * solver along a slightly different path.
 */
final class OdeGoldenChecks {
    private static final double ODEINT_DEFAULT_TOL = 1.49012e-8;

    private OdeGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("ode_within_tolerance", OdeGoldenChecks::withinTolerance);
    }

    private static double[] tolerance(GoldenCall c, String name) {
        for (String a : c.args()) {
            if (a.startsWith(name + "=")) {
                String[] parts = a.substring(name.length() + 1).split(",");
                double[] v = new double[parts.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.parseDouble(parts[i]);
                }
                return v;
            }
        }
        return new double[] {ODEINT_DEFAULT_TOL};
    }

    private static String withinTolerance(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        double[] rtol = tolerance(c, "rtol");
        double[] atol = tolerance(c, "atol");
        HostArray want = (HostArray) GoldenChecks.expected(c, "y");
        Object have = got.get("y");
        if (!(have instanceof HostArray h) || h.size() != want.size()) {
            return "y: got " + have + ", expected an array of " + want.size() + " values";
        }
        double[] w = want.toDoubles();
        double[] g = h.toDoubles();
        int[] shape = want.shape();
        int n = shape[shape.length - 1];
        int bad = 0;
        String first = null;
        for (int k = 0; k < w.length; k++) {
            int comp = k % n;
            double r = rtol.length == 1 ? rtol[0] : rtol[comp];
            double a = atol.length == 1 ? atol[0] : atol[comp];
            if (!(Math.abs(g[k] - w[k]) <= r * Math.abs(w[k]) + a)) {
                bad++;
                if (first == null) {
                    first = "at flat index " + k + ": got " + g[k] + ", SciPy " + w[k];
                }
            }
        }
        if (bad > 0) {
            problems.add("y: " + bad + " values outside rtol·|y| + atol of SciPy's, first " + first);
        }
        if (c.expected().containsKey("message")) {
            Object m = ((GoldenChecks.Exact) GoldenChecks.expected(c, "message")).value();
            if (!m.equals(got.get("message"))) {
                problems.add("message: got '" + got.get("message") + "', SciPy '" + m + "'");
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }
}
