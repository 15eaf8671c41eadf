package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;

/**
 * The NumPy families' property checks. {@value #COMPLEX_PARTS}: a complex result with NaN or infinite parts (a
 * reduction of complex values holding NaN and inf), compared part by part as {@link Tolerances} compares real
 * float arrays: where NumPy's part is NaN the result's must be NaN, where it is infinite the same infinity, and
 * every finite part within the dtype's bound times the largest finite part. (The default complex comparison
 * scales by the largest part, which is NaN or infinite here and would make the bound meaningless.)
 */
final class NumpyGoldenChecks {
    /** Complex results compared part by part with NaN and infinities matched exactly. */
    static final String COMPLEX_PARTS = "complex_parts";

    private NumpyGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register(COMPLEX_PARTS, NumpyGoldenChecks::complexParts);
    }

    private static String complexParts(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            Object e = GoldenChecks.expected(c, name);
            Object g = got.get(name);
            String why;
            if (!(e instanceof HostArray ea) || !ea.dtype().isComplex()) {
                why = GoldenChecks.compare(c, name, e, g);
            } else if (!(g instanceof HostArray ga)) {
                why = "got " + g + ", expected an array";
            } else if (ga.dtype() != ea.dtype() || !Arrays.equals(ga.shape(), ea.shape())) {
                why = "got " + ga.dtype() + " " + Arrays.toString(ga.shape()) + ", expected " + ea.dtype() + " "
                        + Arrays.toString(ea.shape());
            } else {
                why = parts(LinalgChecks.values(ea), LinalgChecks.values(ga), Tolerances.relative(ea.dtype()));
            }
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String parts(double[] e, double[] g, double rel) {
        double scale = 0;
        for (double v : e) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double allowed = rel * scale;
        for (int i = 0; i < e.length; i++) {
            boolean ok = Double.isNaN(e[i]) ? Double.isNaN(g[i])
                    : Double.isInfinite(e[i]) ? g[i] == e[i] : Double.isFinite(g[i]) && Math.abs(g[i] - e[i]) <= allowed;
            if (!ok) {
                return "complex part " + i + " (element " + i / 2 + (i % 2 == 0 ? ", real" : ", imaginary") + "): got "
                        + g[i] + ", expected " + e[i] + " (allowed |diff| <= " + rel + " * max finite |part| = "
                        + allowed + ")";
            }
        }
        return null;
    }
}
