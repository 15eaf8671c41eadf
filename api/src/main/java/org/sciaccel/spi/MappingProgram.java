package org.sciaccel.spi;

import java.util.List;

/**
 * {@code geometric_transform}'s mapping formula compiled once to straight-line code over float64
 * registers: what a backend runs per output element to find the input coordinates that element
 * samples. Each instruction writes the next register from earlier ones (operands always precede
 * their users, each distinct subexpression appears once); {@link #results()} names the register
 * holding the coordinate of each input axis. The CPU backend interprets the instructions a whole
 * output row at a time; the OpenCL backend emits one C temporary per instruction.
 *
 * <p>The arithmetic is Python's on floats (SciPy calls the Python mapping with the output index as
 * Python ints and converts what it returns to double): {@code /} is true division, {@code //} and
 * {@code %} are Python's floor division and modulo ({@link #floorDivide}, {@link #remainder}),
 * comparisons give 1 or 0.
 *
 * @param text       the formula as written
 * @param inputRank  how many coordinates it gives (one expression per input axis)
 * @param outputRank how many output coordinates it reads ({@code x0 .. x<outputRank-1>})
 * @param code       the instructions in order
 * @param results    per input axis, the register holding its coordinate
 */
public record MappingProgram(String text, int inputRank, int outputRank, List<Instruction> code, int[] results) {
    /** Opcodes. */
    public static final int COORD = 0;
    public static final int CONST = 1;
    public static final int NEG = 2;
    public static final int ADD = 3;
    public static final int SUB = 4;
    public static final int MUL = 5;
    public static final int DIV = 6;
    public static final int FLOOR_DIV = 7;
    public static final int MOD = 8;
    public static final int POW = 9;
    public static final int LT = 10;
    public static final int LE = 11;
    public static final int GT = 12;
    public static final int GE = 13;
    public static final int EQ = 14;
    public static final int NE = 15;
    /** {@code where(a, b, c)}: b where a is non-zero, else c. */
    public static final int WHERE = 16;
    /** A function of one argument, by NumPy's name ({@link Instruction#fn}). */
    public static final int FN1 = 17;
    /** A function of two arguments, by NumPy's name. */
    public static final int FN2 = 18;

    /** The element-wise functions of one argument a mapping may call, by NumPy's names. */
    public static final List<String> UNARY = List.of("sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh",
            "cosh", "tanh", "exp", "expm1", "log", "log1p", "log2", "log10", "sqrt", "abs", "absolute", "fabs",
            "floor", "ceil", "trunc", "rint");
    /** The functions of two arguments a mapping may call. */
    public static final List<String> BINARY = List.of("arctan2", "hypot", "minimum", "maximum");

    /**
     * One instruction.
     *
     * @param op    the opcode
     * @param a     first operand register (or, for {@link #COORD}, the output axis), -1 when unused
     * @param b     second operand register, -1 when unused
     * @param c     third operand register ({@link #WHERE}), -1 when unused
     * @param value the constant of {@link #CONST}
     * @param fn    the function name of {@link #FN1} and {@link #FN2}
     */
    public record Instruction(int op, int a, int b, int c, double value, String fn) {
    }

    public MappingProgram {
        code = List.copyOf(code);
        results = results.clone();
    }

    @Override
    public int[] results() {
        return results.clone();
    }

    /** Python's {@code a // b} on floats (CPython's {@code float_floor_div}). */
    public static double floorDivide(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0.0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div != 0.0) {
            double floor = Math.floor(div);
            return div - floor > 0.5 ? floor + 1.0 : floor;
        }
        return Math.copySign(0.0, a / b);
    }

    /** Python's {@code a % b} on floats: the sign of {@code b} (CPython's {@code float_rem}). */
    public static double remainder(double a, double b) {
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
            return mod;
        }
        return Math.copySign(0.0, b);
    }
}
