package org.sciaccel.opencl.ufunc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sciaccel.DType;
import org.sciaccel.spi.ElementwiseFunction;
import org.sciaccel.spi.ElementwiseProgram;

/**
 * Generates the one OpenCL kernel of an {@link ElementwiseProgram}: one work-item per result element, each
 * reading its operands' elements (broadcast by strides passed as arguments, so one kernel serves every shape
 * of the same layout), computing every node into a private variable of the node's type with NumPy's semantics
 * ({@code common/npmath.cl}), and storing the root. The source depends on the program's structure and dtypes,
 * which leaves are contiguous, broadcast or single elements, the number of axes of a broadcast, and whether
 * the device has double precision; scalars' values and shapes are kernel arguments.
 *
 * <p>Node values live as the natural OpenCL C type of their dtype (bool as uchar 0/1, float16 as a float that
 * is rounded to half after every node, complex as float2 / double2).
 */
final class ElementwiseKernelSource {
    /** How an operand array is read. */
    enum Layout {
        /** The result's shape: element gid. */
        CONTIGUOUS,
        /** A broadcast shape: the element at gid's coordinates times the operand's strides. */
        BROADCAST,
        /** One element (every result element reads it). */
        SINGLE
    }

    /** The generated kernel and the order of its arguments. */
    record Generated(String name, String text, List<Integer> arrayOperands, List<Integer> broadcastNodes,
            List<Integer> scalarNodes, List<Integer> paramNodes, boolean errorFlag, int ndim) {
    }

    private final ElementwiseProgram program;
    private final Layout[] layout;
    private final int ndim;
    private final boolean fp64;
    private final StringBuilder body = new StringBuilder();

    private ElementwiseKernelSource(ElementwiseProgram program, Layout[] layout, int ndim, boolean fp64) {
        this.program = program;
        this.layout = layout;
        this.ndim = ndim;
        this.fp64 = fp64;
    }

    /**
     * @param layout per node: how an ARRAY leaf is read (null for other nodes)
     * @param ndim   the result's number of axes (used where a leaf is broadcast)
     */
    static Generated generate(ElementwiseProgram program, Layout[] layout, int ndim, boolean fp64) {
        return new ElementwiseKernelSource(program, layout, ndim, fp64).build();
    }

