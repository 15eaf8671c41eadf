package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;

/**
 * solve_ivp's golden check {@code ivp_tolerance}, for the implicit methods (Radau, BDF), whose
 * Newton iterations solve with LU factorisations that round as LAPACK's do only to the last few
 * bits: the solution within the tolerance the case requested of SciPy's. Each array output names
 * its bound: element by element {@code |got - SciPy's| <= atol + rtol·|SciPy's|} with
 * {@code rtol} and {@code atol} given with the array (atol one value, or one per component along
 * axis {@code atol_axis}); {@code "last": true} compares only the last entry along the last axis
 * (the end of the integration), for a case whose step count may differ from SciPy's. Counts,
 * status, message and success exactly unless marked not compared.
 */
final class IvpGoldenChecks {
    private IvpGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("ivp_tolerance", IvpGoldenChecks::tolerance);
    }

    private static String tolerance(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            if (GoldenChecks.attribute(c, name, "not_compared") != null) {
                continue;
            }
            Object want = GoldenChecks.expected(c, name);
            Object have = got.get(name);
            String why;
            if (want instanceof HostArray e && GoldenChecks.attribute(c, name, "rtol") != null) {
                why = have instanceof HostArray g ? within(c, name, e, g) : "got " + have + ", expected an array";
            } else {
                why = GoldenChecks.compare(c, name, want, have);
            }
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String within(GoldenCall c, String name, HostArray e, HostArray g) {
        double rtol = Json.number(GoldenChecks.attribute(c, name, "rtol")).doubleValue();
        Object atolSpec = GoldenChecks.attribute(c, name, "atol");
        double[] atol = atolSpec instanceof List<?> l ? l.stream().mapToDouble(v -> Json.number(v).doubleValue()).toArray()
                : new double[] {Json.number(atolSpec).doubleValue()};
        Object axisSpec = GoldenChecks.attribute(c, name, "atol_axis");
        int axis = axisSpec == null ? 0 : Json.number(axisSpec).intValue();
        boolean last = Boolean.TRUE.equals(GoldenChecks.attribute(c, name, "last"));
        int[] es = e.shape();
        int[] gs = g.shape();
        if (es.length != gs.length) {
            return "shape " + Arrays.toString(gs) + ", SciPy's " + Arrays.toString(es);
        }
        if (!last && !Arrays.equals(es, gs)) {
            return "shape " + Arrays.toString(gs) + ", SciPy's " + Arrays.toString(es);
        }
        double[] ev = e.toDoubles();
        double[] gv = g.toDoubles();
        int rows = es.length == 2 ? es[0] : 1;
        if (es.length == 2 && gs[0] != es[0]) {
            return "shape " + Arrays.toString(gs) + ", SciPy's " + Arrays.toString(es);
        }
        int ecols = es[es.length - 1];
        int gcols = gs[gs.length - 1];
        for (int r = 0; r < rows; r++) {
            for (int k = last ? ecols - 1 : 0; k < ecols; k++) {
                int gk = last ? gcols - 1 : k;
                if (k < 0 || gk < 0) {
                    return "empty, SciPy's " + Arrays.toString(es);
                }
                double want = ev[r * ecols + k];
                double have = gv[r * gcols + gk];
                int comp = axis == 0 ? r : k;
                double a = atol.length == 1 ? atol[0] : atol[comp];
                double bound = a + rtol * Math.abs(want);
                if (!(Math.abs(have - want) <= bound) && !(Double.isNaN(want) && Double.isNaN(have))) {
                    return "at (" + r + "," + k + ") got " + have + ", SciPy's " + want + ": |diff| "
                            + Math.abs(have - want) + " > atol + rtol·|SciPy's| = " + bound;
                }
            }
        }
        return null;
    }
}
