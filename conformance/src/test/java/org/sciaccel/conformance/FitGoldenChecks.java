package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;
import org.sciaccel.optimize.FitResult;

/**
 * The curve-fitting family's golden checks ({@code golden/fit/generate_fit.py}). A fit's result is
 * SciPy's only up to where the solver stops, so neither is judged element by element within the
 * dtype's tolerance:
 * <ul>
 * <li>{@code fit_batch_agreement} ({@code optimize.curve_fit_batch}): at least
 *     {@link Tolerances#FIT_BATCH_MIN_FRACTION} of the fits converged (state 0) with every
 *     parameter within {@link Tolerances#FIT_BATCH_RELATIVE} of SciPy's popt, relative to SciPy's
 *     value; a fit SciPy gave up on (NaN) counts as a disagreement. SciPy has no counterpart of
 *     states, chi_square and iterations, so they are not compared with anything; states is read
 *     from what the op returned.</li>
 * <li>{@code fit_parameters} ({@code optimize.curve_fit}): each element of popt and pcov within
 *     {@link Tolerances#CURVE_FIT_POPT_RELATIVE} / {@link Tolerances#CURVE_FIT_PCOV_RELATIVE} of
 *     its own magnitude, floored at {@link Tolerances#CURVE_FIT_FLOOR} of the output's largest.</li>
 * </ul>
 */
final class FitGoldenChecks {

    private FitGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("fit_batch_agreement", FitGoldenChecks::batchAgreement);
        GoldenChecks.register("fit_parameters", (c, got, inputs) -> parameters(c, got, Tolerances.CURVE_FIT_POPT_RELATIVE));
    }

    private static String batchAgreement(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        HostArray want = (HostArray) GoldenChecks.expected(c, "params");
        if (!(got.get("params") instanceof HostArray params) || !(got.get("states") instanceof HostArray states)) {
            return "params and states must be arrays; got " + got.keySet();
        }
        if (!Arrays.equals(want.shape(), params.shape())) {
            return "params: shape " + Arrays.toString(params.shape()) + ", SciPy's " + Arrays.toString(want.shape());
        }
        int nFits = want.shape()[0];
        int np = want.shape()[1];
        if (states.size() != nFits) {
            return "states: " + states.size() + " values for " + nFits + " fits";
        }
        double[] expected = want.toDoubles();
        double[] p = params.toDoubles();
        double[] s = states.toDoubles();
        int good = 0;
        String firstBad = null;
        for (int f = 0; f < nFits; f++) {
            boolean ok = s[f] == FitResult.CONVERGED;
            for (int k = 0; k < np && ok; k++) {
                double e = expected[f * np + k];
                ok = Math.abs(p[f * np + k] - e) <= Tolerances.FIT_BATCH_RELATIVE * Math.abs(e);
            }
            if (ok) {
                good++;
            } else if (firstBad == null) {
                firstBad = "fit " + f + " state " + (int) s[f] + ": got " + Arrays.toString(Arrays.copyOfRange(p, f * np,
                        f * np + np)) + " want " + Arrays.toString(Arrays.copyOfRange(expected, f * np, f * np + np));
            }
        }
        if (good >= Tolerances.FIT_BATCH_MIN_FRACTION * nFits) {
            return null;
        }
        return good + " of " + nFits + " fits converged and agree with SciPy within " + Tolerances.FIT_BATCH_RELATIVE
                + " (at least " + Tolerances.FIT_BATCH_MIN_FRACTION + " of them must); first disagreement: " + firstBad;
    }

    /** curve_fit's popt (within {@code poptRelative}) and pcov against SciPy's; null when they agree. */
    static String parameters(GoldenCall c, Map<String, Object> got, double poptRelative) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            HostArray want = (HostArray) GoldenChecks.expected(c, name);
            double rel = name.equals("pcov") ? Tolerances.CURVE_FIT_PCOV_RELATIVE : poptRelative;
            String why = got.get(name) instanceof HostArray g ? close(want, g, rel) : "got " + got.get(name);
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String close(HostArray want, HostArray got, double rel) {
        if (want.dtype() != got.dtype() || !Arrays.equals(want.shape(), got.shape())) {
            return got.dtype() + " " + Arrays.toString(got.shape()) + ", SciPy's " + want.dtype() + " "
                    + Arrays.toString(want.shape());
        }
        double[] w = want.toDoubles();
        double[] g = got.toDoubles();
        double scale = 0;
        for (double v : w) {
            scale = Math.max(scale, Math.abs(v));
        }
        List<String> bad = new ArrayList<>();
        for (int k = 0; k < w.length; k++) {
            double allowed = rel * Math.max(Math.abs(w[k]), Tolerances.CURVE_FIT_FLOOR * scale);
            if (!(w[k] == g[k] || Math.abs(g[k] - w[k]) <= allowed)) {
                bad.add("[" + k + "] got " + g[k] + ", SciPy's " + w[k] + " (|diff| " + Math.abs(g[k] - w[k]) + " > "
                        + allowed + ")");
            }
        }
        return bad.isEmpty() ? null : String.join("; ", bad);
    }
}
