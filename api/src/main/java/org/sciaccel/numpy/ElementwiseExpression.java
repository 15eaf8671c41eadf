package org.sciaccel.numpy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.spi.ElementwiseFunction;
import org.sciaccel.spi.ElementwiseProgram;

/**
 * Builds an {@link ElementwiseProgram} the way NumPy would evaluate the same calls one by one, and runs it
 * on the operands' backend in one pass: every ufunc node's loop is resolved by {@link NumpyTypes} from its
 * arguments (arrays, Java scalars as Python scalars, and earlier nodes: a node of 0-d arguments only is a
 * scalar, as NumPy's result of it is), and every node's arguments must broadcast (NumPy's error naming their
 * shapes otherwise). The ufunc facade makes one node per call; composite functions (isclose, round, angle)
 * and the formula kernels make several.
 *
 * <p>Where NumPy's choice of loop depends on the value of a scalar node computed inside the expression (a
 * 0-d intermediate meeting an array), that node is evaluated first and its value read, as NumPy would have
 * it in hand; otherwise nothing is read back.
 *
 * <p>Not thread-safe; one expression per call.
 */
public final class ElementwiseExpression {
    private final String op;
    private final ElementwiseProgram.Builder builder = ElementwiseProgram.builder();
    private final List<NDArray> arrays = new ArrayList<>();
    private final Map<NDArray, Integer> arrayIndex = new IdentityHashMap<>();
    private final List<NumpyTypes.Operand> operands = new ArrayList<>();
    private final List<int[]> shapes = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    /**
     * @param op the registry name the evaluation is routed as (its backends' supported sets decide where it
     *           runs), e.g. {@code numpy.add}; it also opens every error message
     */
    public ElementwiseExpression(String op) {
        this.op = op;
    }

    /** An operand array; {@code name} (NumPy's parameter name) labels it in messages. */
    public int array(String name, NDArray a) {
        if (a == null) {
            throw new IllegalArgumentException(op + ": " + name + " is null");
        }
        if (a.isClosed()) {
            throw new IllegalArgumentException(op + ": " + name + " (" + a + ") is closed");
        }
        Integer index = arrayIndex.get(a);
        if (index == null) {
            index = arrays.size();
            arrays.add(a);
            arrayIndex.put(a, index);
        }
        return leaf(builder.array(index, a.dtype()), NumpyTypes.Operand.of(a), a.shape(),
                name + ": " + a.dtype() + " " + org.sciaccel.Shapes.toString(a.shape()));
    }

    /** A Python int (int64). */
    public int scalar(String name, long value) {
        return leaf(builder.scalar(DType.INT64, value), NumpyTypes.Operand.of(value), new int[0],
                name + ": int " + value);
    }

    /** A Python float (float64). */
    public int scalar(String name, double value) {
        return leaf(builder.scalar(DType.FLOAT64, value), NumpyTypes.Operand.of(value), new int[0],
                name + ": float " + value);
    }

    /** A Python bool. */
    public int scalar(String name, boolean value) {
        return leaf(builder.scalar(DType.BOOL, value ? 1 : 0), NumpyTypes.Operand.of(value), new int[0],
                name + ": bool " + value);
    }

    /** A Python complex (complex128). */
    public int complexScalar(String name, double real, double imag) {
        return leaf(builder.complexScalar(DType.COMPLEX128, real, imag), NumpyTypes.Operand.ofComplex(real, imag),
                new int[0], name + ": complex (" + real + "," + imag + ")");
    }

