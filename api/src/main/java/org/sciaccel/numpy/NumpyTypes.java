package org.sciaccel.numpy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;

/**
 * NumPy 1.24's type resolution, written once for every op and both backends: {@code np.result_type},
 * {@code np.promote_types}, {@code np.can_cast(..., 'safe')}, {@code np.min_scalar_type}, and which inner
 * loop ({@link UfuncLoop}) a ufunc runs for given operands. Checked against the real NumPy by an
 * exhaustive table ({@code NumpyTypesTableTest}: every implemented ufunc with every pair of dtypes, arrays
 * with Python and NumPy scalars of many values, scalars with scalars).
 *
 * <p>NumPy 1.24 still casts by value ("value-based casting", before NEP 50): a 0-d operand (a Python
 * scalar, a NumPy scalar, a 0-d array) mixed with n-d arrays counts by the smallest type that holds its
 * value, provided its category is not above theirs, the categories being bool, integer (signed and
 * unsigned) and inexact (float and complex together). So {@code uint8_array + 300} is uint16,
 * {@code int8_array + 5} int8, {@code float32_array + 1.0} float32, {@code float32_array + 1j} complex64,
 * but {@code int8_array + 1.5} float64. A positive integer that fits the signed type of its size is "small
 * unsigned" and then counts as signed against a signed type. When every operand is 0-d, plain type
 * promotion applies. A Java {@code long}, {@code double}, {@code boolean} or complex operand is a Python
 * scalar: the 0-d array NumPy makes of it (int64, float64, bool, complex128) with its value.
 *
 * <p>Ufunc loops come from NumPy's own loop lists ({@code ufunc.types}, generated into a resource by
 * {@code tools/generate_ufunc_tables.py}); the choice among them follows NumPy's type resolvers: the
 * arithmetic and min/max ufuncs take the result type of the operands (add, subtract, multiply, maximum,
 * minimum, fmax, fmin, clip, sign, positive, negative), the comparisons and logical and/or/xor compare in
 * the result type, divide (true_divide) of integers runs in float64, and every other ufunc takes the first loop
 * its operands cast to safely (by value for scalars), raising NumPy's {@code TypeError} when none does.
 */
public final class NumpyTypes {
    /** The ufuncs that take the result type of their operands (SimpleUniformOperationTypeResolver and kin). */
    private static final Set<String> UNIFORM = Set.of("add", "subtract", "multiply", "maximum", "minimum", "fmax",
            "fmin", "clip", "sign", "positive", "negative");
    /** The ufuncs that compute in the result type and answer bool (SimpleBinaryComparisonTypeResolver). */
    private static final Set<String> COMPARISON = Set.of("equal", "not_equal", "less", "less_equal", "greater",
            "greater_equal", "logical_and", "logical_or", "logical_xor");
    private static final String SAFE_SUFFIX = ", and the inputs could not be safely coerced to any supported types"
            + " according to the casting rule ''safe''";

    private NumpyTypes() {
    }

    // ---- operands ----

    /**
     * What type resolution knows of one operand: its dtype, whether it is 0-d (a scalar, which NumPy 1.24
     * casts by value), and for a scalar its value, possibly read only when the answer depends on it
     * ({@link #lazyScalar}), so that a 0-d array on a device is read back only where NumPy's answer needs
     * its value.
     */
    public static final class Operand {
        private final DType dtype;
        private final boolean scalar;
        private final long bits;
        private final double re;
        private final double im;
        private final Supplier<Operand> reader;
        private volatile Operand read;

        private Operand(DType dtype, boolean scalar, long bits, double re, double im, Supplier<Operand> reader) {
            this.dtype = Objects.requireNonNull(dtype, "dtype");
            this.scalar = scalar;
            this.bits = bits;
            this.re = re;
            this.im = im;
            this.reader = reader;
        }

        /** An array of at least one dimension (its values never matter). */
        public static Operand array(DType dtype) {
            return new Operand(dtype, false, 0, 0, 0, null);
        }

        /** A Python int: int64 with this value. */
        public static Operand of(long value) {
            return new Operand(DType.INT64, true, value, value, 0, null);
        }

