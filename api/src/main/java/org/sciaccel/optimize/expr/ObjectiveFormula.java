package org.sciaccel.optimize.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A scalar objective, or a system of equations, given as formulas of named variables with named
 * constants, e.g. {@code (4 - 2.1*x**2 + x**4/3)*x**2 + x*y + (4*y**2 - 4)*y**2} with variables
 * {@code x, y}, or {@code x**2 + y**2 - r; y - a*x} with variables {@code x, y} and constants
 * {@code r, a}: components separated by {@code ;}, written in the fit models' dialect (Python's
 * operators and precedence; exp log sqrt sin cos tan atan tanh abs erf; {@code pi}), where x and y
 * are ordinary names. Parsed once and differentiated symbolically: the gradient (the Jacobian's
 * rows) and, on request, the Hessian of every component. Evaluated on the host by
 * {@link #newEvaluator()}, and compiled for a device by {@link #openClSource(String)}, both from the
 * same {@link StraightLineProgram}, so the two mean the same by every operation.
 */
public final class ObjectiveFormula {
    private final String text;
    private final String label;
    private final List<String> vars;
    private final List<String> constants;
    private final String[] componentTexts;
    private final Expr[] values;
    private final StraightLineProgram[] gradientPrograms;
    private volatile StraightLineProgram[] hessianPrograms;

    private ObjectiveFormula(String label, String text, List<String> vars, List<String> constants) {
        this.text = text;
        this.label = label;
        this.vars = vars;
        this.constants = constants;
        List<String> names = new ArrayList<>(vars);
        names.addAll(constants);
        String[] parts = text.split(";", -1);
        componentTexts = new String[parts.length];
        values = new Expr[parts.length];
        gradientPrograms = new StraightLineProgram[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                throw new IllegalArgumentException(label + ": formula " + (i + 1) + " of " + parts.length
                        + " is empty in '" + text + "'");
            }
            componentTexts[i] = parts[i].strip();
            values[i] = simplify(ExpressionParser.parseObjective(componentTexts[i], label, names));
            Expr[] gradient = new Expr[vars.size()];
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] = Exprs.derivative(values[i], k);
            }
            gradientPrograms[i] = new StraightLineProgram(values[i], gradient);
        }
    }

    /** {@link #parse(String, String, List, List)} with errors labelled {@code fun}. */
    public static ObjectiveFormula parse(String formulas, List<String> vars, List<String> constants) {
        return parse("fun", formulas, vars, constants);
    }

    /**
     * Parses {@code formulas} (one or more, separated by {@code ;}) over the variables {@code vars}
     * (in the order of x's entries) and the constants {@code constants} (in the order of their
     * values; may be empty).
     *
     * @param label the parameter the formulas came from, named in every error
     * @throws IllegalArgumentException for a syntax error (with its position), an unknown name, an
     *         empty formula, no variables, a name given twice or a name that is reserved (pi, a
     *         function)
     */
    public static ObjectiveFormula parse(String label, String formulas, List<String> vars, List<String> constants) {
        if (formulas == null || formulas.isBlank()) {
            throw new IllegalArgumentException(label + ": empty formula");
        }
        if (vars == null || vars.isEmpty()) {
            throw new IllegalArgumentException("vars: a formula of '" + formulas + "' needs at least one variable name");
        }
        List<String> cs = constants == null ? List.of() : constants;
        Set<String> seen = new HashSet<>();
        checkNames("vars", vars, seen);
        checkNames("constants", cs, seen);
        return new ObjectiveFormula(label, formulas, List.copyOf(vars), List.copyOf(cs));
    }

    private static void checkNames(String what, List<String> names, Set<String> seen) {
        for (String n : names) {
            if (n == null || !n.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException(what + ": '" + n + "' is not a name");
            }
            if (n.equals("pi") || ExpressionParser.FUNCTIONS.contains(n)) {
                throw new IllegalArgumentException(what + ": '" + n + "' is reserved (pi and function names)");
            }
            if (!seen.add(n)) {
                throw new IllegalArgumentException(what + ": '" + n + "' is named twice");
            }
        }
    }

    private static Expr simplify(Expr e) {
        if (e instanceof Expr.Neg n) {
            return Exprs.neg(simplify(n.a()));
        }
        if (e instanceof Expr.Bin b) {
            Expr a = simplify(b.a());
            Expr c = simplify(b.b());
            return switch (b.op()) {
                case '+' -> Exprs.add(a, c);
                case '-' -> Exprs.sub(a, c);
                case '*' -> Exprs.mul(a, c);
                case '/' -> Exprs.div(a, c);
                default -> Exprs.pow(a, c);
            };
        }
        if (e instanceof Expr.Fn f) {
            return Exprs.fn(f.name(), simplify(f.a()));
        }
        return e;
    }

    /** The text as given. */
    public String formula() {
        return text;
    }

    /** The text of component {@code i}, stripped. */
    public String component(int i) {
        return componentTexts[i];
    }

    /** The number of formulas (1 for a scalar objective, m for a system of m equations). */
    public int components() {
        return values.length;
    }

    /** The number of variables. */
    public int dims() {
        return vars.size();
    }

    public List<String> vars() {
        return vars;
    }

    public List<String> constants() {
        return constants;
    }

    /** The simplified expression of component {@code i}. */
    public Expr value(int i) {
        return values[i];
    }

    /** Component {@code i}'s program: the value, then its derivative by each variable. */
    public StraightLineProgram gradientProgram(int i) {
        return gradientPrograms[i];
    }

    /**
     * Component {@code i}'s program with second derivatives: the value, the gradient, then the
     * Hessian's upper triangle row by row ({@code (0,0), (0,1), …, (0,d-1), (1,1), …}). Built on
     * first use, since most methods never need it.
     */
    public StraightLineProgram hessianProgram(int i) {
        StraightLineProgram[] h = hessianPrograms;
        if (h == null) {
            synchronized (this) {
                h = hessianPrograms;
                if (h == null) {
                    h = new StraightLineProgram[values.length];
                    int d = vars.size();
                    for (int c = 0; c < values.length; c++) {
                        Expr[] derivs = new Expr[d + d * (d + 1) / 2];
                        Expr[] first = new Expr[d];
                        for (int k = 0; k < d; k++) {
                            first[k] = Exprs.derivative(values[c], k);
                            derivs[k] = first[k];
                        }
                        int at = d;
                        for (int a = 0; a < d; a++) {
                            for (int b = a; b < d; b++) {
                                derivs[at++] = Exprs.derivative(first[a], b);
                            }
                        }
                        h[c] = new StraightLineProgram(values[c], derivs);
                    }
                    hessianPrograms = h;
                }
            }
        }
        return h[i];
    }

    /** A host evaluator of this formula; it keeps scratch registers, so one per thread. */
    public Evaluator newEvaluator() {
        return new Evaluator();
    }

    /**
     * Evaluates the components at a point on the host, interpreting their programs with
     * {@link StraightLineProgram#apply}. Not thread-safe (its registers are reused).
     */
    public final class Evaluator {
        private final StraightLineProgram.Instruction[][] gradientCode = new StraightLineProgram.Instruction[values.length][];
        private StraightLineProgram.Instruction[][] hessianCode;
        private double[] regs = new double[16];
        private double[] names = new double[vars.size() + constants.size()];

        private Evaluator() {
            for (int i = 0; i < values.length; i++) {
                gradientCode[i] = gradientPrograms[i].code().toArray(new StraightLineProgram.Instruction[0]);
            }
        }

        /** Component {@code i} at {@code x} with constants {@code c} (null when there are none). */
        public double value(int i, double[] x, double[] c) {
            StraightLineProgram p = gradientPrograms[i];
            run(gradientCode[i], p.valueLength(), x, c);
            return regs[p.valueRegister()];
        }

        /** Component {@code i} at {@code x}, its gradient written into {@code gradient} (length dims). */
        public double valueAndGradient(int i, double[] x, double[] c, double[] gradient) {
            StraightLineProgram p = gradientPrograms[i];
            run(gradientCode[i], gradientCode[i].length, x, c);
            int[] dr = p.derivativeRegisters();
            for (int k = 0; k < dr.length; k++) {
                gradient[k] = regs[dr[k]];
            }
            return regs[p.valueRegister()];
        }

        /**
         * Component {@code i} at {@code x} with its gradient and its full (symmetric) Hessian
         * written into {@code gradient} and {@code hessian} (dims × dims).
         */
        public double valueGradientHessian(int i, double[] x, double[] c, double[] gradient, double[][] hessian) {
            if (hessianCode == null) {
                hessianCode = new StraightLineProgram.Instruction[values.length][];
            }
            StraightLineProgram p = hessianProgram(i);
            if (hessianCode[i] == null) {
                hessianCode[i] = p.code().toArray(new StraightLineProgram.Instruction[0]);
            }
            run(hessianCode[i], hessianCode[i].length, x, c);
            int[] dr = p.derivativeRegisters();
            int d = vars.size();
            for (int k = 0; k < d; k++) {
                gradient[k] = regs[dr[k]];
            }
            int at = d;
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    hessian[a][b] = regs[dr[at]];
                    hessian[b][a] = regs[dr[at]];
                    at++;
                }
            }
            return regs[p.valueRegister()];
        }

        private void run(StraightLineProgram.Instruction[] code, int end, double[] x, double[] c) {
            int d = vars.size();
            if (x.length != d) {
                throw new IllegalArgumentException("x0: " + x.length + " values for the " + d + " variables " + vars);
            }
            int k = constants.size();
            if (k > 0 && (c == null || c.length != k)) {
                throw new IllegalArgumentException("constants: " + (c == null ? "none" : c.length + " values")
                        + " for the " + k + " constants " + constants);
            }
            System.arraycopy(x, 0, names, 0, d);
            if (k > 0) {
                System.arraycopy(c, 0, names, d, k);
            }
            if (regs.length < code.length) {
                regs = new double[code.length];
            }
            for (int r = 0; r < end; r++) {
                StraightLineProgram.Instruction ins = code[r];
                double a = ins.a() >= 0 ? regs[ins.a()] : 0;
                double b = ins.b() >= 0 ? regs[ins.b()] : 0;
                regs[r] = StraightLineProgram.apply(ins, a, b, names);
            }
        }
    }

    /**
     * OpenCL C for the components: for each component {@code i} a function
     * {@code inline REAL <name>_<i>(const REAL *x, const REAL *c, REAL *g)} returning the value at
     * {@code x} (private, dims values) with constants {@code c} (private, may be 0 when there are
     * none), writing the gradient into {@code g} unless {@code g} is 0 (then only the value's
     * instructions run); and {@code <NAME>_DIMS}, {@code <NAME>_CONSTANTS} and
     * {@code <NAME>_COMPONENTS}. {@code REAL} is the including kernel's float type.
     */
    public String openClSource(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("name: '" + name + "' is not a C identifier");
        }
        int d = vars.size();
        StringBuilder s = new StringBuilder();
        s.append("/* generated from: ").append(text.replace("*/", "* /")).append(" */\n");
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        s.append("#define ").append(upper).append("_DIMS ").append(d).append('\n');
        s.append("#define ").append(upper).append("_CONSTANTS ").append(constants.size()).append('\n');
        s.append("#define ").append(upper).append("_COMPONENTS ").append(values.length).append('\n');
        for (int i = 0; i < values.length; i++) {
            StraightLineProgram p = gradientPrograms[i];
            s.append("inline REAL ").append(name).append('_').append(i)
                    .append("(const REAL *x, const REAL *c, REAL *g) {\n");
            List<StraightLineProgram.Instruction> code = p.code();
            for (int r = 0; r < code.size(); r++) {
                if (r == p.valueLength()) {
                    s.append("    if (!g) return t").append(p.valueRegister()).append(";\n");
                }
                s.append("    const REAL t").append(r).append(" = ")
                        .append(ProgramSource.cExpression(code.get(r), k -> k < d ? "x[" + k + "]" : "c[" + (k - d) + "]"))
                        .append(";\n");
            }
            if (code.size() == p.valueLength()) {
                s.append("    if (!g) return t").append(p.valueRegister()).append(";\n");
            }
            int[] dr = p.derivativeRegisters();
            for (int k = 0; k < dr.length; k++) {
                s.append("    g[").append(k).append("] = t").append(dr[k]).append(";\n");
            }
            s.append("    return t").append(p.valueRegister()).append(";\n}\n");
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return text + " of " + vars + (constants.isEmpty() ? "" : " with constants " + constants);
    }
}
