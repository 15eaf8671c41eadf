package org.sciaccel.optimize.expr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fit model given as a formula over {@code x} (and {@code y}) with named parameters, e.g.
 * {@code B + A*exp(-((x-mu)/sigma)**2)} with parameters {@code B, A, mu, sigma}: parsed once,
 * differentiated symbolically (simplified), and flattened to a {@link StraightLineProgram} from
 * which the CPU evaluator and the OpenCL source ({@link #openClSource()}) are generated.
 */
public final class ExpressionModel {
    private final String formula;
    private final List<String> params;
    private final Expr value;
    private final Expr[] derivatives;
    private final boolean usesY;
    private final StraightLineProgram program;

    private ExpressionModel(String formula, List<String> params) {
        this.formula = formula;
        this.params = params;
        boolean[] y = new boolean[1];
        this.value = simplify(ExpressionParser.parse(formula, params, y));
        this.usesY = y[0];
        this.derivatives = new Expr[params.size()];
        for (int k = 0; k < params.size(); k++) {
            derivatives[k] = Exprs.derivative(value, k);
        }
        this.program = new StraightLineProgram(value, derivatives);
    }

    /**
     * Parses {@code formula} with the parameters {@code params} (in the order of the parameter arrays).
     *
     * @throws IllegalArgumentException for a syntax error (with its position), an unknown name, a
     *         parameter named twice or named like x, y, pi or a function
     */
    public static ExpressionModel parse(String formula, List<String> params) {
        if (formula == null || formula.isBlank()) {
            throw new IllegalArgumentException("model: empty formula");
        }
        if (params == null || params.isEmpty()) {
            throw new IllegalArgumentException("params: a formula model needs at least one parameter name");
        }
        if (params.size() > 31) {
            throw new IllegalArgumentException("params: " + params.size() + " parameters; at most 31");
        }
        Set<String> seen = new HashSet<>();
        for (String p : params) {
            if (p == null || !p.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("params: '" + p + "' is not a name");
            }
            if (!seen.add(p)) {
                throw new IllegalArgumentException("params: '" + p + "' is used twice in " + params);
            }
            if (p.equals("x") || p.equals("y") || p.equals("pi") || ExpressionParser.FUNCTIONS.contains(p)) {
                throw new IllegalArgumentException("params: '" + p + "' is reserved (x, y, pi and function names)");
            }
        }
        return new ExpressionModel(formula, List.copyOf(params));
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

    public String formula() {
        return formula;
    }

    public List<String> params() {
        return params;
    }

    /** Whether the formula uses y (a model of two coordinates). */
    public boolean usesY() {
        return usesY;
    }

    /** The simplified value expression. */
    public Expr value() {
        return value;
    }

    /** The simplified derivative by parameter k. */
    public Expr derivative(int k) {
        return derivatives[k];
    }

    public StraightLineProgram program() {
        return program;
    }

    /**
     * OpenCL C for {@code REAL model_eval(const REAL *p, REAL x, REAL y, REAL *d)} (the contract of
     * {@code fit/levenberg_marquardt.cl}) and {@code MODEL_DIMS}: one temporary per instruction, derivative-only
     * instructions inside {@code if (d)}. Integer powers use {@code pown} (defined for negative bases).
     */
    public String openClSource() {
        StringBuilder s = new StringBuilder();
        s.append("/* generated from: ").append(formula.replace("*/", "* /")).append(" */\n");
        s.append("#define MODEL_DIMS ").append(usesY ? 2 : 1).append('\n');
        s.append("inline REAL model_eval(const REAL *p, REAL x, REAL y, REAL *d) {\n");
        List<StraightLineProgram.Instruction> code = program.code();
        for (int i = 0; i < code.size(); i++) {
            if (i == program.valueLength()) {
                s.append("    if (!d) return t").append(program.valueRegister()).append(";\n");
            }
            s.append("    const REAL t").append(i).append(" = ").append(ProgramSource.cExpression(code.get(i))).append(";\n");
        }
        if (code.size() == program.valueLength()) {
            s.append("    if (!d) return t").append(program.valueRegister()).append(";\n");
        }
        int[] dr = program.derivativeRegisters();
        for (int k = 0; k < dr.length; k++) {
            s.append("    d[").append(k).append("] = t").append(dr[k]).append(";\n");
        }
        s.append("    return t").append(program.valueRegister()).append(";\n}\n");
        return s.toString();
    }

    @Override
    public String toString() {
        return formula + " with " + params;
    }
}