        /** A Python float: float64 with this value. */
        public static Operand of(double value) {
            return new Operand(DType.FLOAT64, true, 0, value, 0, null);
        }

        /** A Python bool. */
        public static Operand of(boolean value) {
            return new Operand(DType.BOOL, true, value ? 1 : 0, value ? 1 : 0, 0, null);
        }

        /** A Python complex: complex128 with these parts. */
        public static Operand ofComplex(double real, double imag) {
            return new Operand(DType.COMPLEX128, true, 0, real, imag, null);
        }

        /**
         * A 0-d operand of an integer dtype (bool included) holding {@code bits}: the value sign-extended
         * for signed types, zero-extended for unsigned ones, uint64's bits as they are.
         */
        public static Operand integerScalar(DType dtype, long bits) {
            if (!dtype.isIntegral()) {
                throw new IllegalArgumentException("integerScalar: dtype " + dtype + " is not an integer type");
            }
            double v = dtype == DType.UINT64 ? Casting.unsignedToDouble(bits) : bits;
            return new Operand(dtype, true, bits, v, 0, null);
        }

        /** A 0-d operand of a float or complex dtype with these parts (imag 0 for real dtypes). */
        public static Operand inexactScalar(DType dtype, double real, double imag) {
            if (dtype.isIntegral()) {
                throw new IllegalArgumentException("inexactScalar: dtype " + dtype + " is an integer type");
            }
            return new Operand(dtype, true, 0, real, dtype.isComplex() ? imag : 0, null);
        }

        /**
         * A 0-d operand whose value {@code reader} gives (an {@link #integerScalar} or {@link #inexactScalar}
         * of the same dtype) when, and only when, type resolution needs it.
         */
        public static Operand lazyScalar(DType dtype, Supplier<Operand> reader) {
            return new Operand(dtype, true, 0, 0, 0, Objects.requireNonNull(reader, "reader"));
        }

        /** An array operand: 0-d arrays are scalars whose value is read from the backend only if it matters. */
        public static Operand of(NDArray a) {
            if (a.ndim() > 0) {
                return array(a.dtype());
            }
            return lazyScalar(a.dtype(), () -> valueOf(a));
        }

        static Operand valueOf(NDArray a) {
            org.sciaccel.HostArray h = a.toHost();
            DType t = a.dtype();
            if (t.isComplex()) {
                double r = t == DType.COMPLEX64 ? ((float[]) h.data())[0] : ((double[]) h.data())[0];
                double i = t == DType.COMPLEX64 ? ((float[]) h.data())[1] : ((double[]) h.data())[1];
                return inexactScalar(t, r, i);
            }
            return t.isIntegral() ? integerScalar(t, h.getLong(0)) : inexactScalar(t, h.getDouble(0), 0);
        }

        public DType dtype() {
            return dtype;
        }

        /** Whether the operand is 0-d (NumPy 1.24 casts it by value against arrays). */
        public boolean isScalar() {
            return scalar;
        }

        /** Whether the value is known without reading it. */
        boolean hasValue() {
            return !scalar || reader == null || read != null;
        }

        /** The operand with its value (reading it if needed). */
        Operand withValue() {
            if (reader == null) {
                return this;
            }
            Operand r = read;
            if (r == null) {
                r = reader.get();
                if (r.dtype != dtype || !r.scalar || r.reader != null) {
                    throw new IllegalStateException("the value read for a " + dtype + " scalar is " + r);
                }
                read = r;
            }
            return r;
        }

        /** Integer value (bits for uint64) of an integer scalar. */
        long bits() {
            return withValue().bits;
        }

        double real() {
            return withValue().re;
        }

        double imag() {
            return withValue().im;
        }

