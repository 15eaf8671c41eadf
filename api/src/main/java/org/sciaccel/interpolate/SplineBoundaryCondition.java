package org.sciaccel.interpolate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code make_interp_spline}'s {@code bc_type}: {@code None} (= not-a-knot), {@code 'not-a-knot'},
 * {@code 'clamped'}, {@code 'natural'}, {@code 'periodic'}, or a pair (left, right) of sides, each
 * {@code None}, {@code 'clamped'}, {@code 'natural'} or a list of (order, value) derivative conditions.
 */
public final class SplineBoundaryCondition {
    /** One known derivative at an end: its order and its value(s), one per trailing element of y. */
    public record Derivative(int order, double[] values) {
        public Derivative {
            if (values == null) {
                throw new IllegalArgumentException("values must not be null");
            }
            values = values.clone();
        }

        /** A derivative of a 1-D y (or the same value for every trailing element). */
        public static Derivative of(int order, double value) {
            return new Derivative(order, new double[] {value});
        }
    }

    private enum Kind { NONE, NOT_A_KNOT, PERIODIC, SIDES }

    /** A side given by name ("clamped", "natural") keeps its name: the zero values take y's trailing shape. */
    private static final String CLAMPED = "clamped";
    private static final String NATURAL = "natural";

    private final Kind kind;
    private final Object left;
    private final Object right;

    private SplineBoundaryCondition(Kind kind, Object left, Object right) {
        this.kind = kind;
        this.left = left;
        this.right = right;
    }

    /** {@code bc_type=None}. */
    public static SplineBoundaryCondition none() {
        return new SplineBoundaryCondition(Kind.NONE, null, null);
    }

    /** {@code bc_type='not-a-knot'}. */
    public static SplineBoundaryCondition notAKnot() {
        return new SplineBoundaryCondition(Kind.NOT_A_KNOT, null, null);
    }

    /** {@code bc_type='periodic'}. */
    public static SplineBoundaryCondition periodic() {
        return new SplineBoundaryCondition(Kind.PERIODIC, null, null);
    }

    /** {@code bc_type='clamped'}: first derivatives zero at both ends. */
    public static SplineBoundaryCondition clamped() {
        return new SplineBoundaryCondition(Kind.SIDES, CLAMPED, CLAMPED);
    }

    /** {@code bc_type='natural'}: second derivatives zero at both ends. */
    public static SplineBoundaryCondition natural() {
        return new SplineBoundaryCondition(Kind.SIDES, NATURAL, NATURAL);
    }

    /**
     * {@code bc_type=(left, right)} with explicit derivative lists; {@code null} for a side is SciPy's
     * {@code None} there.
     */
    public static SplineBoundaryCondition of(List<Derivative> left, List<Derivative> right) {
        return new SplineBoundaryCondition(Kind.SIDES, left == null ? null : List.copyOf(left),
                right == null ? null : List.copyOf(right));
    }

    /**
     * {@code bc_type=(left, right)} with each side a name ({@code "clamped"}, {@code "natural"}) or
     * {@code null}; names SciPy does not know are refused.
     */
    public static SplineBoundaryCondition ofSides(String left, String right) {
        return new SplineBoundaryCondition(Kind.SIDES, side(left), side(right));
    }

    private static Object side(String s) {
        if (s == null || s.equalsIgnoreCase("none")) {
            return null;
        }
        if (s.equals(CLAMPED) || s.equals(NATURAL)) {
            return s;
        }
        throw new IllegalArgumentException("bc_type: Unknown boundary condition : " + s);
    }

    /**
     * The CLI's spelling: {@code none}, {@code not-a-knot}, {@code clamped}, {@code natural},
     * {@code periodic}, or a pair as Python writes it, e.g. {@code ([(1, 0.5)], [(2, 0.0)])} or
     * {@code (clamped, natural)} (sides {@code None}, a name, or a list of {@code (order, value)}).
     */
    public static SplineBoundaryCondition parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("bc_type must not be null");
        }
        String s = text.trim();
        String lower = s.toLowerCase(Locale.ROOT).replace("'", "").replace("\"", "");
        switch (lower) {
            case "none": return none();
            case "not-a-knot": return notAKnot();
            case "periodic": return periodic();
            case "clamped": return clamped();
            case "natural": return natural();
            default: break;
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).trim();
        }
        List<String> parts = splitTop(s);
        if (parts.size() != 2) {
            throw new IllegalArgumentException("bc_type: Unknown boundary condition: " + text);
        }
        Object[] sides = new Object[2];
        for (int i = 0; i < 2; i++) {
            String p = parts.get(i).trim();
            String pl = p.replace("'", "").replace("\"", "");
            if (p.startsWith("[")) {
                sides[i] = parseList(text, p);
            } else {
                sides[i] = side(pl);
            }
        }
        return new SplineBoundaryCondition(Kind.SIDES, sides[0], sides[1]);
    }

    private static List<Derivative> parseList(String text, String p) {
        String inner = p.substring(1, p.length() - (p.endsWith("]") ? 1 : 0)).trim();
        List<Derivative> out = new ArrayList<>();
        if (inner.isEmpty()) {
            return out;
        }
        for (String pair : splitTop(inner)) {
            String q = pair.trim();
            if (!q.startsWith("(") || !q.endsWith(")")) {
                throw new IllegalArgumentException("bc_type: Derivatives, `bc_type`, should be specified as a pair of"
                        + " iterables of pairs of (order, value). (got " + text + ")");
            }
            List<String> ov = splitTop(q.substring(1, q.length() - 1));
            if (ov.size() != 2) {
                throw new IllegalArgumentException("bc_type: Derivatives, `bc_type`, should be specified as a pair of"
                        + " iterables of pairs of (order, value). (got " + text + ")");
            }
            try {
                int order = Integer.parseInt(ov.get(0).trim());
                String v = ov.get(1).trim();
                double[] values;
                if (v.startsWith("[")) {
                    List<String> vs = splitTop(v.substring(1, v.length() - 1));
                    values = new double[vs.size()];
                    for (int j = 0; j < values.length; j++) {
                        values[j] = Double.parseDouble(vs.get(j).trim());
                    }
                } else {
                    values = new double[] {Double.parseDouble(v)};
                }
                out.add(new Derivative(order, values));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bc_type: '" + q + "' is not a pair (order, value)");
            }
        }
        return out;
    }

    private static List<String> splitTop(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == ']') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (start < s.length() && !s.substring(start).isBlank()) {
            out.add(s.substring(start));
        }
        return out;
    }

    boolean isPeriodic() {
        return kind == Kind.PERIODIC;
    }

    /** Whether SciPy's {@code deriv_l} and {@code deriv_r} are both None. */
    boolean noDerivatives() {
        return left == null && right == null;
    }

    /** A side's conditions with the aliases expanded: zeros of {@code m} values. */
    List<Derivative> leftConditions(int m) {
        return expand(left, m);
    }

    List<Derivative> rightConditions(int m) {
        return expand(right, m);
    }

    @SuppressWarnings("unchecked")
    private static List<Derivative> expand(Object side, int m) {
        if (side == null) {
            return Collections.emptyList();
        }
        if (side instanceof String) {
            int order = side.equals(CLAMPED) ? 1 : 2;
            return List.of(new Derivative(order, new double[m]));
        }
        return (List<Derivative>) side;
    }

    @Override
    public String toString() {
        switch (kind) {
            case NONE: return "None";
            case NOT_A_KNOT: return "not-a-knot";
            case PERIODIC: return "periodic";
            default: return "(" + left + ", " + right + ")";
        }
    }
}
