package org.sciaccel.optimize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.sciaccel.Warnings;

/**
 * The arguments of SciPy's {@code minimize(fun, x0, method, jac, bounds, constraints, tol, options)}
 * but fun and x0: the method (SciPy's names, case-insensitive; null for SciPy's choice: BFGS, or
 * L-BFGS-B with bounds, or SLSQP with constraints), {@code tol}, how the gradient is formed, the
 * bounds, the constraints, and the method's options by SciPy's names ({@code maxiter},
 * {@code maxfev}, {@code gtol}, {@code xatol}, {@code fatol}, {@code adaptive}, {@code return_all},
 * {@code disp}, {@code norm}, {@code eps}, {@code ftol}, {@code maxcor}, {@code maxls}, ...). A
 * method warns, with SciPy's OptimizeWarning "Unknown solver options: ...", of an option it does
 * not take. Mutable; a minimisation reads it and never changes it.
 */
public final class MinimizeOptions {
    /** {@code jac} as SciPy takes it (a Java objective's gradient stands in for a callable). */
    public enum Jac {
        /** The objective's gradient when it has one, else as {@link #NONE} (the default). */
        AUTO,
        /** SciPy's {@code jac=callable}: the objective's gradient (refused for an objective without one). */
        GRADIENT,
        /** SciPy's {@code jac=None}: forward differences with the method's absolute step {@code eps}. */
        NONE,
        /** SciPy's {@code jac='2-point'}: forward differences with a relative step. */
        TWO_POINT,
        /** SciPy's {@code jac='3-point'}: central differences with a relative step. */
        THREE_POINT;

        /** SciPy's spelling: "2-point", "3-point", "none"/"false" (jac=None), "true"/"gradient" (the objective's). */
        public static Jac parse(String s) {
            if (s == null) {
                return AUTO;
            }
            return switch (s.toLowerCase(java.util.Locale.ROOT)) {
                case "2-point" -> TWO_POINT;
                case "3-point" -> THREE_POINT;
                case "none", "false" -> NONE;
                case "true", "gradient", "formula" -> GRADIENT;
                case "auto" -> AUTO;
                default -> throw new IllegalArgumentException("jac='" + s
                        + "': jac must be '2-point', '3-point', None (finite differences with the method's eps) or the gradient");
            };
        }
    }

    private String method;
    private Double tol;
    private Jac jac = Jac.AUTO;
    private Bounds bounds;
    private final List<Constraint> constraints = new ArrayList<>();
    private final Map<String, Object> options = new LinkedHashMap<>();

    /** SciPy's defaults: method chosen by the problem, no tol, bounds or constraints, no options. */
    public static MinimizeOptions options() {
        return new MinimizeOptions();
    }

    /** A method by SciPy's name ("Nelder-Mead", "BFGS", ...; case-insensitive), or null for SciPy's choice. */
    public MinimizeOptions method(String method) {
        this.method = method;
        return this;
    }

    /** SciPy's {@code tol}: sets the method's own tolerances ({@code xatol}/{@code fatol}, {@code gtol}, ...) unless given. */
    public MinimizeOptions tol(Double tol) {
        this.tol = tol;
        return this;
    }

    /** How the gradient is formed. */
    public MinimizeOptions jac(Jac jac) {
        this.jac = jac == null ? Jac.AUTO : jac;
        return this;
    }

    /** {@code jac} by SciPy's spelling ({@link Jac#parse}). */
    public MinimizeOptions jac(String jac) {
        return jac(Jac.parse(jac));
    }

    /** Bounds on the variables, or null for none. */
    public MinimizeOptions bounds(Bounds bounds) {
        this.bounds = bounds;
        return this;
    }

    /** Adds a constraint (taken by the constrained methods: SLSQP). */
    public MinimizeOptions constraint(Constraint c) {
        if (c == null) {
            throw new IllegalArgumentException("constraints: null");
        }
        constraints.add(c);
        return this;
    }

