package org.sciaccel.interpolate;

/**
 * One end's condition of {@link Interpolate#cubicSpline}, SciPy's {@code bc_type} entries:
 * {@code 'not-a-knot'}, {@code 'periodic'} (both ends), {@code 'clamped'} (first derivative 0),
 * {@code 'natural'} (second derivative 0), or an explicit {@code (order, value)} pair.
 */
public final class BoundaryCondition {
    enum Kind { NOT_A_KNOT, PERIODIC, DERIVATIVE }

    private final Kind kind;
    private final int order;
    private final double[] values;

    private BoundaryCondition(Kind kind, int order, double[] values) {
        this.kind = kind;
        this.order = order;
        this.values = values;
    }

    /** {@code 'not-a-knot'}: the first and second pieces (or the last two) are one cubic. */
    public static BoundaryCondition notAKnot() {
        return new BoundaryCondition(Kind.NOT_A_KNOT, 0, null);
    }

    /** {@code 'periodic'}: given at both ends; y's first and last values must agree. */
    public static BoundaryCondition periodic() {
        return new BoundaryCondition(Kind.PERIODIC, 0, null);
    }

    /** {@code 'clamped'}: the first derivative is 0. */
    public static BoundaryCondition clamped() {
        return new BoundaryCondition(Kind.DERIVATIVE, 1, null);
    }

    /** {@code 'natural'}: the second derivative is 0. */
    public static BoundaryCondition natural() {
        return new BoundaryCondition(Kind.DERIVATIVE, 2, null);
    }

    /**
     * {@code (order, value)}: the {@code order}-th derivative (1 or 2) equals {@code values}, one per
     * column of y (the shape of y without its axis, read flat), or one value for all columns.
     *
     * @throws IllegalArgumentException for an order other than 1 or 2
     */
    public static BoundaryCondition derivative(int order, double... values) {
        if (order != 1 && order != 2) {
            throw new IllegalArgumentException("bc_type: the specified derivative order must be 1 or 2, got " + order);
        }
        Checks.notNull(values, "values");
        return new BoundaryCondition(Kind.DERIVATIVE, order, values.clone());
    }

    /**
     * The CLI's spelling: {@code not-a-knot}, {@code periodic}, {@code clamped}, {@code natural}, or
     * {@code ORDER:VALUE[:VALUE...]} for an explicit derivative.
     */
    public static BoundaryCondition parse(String text) {
        Checks.notNull(text, "bc_type");
        switch (text) {
            case "not-a-knot": return notAKnot();
            case "periodic": return periodic();
            case "clamped": return clamped();
            case "natural": return natural();
            default:
                break;
        }
        String[] parts = text.split(":");
        if (parts.length >= 2) {
            try {
                int order = Integer.parseInt(parts[0].trim());
                double[] v = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Double.parseDouble(parts[i].trim());
                }
                return derivative(order, v);
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("bc_type: '" + text + "' is not allowed; expected not-a-knot, periodic,"
                + " clamped, natural or ORDER:VALUE");
    }

    Kind kind() {
        return kind;
    }

    int order() {
        return order;
    }

    /** The values for {@code cols} columns (zeros for clamped and natural). */
    double[] values(int cols, int[] valueShape) {
        if (values == null) {
            return new double[cols];
        }
        if (values.length == 1 && cols != 1) {
            double[] v = new double[cols];
            java.util.Arrays.fill(v, values[0]);
            return v;
        }
        if (values.length != cols) {
            throw new IllegalArgumentException("bc_type: the derivative value has " + values.length
                    + " elements, not the expected shape " + org.sciaccel.Shapes.toString(valueShape));
        }
        return values.clone();
    }

    @Override
    public String toString() {
        switch (kind) {
            case NOT_A_KNOT: return "not-a-knot";
            case PERIODIC: return "periodic";
            default: return values == null ? (order == 1 ? "clamped" : "natural") : "(" + order + ", "
                    + java.util.Arrays.toString(values) + ")";
        }
    }
}
