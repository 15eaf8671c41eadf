package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;

/**
 * The morphology family's golden check. SciPy returns a label measurement (sum, mean, variance,
 * center_of_mass, extrema, ...) as a number or a structure of numbers whose precision is that of
 * the measured input, not of the float64 SciPy happens to return it in: a float32 input's mean is
 * only float32-accurate however it is summed. The default check would judge such a scalar by its
 * float64 dtype and JSON values exactly, so these cases name {@value #MEASURE_AT_INPUT_PRECISION}
 * instead ({@link Tolerances#measurementMismatch}). Positions and histogram counts keep the default,
 * exact check.
 */
final class MorphologyGoldenChecks {
    /** Every value within the input dtype's bound of the largest value of SciPy's result; NaN as NaN. */
    static final String MEASURE_AT_INPUT_PRECISION = "measure_at_input_precision";

    private MorphologyGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register(MEASURE_AT_INPUT_PRECISION, MorphologyGoldenChecks::measureAtInputPrecision);
    }

    private static String measureAtInputPrecision(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            String why = Tolerances.measurementMismatch(GoldenChecks.expected(c, name), got.get(name),
                    inputs.get(0).dtype());
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }
}