    /**
     * Sets a method option by SciPy's name: a {@link Number}, {@link Boolean}, {@link String},
     * {@code double[]} or {@code double[][]} ({@code initial_simplex}, {@code direc}).
     */
    public MinimizeOptions option(String name, Object value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("options: an option without a name");
        }
        if (value == null) {
            options.remove(name);
        } else {
            options.put(name, value);
        }
        return this;
    }

    public String method() {
        return method;
    }

    public Double tol() {
        return tol;
    }

    public Jac jac() {
        return jac;
    }

    public Bounds bounds() {
        return bounds;
    }

    public List<Constraint> constraints() {
        return Collections.unmodifiableList(constraints);
    }

    /** The options as given (SciPy's {@code options} dict). */
    public Map<String, Object> optionMap() {
        return Collections.unmodifiableMap(options);
    }

    /**
     * The options one method reads: the given options with {@code tol} filled into the method's
     * tolerances as SciPy's minimize does ({@code options.setdefault(name, tol)}), SciPy's warning
     * for the names the method does not take already given.
     */
    MethodOptions forMethod(String scipyName, Set<String> accepted, String... tolNames) {
        Map<String, Object> m = new LinkedHashMap<>(options);
        if (tol != null) {
            for (String t : tolNames) {
                m.putIfAbsent(t, tol);
            }
        }
        StringJoiner unknown = new StringJoiner(", ");
        for (String k : m.keySet()) {
            if (!accepted.contains(k)) {
                unknown.add(k);
            }
        }
        if (unknown.length() > 0) {
            Warnings.warn(Warnings.Category.OPTIMIZE, "Unknown solver options: " + unknown);
        }
        return new MethodOptions(scipyName, m);
    }

    /** One method's options, read with their types and SciPy's defaults. */
    static final class MethodOptions {
        private final String method;
        private final Map<String, Object> values;

        MethodOptions(String method, Map<String, Object> values) {
            this.method = method;
            this.values = values;
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        double number(String name, double def) {
            Object v = values.get(name);
            if (v == null) {
                return def;
            }
            if (v instanceof Number num) {
                return num.doubleValue();
            }
            if (v instanceof String s) {
                try {
                    return Double.parseDouble(s.trim().replace("inf", "Infinity"));
                } catch (NumberFormatException e) {
                    throw bad(name, "a number", v);
                }
            }
            throw bad(name, "a number", v);
        }

        /** An integer option; null (absent) gives {@code def}. */
        int integer(String name, int def) {
            Object v = values.get(name);
            if (v == null) {
                return def;
            }
            double d = number(name, def);
            if (d != Math.rint(d)) {
                throw bad(name, "an integer", v);
            }
            return d >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) d;
        }

        boolean flag(String name, boolean def) {
            Object v = values.get(name);
            if (v == null) {
                return def;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                return Boolean.parseBoolean(s);
            }
            if (v instanceof Number num) {
                return num.doubleValue() != 0;
            }
            throw bad(name, "true or false", v);
        }

        /** A vector option (double[], or a number standing for a vector of one); null when absent. */
        double[] vector(String name) {
            Object v = values.get(name);
            if (v == null) {
                return null;
            }
            if (v instanceof double[] a) {
                return a.clone();
            }
            if (v instanceof Number num) {
                return new double[] {num.doubleValue()};
            }
            throw bad(name, "a vector (double[])", v);
        }

        double[][] matrix(String name) {
            Object v = values.get(name);
            if (v == null) {
                return null;
            }
            if (v instanceof double[][] m) {
                double[][] c = new double[m.length][];
                for (int i = 0; i < m.length; i++) {
                    c[i] = m[i] == null ? null : m[i].clone();
                }
                return c;
            }
            throw bad(name, "a matrix (double[][])", v);
        }

        private IllegalArgumentException bad(String name, String what, Object v) {
            return new IllegalArgumentException("options." + name + ": " + method + " takes " + what + ", not " + v);
        }
    }
}
