package org.sciaccel.optimize.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.optimize.EquationSystem;
import org.sciaccel.optimize.Objective;

class ObjectiveFormulaTest {
    private static final String CAMELBACK = "(4 - 2.1*x**2 + x**4/3)*x**2 + x*y + (4*y**2 - 4)*y**2";

    private static double camelback(double x, double y) {
        return (4 - 2.1 * x * x + Math.pow(x, 4) / 3) * x * x + x * y + (4 * y * y - 4) * y * y;
    }

    @Test
    void valueGradientAndHessianOfTheCamelbackAreTheClosedForms() {
        Objective f = Objective.formula(CAMELBACK, "x", "y");
        double x = 0.3;
        double y = -0.7;
        double[] p = {x, y};
        assertEquals(camelback(x, y), f.value(p), 1e-15);
        double[] g = f.gradient(p);
        assertEquals(8 * x - 8.4 * x * x * x + 2 * Math.pow(x, 5) + y, g[0], 1e-14);
        assertEquals(x + 16 * y * y * y - 8 * y, g[1], 1e-14);
        double[][] h = f.hessian(p);
        assertEquals(8 - 25.2 * x * x + 10 * Math.pow(x, 4), h[0][0], 1e-13);
        assertEquals(1, h[0][1], 0);
        assertEquals(1, h[1][0], 0);
        assertEquals(48 * y * y - 8, h[1][1], 1e-13);
    }

    @Test
    void xAndYAreOrdinaryNamesAndConstantsFollowTheVariables() {
        EquationSystem s = EquationSystem.formula("x**2 + y**2 - r; y - a*x", List.of("x", "y"), List.of("r", "a"),
                new double[] {1, 2});
        assertEquals(2, s.equations());
        assertArrayEquals(new double[] {0.25 + 4 - 1, 2 - 1}, s.values(new double[] {0.5, 2}), 1e-15);
        double[][] j = s.jacobian(new double[] {0.5, 2});
        assertArrayEquals(new double[] {1, 4}, j[0], 0);
        assertArrayEquals(new double[] {-2, 1}, j[1], 0);
    }

    @Test
    void theDeviceSourceNamesVariablesAndConstantsApart() {
        ObjectiveFormula f = ObjectiveFormula.parse("a*(x - b)**2", List.of("x"), List.of("a", "b"));
        String src = f.openClSource("objective");
        assertTrue(src.contains("#define OBJECTIVE_DIMS 1"), src);
        assertTrue(src.contains("#define OBJECTIVE_CONSTANTS 2"), src);
        assertTrue(src.contains("inline REAL objective_0(const REAL *x, const REAL *c, REAL *g)"), src);
        assertTrue(src.contains("x[0]") && src.contains("c[0]") && src.contains("c[1]"), src);
        assertTrue(src.contains("g[0] = "), src);
    }

    @Test
    void badFormulasNameWhatIsWrong() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Objective.formula("x**2 + z", "x", "y"));
        assertTrue(unknown.getMessage().startsWith("fun: unknown name 'z'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Objective.formula("x; y", "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> EquationSystem.formula("x - 1;", "x"));
        assertThrows(IllegalArgumentException.class, () -> Objective.formula("x", "x", "x"));
        assertThrows(IllegalArgumentException.class, () -> Objective.formula("x"));
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> Objective.formula("x*y", "x", "y").value(new double[] {1}));
        assertTrue(length.getMessage().startsWith("x0: 1 values for the 2 variables"), length.getMessage());
    }
}
