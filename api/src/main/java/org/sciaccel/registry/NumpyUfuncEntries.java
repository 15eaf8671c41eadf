package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * The registry entries of NumPy's element-wise functions (ufuncs): arithmetic, math, comparison, logic and bit
 * operations, under NumPy's qualified names and NumPy 1.24's parameter names (x1, x2 for binary ufuncs, x for
 * unary ones). Every operand is an array; a 0-d array is a NumPy scalar, cast by value as NumPy 1.24 casts a
 * Python or NumPy scalar ({@code sciaccel call numpy.add a.npy three.npy}).
 */
public final class NumpyUfuncEntries implements OpEntries {
    /** Every op of this family, as registered (the dtypes each accepts are NumPy's, checked by its loops). */
    public static final List<String> NAMES;

    private static final String[][] BINARY = {
        {"add", "Element-wise sum x1 + x2 (bool: logical or)."},
        {"subtract", "Element-wise difference x1 - x2 (bools refused as NumPy refuses them)."},
        {"multiply", "Element-wise product x1 * x2 (bool: logical and)."},
        {"divide", "True division x1 / x2 (integers in float64)."},
        {"floor_divide", "Floor division x1 // x2 (Python's rounding; an integer divided by 0 is 0)."},
        {"remainder", "x1 % x2 with the divisor's sign (Python's modulo)."},
        {"power", "x1 ** x2 (integers refuse negative exponents)."},
        {"arctan2", "The angle of the point (x2, x1), quadrant-aware."},
        {"hypot", "sqrt(x1**2 + x2**2) without intermediate overflow."},
        {"maximum", "Element-wise maximum; NaN propagates."},
        {"minimum", "Element-wise minimum; NaN propagates."},
        {"fmax", "Element-wise maximum ignoring NaN."},
        {"fmin", "Element-wise minimum ignoring NaN."},
        {"equal", "x1 == x2 (bool)."},
        {"not_equal", "x1 != x2 (bool)."},
        {"less", "x1 < x2 (bool)."},
        {"less_equal", "x1 <= x2 (bool)."},
        {"greater", "x1 > x2 (bool)."},
        {"greater_equal", "x1 >= x2 (bool)."},
        {"logical_and", "Truth of x1 and x2 (bool)."},
        {"logical_or", "Truth of x1 or x2 (bool)."},
        {"logical_xor", "Truth of x1 xor x2 (bool)."},
        {"bitwise_and", "Bitwise and of integers and bools."},
        {"bitwise_or", "Bitwise or of integers and bools."},
        {"bitwise_xor", "Bitwise xor of integers and bools."},
        {"left_shift", "x1 << x2 (0 for shifts by the type's width or more)."},
        {"right_shift", "x1 >> x2 (arithmetic for signed types)."},
    };
    private static final String[][] UNARY = {
        {"negative", "-x (bools refused as NumPy refuses them)."},
        {"absolute", "|x| (complex: the magnitude, real)."},
        {"sign", "-1, 0 or 1 (NaN stays NaN; complex: by the real part, then the imaginary part)."},
        {"sqrt", "Square root (NaN for negative reals; complex: principal root)."},
        {"cbrt", "Cube root."},
        {"square", "x * x."},
        {"reciprocal", "1 / x (integers: C's conversion of 1.0 / x, so 0 for |x| > 1)."},
        {"exp", "e ** x."},
        {"exp2", "2 ** x."},
        {"expm1", "exp(x) - 1, accurate near 0."},
        {"log", "Natural logarithm."},
        {"log2", "Base-2 logarithm."},
        {"log10", "Base-10 logarithm."},
        {"log1p", "log(1 + x), accurate near 0."},
        {"sin", "Sine."},
        {"cos", "Cosine."},
        {"tan", "Tangent."},
        {"arcsin", "Inverse sine."},
        {"arccos", "Inverse cosine."},
        {"arctan", "Inverse tangent."},
        {"sinh", "Hyperbolic sine."},
        {"cosh", "Hyperbolic cosine."},
        {"tanh", "Hyperbolic tangent."},
        {"arcsinh", "Inverse hyperbolic sine."},
        {"arccosh", "Inverse hyperbolic cosine."},
        {"arctanh", "Inverse hyperbolic tangent."},
        {"deg2rad", "Degrees to radians."},
        {"rad2deg", "Radians to degrees."},
        {"floor", "Largest integer not above x (a float result, as NumPy's)."},
        {"ceil", "Smallest integer not below x (a float result)."},
        {"trunc", "x rounded toward zero (a float result)."},
        {"rint", "x rounded to the nearest integer, half to even."},
        {"isnan", "Whether x is NaN (bool; a complex value with either part NaN)."},
        {"isinf", "Whether x is infinite (bool)."},
        {"isfinite", "Whether x is finite (bool)."},
        {"conj", "The complex conjugate (real values unchanged)."},
        {"logical_not", "Truth of not x (bool)."},
        {"invert", "Bitwise not (bool: logical not)."},
    };

