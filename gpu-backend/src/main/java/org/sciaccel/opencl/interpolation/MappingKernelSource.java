package org.sciaccel.opencl.interpolation;

import java.util.List;
import java.util.Locale;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.spi.MappingProgram;
import org.sciaccel.spi.MappingProgram.Instruction;

/**
 * The sampling program of {@code geometric_transform} for one mapping formula: the formula as C,
 * {@code inline void mapping_eval(const long* o, double* cc)} with one {@code const double}
 * temporary per instruction, put in front of {@code interpolation/spline_sample.cl}, whose
 * {@code mapped_sample} kernel calls it per output element. The same formula gives the same text,
 * so the kernel cache builds it once.
 */
final class MappingKernelSource {
    private MappingKernelSource() {
    }

    static KernelSource of(MappingProgram program) {
        StringBuilder s = new StringBuilder();
        s.append("#include \"common/prelude.cl\"\n");
        s.append("#include \"interpolation/mapping_ops.cl\"\n");
        s.append("#define MAPPING_EVAL 1\n");
        s.append("/* mapping: ").append(program.text().replace("*/", "* /").replaceAll("[\\r\\n]", " ")).append(" */\n");
        s.append("inline void mapping_eval(const long* o, double* cc) {\n");
        List<Instruction> code = program.code();
        for (int i = 0; i < code.size(); i++) {
            s.append("    const double t").append(i).append(" = ").append(expression(code.get(i))).append(";\n");
        }
        int[] results = program.results();
        for (int h = 0; h < results.length; h++) {
            s.append("    cc[").append(h).append("] = t").append(results[h]).append(";\n");
        }
        s.append("}\n");
        s.append("#include \"interpolation/spline_sample.cl\"\n");
        return KernelSource.of("geometric_transform mapping", s.toString());
    }

    private static String expression(Instruction ins) {
        String a = "t" + ins.a();
        String b = "t" + ins.b();
        return switch (ins.op()) {
            case MappingProgram.COORD -> "(double) o[" + ins.a() + "]";
            case MappingProgram.CONST -> literal(ins.value());
            case MappingProgram.NEG -> "-" + a;
            case MappingProgram.ADD -> a + " + " + b;
            case MappingProgram.SUB -> a + " - " + b;
            case MappingProgram.MUL -> a + " * " + b;
            case MappingProgram.DIV -> a + " / " + b;
            case MappingProgram.FLOOR_DIV -> "py_floor_divide(" + a + ", " + b + ")";
            case MappingProgram.MOD -> "py_remainder(" + a + ", " + b + ")";
            case MappingProgram.POW -> "pow(" + a + ", " + b + ")";
            case MappingProgram.LT -> "py_bool(" + a + " < " + b + ")";
            case MappingProgram.LE -> "py_bool(" + a + " <= " + b + ")";
            case MappingProgram.GT -> "py_bool(" + a + " > " + b + ")";
            case MappingProgram.GE -> "py_bool(" + a + " >= " + b + ")";
            case MappingProgram.EQ -> "py_bool(" + a + " == " + b + ")";
            case MappingProgram.NE -> "py_bool(" + a + " != " + b + ")";
            case MappingProgram.WHERE -> a + " != 0.0 ? " + b + " : t" + ins.c();
            case MappingProgram.FN1 -> cName(ins.fn()) + "(" + a + ")";
            default -> cName(ins.fn()) + "(" + a + ", " + b + ")";
        };
    }

    /** OpenCL C's name of a NumPy function (the list is MappingProgram's). */
    private static String cName(String numpy) {
        return switch (numpy) {
            case "arcsin" -> "asin";
            case "arccos" -> "acos";
            case "arctan" -> "atan";
            case "arctan2" -> "atan2";
            case "abs" -> "fabs";
            case "minimum" -> "py_minimum";
            case "maximum" -> "py_maximum";
            case "sin", "cos", "tan", "sinh", "cosh", "tanh", "exp", "expm1", "log", "log1p", "log2", "log10", "sqrt",
                    "floor", "ceil", "trunc", "rint", "hypot" -> numpy;
            default -> throw new IllegalStateException("mapping function " + numpy + " has no OpenCL counterpart");
        };
    }

    private static String literal(double v) {
        if (Double.isNaN(v)) {
            return "(double) NAN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "(double) INFINITY" : "-(double) INFINITY";
        }
        return String.format(Locale.ROOT, "%.17e", v);
    }
}
