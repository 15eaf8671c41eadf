package org.sciaccel.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * A constraint of minimize in SciPy's dict form {@code {'type': 'eq'|'ineq', 'fun': ...}}: the
 * components of {@code fun} must be zero ({@code eq}) or non-negative ({@code ineq}). The
 * Jacobian is {@code fun}'s own (symbolic for formulas, else finite differences as the method
 * takes them).
 */
public record Constraint(String type, EquationSystem fun) {
    public Constraint {
        if (fun == null) {
            throw new IllegalArgumentException("constraints: fun is null");
        }
        if (type == null || !(type.equals("eq") || type.equals("ineq"))) {
            throw new IllegalArgumentException("constraints: Unknown constraint type '" + type + "'.");
        }
    }

    /** {@code {'type': 'eq', 'fun': fun}}. */
    public static Constraint eq(EquationSystem fun) {
        return new Constraint("eq", fun);
    }

    /** {@code {'type': 'ineq', 'fun': fun}}. */
    public static Constraint ineq(EquationSystem fun) {
        return new Constraint("ineq", fun);
    }

    /** Whether this is an equality. */
    public boolean isEquality() {
        return type.equals("eq");
    }

    /**
     * Constraints from the CLI form {@code "eq: x + y - 1; ineq: x - 0.2; ineq: 1.5 - abs(x) - abs(y)"}
     * (each {@code ;}-separated part a type and one formula of {@code vars}).
     */
    public static List<Constraint> parse(String text, List<String> vars) {
        List<Constraint> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("constraints: '" + part.strip()
                        + "' is not 'eq: formula' or 'ineq: formula'");
            }
            String type = part.substring(0, colon).strip();
            String formula = part.substring(colon + 1).strip();
            EquationSystem system;
            try {
                system = EquationSystem.formula(formula, vars, List.of(), new double[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("constraints: " + e.getMessage().replaceFirst("^fun: ", ""), e);
            }
            out.add(new Constraint(type, system));
        }
        return out;
    }
}