    /** A NumPy scalar of {@code dtype} ({@code np.float32(2.5)}): a 0-d operand of that dtype. */
    public int typedScalar(String name, DType dtype, double value) {
        if (dtype.isIntegral()) {
            long bits = dtype == DType.UINT64 ? org.sciaccel.Casting.toUint64Bits(value) : (long) value;
            return leaf(builder.scalar(dtype, bits), NumpyTypes.Operand.integerScalar(dtype, bits), new int[0],
                    name + ": " + dtype + " " + value);
        }
        if (dtype.isComplex()) {
            return leaf(builder.complexScalar(dtype, value, 0), NumpyTypes.Operand.inexactScalar(dtype, value, 0),
                    new int[0], name + ": " + dtype + " " + value);
        }
        double v = org.sciaccel.Casting.castTo(value, dtype);
        return leaf(builder.scalar(dtype, v), NumpyTypes.Operand.inexactScalar(dtype, v, 0), new int[0],
                name + ": " + dtype + " " + v);
    }

    private int leaf(int node, NumpyTypes.Operand operand, int[] shape, String label) {
        operands.add(operand);
        shapes.add(shape);
        labels.add(label);
        return node;
    }

    /**
     * NumPy's ufunc {@code ufunc} (its name or alias: {@code divide}, {@code true_divide}, {@code abs}, ...) of
     * earlier nodes, with the loop NumPy 1.24 picks for them.
     *
     * @throws SciPyArgumentException NumPy's TypeError where it has no loop for these operands
     * @throws IllegalArgumentException NumPy's broadcast error where their shapes do not broadcast
     */
    public int ufunc(String ufunc, int... args) {
        ElementwiseFunction f = ElementwiseFunction.ofUfunc(ufunc);
        if (f == null) {
            throw new IllegalArgumentException(op + ": '" + ufunc + "' is not an element-wise function sciaccel runs");
        }
        List<NumpyTypes.Operand> ops = new ArrayList<>();
        for (int a : args) {
            ops.add(operands.get(a));
        }
        UfuncLoop loop;
        try {
            loop = NumpyTypes.resolve(ufunc, ops);
        } catch (SciPyArgumentException e) {
            throw new SciPyArgumentException(e.scipyRaises(), op + ": " + withoutOperands(e.getMessage()) + " ("
                    + describe(args) + ")");
        }
        return add(f, loop.in(), loop.result(), new double[0], args);
    }

    /** NumPy's where(condition, x, y): x and y in their result type, the condition read as bool. */
    public int where(int condition, int x, int y) {
        DType t = NumpyTypes.resultType(operands.get(x), operands.get(y));
        return add(ElementwiseFunction.WHERE, List.of(DType.BOOL, t, t), t, new double[0], condition, x, y);
    }

    /** {@code x.astype(dtype)} (NumPy's unsafe cast; a complex value to a real type keeps the real part). */
    public int cast(int x, DType dtype) {
        if (type(x) == dtype) {
            return x;
        }
        return add(ElementwiseFunction.CAST, List.of(type(x)), dtype, new double[0], x);
    }

    // ---- NumPy functions that are compositions of ufuncs ----

    /** np.real: the real part of a complex node (its component type); a real node's value. */
    public int real(int x) {
        DType t = type(x);
        return add(ElementwiseFunction.REAL, List.of(t), component(t), new double[0], x);
    }

    /** np.imag: the imaginary part of a complex node; zeros of a real node's dtype. */
    public int imag(int x) {
        DType t = type(x);
        return add(ElementwiseFunction.IMAG, List.of(t), component(t), new double[0], x);
    }

    private static DType component(DType t) {
        return t == DType.COMPLEX64 ? DType.FLOAT32 : t == DType.COMPLEX128 ? DType.FLOAT64 : t;
    }

    /**
     * np.clip(a, a_min, a_max): the clip ufunc, or maximum / minimum where one bound is None ({@code -1}).
     *
     * @throws IllegalArgumentException NumPy's "One of max or min must be given" when both are None
     */
    public int clip(int a, int min, int max) {
        if (min < 0 && max < 0) {
            throw new IllegalArgumentException(op + ": One of max or min must be given (a_min and a_max are both None)");
        }
        if (min < 0) {
            return ufunc("minimum", a, max);
        }
        if (max < 0) {
            return ufunc("maximum", a, min);
        }
        return ufunc("clip", a, min, max);
    }

