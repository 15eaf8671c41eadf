package org.sciaccel.optimize.expr;

import java.util.Locale;

/**
 * OpenCL C for the instructions of a {@link StraightLineProgram}: one right-hand side per
 * instruction over temporaries {@code t<i>}, parameters {@code p[k]} and the coordinates {@code x},
 * {@code y}. Shared by the fit models' and the objectives' generated functions so that both mean
 * the same by every operation.
 */
final class ProgramSource {
    private ProgramSource() {
    }

    /** {@link #cExpression(StraightLineProgram.Instruction, java.util.function.IntFunction)} with parameters {@code p[k]}. */
    static String cExpression(StraightLineProgram.Instruction ins) {
        return cExpression(ins, k -> "p[" + k + "]");
    }

    /** The right-hand side of {@code ins}, naming parameter {@code k} as {@code param.apply(k)}. */
    static String cExpression(StraightLineProgram.Instruction ins, java.util.function.IntFunction<String> param) {
        String a = "t" + ins.a();
        String b = "t" + ins.b();
        return switch (ins.op()) {
            case StraightLineProgram.CONST -> "(REAL)" + literal(ins.value());
            case StraightLineProgram.X -> "x";
            case StraightLineProgram.Y -> "y";
            case StraightLineProgram.PARAM -> param.apply((int) ins.value());
            case StraightLineProgram.NEG -> "-" + a;
            case StraightLineProgram.ADD -> a + " + " + b;
            case StraightLineProgram.SUB -> a + " - " + b;
            case StraightLineProgram.MUL -> a + " * " + b;
            case StraightLineProgram.DIV -> a + " / " + b;
            case StraightLineProgram.POW -> "pow(" + a + ", " + b + ")";
            case StraightLineProgram.POWI -> powi(a, (int) ins.value());
            default -> (ins.fn().equals("abs") ? "fabs" : ins.fn()) + "(" + a + ")";
        };
    }

    static String powi(String a, int n) {
        return switch (n) {
            case 2 -> a + " * " + a;
            case 3 -> a + " * " + a + " * " + a;
            case -1 -> "(REAL)1 / " + a;
            default -> "pown(" + a + ", " + n + ")";
        };
    }

    static String literal(double v) {
        if (Double.isNaN(v)) {
            return "NAN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "INFINITY" : "-INFINITY";
        }
        return String.format(Locale.ROOT, "%.17e", v);
    }

}