    static {
        List<String> names = new ArrayList<>();
        for (String[] b : BINARY) {
            names.add("numpy." + b[0]);
        }
        for (String[] u : UNARY) {
            names.add("numpy." + u[0]);
        }
        names.addAll(List.of("numpy.round", "numpy.clip", "numpy.nan_to_num", "numpy.real", "numpy.imag", "numpy.angle",
                "numpy.where", "numpy.isclose", "numpy.allclose", "numpy.array_equal"));
        NAMES = List.copyOf(names);
    }

    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC;
    }

    @Override
    public void register(OpRegistry registry) {
        for (String[] b : BINARY) {
            registry.add(binary(b[0], b[1], binaryFunction(b[0])));
        }
        for (String[] u : UNARY) {
            registry.add(unary(u[0], u[1], unaryFunction(u[0])));
        }
        registry.add(OpSpec.builder("numpy.round")
                .summary("Rounds half to even to the given number of decimals (np.around).")
                .input("a", "input array")
                .param(ParamSpec.optional("decimals", ParamTypes.INT, "0", "decimal places; negative rounds to tens, hundreds, ..."))
                .output("result", "the rounded array (a's dtype; bool with decimals=0 gives float16, as NumPy)")
                .invoker(x -> OpOutputs.result(Numpy.round(x.input(0), x.integer("decimals"))))
                .build());
        registry.add(OpSpec.builder("numpy.clip")
                .summary("Limits values to [a_min, a_max]: minimum(maximum(a, a_min), a_max), NaN propagating.")
                .input("a", "input array")
                .input("a_min", "lower bound (array or 0-d scalar), broadcast against a")
                .input("a_max", "upper bound (array or 0-d scalar), broadcast against a")
                .output("result", "the clipped array, of the result type of the three")
                .invoker(x -> OpOutputs.result(Numpy.clip(x.input(0), x.input(1), x.input(2))))
                .build());
        registry.add(OpSpec.builder("numpy.nan_to_num")
                .summary("Replaces NaN by nan and infinities by posinf / neginf (default: the dtype's extremes).")
                .input("x", "input array")
                .param(ParamSpec.optional("nan", ParamTypes.REAL_NUMBER, "0.0", "the value of NaN"))
                .param(ParamSpec.optionalNone("posinf", ParamTypes.REAL_NUMBER, "the value of +inf; none: the largest finite value"))
                .param(ParamSpec.optionalNone("neginf", ParamTypes.REAL_NUMBER, "the value of -inf; none: the most negative finite value"))
                .output("result", "a copy with the replacements, x's dtype")
                .invoker(x -> OpOutputs.result(Numpy.nanToNum(x.input(0), x.real("nan"),
                        x.isNone("posinf") ? null : x.real("posinf"), x.isNone("neginf") ? null : x.real("neginf"))))
                .build());
        registry.add(OpSpec.builder("numpy.real")
                .summary("The real part (complex: its component dtype; real: the values).")
                .input("val", "input array")
                .output("result", "the real part (a copy)")
                .invoker(x -> OpOutputs.result(Numpy.real(x.input(0))))
                .build());
        registry.add(OpSpec.builder("numpy.imag")
                .summary("The imaginary part (real input: zeros of its dtype).")
                .input("val", "input array")
                .output("result", "the imaginary part (a copy)")
                .invoker(x -> OpOutputs.result(Numpy.imag(x.input(0))))
                .build());
        registry.add(OpSpec.builder("numpy.angle")
                .summary("The argument of complex values, arctan2(imag, real).")
                .input("z", "input array")
                .param(ParamSpec.optional("deg", ParamTypes.BOOL, "false", "degrees instead of radians"))
                .output("result", "the angles")
                .invoker(x -> OpOutputs.result(Numpy.angle(x.input(0), x.flag("deg"))))
                .build());
        registry.add(OpSpec.builder("numpy.where")
                .summary("x where condition is true, else y, broadcast together.")
                .input("condition", "where true (non-zero), take x")
                .input("x", "values where the condition holds")
                .input("y", "values elsewhere")
                .output("result", "the selection, of the result type of x and y")
                .invoker(x -> OpOutputs.result(Numpy.where(x.input(0), x.input(1), x.input(2))))
                .build());
        registry.add(OpSpec.builder("numpy.isclose")
                .summary("Whether |a - b| <= atol + rtol * |b| element by element.")
                .input("a", "first input")
                .input("b", "second input, broadcast against a")
                .param(ParamSpec.optional("rtol", ParamTypes.REAL_NUMBER, "1e-05", "relative tolerance"))
                .param(ParamSpec.optional("atol", ParamTypes.REAL_NUMBER, "1e-08", "absolute tolerance"))
                .param(ParamSpec.optional("equal_nan", ParamTypes.BOOL, "false", "whether NaN equals NaN"))
                .output("result", "bool array")
                .invoker(x -> OpOutputs.result(Numpy.isclose(x.input(0), x.input(1), x.real("rtol"), x.real("atol"),
                        x.flag("equal_nan"))))
                .build());
        registry.add(OpSpec.builder("numpy.allclose")
                .summary("Whether isclose(a, b) holds for every element (a and b broadcast together).")
                .input("a", "first input")
                .input("b", "second input, broadcast against a")
                .param(ParamSpec.optional("rtol", ParamTypes.REAL_NUMBER, "1e-05", "relative tolerance"))
                .param(ParamSpec.optional("atol", ParamTypes.REAL_NUMBER, "1e-08", "absolute tolerance"))
                .param(ParamSpec.optional("equal_nan", ParamTypes.BOOL, "false", "whether NaN equals NaN"))
                .output("result", "0-d bool array (NumPy: a Python bool)")
                .invoker(x -> OpOutputs.result(Numpy.allclose(x.input(0), x.input(1), x.real("rtol"), x.real("atol"),
                        x.flag("equal_nan"))))
                .build());
        registry.add(OpSpec.builder("numpy.array_equal")
                .summary("Whether a1 and a2 have the same shape and equal elements.")
                .input("a1", "first input")
                .input("a2", "second input (no broadcasting: another shape gives false)")
                .param(ParamSpec.optional("equal_nan", ParamTypes.BOOL, "false", "whether NaN equals NaN"))
                .output("result", "0-d bool array (NumPy: a Python bool)")
                .invoker(x -> OpOutputs.result(Numpy.arrayEqual(x.input(0), x.input(1), x.flag("equal_nan"))))
                .build());
    }

    private static OpSpec binary(String name, String summary, BinaryOperator<NDArray> f) {
        return OpSpec.builder("numpy." + name)
                .summary(summary)
                .input("x1", "first operand (a 0-d array is a scalar, cast by value)")
                .input("x2", "second operand, broadcast against x1")
                .output("result", "a new array of NumPy's result dtype")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.input(1))))
                .build();
    }

    private static OpSpec unary(String name, String summary, UnaryOperator<NDArray> f) {
        return OpSpec.builder("numpy." + name)
                .summary(summary)
                .input("x", "input array")
                .output("result", "a new array of NumPy's result dtype")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0))))
                .build();
    }

    private static BinaryOperator<NDArray> binaryFunction(String name) {
        switch (name) {
            case "add": return Numpy::add;
            case "subtract": return Numpy::subtract;
            case "multiply": return Numpy::multiply;
            case "divide": return Numpy::divide;
            case "floor_divide": return Numpy::floorDivide;
            case "remainder": return Numpy::remainder;
            case "power": return Numpy::power;
            case "arctan2": return Numpy::arctan2;
            case "hypot": return Numpy::hypot;
            case "maximum": return Numpy::maximum;
            case "minimum": return Numpy::minimum;
            case "fmax": return Numpy::fmax;
            case "fmin": return Numpy::fmin;
            case "equal": return Numpy::equal;
            case "not_equal": return Numpy::notEqual;
            case "less": return Numpy::less;
            case "less_equal": return Numpy::lessEqual;
            case "greater": return Numpy::greater;
            case "greater_equal": return Numpy::greaterEqual;
            case "logical_and": return Numpy::logicalAnd;
            case "logical_or": return Numpy::logicalOr;
            case "logical_xor": return Numpy::logicalXor;
            case "bitwise_and": return Numpy::bitwiseAnd;
            case "bitwise_or": return Numpy::bitwiseOr;
            case "bitwise_xor": return Numpy::bitwiseXor;
            case "left_shift": return Numpy::leftShift;
            case "right_shift": return Numpy::rightShift;
            default: throw new IllegalStateException("no facade method for numpy." + name);
        }
    }

    private static UnaryOperator<NDArray> unaryFunction(String name) {
        switch (name) {
            case "negative": return Numpy::negative;
            case "absolute": return Numpy::absolute;
            case "sign": return Numpy::sign;
            case "sqrt": return Numpy::sqrt;
            case "cbrt": return Numpy::cbrt;
            case "square": return Numpy::square;
            case "reciprocal": return Numpy::reciprocal;
            case "exp": return Numpy::exp;
            case "exp2": return Numpy::exp2;
            case "expm1": return Numpy::expm1;
            case "log": return Numpy::log;
            case "log2": return Numpy::log2;
            case "log10": return Numpy::log10;
            case "log1p": return Numpy::log1p;
            case "sin": return Numpy::sin;
            case "cos": return Numpy::cos;
            case "tan": return Numpy::tan;
            case "arcsin": return Numpy::arcsin;
            case "arccos": return Numpy::arccos;
            case "arctan": return Numpy::arctan;
            case "sinh": return Numpy::sinh;
            case "cosh": return Numpy::cosh;
            case "tanh": return Numpy::tanh;
            case "arcsinh": return Numpy::arcsinh;
            case "arccosh": return Numpy::arccosh;
            case "arctanh": return Numpy::arctanh;
            case "deg2rad": return Numpy::deg2rad;
            case "rad2deg": return Numpy::rad2deg;
            case "floor": return Numpy::floor;
            case "ceil": return Numpy::ceil;
            case "trunc": return Numpy::trunc;
            case "rint": return Numpy::rint;
            case "isnan": return Numpy::isnan;
            case "isinf": return Numpy::isinf;
            case "isfinite": return Numpy::isfinite;
            case "conj": return Numpy::conj;
            case "logical_not": return Numpy::logicalNot;
            case "invert": return Numpy::invert;
            default: throw new IllegalStateException("no facade method for numpy." + name);
        }
    }
}