    private Generated build() {
        List<ElementwiseProgram.Node> nodes = program.nodes();
        List<Integer> arrays = new ArrayList<>();
        List<Integer> broadcast = new ArrayList<>();
        List<Integer> scalars = new ArrayList<>();
        List<Integer> params = new ArrayList<>();
        boolean err = false;
        StringBuilder sig = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            ElementwiseProgram.Node n = nodes.get(i);
            if (n.kind() == ElementwiseProgram.Kind.ARRAY && !arrays.contains(n.operand())) {
                arrays.add(n.operand());
                DType t = n.type();
                sig.append("__global const ").append(storageType(t)).append("* restrict a").append(n.operand()).append(", ");
            }
        }
        DType rt = program.resultType();
        sig.append("__global ").append(storageType(rt)).append("* restrict out, long n");
        boolean anyBroadcast = false;
        for (int i = 0; i < nodes.size(); i++) {
            if (layout[i] == Layout.BROADCAST) {
                anyBroadcast = true;
            }
        }
        if (anyBroadcast) {
            for (int d = 0; d < ndim; d++) {
                sig.append(", long d").append(d);
            }
        }
        // The arguments come in groups (every stride, then every scalar, then every nan_to_num
        // parameter), the order OpenCLUfuncOps passes them in; interleaving them in node order
        // would hand a scalar a stride's bytes.
        StringBuilder strideSig = new StringBuilder();
        StringBuilder scalarSig = new StringBuilder();
        StringBuilder paramSig = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            ElementwiseProgram.Node n = nodes.get(i);
            if (layout[i] == Layout.BROADCAST) {
                broadcast.add(i);
                for (int d = 0; d < ndim; d++) {
                    strideSig.append(", long s").append(i).append('_').append(d);
                }
            } else if (n.kind() == ElementwiseProgram.Kind.SCALAR) {
                scalars.add(i);
                DType t = n.type();
                if (t.isIntegral()) {
                    scalarSig.append(", long c").append(i);
                } else if (t.isComplex()) {
                    String r = realArg(t);
                    scalarSig.append(", ").append(r).append(" c").append(i).append("r, ").append(r).append(" c").append(i).append('i');
                } else {
                    scalarSig.append(", ").append(realArg(t)).append(" c").append(i);
                }
            } else if (n.kind() == ElementwiseProgram.Kind.CALL && n.function() == ElementwiseFunction.NAN_TO_NUM) {
                params.add(i);
                String r = realArg(n.inTypes().get(0));
                paramSig.append(", ").append(r).append(" p").append(i).append("_0, ").append(r).append(" p").append(i)
                        .append("_1, ").append(r).append(" p").append(i).append("_2");
            }
            if (n.kind() == ElementwiseProgram.Kind.CALL && n.function() == ElementwiseFunction.POWER
                    && n.inTypes().get(1).kind() == DType.Kind.SIGNED) {
                err = true;
            }
        }
        sig.append(strideSig).append(scalarSig).append(paramSig);
        if (err) {
            sig.append(", __global int* npm_error");
        }
        if (anyBroadcast) {
            body.append("    long rest = gid;\n");
            for (int i : broadcast) {
                body.append("    long o").append(i).append(" = 0;\n");
            }
            for (int d = ndim - 1; d >= 0; d--) {
                body.append("    { long c = rest % d").append(d).append("; rest /= d").append(d).append(';');
                for (int i : broadcast) {
                    body.append(" o").append(i).append(" += c * s").append(i).append('_').append(d).append(';');
                }
                body.append(" }\n");
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            node(i, nodes.get(i));
        }
        int root = program.root();
        body.append("    ").append(store(rt, "v" + root)).append(";\n");
        String name = kernelName();
        String text = "#include \"common/prelude.cl\"\n#include \"common/npmath.cl\"\n"
                + specialIncludes() + "\n"
                + "/* " + program.key().replace("*/", "* /") + " */\n"
                + "__kernel void " + name + "(" + sig + ") {\n"
                + "    long gid = get_global_id(0);\n"
                + "    if (gid >= n) return;\n"
                + body + "}\n";
        return new Generated(name, text, arrays, broadcast, scalars, params, err, ndim);
    }

    /** The #include lines of the scipy.special files the program's nodes call (none for plain NumPy programs). */
    private String specialIncludes() {
        java.util.Set<String> files = new java.util.TreeSet<>();
        for (ElementwiseProgram.Node n : program.nodes()) {
            if (n.kind() == ElementwiseProgram.Kind.CALL && SpecialKernelFiles.fileOf(n.function()) != null) {
                files.add(SpecialKernelFiles.fileOf(n.function()));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String f : files) {
            b.append("#include \"").append(f).append("\"\n");
        }
        return b.toString();
    }

    /** The OpenCL name of a scipy.special function (sp_NAME_f / sp_NAME_d), or null for the others. */
    private static String special(ElementwiseFunction f) {
        return SpecialKernelFiles.fileOf(f) == null ? null : "sp_" + f.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A scipy.special call: the double form (SciPy computes most float32 loops in double and rounds) where the
     * device has double precision, else the float form; the logistic family's float32 loops in float, as SciPy's.
     */
    private String specialCall(String fn, DType t, String[] a) {
        boolean inFloat = fn.equals("sp_expit") || fn.equals("sp_logit") || fn.equals("sp_log_expit");
        boolean wide = t == DType.FLOAT64 || (fp64 && !inFloat); // SciPy's logistic float32 loops stay in float
        StringBuilder b = new StringBuilder();
        if (wide && t != DType.FLOAT64) {
            b.append("(float) ");
        }
        b.append(fn).append(wide ? "_d(" : "_f(");
        for (int i = 0; i < a.length; i++) {
            b.append(i > 0 ? ", " : "").append(wide && t != DType.FLOAT64 ? "(double) " + a[i] : a[i]);
        }
        return b.append(')').toString();
    }

    /** ufunc_add_float32 for a one-node program of a leaf-only call, elementwise_program otherwise. */
    private String kernelName() {
        ElementwiseProgram.Node r = program.node(program.root());
        boolean single = r.kind() == ElementwiseProgram.Kind.CALL;
        for (int a : r.args()) {
            single &= program.node(a).kind() != ElementwiseProgram.Kind.CALL;
        }
        if (single) {
            return "ufunc_" + r.function().name().toLowerCase(Locale.ROOT) + "_" + r.inTypes().get(r.inTypes().size() - 1);
        }
        return "elementwise_program";
    }

    /** The C type a value of {@code t} has in a kernel (float for float16; float for float64 without fp64 never occurs). */
    private String valueType(DType t) {
        switch (t) {
            case BOOL: case UINT8: return "uchar";
            case INT8: return "char";
            case INT16: return "short";
            case UINT16: return "ushort";
            case INT32: return "int";
            case UINT32: return "uint";
            case INT64: return "long";
            case UINT64: return "ulong";
            case FLOAT16: case FLOAT32: return "float";
            case FLOAT64: return "double";
            case COMPLEX64: return "float2";
            case COMPLEX128: return "double2";
            default: throw new AssertionError(t);
        }
    }

    /** The type of a scalar leaf's value: a float64 constant on a device without fp64 is passed as float. */
    private DType scalarType(DType t) {
        if (!fp64 && t == DType.FLOAT64) {
            return DType.FLOAT32;
        }
        if (!fp64 && t == DType.COMPLEX128) {
            return DType.COMPLEX64;
        }
        return t;
    }

    private String realArg(DType t) {
        return (t == DType.FLOAT64 || t == DType.COMPLEX128) && fp64 ? "double" : "float";
    }

    private static String storageType(DType t) {
        return org.sciaccel.opencl.runtime.ClTypes.clType(t);
    }

    private String type(int node) {
        ElementwiseProgram.Node n = program.node(node);
        return n.kind() == ElementwiseProgram.Kind.SCALAR ? valueType(scalarType(n.type())) : valueType(n.type());
    }

    private DType dtype(int node) {
        ElementwiseProgram.Node n = program.node(node);
        return n.kind() == ElementwiseProgram.Kind.SCALAR ? scalarType(n.type()) : n.type();
    }

    private void node(int i, ElementwiseProgram.Node n) {
        String v = "v" + i;
        switch (n.kind()) {
            case ARRAY: {
                String off = layout[i] == Layout.CONTIGUOUS ? "gid" : layout[i] == Layout.SINGLE ? "0" : "o" + i;
                line(type(i) + " " + v + " = " + load(n.type(), "a" + n.operand(), off));
                return;
            }
            case SCALAR: {
                DType t = scalarType(n.type());
                String c = "c" + i;
                String value;
                if (t.isIntegral()) {
                    value = wrap(t, c);
                } else if (t.isComplex()) {
                    value = "(" + valueType(t) + ") (" + c + "r, " + c + "i)";
                } else {
                    value = t == DType.FLOAT16 ? "npm_half((float) " + c + ")" : "(" + valueType(t) + ") " + c;
                }
                line(type(i) + " " + v + " = " + value);
                return;
            }
            default:
                call(i, n);
        }
    }

    private void line(String s) {
        body.append("    ").append(s).append(";\n");
    }

    private static String load(DType t, String buffer, String off) {
        if (t == DType.FLOAT16) {
            return "vload_half(" + off + ", (__global const half*) " + buffer + ")";
        }
        if (t.isComplex()) {
            return "vload2(" + off + ", " + buffer + ")";
        }
        return buffer + "[" + off + "]";
    }

    private static String store(DType t, String v) {
        if (t == DType.FLOAT16) {
            return "vstore_half_rte(" + v + ", gid, (__global half*) out)";
        }
        if (t.isComplex()) {
            return "vstore2(" + v + ", gid, out)";
        }
        return "out[gid] = " + v;
    }

    /** A 64-bit (or promoted) integer expression narrowed to integer type {@code t} keeping the low bits. */
    private static String wrap(DType t, String e) {
        switch (t) {
            case BOOL: return "(uchar) ((" + e + ") != 0)";
            case INT8: return "as_char((uchar) (" + e + "))";
            case INT16: return "as_short((ushort) (" + e + "))";
            case INT32: return "as_int((uint) (" + e + "))";
            case INT64: return "as_long((ulong) (" + e + "))";
            case UINT8: return "(uchar) (" + e + ")";
            case UINT16: return "(ushort) (" + e + ")";
            case UINT32: return "(uint) (" + e + ")";
            case UINT64: return "(ulong) (" + e + ")";
            default: throw new AssertionError(t);
        }
    }

    /** The unsigned type integer arithmetic of {@code t} is done in (no signed overflow, no promotion to int). */
    private static String unsigned(DType t) {
        return t.itemSize() == 8 ? "ulong" : "uint";
    }

    private static String suffix(DType t) {
        switch (t) {
            case INT8: return "i8";
            case UINT8: return "u8";
            case INT16: return "i16";
            case UINT16: return "u16";
            case INT32: return "i32";
            case UINT32: return "u32";
            case INT64: return "i64";
            case UINT64: return "u64";
            case FLOAT16: case FLOAT32: return "f";
            case FLOAT64: return "d";
            case COMPLEX64: return "cf";
            case COMPLEX128: return "cd";
            default: throw new AssertionError(t);
        }
    }

    /** {@code e}, a value of {@code from}, converted to {@code to} as NumPy's astype (x86-64's C casts) does. */
    private String convert(String e, DType from, DType to) {
        if (from == to) {
            return e;
        }
        if (to == DType.BOOL) {
            return from.isComplex() ? "(uchar) ((" + e + ").x != 0 || (" + e + ").y != 0)" : "(uchar) ((" + e + ") != 0)";
        }
        if (from.isComplex()) {
            if (to.isComplex()) {
                return "convert_" + valueType(to) + "(" + e + ")";
            }
            return convert("(" + e + ").x", from == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64, to);
        }
        if (to.isComplex()) {
            String comp = to == DType.COMPLEX64 ? "float" : "double";
            DType compType = to == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
            return "(" + valueType(to) + ") (" + convert(e, from, compType) + ", (" + comp + ") 0)";
        }
        if (from.isIntegral()) {
            if (to.isIntegral()) {
                return wrap(to, e);
            }
            if (to == DType.FLOAT16) {
                return "npm_half((float) (" + e + "))";
            }
            return "(" + valueType(to) + ") (" + e + ")";
        }
        // from a real float (float16 values are floats)
        if (to.isIntegral()) {
            String s = from == DType.FLOAT64 ? "d" : "f";
            if (to == DType.UINT64) {
                return "npm_to_u64_" + s + "(" + e + ")";
            }
            if (to == DType.INT64 || to == DType.UINT32) {
                return wrap(to, "npm_trunc64_" + s + "(" + e + ")");
            }
            return wrap(to, "npm_trunc32_" + s + "(" + e + ")");
        }
        if (to == DType.FLOAT16) {
            return from == DType.FLOAT64 ? "npm_half_of_double(" + e + ")" : "npm_half(" + e + ")";
        }
        return "(" + valueType(to) + ") (" + e + ")";
    }

    private void call(int i, ElementwiseProgram.Node n) {
        ElementwiseFunction f = n.function();
        List<DType> in = n.inTypes();
        String[] a = new String[in.size()];
        for (int j = 0; j < a.length; j++) {
            int arg = n.arg(j);
            a[j] = convert("v" + arg, dtype(arg), in.get(j));
            if (!a[j].equals("v" + arg)) {
                String tmp = "v" + i + "_" + j;
                line(valueType(in.get(j)) + " " + tmp + " = " + a[j]);
                a[j] = tmp;
            }
        }
        DType out = n.type();
        String v = "v" + i;
        if (f == ElementwiseFunction.CAST) {
            line(valueType(out) + " " + v + " = " + convert(a[0], in.get(0), out));
            return;
        }
        if (f == ElementwiseFunction.WHERE) {
            line(valueType(out) + " " + v + " = " + a[0] + " ? " + a[1] + " : " + a[2]);
            return;
        }
        DType t = in.get(0);
        String e;
        if (t.isIntegral()) {
            e = integer(f, t, out, a, i);
        } else if (t.isComplex()) {
            e = complex(f, t, a, i);
        } else {
            e = real(f, t, a, i);
            if (out == DType.FLOAT16) {
                e = "npm_half(" + e + ")";
            }
        }
        line(valueType(out) + " " + v + " = " + e);
    }

    private String integer(ElementwiseFunction f, DType t, DType out, String[] a, int node) {
        String x = a[0];
        String y = a.length > 1 ? a[1] : null;
        String u = unsigned(t);
        boolean signed = t.kind() == DType.Kind.SIGNED;
        int width = 8 * t.itemSize();
        String ct = valueType(t);
        switch (f) {
            case ADD: return wrap(out, "(" + u + ") " + x + " + (" + u + ") " + y);
            case SUBTRACT: return wrap(out, "(" + u + ") " + x + " - (" + u + ") " + y);
            case MULTIPLY: return wrap(out, "(" + u + ") " + x + " * (" + u + ") " + y);
            case FLOOR_DIVIDE: return "npm_floordiv_" + suffix(t) + "(" + x + ", " + y + ")";
            case REMAINDER: return "npm_rem_" + suffix(t) + "(" + x + ", " + y + ")";
            case POWER:
                if (signed) {
                    line("if (" + y + " < 0) npm_error[0] = 1");
                }
                return wrap(out, "npm_ipow((ulong) " + x + ", (ulong) " + y + ")");
            case NEGATIVE: return wrap(out, "(" + u + ") 0 - (" + u + ") " + x);
            case POSITIVE: case CONJUGATE: case REAL: case NAN_TO_NUM: return x;
            case IMAG: return "(" + ct + ") 0";
            case ABSOLUTE: return signed ? wrap(out, x + " < 0 ? (" + u + ") 0 - (" + u + ") " + x + " : (" + u + ") " + x) : x;
            case SIGN: return signed ? "(" + ct + ") (" + x + " > 0 ? 1 : (" + x + " < 0 ? -1 : 0))" : "(" + ct + ") (" + x + " != 0)";
            case SQUARE: return wrap(out, "(" + u + ") " + x + " * (" + u + ") " + x);
            case RECIPROCAL: {
                // C's conversion of 1.0 / x: exact for |x| <= 1; x == 0 gives what x86-64 makes of inf
                String zero = t == DType.INT32 ? "INT_MIN" : t == DType.INT64 ? "LONG_MIN" : "0";
                return "(" + ct + ") (" + x + " == 0 ? " + zero + " : (" + x + " == 1 ? 1 : " + (signed ? "(" + x + " == -1 ? -1 : 0)" : "0") + "))";
            }
            case MAXIMUM: case FMAX: return "(" + x + " >= " + y + " ? " + x + " : " + y + ")";
            case MINIMUM: case FMIN: return "(" + x + " <= " + y + " ? " + x + " : " + y + ")";
            case CLIP: {
                String m = "m" + node;
                line(ct + " " + m + " = " + x + " > " + a[1] + " ? " + x + " : " + a[1]);
                return "(" + m + " < " + a[2] + " ? " + m + " : " + a[2] + ")";
            }
            case ISNAN: case ISINF: return "(uchar) 0";
            case ISFINITE: return "(uchar) 1";
            case EQUAL: return "(uchar) (" + x + " == " + y + ")";
            case NOT_EQUAL: return "(uchar) (" + x + " != " + y + ")";
            case LESS: return "(uchar) (" + x + " < " + y + ")";
            case LESS_EQUAL: return "(uchar) (" + x + " <= " + y + ")";
            case GREATER: return "(uchar) (" + x + " > " + y + ")";
            case GREATER_EQUAL: return "(uchar) (" + x + " >= " + y + ")";
            case LOGICAL_AND: return "(uchar) (" + x + " != 0 && " + y + " != 0)";
            case LOGICAL_OR: return "(uchar) (" + x + " != 0 || " + y + " != 0)";
            case LOGICAL_XOR: return "(uchar) ((" + x + " != 0) != (" + y + " != 0))";
            case LOGICAL_NOT: return "(uchar) (" + x + " == 0)";
            case BITWISE_AND: return wrap(out, "(" + u + ") " + x + " & (" + u + ") " + y);
            case BITWISE_OR: return wrap(out, "(" + u + ") " + x + " | (" + u + ") " + y);
            case BITWISE_XOR: return wrap(out, "(" + u + ") " + x + " ^ (" + u + ") " + y);
            case INVERT: return t == DType.BOOL ? "(uchar) (" + x + " ^ 1)" : wrap(out, "~(" + u + ") " + x);
            case LEFT_SHIFT:
                return "((ulong) " + y + " < " + width + "UL ? " + wrap(out, "(" + u + ") " + x + " << " + y) + " : (" + ct + ") 0)";
            case RIGHT_SHIFT:
                if (signed) {
                    return "((ulong) " + y + " < " + width + "UL ? (" + ct + ") (" + x + " >> " + y + ") : (" + ct + ") ("
                            + x + " < 0 ? -1 : 0))";
                }
                return "((ulong) " + y + " < " + width + "UL ? (" + ct + ") (" + x + " >> " + y + ") : (" + ct + ") 0)";
            default:
                throw new IllegalArgumentException(f + " has no integer loop for " + t);
        }
    }

    private String real(ElementwiseFunction f, DType t, String[] a, int node) {
        String x = a[0];
        String y = a.length > 1 ? a[1] : null;
        String s = suffix(t);
        String r = valueType(t);
        String sp = special(f);
        if (sp != null) {
            return specialCall(sp, t, a);
        }
        switch (f) {
            case ADD: return x + " + " + y;
            case SUBTRACT: return x + " - " + y;
            case MULTIPLY: return x + " * " + y;
            case DIVIDE: return x + " / " + y;
            case FLOOR_DIVIDE: return "npm_floordiv_" + s + "(" + x + ", " + y + ")";
            case REMAINDER: return "npm_rem_" + s + "(" + x + ", " + y + ")";
            case POWER: return "pow(" + x + ", " + y + ")";
            case NEGATIVE: return "-" + x;
            case POSITIVE: case CONJUGATE: case REAL: return x;
            case IMAG: return "(" + r + ") 0";
            case ABSOLUTE: return "fabs(" + x + ")";
            case SIGN: return "npm_sign_" + s + "(" + x + ")";
            case SQRT: return "sqrt(" + x + ")";
            case CBRT: return "cbrt(" + x + ")";
            case SQUARE: return x + " * " + x;
            case RECIPROCAL: return "(" + r + ") 1 / " + x;
            case EXP: return "exp(" + x + ")";
            case EXP2: return "exp2(" + x + ")";
            case EXPM1: return "expm1(" + x + ")";
            case LOG: return "log(" + x + ")";
            case LOG2: return "log2(" + x + ")";
            case LOG10: return "log10(" + x + ")";
            case LOG1P: return "log1p(" + x + ")";
            case SIN: return "sin(" + x + ")";
            case COS: return "cos(" + x + ")";
            case TAN: return "tan(" + x + ")";
            case ARCSIN: return "asin(" + x + ")";
            case ARCCOS: return "acos(" + x + ")";
            case ARCTAN: return "atan(" + x + ")";
            case ARCTAN2: return "atan2(" + x + ", " + y + ")";
            case SINH: return "sinh(" + x + ")";
            case COSH: return "cosh(" + x + ")";
            case TANH: return "tanh(" + x + ")";
            case ARCSINH: return "asinh(" + x + ")";
            case ARCCOSH: return "acosh(" + x + ")";
            case ARCTANH: return "atanh(" + x + ")";
            case HYPOT: return "hypot(" + x + ", " + y + ")";
            case DEG2RAD: return x + " * (" + r + ") " + literal(Math.PI / 180.0, t);
            case RAD2DEG: return x + " * (" + r + ") " + literal(180.0 / Math.PI, t);
            case FLOOR: return "floor(" + x + ")";
            case CEIL: return "ceil(" + x + ")";
            case TRUNC: return "trunc(" + x + ")";
            case RINT: return "rint(" + x + ")";
            case CLIP: return "npm_clip_" + s + "(" + x + ", " + a[1] + ", " + a[2] + ")";
            case MAXIMUM: return "((" + x + " >= " + y + " || isnan(" + x + ")) ? " + x + " : " + y + ")";
            case MINIMUM: return "((" + x + " <= " + y + " || isnan(" + x + ")) ? " + x + " : " + y + ")";
            case FMAX: return "((" + x + " >= " + y + " || isnan(" + y + ")) ? " + x + " : " + y + ")";
            case FMIN: return "((" + x + " <= " + y + " || isnan(" + y + ")) ? " + x + " : " + y + ")";
            case ISNAN: return "(uchar) isnan(" + x + ")";
            case ISINF: return "(uchar) isinf(" + x + ")";
            case ISFINITE: return "(uchar) isfinite(" + x + ")";
            case EQUAL: return "(uchar) (" + x + " == " + y + ")";
            case NOT_EQUAL: return "(uchar) (" + x + " != " + y + ")";
            case LESS: return "(uchar) (" + x + " < " + y + ")";
            case LESS_EQUAL: return "(uchar) (" + x + " <= " + y + ")";
            case GREATER: return "(uchar) (" + x + " > " + y + ")";
            case GREATER_EQUAL: return "(uchar) (" + x + " >= " + y + ")";
            case LOGICAL_AND: return "(uchar) (" + x + " != 0 && " + y + " != 0)";
            case LOGICAL_OR: return "(uchar) (" + x + " != 0 || " + y + " != 0)";
            case LOGICAL_XOR: return "(uchar) ((" + x + " != 0) != (" + y + " != 0))";
            case LOGICAL_NOT: return "(uchar) (" + x + " == 0)";
            case NAN_TO_NUM: {
                String p = "p" + node + "_";
                return "(isnan(" + x + ") ? (" + r + ") " + p + "0 : (isinf(" + x + ") ? (" + x + " > 0 ? (" + r + ") " + p
                        + "1 : (" + r + ") " + p + "2) : " + x + "))";
            }
            default:
                throw new IllegalArgumentException(f + " has no real loop for " + t);
        }
    }

    private String complex(ElementwiseFunction f, DType t, String[] a, int node) {
        String x = a[0];
        String y = a.length > 1 ? a[1] : null;
        String s = suffix(t);
        String c = valueType(t);
        String r = t == DType.COMPLEX64 ? "float" : "double";
        if (f == ElementwiseFunction.LAMBERTW) { // scipy.special part ellip: complex128 z, float64 k and tol
            return "sp_lambertw_" + (fp64 ? "d" : "f") + "(" + x + ", " + a[1] + ", " + a[2] + ")";
        }
        if (f == ElementwiseFunction.EXPI || f == ElementwiseFunction.EXP1 || f == ElementwiseFunction.SICI_SI
                || f == ElementwiseFunction.SICI_CI) { // part ellip: complex64 computed in complex128 (as SciPy's loop)
            String fn = special(f) + "_c";
            if (!fp64) {
                return fn + "f(" + x + ")";
            }
            return t == DType.COMPLEX64 ? "convert_float2(" + fn + "d(convert_double2(" + x + ")))" : fn + "d(" + x + ")";
        }
        switch (f) {
            case ADD: return x + " + " + y;
            case SUBTRACT: return x + " - " + y;
            case MULTIPLY: return "npm_cmul_" + s + "(" + x + ", " + y + ")";
            case DIVIDE: return "npm_cdiv_" + s + "(" + x + ", " + y + ")";
            case POWER: return "npm_cpow_" + s + "(" + x + ", " + y + ")";
            case NEGATIVE: return "-" + x;
            case POSITIVE: return x;
            case CONJUGATE: return "(" + c + ") (" + x + ".x, -" + x + ".y)";
            case REAL: return x + ".x";
            case IMAG: return x + ".y";
            case ABSOLUTE: return "npm_cabs_" + s + "(" + x + ")";
            case SIGN: return "npm_csign_" + s + "(" + x + ")";
            case SQRT: return "npm_csqrt_" + s + "(" + x + ")";
            case SQUARE: return "npm_cmul_" + s + "(" + x + ", " + x + ")";
            case RECIPROCAL: return "npm_crecip_" + s + "(" + x + ")";
            case EXP: return "npm_cexp_" + s + "(" + x + ")";
            case EXP2: return "npm_cexp2_" + s + "(" + x + ")";
            case EXPM1: return "npm_cexpm1_" + s + "(" + x + ")";
            case LOG: return "npm_clog_" + s + "(" + x + ")";
            case LOG2: return "npm_clog2_" + s + "(" + x + ")";
            case LOG10: return "npm_clog10_" + s + "(" + x + ")";
            case LOG1P: return "npm_clog1p_" + s + "(" + x + ")";
            case SIN: return "npm_csin_" + s + "(" + x + ")";
            case COS: return "npm_ccos_" + s + "(" + x + ")";
            case TAN: return "npm_ctan_" + s + "(" + x + ")";
            case ARCSIN: return "npm_casin_" + s + "(" + x + ")";
            case ARCCOS: return "npm_cacos_" + s + "(" + x + ")";
            case ARCTAN: return "npm_catan_" + s + "(" + x + ")";
            case SINH: return "npm_csinh_" + s + "(" + x + ")";
            case COSH: return "npm_ccosh_" + s + "(" + x + ")";
            case TANH: return "npm_ctanh_" + s + "(" + x + ")";
            case ARCSINH: return "npm_casinh_" + s + "(" + x + ")";
            case ARCCOSH: return "npm_cacosh_" + s + "(" + x + ")";
            case ARCTANH: return "npm_catanh_" + s + "(" + x + ")";
            case RINT: return "rint(" + x + ")";
            case MAXIMUM: return "npm_cmax_" + s + "(" + x + ", " + y + ")";
            case MINIMUM: return "npm_cmin_" + s + "(" + x + ", " + y + ")";
            case FMAX: return "npm_cfmax_" + s + "(" + x + ", " + y + ")";
            case FMIN: return "npm_cfmin_" + s + "(" + x + ", " + y + ")";
            case CLIP: return "npm_cclip_" + s + "(" + x + ", " + a[1] + ", " + a[2] + ")";
            case ISNAN: return "(uchar) npm_cnan_" + s + "(" + x + ")";
            case ISINF: return "(uchar) (isinf(" + x + ".x) || isinf(" + x + ".y))";
            case ISFINITE: return "(uchar) (isfinite(" + x + ".x) && isfinite(" + x + ".y))";
            case EQUAL: return "(uchar) (" + x + ".x == " + y + ".x && " + x + ".y == " + y + ".y)";
            case NOT_EQUAL: return "(uchar) (" + x + ".x != " + y + ".x || " + x + ".y != " + y + ".y)";
            case LESS: return "(uchar) npm_clt_" + s + "(" + x + ", " + y + ")";
            case LESS_EQUAL: return "(uchar) npm_cle_" + s + "(" + x + ", " + y + ")";
            case GREATER: return "(uchar) npm_cgt_" + s + "(" + x + ", " + y + ")";
            case GREATER_EQUAL: return "(uchar) npm_cge_" + s + "(" + x + ", " + y + ")";
            case LOGICAL_AND: return "(uchar) (npm_ctrue_" + s + "(" + x + ") && npm_ctrue_" + s + "(" + y + "))";
            case LOGICAL_OR: return "(uchar) (npm_ctrue_" + s + "(" + x + ") || npm_ctrue_" + s + "(" + y + "))";
            case LOGICAL_XOR: return "(uchar) (npm_ctrue_" + s + "(" + x + ") != npm_ctrue_" + s + "(" + y + "))";
            case LOGICAL_NOT: return "(uchar) !npm_ctrue_" + s + "(" + x + ")";
            case NAN_TO_NUM: {
                String p = "p" + node + "_";
                String part = "(isnan(%1$s) ? (" + r + ") " + p + "0 : (isinf(%1$s) ? (%1$s > 0 ? (" + r + ") " + p + "1 : ("
                        + r + ") " + p + "2) : %1$s))";
                return "(" + c + ") (" + String.format(part, x + ".x") + ", " + String.format(part, x + ".y") + ")";
            }
            default:
                throw new IllegalArgumentException(f + " has no complex loop for " + t);
        }
    }

    /** A real constant spelt for type {@code t} (a float literal rounds once, as NumPy's float constants). */
    private static String literal(double v, DType t) {
        if (t == DType.FLOAT64) {
            return Double.toString(v);
        }
        return Float.toString((float) v) + "f";
    }
}