    /**
     * np.round(x, decimals) (np.around) as NumPy 1.24 computes it: an integer x with decimals &gt;= 0 is copied;
     * decimals 0 is rint; otherwise {@code rint(x * 10**decimals) / 10**decimals} (for negative decimals
     * {@code rint(x / 10**-decimals) * 10**-decimals}) with the Python float 10**d, each step stored in x's
     * dtype, and for integers computed in float64 and cast back. Complex values round both parts.
     */
    public int round(int x, int decimals) {
        DType t = type(x);
        boolean integer = t.isIntegral() && t != DType.BOOL;
        if (integer && decimals >= 0) {
            return add(ElementwiseFunction.CAST, List.of(t), t, new double[0], x); // a copy
        }
        if (decimals == 0) {
            return ufunc("rint", x);
        }
        if (t == DType.BOOL) {
            throw SciPyArgumentException.typeError(op + ": Cannot cast ufunc '" + (decimals > 0 ? "multiply" : "divide")
                    + "' output from dtype('float64') to"
                    + " dtype('bool') with casting rule 'same_kind' (" + labels.get(x) + ")");
        }
        DType store = integer ? DType.FLOAT64 : t;
        int f = scalar("10**decimals", powerOfTen(Math.abs(decimals)));
        int first = cast(ufunc(decimals >= 0 ? "multiply" : "divide", x, f), store);
        int rounded = cast(ufunc("rint", first), store);
        int back = cast(ufunc(decimals >= 0 ? "divide" : "multiply", rounded, f), store);
        return integer ? cast(back, t) : back;
    }

    /** NumPy's power_of_ten: exact up to 1e8, then repeated multiplication by 10. */
    private static double powerOfTen(int n) {
        double[] p10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
        if (n < 9) {
            return p10[n];
        }
        double r = 1e9;
        while (n-- > 9) {
            r *= 10.;
        }
        return r;
    }

    /** np.angle(z, deg): arctan2(imag, real) (of a real z: arctan2(0, z)), times 180/pi in place for degrees. */
    public int angle(int z, boolean deg) {
        int a = type(z).isComplex() ? ufunc("arctan2", imag(z), real(z)) : ufunc("arctan2", scalar("0", 0L), z);
        if (deg) {
            DType t = type(a);
            a = cast(ufunc("multiply", a, scalar("180/pi", 180.0 / Math.PI)), t);
        }
        return a;
    }

    /**
     * np.nan_to_num(x, nan, posinf, neginf): NaN, +inf and -inf of a float or complex x (of each part) replaced
     * by the values given, converted to x's (component) dtype; {@code posinf} / {@code neginf} null mean the
     * dtype's largest / most negative finite value. Integers and bools are copied.
     */
    public int nanToNum(int x, double nan, Double posinf, Double neginf) {
        DType t = type(x);
        if (t.isIntegral()) {
            return add(ElementwiseFunction.CAST, List.of(t), t, new double[0], x);
        }
        DType c = component(t);
        double max = c == DType.FLOAT16 ? org.sciaccel.Half.MAX : c == DType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
        double[] params = {org.sciaccel.Casting.castTo(nan, c), org.sciaccel.Casting.castTo(posinf == null ? max : posinf, c),
            org.sciaccel.Casting.castTo(neginf == null ? -max : neginf, c)};
        return add(ElementwiseFunction.NAN_TO_NUM, List.of(t), t, params, x);
    }

