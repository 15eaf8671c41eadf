package org.sciaccel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.NDArray;

/** The scalar optimize ops as the CLI calls them: formula arguments bound by name, SciPy's outputs. */
class OptimizeScalarEntriesTest {
    private final Backend backend = Backends.fallback();

    private Map<String, Object> call(String op, String... args) {
        OpSpec spec = OpRegistry.standard().require(op);
        CallBinding.Bound b = CallBinding.bind(spec, List.of(args));
        return spec.invoke(backend, List.of(), b.values()).values();
    }

    @Test
    void lectureRowsThroughTheRegistry() {
        Map<String, Object> r = call("optimize.minimize_scalar", "fun=x**2 + 10*sin(x)", "vars=x", "bounds=-2,-1",
                "method=bounded");
        assertEquals(List.of("x", "fun", "nit", "nfev", "status", "success", "message"), List.copyOf(r.keySet()));
        assertEquals(-1.3064409970312618, (Double) r.get("x"), 0.0);
        assertEquals(8, r.get("nit"));
        assertEquals(8, r.get("nfev"));
        Map<String, Object> root = call("optimize.root_scalar", "fun=(x - 1)*(x - 2)", "x0=0", "method=newton");
        assertEquals(List.of("root", "iterations", "function_calls", "converged", "flag"), List.copyOf(root.keySet()));
        assertEquals(1.0, (Double) root.get("root"), 0.0);
        assertEquals(6, root.get("iterations"));
        assertEquals(12, root.get("function_calls"));
        Map<String, Object> fb = call("optimize.fminbound", "fun=x**2 + 10*sin(x)", "x1=0", "x2=10", "full_output=true");
        assertEquals(List.of("xopt", "fval", "ierr", "numfunc"), List.copyOf(fb.keySet()));
        assertEquals(3.8374671194983834, (Double) fb.get("xopt"), 0.0);
        Map<String, Object> n = call("optimize.newton", "fun=x**2 + 10*sin(x)", "x0=1,-2.5", "fprime=true",
                "full_output=true");
        double[] roots = ((NDArray) n.get("root")).toDoubleArray();
        assertEquals(0.0, roots[0], 1e-15);
        assertEquals(-2.479481833541344, roots[1], 1e-15);
        assertEquals(List.of(true, true), n.get("converged"));
        assertEquals(2.0, (Double) call("optimize.brentq", "fun=(x - 1)*(x - 2)", "a=1.5", "b=10").get("root"), 0.0);
        Map<String, Object> t = call("optimize.toms748", "fun=(x - 1)*(x - 2)", "a=1.5", "b=10", "full_output=true");
        assertEquals(6, t.get("iterations"));
        assertEquals(13, t.get("function_calls"));
        Map<String, Object> br = call("optimize.bracket", "fun=10*x**2 + 3*x + 5");
        assertEquals(List.of("xa", "xb", "xc", "fa", "fb", "fc", "funcalls"), List.copyOf(br.keySet()));
    }

    @Test
    void badInputIsOneLineNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> call("optimize.brentq", "fun=x**2 + 1", "a=0", "b=1"));
        assertEquals("f(a) and f(b) must have different signs", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> call("optimize.minimize_scalar", "fun=x + y", "vars=x"));
        assertTrue(e.getMessage().contains("'y'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> call("optimize.root_scalar", "fun=x", "vars=x,y", "bracket=-1,1"));
        assertTrue(e.getMessage().startsWith("vars:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> call("optimize.minimize_scalar", "fun=x**2", "method=powell"));
        assertEquals("Unknown solver powell", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> call("optimize.fminbound", "fun=x**2", "x1=1", "x2=0"));
        assertEquals("The lower bound exceeds the upper bound.", e.getMessage());
    }
}
