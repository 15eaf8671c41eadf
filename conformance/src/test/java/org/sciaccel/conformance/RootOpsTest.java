package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.NDArray;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpOutputs;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpSpec;

/**
 * The CLI ops optimize.root and optimize.fsolve, bound from text as the CLI binds them, on every
 * golden case of optimize/root_cases.json (see {@link RootGoldenTest}): the same x, status and nfev
 * as SciPy, outputs in SciPy's order; and their refusals.
 */
class RootOpsTest {
    static OpOutputs call(String op, List<String> args) {
        OpSpec spec = OpRegistry.standard().require(op);
        Backend be = TestBackends.get(TestBackends.CPU);
        CallBinding.Bound b = CallBinding.bind(spec, args);
        return spec.invoke(be, List.of(), b.values());
    }

    @SuppressWarnings("unchecked")
    static List<String> args(Map<String, Object> c) {
        List<String> a = new ArrayList<>();
        a.add("fun=" + c.get("fun"));
        a.add("vars=" + String.join(",", (List<String>) c.get("vars")));
        a.add("x0=" + join(RootGoldenTest.reals(c.get("x0"))));
        a.add("method=" + c.get("method"));
        a.add("jac=" + c.get("jac"));
        for (Map.Entry<String, Object> e : ((Map<String, Object>) c.get("options")).entrySet()) {
            Object v = e.getValue();
            a.add(e.getKey() + "=" + (v instanceof List ? join(RootGoldenTest.reals(v)).replace(".0", "") : v));
        }
        return a;
    }

    static String join(double[] v) {
        StringBuilder s = new StringBuilder();
        for (double d : v) {
            s.append(s.length() == 0 ? "" : ",").append(d);
        }
        return s.toString();
    }

    @Test
    void rootOpMatchesScipy() throws IOException {
        for (Map<String, Object> c : RootGoldenTest.cases()) {
            List<String> a = args(c);
            String label = c.get("name") + " " + c.get("method") + " jac=" + c.get("jac") + " " + c.get("options");
            try (OpOutputs out = call("optimize.root", a)) {
                Map<String, Object> v = out.values();
                List<String> keys = new ArrayList<>(v.keySet());
                assertEquals(List.of("message", "success", "status", "fun", "x"), keys.subList(0, 5), label);
                double[] x = ((NDArray) v.get("x")).toDoubleArray();
                assertNull(RootGoldenTest.compare("x", RootGoldenTest.reals(c.get("x")), x), label);
                if (!RootGoldenTest.EVALUATION_DEVIATIONS.contains(label)) {
                    assertEquals(Json.number(c.get("status")).intValue(), ((Number) v.get("status")).intValue(), label);
                    assertEquals(Json.number(c.get("nfev")).intValue(), ((Number) v.get("nfev")).intValue(), label);
                }
                assertEquals(c.containsKey("njev"), v.containsKey("njev"), label);
                assertEquals(c.get("method").equals("hybr"), v.containsKey("r"), label);
                assertEquals(c.get("method").equals("lm"), v.containsKey("ipvt"), label);
            }
        }
    }

    @Test
    void fsolveOpGivesTheLegacyForms() {
        List<String> base = List.of("func=x**2 + y**2 - 1; y - x", "vars=x,y", "x0=0,0");
        try (OpOutputs out = call("optimize.fsolve", base)) {
            assertEquals(List.of("x"), new ArrayList<>(out.values().keySet()));
            double[] x = ((NDArray) out.values().get("x")).toDoubleArray();
            assertEquals(0.7071067811865476, x[0], 1e-15);
        }
        List<String> full = new ArrayList<>(base);
        full.add("full_output=true");
        try (OpOutputs out = call("optimize.fsolve", full)) {
            assertEquals(List.of("x", "nfev", "fjac", "r", "qtf", "fvec", "ier", "mesg"),
                    new ArrayList<>(out.values().keySet()));
            assertEquals(21, ((Number) out.values().get("nfev")).intValue());
            assertEquals(1, ((Number) out.values().get("ier")).intValue());
        }
        full.add("fprime=true");
        try (OpOutputs out = call("optimize.fsolve", full)) {
            assertEquals(17, ((Number) out.values().get("nfev")).intValue());
            assertEquals(2, ((Number) out.values().get("njev")).intValue());
        }
    }

    @Test
    void refusalsNameTheParameter() {
        String m = assertThrows(IllegalArgumentException.class, () -> call("optimize.root",
                List.of("fun=x**2 + y**2 - 1; y - x", "vars=x,y", "x0=0,0,1"))).getMessage();
        assertTrue(m.startsWith("x0:"), m);
        m = assertThrows(IllegalArgumentException.class, () -> call("optimize.root",
                List.of("fun=x**2 + y**2 - 1; y - x", "vars=x,y", "x0=0,0", "method=broyden9"))).getMessage();
        assertEquals("method: Unknown solver broyden9", m);
        m = assertThrows(IllegalArgumentException.class, () -> call("optimize.root",
                List.of("fun=x**2 + w - 1; y - x", "vars=x,y", "x0=0,0"))).getMessage();
        assertTrue(m.contains("w"), m);
        m = assertThrows(IllegalArgumentException.class, () -> call("optimize.fsolve",
                List.of("func=x**2 + y - 1; y - x", "vars=x,y", "x0=0,0", "band=1"))).getMessage();
        assertTrue(m.startsWith("band:"), m);
    }
}
