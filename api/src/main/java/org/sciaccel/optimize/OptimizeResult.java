package org.sciaccel.optimize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SciPy's {@code OptimizeResult}: the fields a method sets, by SciPy's names ({@code x},
 * {@code fun}, {@code jac}, {@code hess_inv}, {@code nit}, {@code nfev}, {@code njev},
 * {@code nhev}, {@code status}, {@code success}, {@code message}, and a method's own, e.g.
 * {@code fjac} or {@code lowest_optimization_result}). Typed accessors for the common ones;
 * {@link #fields()} has every field set, in the order set, for the CLI's output.
 */
public final class OptimizeResult {
    private final Map<String, Object> fields;

    private OptimizeResult(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A builder; fields appear in {@link #fields()} in the order they are set. */
    public static Builder builder() {
        return new Builder();
    }

    /** The solution: a copy of {@code x} (length 1 for a scalar method). */
    public double[] x() {
        return ((double[]) require("x")).clone();
    }

    /** The objective's value at x ({@code fun}); for a system of equations see {@link #funValues()}. */
    public double fun() {
        Object f = require("fun");
        if (f instanceof double[] v) {
            throw new IllegalStateException("fun: this result's fun is a vector of " + v.length + " (use funValues())");
        }
        return (Double) f;
    }

    /** A system's residuals at x ({@code fun} of {@code root}, {@code least_squares}). */
    public double[] funValues() {
        Object f = require("fun");
        return f instanceof double[] v ? v.clone() : new double[] {(Double) f};
    }

    /** The gradient at x ({@code jac}), or null when the method does not give it. */
    public double[] jac() {
        Object j = fields.get("jac");
        return j instanceof double[] v ? v.clone() : null;
    }

    /** The inverse Hessian approximation ({@code hess_inv}), or null when the method does not give it. */
    public double[][] hessInv() {
        Object h = fields.get("hess_inv");
        return h instanceof double[][] m ? copy(m) : null;
    }

    /** Iterations ({@code nit}), or -1 when not set. */
    public int nit() {
        return count("nit");
    }

    /** Objective evaluations ({@code nfev}), or -1 when not set. */
    public int nfev() {
        return count("nfev");
    }

    /** Gradient evaluations ({@code njev}), or -1 when not set. */
    public int njev() {
        return count("njev");
    }

    /** Hessian evaluations ({@code nhev}), or -1 when not set. */
    public int nhev() {
        return count("nhev");
    }

    /** The method's termination status ({@code status}), or -1 when not set. */
    public int status() {
        return count("status");
    }

    /** Whether the method reports success. */
    public boolean success() {
        return Boolean.TRUE.equals(fields.get("success"));
    }

    /** The method's termination message, or null when not set. */
    public String message() {
        return (String) fields.get("message");
    }

    /** Whether {@code name} is set. */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /**
     * Every field set, in order: {@code double[]}, {@code double[][]}, {@link Double},
     * {@link Integer}, {@link Boolean}, {@link String} or a nested {@link OptimizeResult}.
     */
    public Map<String, Object> fields() {
        return fields;
    }

    private Object require(String name) {
        Object v = fields.get(name);
        if (v == null) {
            throw new IllegalStateException(name + ": this result has no " + name);
        }
        return v;
    }

    private int count(String name) {
        Object v = fields.get(name);
        return v == null ? -1 : ((Number) v).intValue();
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            s.append(String.format("%12s: ", e.getKey()));
            Object v = e.getValue();
            if (v instanceof double[] a) {
                s.append(java.util.Arrays.toString(a));
            } else if (v instanceof double[][] m) {
                s.append(java.util.Arrays.deepToString(m));
            } else {
                s.append(v);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** Sets fields by SciPy's names; arrays are copied. */
    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder x(double[] x) {
            return set("x", x.clone());
        }

        public Builder fun(double fun) {
            return set("fun", fun);
        }

        /** A system's residual vector as {@code fun}. */
        public Builder fun(double[] fun) {
            return set("fun", fun.clone());
        }

        public Builder jac(double[] jac) {
            return set("jac", jac.clone());
        }

        public Builder hessInv(double[][] hessInv) {
            return set("hess_inv", copy(hessInv));
        }

        public Builder nit(int nit) {
            return set("nit", nit);
        }

        public Builder nfev(int nfev) {
            return set("nfev", nfev);
        }

        public Builder njev(int njev) {
            return set("njev", njev);
        }

        public Builder nhev(int nhev) {
            return set("nhev", nhev);
        }

        public Builder status(int status) {
            return set("status", status);
        }

        public Builder success(boolean success) {
            return set("success", success);
        }

        public Builder message(String message) {
            return set("message", message);
        }

        /**
         * A method's own field by SciPy's name: a {@code double[]}, {@code double[][]},
         * {@link Double}, {@link Integer}, {@link Boolean}, {@link String} or {@link OptimizeResult}.
         */
        public Builder set(String name, Object value) {
            if (name == null || value == null) {
                throw new IllegalArgumentException("OptimizeResult field " + name + ": null");
            }
            if (value instanceof double[] a) {
                value = a.clone();
            } else if (value instanceof double[][] m) {
                value = copy(m);
            } else if (!(value instanceof Double || value instanceof Integer || value instanceof Boolean
                    || value instanceof String || value instanceof OptimizeResult)) {
                throw new IllegalArgumentException("OptimizeResult field " + name + ": a " + value.getClass().getName());
            }
            fields.put(name, value);
            return this;
        }

        public OptimizeResult build() {
            return new OptimizeResult(fields);
        }
    }
}
