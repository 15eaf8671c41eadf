package org.sciaccel.numpy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;
import org.sciaccel.optimize.expr.Expr;
import org.sciaccel.optimize.expr.FormulaSyntax;

/**
 * Lowers a parsed {@link Formula} with its variables onto the element-wise engine: an
 * {@link ElementwiseExpression} whose nodes are the formula's NumPy calls, each typed as NumPy 1.24 types
 * that call (so the result's dtype is the one NumPy gives evaluating the formula step by step), with
 * Python's operators between Python scalars folded as Python computes them ({@link PyScalar}). Equal
 * subexpressions become one node. The engine then runs the whole formula in one pass (one kernel on
 * OpenCL).
 *
 * <p>Errors name the formula and the position of the node NumPy (or Python) refuses: an unknown name,
 * a TypeError of a node's operands, shapes that do not broadcast.
 */
final class FormulaLowering {
    /** Floats a formula may name without a variable of that name: NumPy's pi, e, inf and nan. */
    private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "e", Math.E,
            "inf", Double.POSITIVE_INFINITY, "nan", Double.NaN);

    /** A value during lowering: a Python scalar not yet in the program, or a node of the expression. */
    private record Value(PyScalar py, int node, String label) {
        static Value of(PyScalar py, String label) {
            return new Value(py, -1, label);
        }

        static Value node(int node) {
            return new Value(null, node, null);
        }

        boolean isPython() {
            return py != null;
        }
    }

    private final String op;
    private final Formula formula;
    private final FormulaSyntax.Parsed parsed;
    private final Map<String, Object> variables;
    private final ElementwiseExpression expr;
    private final Map<Expr, Value> memo = new HashMap<>();

    private FormulaLowering(String op, Formula formula, Map<String, Object> variables) {
        this.op = op;
        this.formula = formula;
        this.parsed = formula.parsed();
        this.variables = variables;
        this.expr = new ElementwiseExpression(op);
    }

    /**
     * The lowered formula: either a Python scalar (a formula of Python scalars and operators only) or the
     * expression and the node of its result.
     */
    static final class Lowered {
        final ElementwiseExpression expression;
        final int root;
        final PyScalar python;
        private final NDArray placeholder;

        private Lowered(ElementwiseExpression expression, int root, PyScalar python, NDArray placeholder) {
            this.expression = expression;
            this.root = root;
            this.python = python;
            this.placeholder = placeholder;
        }

        /** Closes what the lowering made for itself (a 0-d placeholder array for a formula without arrays). */
        void release() {
            if (placeholder != null) {
                placeholder.close();
            }
        }

        /** The backend of a formula without array variables (where its 0-d placeholder lives), or null. */
        Backend placeholderBackend() {
            return placeholder == null ? null : placeholder.backend();
        }

        /** The result dtype. */
        DType dtype() {
            return python != null ? pythonDType(python) : expression.type(root);
        }

        /** The result shape. */
        int[] shape() {
            return python != null ? new int[0] : expression.shape(root);
        }
    }

    /**
     * Lowers {@code formula}.
     *
     * @param op        the registry name the evaluation is routed as ({@code numpy.evaluate})
     * @param variables name to {@link NDArray} or Java scalar ({@link Formula})
     * @param backend   where a formula without array variables computes its result (null: the default backend)
     */
    static Lowered lower(String op, Formula formula, Map<String, ?> variables, Backend backend) {
        Map<String, Object> vars = checkVariables(op, formula, variables);
        FormulaLowering l = new FormulaLowering(op, formula, vars);
        NDArray placeholder = null;
        boolean anyArray = false;
        for (String name : formula.variables()) {
            anyArray |= vars.get(name) instanceof NDArray;
        }
        if (!anyArray) {
            // The engine computes where its arrays live: a formula of scalars only gets a 0-d array that no
            // node reads, on the chosen backend.
            Backend where = backend != null ? backend : org.sciaccel.Backends.defaultBackend();
            placeholder = NDArray.fromHost(where, new HostArray(DType.BOOL, new int[0], new byte[1]));
            l.expr.array("(placeholder)", placeholder);
        }
        try {
            Value v = l.lower(formula.parsed().root());
            return v.isPython() ? new Lowered(null, -1, v.py(), placeholder) : new Lowered(l.expr, v.node(), null, placeholder);
        } catch (RuntimeException e) {
            if (placeholder != null) {
                placeholder.close();
            }
            throw e;
        }
    }

    private static Map<String, Object> checkVariables(String op, Formula formula, Map<String, ?> variables) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (variables == null) {
            return out;
        }
        for (Map.Entry<String, ?> e : variables.entrySet()) {
            String name = e.getKey();
            Object v = e.getValue();
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException(op + ": variable name '" + name + "' is not a name");
            }
            if (v == null) {
                throw new IllegalArgumentException(op + ": variable " + name + " is null");
            }
            if (!(v instanceof NDArray) && pythonScalar(v) == null) {
                throw new IllegalArgumentException(op + ": variable " + name + " is a " + v.getClass().getSimpleName()
                        + "; give an NDArray, a Long/Integer (Python int), a Double/Float (Python float), a Boolean"
                        + " or Formula.complex(re, im)");
            }
            out.put(name, v);
        }
        return out;
    }

    /** The Python scalar a Java value stands for, or null. */
    static PyScalar pythonScalar(Object v) {
        if (v instanceof Boolean b) {
            return PyScalar.of(b);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return PyScalar.of(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            return PyScalar.of(((Number) v).doubleValue());
        }
        if (v instanceof Formula.Complex c) {
            return PyScalar.complex(c.real(), c.imag());
        }
        return null;
    }

    /** The dtype of the 0-d array NumPy makes of a Python scalar. */
    static DType pythonDType(PyScalar s) {
        switch (s.kind()) {
            case BOOL: return DType.BOOL;
            case INT: return DType.INT64;
            case FLOAT: return DType.FLOAT64;
            default: return DType.COMPLEX128;
        }
    }

    /** A 0-d host array holding a Python scalar, as {@code np.asarray(value)}. */
    static HostArray pythonArray(PyScalar s) {
        switch (s.kind()) {
            case BOOL: return new HostArray(DType.BOOL, new int[0], new byte[] {(byte) s.bits()});
            case INT: return new HostArray(DType.INT64, new int[0], new long[] {s.bits()});
            case FLOAT: return new HostArray(DType.FLOAT64, new int[0], new double[] {s.re()});
            default: return new HostArray(DType.COMPLEX128, new int[0], new double[] {s.re(), s.im()});
        }
    }

    // ---- the tree walk ----

    private Value lower(Expr e) {
        Value known = memo.get(e);
        if (known != null) {
            return known;
        }
        Value v = lowerNew(e);
        memo.put(e, v);
        return v;
    }

    private Value lowerNew(Expr e) {
        if (e instanceof Expr.Int i) {
            return Value.of(PyScalar.of(i.value()), Long.toString(i.value()));
        }
        if (e instanceof Expr.Num n) {
            return Value.of(PyScalar.of(n.value()), PyScalar.of(n.value()).toString());
        }
        if (e instanceof Expr.Imag m) {
            return Value.of(PyScalar.complex(0, m.value()), PyScalar.of(m.value()) + "j");
        }
        if (e instanceof Expr.Bool b) {
            return Value.of(PyScalar.of(b.value()), b.value() ? "True" : "False");
        }
        if (e instanceof Expr.Var v) {
            return variable(v);
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        throw new IllegalStateException("not a formula node: " + e);
    }

    private Value variable(Expr.Var v) {
        Object bound = variables.get(v.name());
        if (bound instanceof NDArray a) {
            return Value.node(expr.array(v.name(), a));
        }
        if (bound != null) {
            return Value.of(pythonScalar(bound), v.name());
        }
        Double constant = CONSTANTS.get(v.name());
        if (constant != null) {
            return Value.of(PyScalar.of(constant), v.name());
        }
        throw parsed.error(v, "unknown name '" + v.name() + "'" + describeVariables());
    }

    private String describeVariables() {
        if (variables.isEmpty()) {
            return " (no variables given)";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : variables.entrySet()) {
            Object v = e.getValue();
            parts.add(e.getKey() + ": " + (v instanceof NDArray a ? a.dtype() + " " + Shapes.toString(a.shape())
                    : pythonScalar(v).kind().name().toLowerCase(java.util.Locale.ROOT) + " " + pythonScalar(v)));
        }
        return " (variables: " + String.join(", ", parts) + ")";
    }

    private Value call(Expr.Call c) {
        List<Value> args = new ArrayList<>();
        boolean allPython = true;
        for (Expr a : c.args()) {
            Value v = lower(a);
            args.add(v);
            allPython &= v.isPython();
        }
        try {
            if (c.operator() && allPython) {
                PyScalar r = PyScalar.apply(c.function(), args.get(0).py(), args.size() > 1 ? args.get(1).py() : null);
                return Value.of(r, r.toString());
            }
            switch (c.function()) {
                case "where":
                    return Value.node(expr.where(node(args.get(0)), node(args.get(1)), node(args.get(2))));
                case "round":
                case "around":
                    return round(c, args);
                case "nan_to_num":
                    return nanToNum(args.get(0));
                case "real":
                case "imag":
                    return part(c.function().equals("real"), args.get(0));
                case "angle":
                    return angle(args.get(0));
                case "clip":
                    return Value.node(expr.clip(node(args.get(0)), node(args.get(1)), node(args.get(2))));
                default: {
                    int[] nodes = new int[args.size()];
                    for (int i = 0; i < nodes.length; i++) {
                        nodes[i] = node(args.get(i));
                    }
                    return Value.node(expr.ufunc(c.function(), nodes));
                }
            }
        } catch (IllegalArgumentException ex) {
            if (ex.getMessage() != null && ex.getMessage().startsWith("formula: ")) {
                throw ex; // a nested call's error, positioned already
            }
            if (ex instanceof SciPyArgumentException s) {
                throw new SciPyArgumentException(s.scipyRaises(), parsed.describe(c, ex.getMessage()));
            }
            throw parsed.error(c, ex.getMessage());
        }
    }

    /** The node of a value, a Python scalar becoming a leaf of its Python type. */
    private int node(Value v) {
        if (!v.isPython()) {
            return v.node();
        }
        PyScalar s = v.py();
        switch (s.kind()) {
            case BOOL: return expr.scalar(v.label(), s.bits() != 0);
            case INT: return expr.scalar(v.label(), s.bits());
            case FLOAT: return expr.scalar(v.label(), s.re());
            default: return expr.complexScalar(v.label(), s.re(), s.im());
        }
    }

    /** np.round(x, decimals) with decimals a Python int, as the engine's composite ({@link ElementwiseExpression#round}). */
    private Value round(Expr.Call c, List<Value> args) {
        long decimals = 0;
        if (args.size() > 1) {
            Value d = args.get(1);
            if (!d.isPython() || d.py().kind() != PyScalar.Kind.INT && d.py().kind() != PyScalar.Kind.BOOL) {
                throw SciPyArgumentException.typeError("round: decimals must be a Python int, got "
                        + (d.isPython() ? d.py().kind().name().toLowerCase(java.util.Locale.ROOT) + " " + d.py()
                        : "an array"));
            }
            decimals = d.py().bits();
        }
        if (decimals != (int) decimals) {
            throw new IllegalArgumentException("round: decimals " + decimals + " is out of range");
        }
        return Value.node(expr.round(node(args.get(0)), (int) decimals));
    }

    /** np.nan_to_num(x) with NumPy's defaults: NaN to 0, infinities to the dtype's largest finite values. */
    private Value nanToNum(Value arg) {
        return Value.node(expr.nanToNum(node(arg), 0.0, null, null));
    }

    /**
     * np.real / np.imag: of a Python scalar, Python's own {@code .real} / {@code .imag} (a Python scalar); of a
     * real array the array itself / zeros of its dtype; of a complex array its part.
     */
    private Value part(boolean real, Value arg) {
        if (arg.isPython()) {
            PyScalar s = arg.py();
            PyScalar r;
            if (s.kind() == PyScalar.Kind.COMPLEX) {
                r = PyScalar.of(real ? s.re() : s.im());
            } else if (s.kind() == PyScalar.Kind.FLOAT) {
                r = real ? s : PyScalar.of(0.0);
            } else {
                r = real ? PyScalar.of(s.bits()) : PyScalar.of(0L);
            }
            return Value.of(r, r.toString());
        }
        int x = arg.node();
        if (real && !expr.type(x).isComplex()) {
            return arg; // np.real of a real array is the array itself
        }
        return Value.node(real ? expr.real(x) : expr.imag(x));
    }

    /** np.angle(z) in radians, as the engine's composite ({@link ElementwiseExpression#angle}). */
    private Value angle(Value arg) {
        return Value.node(expr.angle(node(arg), false));
    }
}
