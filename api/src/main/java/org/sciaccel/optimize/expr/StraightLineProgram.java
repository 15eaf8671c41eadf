package org.sciaccel.optimize.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model and its derivatives flattened to a list of primitive instructions, each distinct
 * subexpression once (common subexpressions of the value and the derivatives are shared, e.g. the
 * exponential of a Gaussian). Both backends are generated from it: the CPU runs each instruction
 * over all points of a fit at once (a tight loop over arrays, no per-point tree walk), and the
 * OpenCL code generator emits one temporary per instruction.
 *
 * <p>Instructions that depend on no coordinate are "uniform": computed once per evaluation.
 */
public final class StraightLineProgram {
    /** Opcodes. */
    public static final int CONST = 0;
    public static final int X = 1;
    public static final int Y = 2;
    public static final int PARAM = 3;
    public static final int NEG = 4;
    public static final int ADD = 5;
    public static final int SUB = 6;
    public static final int MUL = 7;
    public static final int DIV = 8;
    public static final int POW = 9;
    public static final int POWI = 10;
    public static final int FN = 11;

    /**
     * One instruction: {@code op}, operand registers {@code a}, {@code b}, a constant or parameter
     * index or integer power in {@code value}, a function name for {@link #FN}, and whether it is uniform.
     */
    public record Instruction(int op, int a, int b, double value, String fn, boolean uniform) {
    }

    private final List<Instruction> code = new ArrayList<>();
    private final Map<Expr, Integer> registers = new HashMap<>();
    private final int valueRegister;
    private final int[] derivativeRegisters;
    private final int valueLength;

    StraightLineProgram(Expr value, Expr[] derivatives) {
        valueRegister = emit(value);
        valueLength = code.size();
        derivativeRegisters = new int[derivatives.length];
        for (int k = 0; k < derivatives.length; k++) {
            derivativeRegisters[k] = emit(derivatives[k]);
        }
    }

    private int emit(Expr e) {
        Integer known = registers.get(e);
        if (known != null) {
            return known;
        }
        Instruction ins;
        if (e instanceof Expr.Num n) {
            ins = new Instruction(CONST, -1, -1, n.value(), null, true);
        } else if (e instanceof Expr.Sym s) {
            ins = switch (s.kind()) {
                case Expr.Sym.X -> new Instruction(X, -1, -1, 0, null, false);
                case Expr.Sym.Y -> new Instruction(Y, -1, -1, 0, null, false);
                default -> new Instruction(PARAM, -1, -1, s.index(), null, true);
            };
        } else if (e instanceof Expr.Neg n) {
            int a = emit(n.a());
            ins = new Instruction(NEG, a, -1, 0, null, code.get(a).uniform());
        } else if (e instanceof Expr.Bin b) {
            int a = emit(b.a());
            if (b.op() == '^' && Exprs.isInteger(b.b())) {
                ins = new Instruction(POWI, a, -1, ((Expr.Num) b.b()).value(), null, code.get(a).uniform());
            } else {
                int c = emit(b.b());
                int op = switch (b.op()) {
                    case '+' -> ADD;
                    case '-' -> SUB;
                    case '*' -> MUL;
                    case '/' -> DIV;
                    default -> POW;
                };
                ins = new Instruction(op, a, c, 0, null, code.get(a).uniform() && code.get(c).uniform());
            }
        } else {
            Expr.Fn f = (Expr.Fn) e;
            int a = emit(f.a());
            ins = new Instruction(FN, a, -1, 0, f.name(), code.get(a).uniform());
        }
        code.add(ins);
        registers.put(e, code.size() - 1);
        return code.size() - 1;
    }

    /** The instructions in order; operands always precede their users. */
    public List<Instruction> code() {
        return List.copyOf(code);
    }

    /** The register holding the model value. */
    public int valueRegister() {
        return valueRegister;
    }

    /** The registers holding the derivative by each parameter. */
    public int[] derivativeRegisters() {
        return derivativeRegisters.clone();
    }

    /** Instructions before this index are all the value needs; the rest only the derivatives. */
    public int valueLength() {
        return valueLength;
    }

    /**
     * The value of a non-coordinate instruction {@code ins} given its operands' values {@code a}
     * and {@code b} and the parameters {@code p}: the one definition of each operation's meaning
     * that every CPU evaluator of a program uses.
     */
    public static double apply(Instruction ins, double a, double b, double[] p) {
        switch (ins.op()) {
            case CONST: return ins.value();
            case PARAM: return p[(int) ins.value()];
            case NEG: return -a;
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV: return a / b;
            case POW: return Math.pow(a, b);
            case POWI: {
                int e = (int) ins.value();
                return e == 2 ? a * a : e == 3 ? a * a * a : Math.pow(a, e);
            }
            case FN: return function(ins.fn(), a);
            default: throw new IllegalStateException("instruction " + ins + " reads a coordinate");
        }
    }

    /** The function {@code fn} of the language (and {@code sign}, which derivatives bring in) at {@code v}. */
    public static double function(String fn, double v) {
        return switch (fn) {
            case "exp" -> Math.exp(v);
            case "log" -> Math.log(v);
            case "sqrt" -> Math.sqrt(v);
            case "sin" -> Math.sin(v);
            case "cos" -> Math.cos(v);
            case "tan" -> Math.tan(v);
            case "atan" -> Math.atan(v);
            case "tanh" -> Math.tanh(v);
            case "abs" -> Math.abs(v);
            case "sign" -> Math.signum(v);
            case "erf" -> Erf.erf(v);
            default -> throw new IllegalStateException("unknown function " + fn);
        };
    }
}
