package org.sciaccel.cpu.interpolation;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.sciaccel.spi.MappingProgram;
import org.sciaccel.spi.MappingProgram.Instruction;

/**
 * A compiled mapping formula run over a row of output elements: every instruction is one tight
 * loop over the row's registers, so the formula is decoded once per row rather than walked as a
 * tree per element. Instructions that read no {@code x<last>} are constant along a row and are
 * computed once for it.
 */
final class MappingRows implements RowCoordinates {
    private final Instruction[] code;
    private final int[] results;
    private final int lastAxis;
    /** Whether instruction i varies along a row (reads the last output coordinate). */
    private final boolean[] varying;
    /** Per instruction, its function resolved once (null where the instruction has none). */
    private final DoubleUnaryOperator[] unaryOps;
    private final DoubleBinaryOperator[] binaryOps;
    private static final double LN2 = Math.log(2.0);

    MappingRows(MappingProgram program) {
        List<Instruction> c = program.code();
        this.code = c.toArray(new Instruction[0]);
        this.results = program.results();
        this.lastAxis = program.outputRank() - 1;
        this.varying = new boolean[code.length];
        this.unaryOps = new DoubleUnaryOperator[code.length];
        this.binaryOps = new DoubleBinaryOperator[code.length];
        for (int i = 0; i < code.length; i++) {
            Instruction ins = code[i];
            if (ins.op() == MappingProgram.FN1) {
                unaryOps[i] = unary(ins.fn());
            } else if (ins.b() >= 0 && ins.op() != MappingProgram.WHERE) {
                binaryOps[i] = binary(ins);
            }
            varying[i] = ins.op() == MappingProgram.COORD ? ins.a() == lastAxis
                    : ins.op() != MappingProgram.CONST && (reads(ins.a()) || reads(ins.b()) || reads(ins.c()));
        }
    }

    private boolean reads(int register) {
        return register >= 0 && varying[register];
    }

    @Override
    public Filler filler(int rowLength) {
        double[][] reg = new double[code.length][];
        for (int i = 0; i < code.length; i++) {
            reg[i] = new double[varying[i] ? rowLength : 1];
        }
        return (index, coords) -> {
            for (int i = 0; i < code.length; i++) {
                run(code[i], reg, i, index, varying[i] ? rowLength : 1);
            }
            for (int h = 0; h < results.length; h++) {
                double[] r = reg[results[h]];
                if (r.length == rowLength) {
                    System.arraycopy(r, 0, coords[h], 0, rowLength);
                } else {
                    java.util.Arrays.fill(coords[h], 0, rowLength, r[0]);
                }
            }
        };
    }

    /** Instruction {@code ins} into register {@code out} over {@code n} elements (1: constant along the row). */
    private void run(Instruction ins, double[][] reg, int out, int[] index, int n) {
        double[] t = reg[out];
        switch (ins.op()) {
            case MappingProgram.COORD -> {
                if (ins.a() == lastAxis) {
                    for (int j = 0; j < n; j++) {
                        t[j] = j;
                    }
                } else {
                    t[0] = index[ins.a()];
                }
            }
            case MappingProgram.CONST -> t[0] = ins.value();
            case MappingProgram.NEG -> {
                double[] a = reg[ins.a()];
                for (int j = 0; j < n; j++) {
                    t[j] = -a[a.length == 1 ? 0 : j];
                }
            }
            case MappingProgram.WHERE -> {
                double[] c = reg[ins.a()];
                double[] a = reg[ins.b()];
                double[] b = reg[ins.c()];
                for (int j = 0; j < n; j++) {
                    t[j] = c[c.length == 1 ? 0 : j] != 0.0 ? a[a.length == 1 ? 0 : j] : b[b.length == 1 ? 0 : j];
                }
            }
            case MappingProgram.FN1 -> {
                DoubleUnaryOperator f = unaryOps[out];
                double[] a = reg[ins.a()];
                for (int j = 0; j < n; j++) {
                    t[j] = f.applyAsDouble(a[a.length == 1 ? 0 : j]);
                }
            }
            default -> {
                DoubleBinaryOperator f = binaryOps[out];
                double[] a = reg[ins.a()];
                double[] b = reg[ins.b()];
                for (int j = 0; j < n; j++) {
                    t[j] = f.applyAsDouble(a[a.length == 1 ? 0 : j], b[b.length == 1 ? 0 : j]);
                }
            }
        }
    }

    /** The function of a {@link MappingProgram#FN1} instruction. */
    private static DoubleUnaryOperator unary(String fn) {
        return switch (fn) {
            case "sin" -> Math::sin;
            case "cos" -> Math::cos;
            case "tan" -> Math::tan;
            case "arcsin" -> Math::asin;
            case "arccos" -> Math::acos;
            case "arctan" -> Math::atan;
            case "sinh" -> Math::sinh;
            case "cosh" -> Math::cosh;
            case "tanh" -> Math::tanh;
            case "exp" -> Math::exp;
            case "expm1" -> Math::expm1;
            case "log" -> Math::log;
            case "log1p" -> Math::log1p;
            case "log2" -> x -> Math.log(x) / LN2;
            case "log10" -> Math::log10;
            case "sqrt" -> Math::sqrt;
            case "abs" -> Math::abs;
            case "floor" -> Math::floor;
            case "ceil" -> Math::ceil;
            case "trunc" -> x -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case "rint" -> Math::rint;
            default -> throw new IllegalStateException("mapping function " + fn);
        };
    }

    /** The operation of a binary instruction (arithmetic, comparison or {@link MappingProgram#FN2}). */
    private static DoubleBinaryOperator binary(Instruction ins) {
        return switch (ins.op()) {
            case MappingProgram.ADD -> (x, y) -> x + y;
            case MappingProgram.SUB -> (x, y) -> x - y;
            case MappingProgram.MUL -> (x, y) -> x * y;
            case MappingProgram.DIV -> (x, y) -> x / y;
            case MappingProgram.FLOOR_DIV -> MappingProgram::floorDivide;
            case MappingProgram.MOD -> MappingProgram::remainder;
            case MappingProgram.POW -> Math::pow;
            case MappingProgram.LT -> (x, y) -> x < y ? 1.0 : 0.0;
            case MappingProgram.LE -> (x, y) -> x <= y ? 1.0 : 0.0;
            case MappingProgram.GT -> (x, y) -> x > y ? 1.0 : 0.0;
            case MappingProgram.GE -> (x, y) -> x >= y ? 1.0 : 0.0;
            case MappingProgram.EQ -> (x, y) -> x == y ? 1.0 : 0.0;
            case MappingProgram.NE -> (x, y) -> x != y ? 1.0 : 0.0;
            default -> switch (ins.fn()) {
                case "arctan2" -> Math::atan2;
                case "hypot" -> Math::hypot;
                // NumPy's minimum and maximum propagate NaN
                case "minimum" -> (x, y) -> x != x || y != y ? Double.NaN : Math.min(x, y);
                case "maximum" -> (x, y) -> x != x || y != y ? Double.NaN : Math.max(x, y);
                default -> throw new IllegalStateException("mapping function " + ins.fn());
            };
        };
    }
}