    /**
     * np.isclose(a, b, rtol, atol, equal_nan) as NumPy 1.24 computes it: b converted to
     * {@code result_type(b, 1.0)}; where both are finite {@code abs(a - b) <= atol + rtol * abs(b)}, elsewhere
     * {@code a == b} (complex values first multiplied by a bool one, as NumPy does), and with
     * equal_nan also where both are NaN. Deviation: NumPy computes the finite elements
     * of a call with some non-finite ones as 1-d arrays (so a 0-d operand is then not cast by value); here the
     * operands keep their own kind throughout.
     */
    public int isclose(int a, int b, double rtol, double atol, boolean equalNan) {
        DType bt = NumpyTypes.resultType(operands.get(b), NumpyTypes.Operand.of(1.0));
        int y = cast(b, bt);
        int diff = ufunc("absolute", ufunc("subtract", a, y));
        int tol = ufunc("add", scalar("atol", atol), ufunc("multiply", scalar("rtol", rtol), ufunc("absolute", y)));
        int within = ufunc("less_equal", diff, tol);
        int finite = ufunc("logical_and", ufunc("isfinite", a), ufunc("isfinite", y));
        int xs = timesOnes(a);
        int ys = timesOnes(y);
        int cond = where(finite, within, ufunc("equal", xs, ys));
        if (equalNan) {
            cond = ufunc("logical_or", cond, ufunc("logical_and", ufunc("isnan", xs), ufunc("isnan", ys)));
        }
        return cond;
    }

    /**
     * NumPy's isclose compares its non-finite elements after {@code x * ones_like(cond)} (a bool array): that
     * changes no real value, but a complex one with an infinite part comes out of the complex product with a
     * NaN part ({@code inf * 0}), so such a value equals nothing, and is NaN for equal_nan.
     */
    private int timesOnes(int x) {
        return type(x).isComplex() ? ufunc("multiply", x, scalar("ones_like(cond)", true)) : x;
    }

    /**
     * A node whose loop the caller has worked out (NAN_TO_NUM, REAL, IMAG, or a ufunc with a loop NumPy
     * would pick by a rule of its own function): no resolution, only the broadcast check.
     */
    public int call(ElementwiseFunction function, List<DType> inTypes, DType outType, double[] params, int... args) {
        return add(function, inTypes, outType, params, args);
    }

    private int add(ElementwiseFunction f, List<DType> in, DType out, double[] params, int... args) {
        List<int[]> argShapes = new ArrayList<>();
        boolean allScalar = true;
        for (int a : args) {
            argShapes.add(shapes.get(a));
            allScalar &= operands.get(a).isScalar();
        }
        int[] shape = Broadcast.shapeOrNull(argShapes);
        if (shape == null) {
            StringBuilder b = new StringBuilder();
            for (int[] s : argShapes) {
                b.append(Broadcast.numpyShape(s)).append(' ');
            }
            throw new IllegalArgumentException(op + ": operands could not be broadcast together with shapes "
                    + b.toString().trim() + " (" + describe(args) + ")");
        }
        int node = builder.call(f, in, out, params, args);
        NumpyTypes.Operand operand = allScalar ? NumpyTypes.Operand.lazyScalar(out, () -> read(node))
                : NumpyTypes.Operand.array(out);
        StringBuilder label = new StringBuilder(f.name().toLowerCase(java.util.Locale.ROOT)).append('(');
        for (int i = 0; i < args.length; i++) {
            label.append(i > 0 ? ", " : "").append(labels.get(args[i]));
        }
        return leaf(node, operand, shape, label.append(')').toString());
    }

    /** The value of scalar node {@code node}, computed on the operands' backend. */
    private NumpyTypes.Operand read(int node) {
        try (NDArray v = evaluate(node)) {
            return NumpyTypes.Operand.valueOf(v);
        }
    }

    /** The dtype of node {@code n}. */
    public DType type(int n) {
        return builder.type(n);
    }

    /** The shape of node {@code n} (the broadcast of its arguments'). */
    public int[] shape(int n) {
        return shapes.get(n).clone();
    }

    /** Whether node {@code n} is a scalar (0-d), as NumPy's value of it would be. */
    public boolean isScalar(int n) {
        return operands.get(n).isScalar();
    }

    /** What type resolution knows of node {@code n}. */
    public NumpyTypes.Operand operand(int n) {
        return operands.get(n);
    }

