package org.sciaccel.ndimage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sciaccel.optimize.expr.Expr;
import org.sciaccel.optimize.expr.FormulaSyntax;
import org.sciaccel.spi.MappingProgram;
import org.sciaccel.spi.MappingProgram.Instruction;

/**
 * Compiles {@code geometric_transform}'s mapping formula, e.g. {@code "x0 - 0.5*x1; x1 + 3"}, to a
 * {@link MappingProgram}: one expression per input axis separated by {@code ;}, each read by the
 * array-formula dialect of the expression language ({@link FormulaSyntax}, unchanged: Python's
 * syntax and precedence) over the output coordinates {@code x0 .. x<n-1>}, the constants
 * {@code pi}, {@code e}, {@code inf}, {@code nan}, arithmetic ({@code + - * / // % **}),
 * comparisons, {@code where(c, a, b)} and the functions of {@link MappingProgram#UNARY} and
 * {@link MappingProgram#BINARY}. Python's logical and bitwise operators and complex literals are
 * refused: a coordinate is a real number.
 */
final class MappingFormula {
    private static final Map<String, FormulaSyntax.Signature> FUNCTIONS = new HashMap<>();
    private static final Map<String, Integer> OPERATORS = Map.ofEntries(Map.entry("add", MappingProgram.ADD),
            Map.entry("subtract", MappingProgram.SUB), Map.entry("multiply", MappingProgram.MUL),
            Map.entry("divide", MappingProgram.DIV), Map.entry("floor_divide", MappingProgram.FLOOR_DIV),
            Map.entry("remainder", MappingProgram.MOD), Map.entry("power", MappingProgram.POW),
            Map.entry("less", MappingProgram.LT), Map.entry("less_equal", MappingProgram.LE),
            Map.entry("greater", MappingProgram.GT), Map.entry("greater_equal", MappingProgram.GE),
            Map.entry("equal", MappingProgram.EQ), Map.entry("not_equal", MappingProgram.NE));
    private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "e", Math.E,
            "inf", Double.POSITIVE_INFINITY, "nan", Double.NaN);

    static {
        for (String f : MappingProgram.UNARY) {
            FUNCTIONS.put(f, FormulaSyntax.Signature.of(1));
        }
        for (String f : MappingProgram.BINARY) {
            FUNCTIONS.put(f, FormulaSyntax.Signature.of(2));
        }
        FUNCTIONS.put("where", FormulaSyntax.Signature.of(3));
    }

    private final int outputRank;
    private final List<Instruction> code = new ArrayList<>();
    /** Each distinct subexpression once: instructions are records, so equal ones are equal keys. */
    private final Map<Instruction, Integer> registers = new LinkedHashMap<>();
    private FormulaSyntax.Parsed current;

    private MappingFormula(int outputRank) {
        this.outputRank = outputRank;
    }

    /**
     * The program of {@code text} for an input of {@code inputRank} and an output of
     * {@code outputRank} dimensions.
     *
     * @throws IllegalArgumentException naming {@code mapping}: a syntax error (with its position), an
     *         unknown name or function, an unsupported operator, or not one expression per input axis
     */
    static MappingProgram compile(String text, int inputRank, int outputRank) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("mapping: an empty formula; give one expression per input axis, "
                    + "separated by ';', of x0 .. x" + (outputRank - 1));
        }
        String[] parts = text.split(";", -1);
        if (parts.length != inputRank) {
            throw new IllegalArgumentException("mapping: " + parts.length + " expression" + (parts.length == 1 ? "" : "s")
                    + " in '" + text + "' for an input of " + inputRank + " dimensions (one per input axis, separated by ';')");
        }
        MappingFormula f = new MappingFormula(outputRank);
        int[] results = new int[inputRank];
        for (int h = 0; h < inputRank; h++) {
            try {
                f.current = FormulaSyntax.parse(parts[h], FUNCTIONS);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("mapping: expression " + h + ": " + e.getMessage());
            }
            results[h] = f.emit(f.current.root(), h);
        }
        return new MappingProgram(text, inputRank, outputRank, f.code, results);
    }

    private int emit(Expr e, int axis) {
        if (e instanceof Expr.Num n) {
            return add(constant(n.value()));
        }
        if (e instanceof Expr.Int i) {
            return add(constant(i.value()));
        }
        if (e instanceof Expr.Bool b) {
            return add(constant(b.value() ? 1.0 : 0.0));
        }
        if (e instanceof Expr.Var v) {
            return variable(v, axis);
        }
        if (e instanceof Expr.Call c) {
            return call(c, axis);
        }
        throw error(axis, e, "a complex number is not a coordinate");
    }

    private int variable(Expr.Var v, int axis) {
        String name = v.name();
        if (name.matches("x[0-9]+")) {
            int k = name.length() > 10 ? Integer.MAX_VALUE : Integer.parseInt(name.substring(1));
            if (k < outputRank && (k == 0 || name.charAt(1) != '0')) {
                return add(new Instruction(MappingProgram.COORD, k, -1, -1, 0.0, null));
            }
        }
        Double c = CONSTANTS.get(name);
        if (c != null) {
            return add(constant(c));
        }
        throw error(axis, v, "unknown name '" + name + "' (the output coordinates are x0 .. x" + (outputRank - 1)
                + "; constants pi, e, inf, nan)");
    }

    private int call(Expr.Call c, int axis) {
        String f = c.function();
        List<Expr> args = c.args();
        int[] r = new int[args.size()];
        if (f.equals("negative") || f.equals("positive")) {
            int a = emit(args.get(0), axis);
            return f.equals("positive") ? a : add(new Instruction(MappingProgram.NEG, a, -1, -1, 0.0, null));
        }
        Integer op = OPERATORS.get(f);
        boolean known = op != null || f.equals("where") || MappingProgram.UNARY.contains(f)
                || MappingProgram.BINARY.contains(f);
        if (!known) {
            throw error(axis, c, "'" + f + "' is not supported in a mapping (arithmetic, comparisons, where and "
                    + "element-wise functions only)");
        }
        for (int k = 0; k < r.length; k++) {
            r[k] = emit(args.get(k), axis);
        }
        if (op != null) {
            return add(new Instruction(op, r[0], r[1], -1, 0.0, null));
        }
        if (f.equals("where")) {
            return add(new Instruction(MappingProgram.WHERE, r[0], r[1], r[2], 0.0, null));
        }
        String name = f.equals("absolute") || f.equals("fabs") ? "abs" : f;
        return r.length == 1 ? add(new Instruction(MappingProgram.FN1, r[0], -1, -1, 0.0, name))
                : add(new Instruction(MappingProgram.FN2, r[0], r[1], -1, 0.0, name));
    }

    private static Instruction constant(double v) {
        return new Instruction(MappingProgram.CONST, -1, -1, -1, v, null);
    }

    private int add(Instruction ins) {
        Integer known = registers.get(ins);
        if (known != null) {
            return known;
        }
        code.add(ins);
        registers.put(ins, code.size() - 1);
        return code.size() - 1;
    }

    private IllegalArgumentException error(int axis, Expr node, String what) {
        return new IllegalArgumentException("mapping: expression " + axis + ": " + current.describe(node, what));
    }
}