        @Override
        public String toString() {
            if (!scalar) {
                return dtype.numpyName();
            }
            if (!hasValue()) {
                return dtype.numpyName() + " scalar";
            }
            Operand v = withValue();
            String value;
            if (dtype == DType.BOOL) {
                value = v.bits != 0 ? "True" : "False";
            } else if (dtype == DType.UINT64) {
                value = Long.toUnsignedString(v.bits);
            } else if (dtype.isIntegral()) {
                value = Long.toString(v.bits);
            } else if (dtype.isComplex()) {
                value = "(" + v.re + (v.im < 0 || Double.isNaN(v.im) ? "" : "+") + v.im + "j)";
            } else {
                value = Double.toString(v.re);
            }
            return dtype.numpyName() + " scalar " + value;
        }
    }

    // ---- the casting rules ----

    /** {@code np.promote_types(a, b)}. */
    public static DType promoteTypes(DType a, DType b) {
        return Casting.promoteTypes(a, b);
    }

    /** {@code np.can_cast(from, to, casting='safe')}: every value of {@code from} is held exactly (or as NumPy deems safe) by {@code to}. */
    public static boolean canCastSafely(DType from, DType to) {
        if (from == to || from == DType.BOOL) {
            return true;
        }
        switch (from.kind()) {
            case UNSIGNED:
                switch (to.kind()) {
                    case UNSIGNED: return to.itemSize() >= from.itemSize();
                    case SIGNED: return to.itemSize() > from.itemSize();
                    case FLOAT: return floatBitsFor(from) <= 8 * to.itemSize();
                    case COMPLEX: return floatBitsFor(from) <= 4 * to.itemSize();
                    default: return false;
                }
            case SIGNED:
                switch (to.kind()) {
                    case SIGNED: return to.itemSize() >= from.itemSize();
                    case FLOAT: return floatBitsFor(from) <= 8 * to.itemSize();
                    case COMPLEX: return floatBitsFor(from) <= 4 * to.itemSize();
                    default: return false;
                }
            case FLOAT:
                return (to.kind() == DType.Kind.FLOAT && to.itemSize() >= from.itemSize())
                        || (to.kind() == DType.Kind.COMPLEX && to.itemSize() >= 2 * from.itemSize());
            case COMPLEX:
                return to.kind() == DType.Kind.COMPLEX && to.itemSize() >= from.itemSize();
            default:
                return false;
        }
    }

    /** Bits of the smallest float NumPy deems to hold an integer type safely (int64 and uint64: float64). */
    private static int floatBitsFor(DType integer) {
        switch (integer.itemSize()) {
            case 1: return 16;
            case 2: return 32;
            default: return 64;
        }
    }

    /** {@code np.min_scalar_type}: the smallest dtype that holds a scalar's value ({@code dtype} itself for an array). */
    public static DType minScalarType(Operand o) {
        return o.isScalar() ? minScalar(o).type : o.dtype();
    }

    /** The result of NumPy's min_scalar_type_num: the type and whether it is a "small unsigned" integer. */
    private record MinType(DType type, boolean smallUnsigned) {
    }

    private static MinType minScalar(Operand o) {
        DType t = o.dtype();
        switch (t.kind()) {
            case BOOL:
                return new MinType(DType.BOOL, false);
            case UNSIGNED:
                return minUnsigned(o.bits());
            case SIGNED: {
                long v = o.bits();
                if (v >= 0) {
                    return minUnsigned(v);
                }
                DType s = v >= Byte.MIN_VALUE ? DType.INT8 : v >= Short.MIN_VALUE ? DType.INT16
                        : v >= Integer.MIN_VALUE ? DType.INT32 : DType.INT64;
                return new MinType(narrowest(s, t), false);
            }
            case FLOAT: {
                if (t == DType.FLOAT16) {
                    return new MinType(t, false);
                }
                double v = o.real();
                if ((v > -65000 && v < 65000) || !Double.isFinite(v)) {
                    return new MinType(DType.FLOAT16, false);
                }
                if (t == DType.FLOAT64 && v > -3.4e38 && v < 3.4e38) {
                    return new MinType(DType.FLOAT32, false);
                }
                return new MinType(t, false);
            }
            case COMPLEX: {
                if (t == DType.COMPLEX64) {
                    return new MinType(t, false);
                }
                double r = o.real();
                double i = o.imag();
                boolean half = ((r > -65000 && r < 65000) || !Double.isFinite(r))
                        && ((i > -65000 && i < 65000) || !Double.isFinite(i));
                boolean single = r > -3.4e38 && r < 3.4e38 && i > -3.4e38 && i < 3.4e38;
                return new MinType(half || single ? DType.COMPLEX64 : t, false);
            }
            default:
                throw new AssertionError(t);
        }
    }

