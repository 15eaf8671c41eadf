package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Warnings;
import org.sciaccel.integrate.Bounds;
import org.sciaccel.integrate.Integrand;
import org.sciaccel.integrate.Integrate;
import org.sciaccel.integrate.NquadResult;
import org.sciaccel.integrate.QuadOptions;
import org.sciaccel.integrate.QuadResult;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpOutputs;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpSpec;

/**
 * scipy.integrate's quadrature through the Java API (lambdas and formulas): the data README's
 * answer, lambdas and formulas alike, QUADPACK's warnings as IntegrationWarnings, the refusals,
 * and the sample rules' results on the samples' backend. The golden cases (integrate_quad) hold
 * the CLI ops to SciPy's numbers.
 */
class IntegrateQuadTest {
    @Test
    void quadOfSineOverAQuarterPeriodIsTheDataReadmesAnswer() {
        QuadResult r = Integrate.quad(Math::sin, 0, Math.PI / 2);
        // data README: 0.9999999999999999, error estimate 1.1102230246251564e-14 (SciPy 1.10)
        assertEquals(0.9999999999999999, r.y(), 1e-15);
        assertEquals(1.1102230246251564e-14, r.abserr(), 1e-20);
        assertEquals(21, r.neval());
        assertEquals(1, r.last());
        assertNull(r.message());
    }

    @Test
    void aLambdaAndAFormulaWithConstantsAgree() {
        double k = 2.5;
        QuadResult lambda = Integrate.quad(x -> Math.exp(-k * x), 0, Double.POSITIVE_INFINITY);
        QuadResult formula = Integrate.quad(Integrand.formula("exp(-k*x)", List.of("x"), List.of("k"),
                new double[] {k}), 0, Double.POSITIVE_INFINITY, QuadOptions.options());
        assertEquals(1 / k, lambda.y(), 1e-14);
        assertEquals(lambda.y(), formula.y(), 1e-15);
        assertEquals(lambda.neval(), formula.neval());
        QuadResult cos = Integrate.quad(x -> Math.exp(-x), 0, Double.POSITIVE_INFINITY,
                QuadOptions.options().weight("cos").wvar(3));
        assertEquals(0.1, cos.y(), 1e-14); // ∫ e^-x cos 3x = 1/(1+9)
        assertEquals(175, cos.neval()); // SciPy's infodict['neval']
        assertEquals(5, cos.lst());
    }

    @Test
    void quadpacksWarningsAreIntegrationWarningsUnlessFullOutput() {
        try (Warnings.Collector w = Warnings.collect()) {
            QuadResult r = Integrate.quad(x -> 1 / x, 0, 1);
            assertEquals(1, r.ier());
            assertEquals(1, w.warnings().size());
            assertEquals(Warnings.Category.INTEGRATION, w.warnings().get(0).category());
            assertTrue(w.warnings().get(0).message().startsWith("The maximum number of subdivisions (50)"));
        }
        try (Warnings.Collector w = Warnings.collect()) {
            QuadResult r = Integrate.quad(x -> 1 / x, 0, 1, QuadOptions.options().fullOutput(true));
            assertEquals(List.of(), w.warnings());
            assertTrue(r.message().startsWith("The maximum number of subdivisions (50)"));
        }
        try (Warnings.Collector w = Warnings.collect()) {
            Integrate.quad(Math::cos, 0, 1, QuadOptions.options().weight("cos").wvar(2).points(0.5));
            assertTrue(w.warnings().get(0).message().startsWith("Break points cannot be specified"));
        }
    }