    /**
     * Runs the program whose result is node {@code root} on the operands' backend (routed as the op this
     * expression was made for) and returns its value: a new array of the node's dtype and shape.
     *
     * @throws IllegalArgumentException if the operands live on different backends, or the expression has no
     *         array operand
     */
    public NDArray evaluate(int root) {
        Prepared p = prepare(root);
        return OpRouter.array(op, (Backend backend, NDArray[] in) -> backend.ufunc().evaluate(p.program(), in, p.shape()),
                p.operands());
    }

    /**
     * What {@link #evaluate} runs for node {@code root}: the program of the nodes it needs, the arrays they read
     * (renumbered in order) and the result's shape. For callers that run the program themselves, as the formula
     * kernels' fused reductions do ({@code FormulaOps.reduce}); checks the operands share a backend.
     *
     * @param program  the program whose result is the node
     * @param operands its operand arrays by index (at least one: a constant program gets one it does not read)
     * @param shape    the node's shape
     */
    public record Prepared(ElementwiseProgram program, NDArray[] operands, int[] shape) {
    }

    /** The program, operands and shape of node {@code root} ({@link Prepared}). */
    public Prepared prepare(int root) {
        ElementwiseProgram full = builder.build(root);
        // Only the nodes the root needs, operands renumbered to the arrays they read.
        boolean[] needed = new boolean[root + 1];
        needed[root] = true;
        for (int i = root; i >= 0; i--) {
            if (needed[i]) {
                for (int a : full.node(i).args()) {
                    needed[a] = true;
                }
            }
        }
        ElementwiseProgram.Builder b = ElementwiseProgram.builder();
        int[] renumber = new int[root + 1];
        List<NDArray> used = new ArrayList<>();
        Map<Integer, Integer> usedIndex = new java.util.HashMap<>();
        for (int i = 0; i <= root; i++) {
            if (!needed[i]) {
                continue;
            }
            ElementwiseProgram.Node n = full.node(i);
            switch (n.kind()) {
                case ARRAY: {
                    Integer k = usedIndex.get(n.operand());
                    if (k == null) {
                        k = used.size();
                        used.add(arrays.get(n.operand()));
                        usedIndex.put(n.operand(), k);
                    }
                    renumber[i] = b.array(k, n.type());
                    break;
                }
                case SCALAR:
                    renumber[i] = n.type().isIntegral() ? b.scalar(n.type(), n.bits())
                            : n.type().isComplex() ? b.complexScalar(n.type(), n.real(), n.imag()) : b.scalar(n.type(), n.real());
                    break;
                default: {
                    int[] args = n.args();
                    for (int k = 0; k < args.length; k++) {
                        args[k] = renumber[args[k]];
                    }
                    renumber[i] = b.call(n.function(), n.inTypes(), n.type(), n.params(), args);
                    break;
                }
            }
        }
        ElementwiseProgram program = b.build(renumber[root]);
        if (arrays.isEmpty()) {
            throw new IllegalArgumentException(op + ": no array operand; give at least one array");
        }
        if (used.isEmpty()) {
            // A constant expression: computed where the expression's arrays live (the array is not read).
            used.add(arrays.get(0));
        }
        int[] shape = shapes.get(root);
        NDArray[] ins = used.toArray(new NDArray[0]);
        OpRouter.commonBackend(op, arrays.toArray(new NDArray[0]));
        return new Prepared(program, ins, shape);
    }

    private String describe(int[] args) {
        StringBuilder b = new StringBuilder();
        for (int a : args) {
            b.append(b.length() > 0 ? ", " : "").append(labels.get(a));
        }
        return b.toString();
    }

    /** NumPy's message without NumPyTypes' own operand list (the expression names its operands better). */
    private static String withoutOperands(String message) {
        int i = message.lastIndexOf(" (operand");
        return i > 0 ? message.substring(0, i) : message;
    }
}