    private static DType narrowest(DType a, DType b) {
        return a.itemSize() <= b.itemSize() ? a : b;
    }

    /** The smallest unsigned type of a non-negative value (uint64 bits read unsigned), and whether it is small. */
    private static MinType minUnsigned(long v) {
        if (Long.compareUnsigned(v, 0xFFL) <= 0) {
            return new MinType(DType.UINT8, v <= Byte.MAX_VALUE);
        }
        if (Long.compareUnsigned(v, 0xFFFFL) <= 0) {
            return new MinType(DType.UINT16, v <= Short.MAX_VALUE);
        }
        if (Long.compareUnsigned(v, 0xFFFF_FFFFL) <= 0) {
            return new MinType(DType.UINT32, v <= Integer.MAX_VALUE);
        }
        return new MinType(DType.UINT64, v >= 0);
    }

    private static DType unsignedToSigned(DType t) {
        switch (t) {
            case UINT8: return DType.INT8;
            case UINT16: return DType.INT16;
            case UINT32: return DType.INT32;
            case UINT64: return DType.INT64;
            default: return t;
        }
    }

    /** NumPy's can_cast_scalar_to: a 0-d operand casts safely when its type does, or when its value's smallest type does. */
    private static boolean canCastScalar(Operand o, DType to) {
        if (o.dtype() == to || canCastSafely(o.dtype(), to)) {
            return true;
        }
        MinType m = minScalar(o);
        DType t = m.smallUnsigned && to.kind() != DType.Kind.UNSIGNED ? unsignedToSigned(m.type) : m.type;
        return canCastSafely(t, to);
    }

    /** NumPy's ordering of kinds for value-based casting: bool 0, integers 1, inexact (float and complex) 2. */
    private static int category(DType t) {
        switch (t.kind()) {
            case BOOL: return 0;
            case UNSIGNED: case SIGNED: return 1;
            default: return 2;
        }
    }

    /**
     * NumPy's should_use_min_scalar: scalars count by value when some operand is an array and no scalar's
     * category is above every array's.
     */
    static boolean useMinScalar(List<Operand> ops) {
        int maxScalar = -1;
        int maxArray = -1;
        boolean allScalars = true;
        for (Operand o : ops) {
            int c = category(o.dtype());
            if (o.isScalar()) {
                maxScalar = Math.max(maxScalar, c);
            } else {
                maxArray = Math.max(maxArray, c);
                allScalars = false;
            }
        }
        return !allScalars && maxArray >= maxScalar;
    }

    // ---- result_type ----

    /** {@code np.result_type(*operands)} of NumPy 1.24 (value-based for scalars mixed with arrays). */
    public static DType resultType(Operand... operands) {
        List<Operand> ops = List.of(operands);
        if (ops.isEmpty()) {
            throw new IllegalArgumentException("result_type: at least one operand is needed");
        }
        return valueIndependent(ops, NumpyTypes::legacyResultType);
    }

    /** The result type of arrays and Java scalars as given ({@link Operand#of(NDArray)} for each array). */
    public static DType resultType(List<Operand> operands) {
        return resultType(operands.toArray(new Operand[0]));
    }

    private static DType legacyResultType(List<Operand> ops) {
        if (ops.size() == 1) {
            return ops.get(0).dtype();
        }
        boolean anyScalar = false;
        for (Operand o : ops) {
            anyScalar |= o.isScalar();
        }
        // PyArray_ResultType: the legacy value-based promotion only where a scalar is mixed with arrays.
        if (!anyScalar || !useMinScalar(ops)) {
            List<DType> types = new ArrayList<>();
            for (Operand o : ops) {
                types.add(o.dtype());
            }
            return promoteSequence(types);
        }
        DType ret = null;
        boolean retSmall = false;
        for (Operand o : ops) {
            MinType m = o.isScalar() ? minScalar(o) : new MinType(o.dtype(), false);
            if (ret == null) {
                ret = m.type;
                retSmall = m.smallUnsigned;
            } else {
                ret = promoteSmall(m.type, ret, m.smallUnsigned, retSmall);
                retSmall = m.smallUnsigned && retSmall;
            }
        }
        return ret;
    }

