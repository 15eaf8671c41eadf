package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;
import org.sciaccel.optimize.CurveFitOptions;
import org.sciaccel.optimize.CurveFitResult;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpRegistry;

/**
 * {@code Optimize.curveFit} with a Java model function (forward differences), which the registry
 * cannot reach: the golden runner runs fit/cases.jsonl's {@code optimize.curve_fit} cases with the
 * formula; here the same cases, bound as the CLI binds them, run with the function
 * {@code a·exp(-k·x) + b} and are judged by the same rule with popt's bound for a Java function.
 * Also the errors curve_fit raises for an infeasible start, lm with bounds and mismatched lengths.
 */
class FitCurveFitJavaFunctionTest {
    static final Optimize.ModelFunction F = (x, p) -> p[0] * Math.exp(-p[1] * x) + p[2];

    /** The manifest's optimize.curve_fit cases. */
    static List<GoldenCall> curveFitCases() throws IOException {
        Path manifest = GoldenData.root().resolve("fit").resolve("cases.jsonl");
        List<String> lines = Files.readAllLines(manifest);
        List<GoldenCall> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
                continue;
            }
            GoldenCall c = GoldenCall.fromJson(Json.parseObject(lines.get(i)), manifest.getParent(),
                    "fit/cases.jsonl:" + (i + 1));
            if (c.op().equals("optimize.curve_fit") && c.raises() == null) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void javaFunctionMatchesScipy() throws IOException {
        List<GoldenCall> cases = curveFitCases();
        assertTrue(cases.size() >= 18, "the manifest's curve_fit cases: " + cases.size());
        for (GoldenCall c : cases) {
            CallBinding.Bound b = CallBinding.bind(OpRegistry.standard().require(c.op()), c.resolvedArgs());
            Map<String, Object> v = b.values();
            // generate_curve_fit.py calls SciPy with ftol = xtol = gtol = 1e-15 (TIGHT), which lm
            // (MINPACK's lmdif, as SciPy's) takes too; trf here converges fully anyway
            CurveFitOptions o = CurveFitOptions.options().absoluteSigma((Boolean) v.get("absolute_sigma"))
                    .ftol(1e-15).xtol(1e-15).gtol(1e-15);
            if (v.get("sigma") != null) {
                o.sigma((double[]) v.get("sigma"));
            }
            if (v.get("lower") != null || v.get("upper") != null) {
                o.bounds((double[]) v.get("lower"), (double[]) v.get("upper"));
            }
            if (v.get("method") != null) {
                o.method((String) v.get("method"));
            }
            double[] p0 = (double[]) v.get("p0");
            CurveFitResult r = Optimize.curveFit(F, Npy.read(b.inputFiles().get(0)).toDoubles(),
                    Npy.read(b.inputFiles().get(1)).toDoubles(), p0, o);
            Map<String, Object> got = new LinkedHashMap<>();
            got.put("popt", HostArray.fromDoubles(r.popt(), DType.FLOAT64, p0.length));
            got.put("pcov", HostArray.fromDoubles(r.pcov(), DType.FLOAT64, p0.length, p0.length));
            assertNull(FitGoldenChecks.parameters(c, got, Tolerances.CURVE_FIT_JAVA_POPT_RELATIVE), c.describe());
        }
    }

    @Test
    void lmRefusesMoreParametersThanPointsAsSciPyDoes() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Optimize.curveFit(F, new double[] {0, 1}, new double[] {4, 2.3}, new double[] {2.5, 0.7, 1.2}));
        assertTrue(e.getMessage().contains("number of func parameters=3 must not exceed the number of data points=2"),
                e.getMessage());
    }

    @Test
    void infeasibleStartAndLmWithBoundsAreErrors() {
        double[] x = {0, 1, 2, 3};
        double[] y = {1, 2, 3, 4};
        assertThrows(IllegalArgumentException.class, () -> Optimize.curveFit(F, x, y, new double[] {1, 1, 5},
                CurveFitOptions.options().bounds(new double[] {0, 0, 0}, new double[] {2, 2, 2})));
        assertThrows(IllegalArgumentException.class, () -> Optimize.curveFit(F, x, y, new double[] {1, 1, 1},
                CurveFitOptions.options().bounds(new double[] {0, 0, 0}, new double[] {2, 2, 2}).method("lm")));
        assertThrows(IllegalArgumentException.class, () -> Optimize.curveFit(F, x, new double[] {1, 2}, new double[] {1,
            1, 1}));
    }
}