    @Test
    void badInputIsRefusedNamingTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Integrand.formula("sin(y)", "x"));
        assertTrue(e.getMessage().startsWith("func") && e.getMessage().contains("y"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Integrate.quad(Math::sin, 0, 1, QuadOptions.options().weight("cos")));
        assertTrue(e.getMessage().startsWith("wvar:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Integrate.quad(Math::sin, 0, 1, QuadOptions.options().limit(0)));
        assertTrue(e.getMessage().startsWith("limit=0: Invalid 'limit' argument"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Integrate.quad(Math::sin, 0, Double.POSITIVE_INFINITY,
                QuadOptions.options().weight("alg").wvar(0, 0)));
        assertTrue(e.getMessage().contains("Cannot integrate with this weight over an infinite interval."));
        e = assertThrows(IllegalArgumentException.class, () -> Integrate.quad(Math::sin, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, QuadOptions.options().weight("sin").wvar(1)));
        assertTrue(e.getMessage().contains("from -Inf to +Inf"));
        e = assertThrows(IllegalArgumentException.class,
                () -> Integrate.dblquad(Integrand.formula("x", "x"), 0, 1, 0, 1));
        assertTrue(e.getMessage().startsWith("func:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Integrate.fixedQuad(Math::sin, 0, 1, 0));
        assertTrue(e.getMessage().startsWith("n:"), e.getMessage());
    }

    @Test
    void multipleIntegralsOfLambdas() {
        NquadResult d = Integrate.dblquad(Integrand.ofVector(v -> v[0] * v[1]), 0, 1, x -> 0, x -> 1 - x, 1.49e-8,
                1.49e-8);
        assertEquals(1.0 / 24, d.value(), 1e-15);
        NquadResult t = Integrate.tplquad(Integrand.ofVector(v -> v[0] * v[1] * v[2]), 0, 1, x -> 0, x -> 1,
                (x, y) -> 0, (x, y) -> 1, 1.49e-8, 1.49e-8);
        assertEquals(0.125, t.value(), 1e-15);
        NquadResult n = Integrate.nquad(Integrand.formula("x0*x1", "x0", "x1"),
                List.of(outer -> new double[] {0, outer[0]}, Bounds.of(0, 1)), null);
        assertEquals(0.125, n.value(), 1e-15); // ∫0^1 ∫0^x1 x0 x1 = 1/8
    }

    @Test
    void sampleRulesReturnOnTheSamplesBackend() {
        for (String name : TestBackends.available()) {
            Backend be = TestBackends.get(name);
            double[] y = {0, 1, 4, 9, 16};
            try (NDArray a = NDArray.fromHost(be, HostArray.fromDoubles(y, DType.FLOAT64, 5));
                    NDArray t = Integrate.trapezoid(a, null, 1.0, -1);
                    NDArray s = Integrate.simpson(a, null, 1.0, -1, "avg");
                    NDArray c = Integrate.cumulativeTrapezoid(a, null, 1.0, 0, 0.0);
                    NDArray r = Integrate.romb(a, 1.0, -1)) {
                assertSame(be, t.backend());
                assertSame(be, c.backend());
                assertSame(be, s.backend());
                assertSame(be, r.backend());
                assertEquals(22.0, t.toDoubleArray()[0], 1e-15);
                assertEquals(64.0 / 3, s.toDoubleArray()[0], 1e-13);
                assertEquals(64.0 / 3, r.toDoubleArray()[0], 1e-13);
                assertEquals(List.of(0.0, 0.5, 3.0, 9.5, 22.0),
                        java.util.Arrays.stream(c.toDoubleArray()).boxed().toList());
            }
        }
    }

    @Test
    void theCliOpTakesInfiniteLimitsAndNamedConstants() {
        OpSpec spec = OpRegistry.standard().require("integrate.quad");
        CallBinding.Bound b = CallBinding.bind(spec, List.of("func=exp(-k*x)", "consts=k", "args=2", "a=0",
                "b=inf", "full_output=true"));
        try (OpOutputs out = spec.invoke(TestBackends.get(TestBackends.CPU), List.of(), b.values())) {
            assertEquals(List.of("y", "abserr", "neval", "last"), List.copyOf(out.values().keySet()));
            assertEquals(0.5, ((Number) out.values().get("y")).doubleValue(), 1e-14);
        }
    }
}