    /**
     * NumPy 1.24's PyArray_PromoteDTypeSequence for its built-in types: not a left fold (uint16, int16 and
     * float16 give float32, where promoting uint16 with int16 first would give int32 and then float64), but the
     * promotion of the "most knowledgeable" type, the one of the highest NumPy type number, with each of the
     * others, combined.
     */
    static DType promoteSequence(List<DType> types) {
        DType main = types.get(0);
        for (DType t : types) {
            if (typeNumber(t) > typeNumber(main)) {
                main = t;
            }
        }
        DType result = null;
        for (DType t : types) {
            if (t == main) {
                continue;
            }
            DType p = promoteTypes(main, t);
            result = result == null ? p : promoteTypes(result, p);
        }
        return result == null ? main : result;
    }

    /** NumPy's type number on Linux x86-64 (int64 is NPY_LONG): the order of "knowledge" in promotion. */
    private static int typeNumber(DType t) {
        switch (t) {
            case BOOL: return 0;
            case INT8: return 1;
            case UINT8: return 2;
            case INT16: return 3;
            case UINT16: return 4;
            case INT32: return 5;
            case UINT32: return 6;
            case INT64: return 7;
            case UINT64: return 8;
            case FLOAT32: return 11;
            case FLOAT64: return 12;
            case COMPLEX64: return 14;
            case COMPLEX128: return 15;
            case FLOAT16: return 23;
            default: throw new AssertionError(t);
        }
    }

    /** NumPy's promote_types with the "small unsigned" flags: a small unsigned meets a signed type as signed. */
    private static DType promoteSmall(DType a, DType b, boolean smallA, boolean smallB) {
        if (smallA && b.kind() != DType.Kind.BOOL && b.kind() != DType.Kind.UNSIGNED) {
            return promoteTypes(unsignedToSigned(a), b);
        }
        if (smallB && a.kind() != DType.Kind.BOOL && a.kind() != DType.Kind.UNSIGNED) {
            return promoteTypes(a, unsignedToSigned(b));
        }
        return promoteTypes(a, b);
    }

    // ---- ufunc loops ----

    /** Whether NumPy has a ufunc of this name or alias ({@code divide} and {@code true_divide}, {@code conj}, {@code abs}, ...). */
    public static boolean isUfunc(String ufunc) {
        return UfuncLoops.get(ufunc) != null;
    }

    /** NumPy's loop list of a ufunc ({@code np.<ufunc>.types}), over sciaccel's dtypes. */
    public static List<UfuncLoop> loops(String ufunc) {
        return entry(ufunc).loops();
    }

    /**
     * The loop NumPy 1.24 runs for {@code ufunc} on these operands.
     *
     * @throws SciPyArgumentException (NumPy raises {@code TypeError}) with NumPy's message and the operands'
     *         dtypes where NumPy has no loop for them
     */
    public static UfuncLoop resolve(String ufunc, Operand... operands) {
        UfuncLoops.Entry e = entry(ufunc);
        List<Operand> ops = List.of(operands);
        if (ops.size() != e.nin()) {
            throw new IllegalArgumentException("ufunc '" + ufunc + "' takes " + e.nin() + " operand"
                    + (e.nin() == 1 ? "" : "s") + ", got " + ops.size());
        }
        return valueIndependent(ops, o -> resolveWithValues(e, o));
    }

    /** {@link #resolve(String, Operand...)} for a list of operands. */
    public static UfuncLoop resolve(String ufunc, List<Operand> operands) {
        return resolve(ufunc, operands.toArray(new Operand[0]));
    }

    private static UfuncLoops.Entry entry(String ufunc) {
        UfuncLoops.Entry e = UfuncLoops.get(ufunc);
        if (e == null) {
            throw new IllegalArgumentException("'" + ufunc + "' is not a NumPy ufunc");
        }
        return e;
    }

