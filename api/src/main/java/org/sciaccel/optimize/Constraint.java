package org.sciaccel.optimize;

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
            throw new IllegalArgumentException("Unknown constraint type '" + type + "'.");
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
}