    private static UfuncLoop resolveWithValues(UfuncLoops.Entry e, List<Operand> ops) {
        String name = e.name();
        if (name.equals("subtract") && ops.get(0).dtype() == DType.BOOL && ops.get(1).dtype() == DType.BOOL) {
            throw booleanSubtract(ops);
        }
        if (name.equals("divide") && ops.get(0).dtype().isIntegral() && ops.get(1).dtype().isIntegral()) {
            // PyUFunc_TrueDivisionTypeResolver: integer and bool inputs run the float64 loop.
            return exactLoop(e, List.of(DType.FLOAT64, DType.FLOAT64), ops);
        }
        if (UNIFORM.contains(name)) {
            DType t = legacyResultType(ops);
            if (name.equals("subtract") && t == DType.BOOL) {
                throw booleanSubtract(ops);
            }
            if (name.equals("negative") && t == DType.BOOL) {
                throw SciPyArgumentException.typeError("The numpy boolean negative, the `-` operator, is not supported,"
                        + " use the `~` operator or the logical_not function instead. (operand: " + ops.get(0) + ")");
            }
            List<DType> in = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                in.add(t);
            }
            return exactLoop(e, in, ops);
        }
        if (name.startsWith("logical_") && ops.size() == 2) {
            // NumPy 1.24's promoter of logical_and/or/xor reads every input as bool (its truth value); with
            // scalars cast by value it runs a loop of the result type instead, which reads the same truth values.
            return exactLoop(e, List.of(DType.BOOL, DType.BOOL), ops);
        }
        if (COMPARISON.contains(name)) {
            DType t = legacyResultType(ops);
            return exactLoop(e, List.of(t, t), ops);
        }
        return linearSearch(e, ops);
    }

    private static SciPyArgumentException booleanSubtract(List<Operand> ops) {
        return SciPyArgumentException.typeError("numpy boolean subtract, the `-` operator, is not supported, use the"
                + " bitwise_xor, the `^` operator, or the logical_xor function instead. (operands: "
                + describe(ops) + ")");
    }

    /** The loop whose inputs are exactly {@code in}; NumPy's UFuncTypeError where there is none. */
    private static UfuncLoop exactLoop(UfuncLoops.Entry e, List<DType> in, List<Operand> ops) {
        for (UfuncLoop l : e.loops()) {
            if (l.in().equals(in)) {
                return l;
            }
        }
        StringBuilder types = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            types.append(i > 0 ? ", " : "").append("<class 'numpy.dtype[").append(scalarTypeName(in.get(i))).append("]'>");
        }
        String sig = in.size() == 1 ? types.toString() : "(" + types + ")";
        throw SciPyArgumentException.typeError("ufunc '" + e.name() + "' did not contain a loop with signature matching"
                + " types " + sig + " -> None (operands: " + describe(ops) + ")");
    }

    /** NumPy's scalar type name as its dtype classes print it ({@code bool_}, {@code float64}). */
    private static String scalarTypeName(DType t) {
        return t == DType.BOOL ? "bool_" : t.numpyName();
    }

    /** NumPy's linear_search_type_resolver: the first loop every input casts to safely (scalars by value). */
    private static UfuncLoop linearSearch(UfuncLoops.Entry e, List<Operand> ops) {
        boolean byValue = useMinScalar(ops);
        for (UfuncLoop l : e.loops()) {
            boolean ok = true;
            for (int i = 0; i < ops.size() && ok; i++) {
                Operand o = ops.get(i);
                DType to = l.in().get(i);
                ok = byValue && o.isScalar() ? canCastScalar(o, to) : canCastSafely(o.dtype(), to);
            }
            if (ok) {
                return l;
            }
        }
        throw SciPyArgumentException.typeError("ufunc '" + e.name() + "' not supported for the input types" + SAFE_SUFFIX
                + " (operands: " + describe(ops) + ")");
    }

    private static String describe(List<Operand> ops) {
        StringBuilder b = new StringBuilder();
        for (Operand o : ops) {
            b.append(b.length() > 0 ? ", " : "").append(o);
        }
        return b.toString();
    }

    // ---- answers that do not depend on a lazily read scalar ----

    /** A type-resolution step over operands whose scalars have values. */
    private interface Step<T> {
        T apply(List<Operand> ops);
    }

    /**
     * Runs {@code step}, reading a lazy scalar's value only when the answer depends on it: the step is
     * first run with a representative value of every outcome of min_scalar_type for each unread scalar;
     * when all agree (the same answer or the same refusal), that is the answer without reading anything.
     */
    private static <T> T valueIndependent(List<Operand> ops, Step<T> step) {
        List<Integer> lazy = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (!ops.get(i).hasValue()) {
                lazy.add(i);
            }
        }
        if (lazy.isEmpty()) {
            return step.apply(ops);
        }
        List<List<Operand>> choices = new ArrayList<>();
        for (int i : lazy) {
            choices.add(representatives(ops.get(i).dtype()));
        }
        Object first = null;
        boolean same = true;
        int[] pick = new int[lazy.size()];
        outer:
        while (true) {
            List<Operand> trial = new ArrayList<>(ops);
            for (int k = 0; k < lazy.size(); k++) {
                trial.set(lazy.get(k), choices.get(k).get(pick[k]));
            }
            Object answer;
            try {
                answer = step.apply(trial);
            } catch (SciPyArgumentException ex) {
                answer = ex.getClass();
            }
            if (first == null) {
                first = answer;
            } else if (!first.equals(answer)) {
                same = false;
                break;
            }
            for (int k = 0; k < pick.length; k++) {
                if (++pick[k] < choices.get(k).size()) {
                    continue outer;
                }
                pick[k] = 0;
            }
            break;
        }
        if (same && !(first instanceof Class<?>)) {
            @SuppressWarnings("unchecked")
            T t = (T) first;
            return t;
        }
        // The value decides (or the call is refused, whose message names the values): read them.
        List<Operand> known = new ArrayList<>(ops);
        for (int i : lazy) {
            known.set(i, ops.get(i).withValue());
        }
        return step.apply(known);
    }

    /** Values of a dtype that reach every distinct outcome of min_scalar_type (type and small-unsigned flag). */
    private static List<Operand> representatives(DType t) {
        List<Operand> out = new ArrayList<>();
        switch (t.kind()) {
            case BOOL:
                out.add(Operand.of(false));
                break;
            case UNSIGNED: case SIGNED:
                long[] values = {0, 127, 128, 255, 256, 32767, 32768, 65535, 65536, Integer.MAX_VALUE, 1L << 31,
                    0xFFFF_FFFFL, 1L << 32, Long.MAX_VALUE, Long.MIN_VALUE, -1, -128, -129, -32768, -32769,
                    Integer.MIN_VALUE, Integer.MIN_VALUE - 1L};
                for (long v : values) {
                    if (fits(v, t)) {
                        out.add(Operand.integerScalar(t, v));
                    }
                }
                break;
            case FLOAT:
                for (double v : new double[] {0, 1e5, 1e300}) {
                    if (Casting.castTo(v, t) == v) {
                        out.add(Operand.inexactScalar(t, v, 0));
                    }
                }
                break;
            default:
                for (double v : new double[] {0, 1e5, 1e300}) {
                    if (t == DType.COMPLEX128 || (float) v == v) {
                        out.add(Operand.inexactScalar(t, v, 0));
                    }
                }
                break;
        }
        return out;
    }

    /** Whether {@code v} (bits for uint64: then every value fits) is a value of integer type {@code t}. */
    private static boolean fits(long v, DType t) {
        switch (t) {
            case INT8: return v == (byte) v;
            case INT16: return v == (short) v;
            case INT32: return v == (int) v;
            case INT64: case UINT64: return true;
            case UINT8: return v >= 0 && v <= 0xFF;
            case UINT16: return v >= 0 && v <= 0xFFFF;
            case UINT32: return v >= 0 && v <= 0xFFFF_FFFFL;
            default: throw new AssertionError(t);
        }
    }
}
