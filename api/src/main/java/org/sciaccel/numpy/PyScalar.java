package org.sciaccel.numpy;

import org.sciaccel.SciPyArgumentException;

/**
 * A Python scalar of a formula ({@code 3}, {@code 2.5}, {@code True}, {@code 1j}, or a scalar variable) and
 * Python's own arithmetic between such scalars: in Python, {@code t * 2} with {@code t = 3} is the int 6
 * before NumPy ever sees it, {@code t / 2} is the float 1.5, {@code True + True} is 2 and {@code ~True} is
 * -2, whereas the same operators on NumPy values follow NumPy's loops. A formula folds operators between
 * Python scalars with these rules, so that it types and computes step by step as Python does
 * ({@link FormulaLowering}).
 *
 * <p>Python's int is unbounded; a formula's is int64, and a result beyond it is refused (NumPy itself
 * refuses such an int next to an integer array).
 */
record PyScalar(Kind kind, long bits, double re, double im) {

    /** Python's scalar types, in the order of their promotion (bool &lt; int &lt; float &lt; complex). */
    enum Kind { BOOL, INT, FLOAT, COMPLEX }

    static PyScalar of(boolean v) {
        return new PyScalar(Kind.BOOL, v ? 1 : 0, v ? 1 : 0, 0);
    }

    static PyScalar of(long v) {
        return new PyScalar(Kind.INT, v, v, 0);
    }

    static PyScalar of(double v) {
        return new PyScalar(Kind.FLOAT, 0, v, 0);
    }

    static PyScalar complex(double re, double im) {
        return new PyScalar(Kind.COMPLEX, 0, re, im);
    }

    /** The type resolution operand NumPy makes of this Python scalar. */
    NumpyTypes.Operand operand() {
        switch (kind) {
            case BOOL: return NumpyTypes.Operand.of(bits != 0);
            case INT: return NumpyTypes.Operand.of(bits);
            case FLOAT: return NumpyTypes.Operand.of(re);
            default: return NumpyTypes.Operand.ofComplex(re, im);
        }
    }

    boolean isIntegral() {
        return kind == Kind.BOOL || kind == Kind.INT;
    }

    @Override
    public String toString() {
        switch (kind) {
            case BOOL: return bits != 0 ? "True" : "False";
            case INT: return Long.toString(bits);
            case FLOAT: return pyFloat(re);
            default: return "(" + pyFloat(re) + (im < 0 || Double.isNaN(im) ? "" : "+") + pyFloat(im) + "j)";
        }
    }

    private static String pyFloat(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    // ---- Python's operators ----

    /**
     * {@code a op b} (or {@code op a} when {@code b} is null) as Python computes it, {@code op} named as the
     * NumPy function the formula's operator stands for ({@code add}, {@code floor_divide}, {@code invert},
     * {@code less}, ...).
     *
     * @throws IllegalArgumentException where Python raises (ZeroDivisionError, an int beyond int64, a
     *         TypeError such as {@code ~1.5}), with Python's words
     */
    static PyScalar apply(String op, PyScalar a, PyScalar b) {
        switch (op) {
            case "negative": return negative(a);
            case "positive": return a.kind == Kind.BOOL ? of(a.bits) : a;
            case "invert":
                if (!a.isIntegral()) {
                    throw typeError("bad operand type for unary ~: '" + a.typeName() + "'");
                }
                return of(~a.bits);
            case "add": case "subtract": case "multiply":
                return arithmetic(op, a, b);
            case "divide": return divide(a, b);
            case "floor_divide": case "remainder": return floorDivMod(op, a, b);
            case "power": return power(a, b);
            case "bitwise_and": case "bitwise_or": case "bitwise_xor": return bitwise(op, a, b);
            case "left_shift": case "right_shift": return shift(op, a, b);
            case "equal": case "not_equal": case "less": case "less_equal": case "greater": case "greater_equal":
                return compare(op, a, b);
            default:
                throw new IllegalArgumentException("no Python operator for " + op);
        }
    }

    private String typeName() {
        switch (kind) {
            case BOOL: return "bool";
            case INT: return "int";
            case FLOAT: return "float";
            default: return "complex";
        }
    }

    private static SciPyArgumentException typeError(String message) {
        return SciPyArgumentException.typeError(message);
    }

    private static IllegalArgumentException zeroDivision(String message) {
        return new IllegalArgumentException("ZeroDivisionError: " + message);
    }

    private static Kind common(PyScalar a, PyScalar b) {
        Kind k = a.kind.compareTo(b.kind) >= 0 ? a.kind : b.kind;
        return k == Kind.BOOL ? Kind.INT : k;
    }

    private static long exact(java.util.function.LongSupplier f, String what) {
        try {
            return f.getAsLong();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the Python int " + what + " does not fit int64 (a formula's ints are int64)");
        }
    }

    private static PyScalar negative(PyScalar a) {
        switch (a.kind) {
            case BOOL: case INT: return of(exact(() -> Math.negateExact(a.bits), "-" + a));
            case FLOAT: return of(-a.re);
            default: return complex(-a.re, -a.im);
        }
    }

    private static PyScalar arithmetic(String op, PyScalar a, PyScalar b) {
        Kind k = common(a, b);
        String what = a + " " + (op.equals("add") ? "+" : op.equals("subtract") ? "-" : "*") + " " + b;
        switch (k) {
            case INT:
                switch (op) {
                    case "add": return of(exact(() -> Math.addExact(a.bits, b.bits), what));
                    case "subtract": return of(exact(() -> Math.subtractExact(a.bits, b.bits), what));
                    default: return of(exact(() -> Math.multiplyExact(a.bits, b.bits), what));
                }
            case FLOAT:
                switch (op) {
                    case "add": return of(a.re + b.re);
                    case "subtract": return of(a.re - b.re);
                    default: return of(a.re * b.re);
                }
            default:
                switch (op) {
                    case "add": return complex(a.re + b.re, a.im + b.im);
                    case "subtract": return complex(a.re - b.re, a.im - b.im);
                    default: return complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
                }
        }
    }

    private static PyScalar divide(PyScalar a, PyScalar b) {
        Kind k = common(a, b);
        if (k != Kind.COMPLEX) {
            if (b.re == 0) {
                throw zeroDivision(k == Kind.INT ? "division by zero" : "float division by zero");
            }
            return of(a.re / b.re);
        }
        if (b.re == 0 && b.im == 0) {
            throw zeroDivision("complex division by zero");
        }
        // Smith's algorithm, as CPython divides complex numbers
        double ar = a.re;
        double ai = a.im;
        double br = b.re;
        double bi = b.im;
        if (Math.abs(br) >= Math.abs(bi)) {
            double ratio = bi / br;
            double den = br + bi * ratio;
            return complex((ar + ai * ratio) / den, (ai - ar * ratio) / den);
        }
        double ratio = br / bi;
        double den = br * ratio + bi;
        return complex((ar * ratio + ai) / den, (ai * ratio - ar) / den);
    }

    private static PyScalar floorDivMod(String op, PyScalar a, PyScalar b) {
        Kind k = common(a, b);
        boolean div = op.equals("floor_divide");
        if (k == Kind.COMPLEX) {
            throw typeError("unsupported operand type(s) for " + (div ? "//" : "%") + ": '" + a.typeName() + "' and '"
                    + b.typeName() + "'");
        }
        if (k == Kind.INT) {
            if (b.bits == 0) {
                throw zeroDivision(div ? "integer division or modulo by zero" : "integer modulo by zero");
            }
            if (div) {
                return of(exact(() -> {
                    if (a.bits == Long.MIN_VALUE && b.bits == -1) {
                        throw new ArithmeticException();
                    }
                    return Math.floorDiv(a.bits, b.bits);
                }, a + " // " + b));
            }
            return of(Math.floorMod(a.bits, b.bits));
        }
        double x = a.re;
        double y = b.re;
        if (y == 0) {
            throw zeroDivision(div ? "float floor division by zero" : "float modulo");
        }
        // Python's float divmod: the remainder takes the divisor's sign, the quotient is floored.
        double mod = x % y;
        double d = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                d -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floordiv;
        if (d != 0) {
            floordiv = Math.floor(d);
            if (d - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return of(div ? floordiv : mod);
    }

    private static PyScalar power(PyScalar a, PyScalar b) {
        Kind k = common(a, b);
        if (k == Kind.INT) {
            long base = a.bits;
            long e = b.bits;
            if (e < 0) {
                if (base == 0) {
                    throw zeroDivision("0.0 cannot be raised to a negative power");
                }
                return of(Math.pow(base, e));
            }
            long r = 1;
            long p = base;
            long n = e;
            String what = a + " ** " + b;
            while (n > 0) {
                if ((n & 1) != 0) {
                    final long rr = r;
                    final long pp = p;
                    r = exact(() -> Math.multiplyExact(rr, pp), what);
                }
                n >>= 1;
                if (n > 0) {
                    final long pp = p;
                    p = exact(() -> Math.multiplyExact(pp, pp), what);
                }
            }
            return of(r);
        }
        if (k == Kind.FLOAT) {
            double x = a.re;
            double y = b.re;
            if (x == 0 && y < 0) {
                throw zeroDivision("0.0 cannot be raised to a negative power");
            }
            if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
                return complexPower(complex(x, 0), complex(y, 0)); // Python 3: a negative base to a fraction is complex
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw new IllegalArgumentException("OverflowError: (34, 'Numerical result out of range') in " + a + " ** " + b);
            }
            return of(r);
        }
        return complexPower(a, b);
    }

    private static PyScalar complexPower(PyScalar a, PyScalar b) {
        if (b.re == 0 && b.im == 0) {
            return complex(1, 0);
        }
        if (b.im == 0 && b.re == Math.rint(b.re) && Math.abs(b.re) <= 100) {
            // CPython raises a complex to a small integer power by repeated multiplication
            long n = (long) Math.abs(b.re);
            PyScalar r = complex(1, 0);
            PyScalar p = complex(a.re, a.im);
            while (n > 0) {
                if ((n & 1) != 0) {
                    r = arithmetic("multiply", r, p);
                }
                p = arithmetic("multiply", p, p);
                n >>= 1;
            }
            return b.re < 0 ? divide(complex(1, 0), r) : r;
        }
        if (a.re == 0 && a.im == 0) {
            if (b.im != 0 || b.re < 0) {
                throw zeroDivision("0.0 to a negative or complex power");
            }
            return complex(0, 0);
        }
        double vabs = Math.hypot(a.re, a.im);
        double len = Math.pow(vabs, b.re);
        double at = Math.atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0) {
            len /= Math.exp(at * b.im);
            phase += b.im * Math.log(vabs);
        }
        return complex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyScalar bitwise(String op, PyScalar a, PyScalar b) {
        if (!a.isIntegral() || !b.isIntegral()) {
            String sym = op.equals("bitwise_and") ? "&" : op.equals("bitwise_or") ? "|" : "^";
            throw typeError("unsupported operand type(s) for " + sym + ": '" + a.typeName() + "' and '" + b.typeName() + "'");
        }
        long r = op.equals("bitwise_and") ? a.bits & b.bits : op.equals("bitwise_or") ? a.bits | b.bits : a.bits ^ b.bits;
        return a.kind == Kind.BOOL && b.kind == Kind.BOOL ? of(r != 0) : of(r);
    }

    private static PyScalar shift(String op, PyScalar a, PyScalar b) {
        boolean left = op.equals("left_shift");
        if (!a.isIntegral() || !b.isIntegral()) {
            throw typeError("unsupported operand type(s) for " + (left ? "<<" : ">>") + ": '" + a.typeName() + "' and '"
                    + b.typeName() + "'");
        }
        if (b.bits < 0) {
            throw new IllegalArgumentException("ValueError: negative shift count");
        }
        if (!left) {
            return of(b.bits >= 64 ? (a.bits < 0 ? -1 : 0) : a.bits >> b.bits);
        }
        if (a.bits == 0) {
            return of(0L);
        }
        if (b.bits >= 63 || Long.numberOfLeadingZeros(a.bits < 0 ? ~a.bits : a.bits) <= b.bits) {
            throw new IllegalArgumentException("the Python int " + a + " << " + b + " does not fit int64 (a formula's ints are int64)");
        }
        return of(a.bits << b.bits);
    }

    private static PyScalar compare(String op, PyScalar a, PyScalar b) {
        Kind k = common(a, b);
        if (k == Kind.COMPLEX) {
            boolean eq = a.re == b.re && a.im == b.im;
            if (op.equals("equal")) {
                return of(eq);
            }
            if (op.equals("not_equal")) {
                return of(!eq);
            }
            throw typeError("'" + symbol(op) + "' not supported between instances of '" + a.typeName() + "' and '"
                    + b.typeName() + "'");
        }
        int c;
        boolean unordered = false;
        if (k == Kind.INT) {
            c = Long.compare(a.bits, b.bits);
        } else {
            unordered = Double.isNaN(a.re) || Double.isNaN(b.re);
            c = Double.compare(a.re, b.re);
            if (a.re == b.re) {
                c = 0; // -0.0 == 0.0
            }
        }
        switch (op) {
            case "equal": return of(!unordered && c == 0);
            case "not_equal": return of(unordered || c != 0);
            case "less": return of(!unordered && c < 0);
            case "less_equal": return of(!unordered && c <= 0);
            case "greater": return of(!unordered && c > 0);
            default: return of(!unordered && c >= 0);
        }
    }

    private static String symbol(String op) {
        switch (op) {
            case "less": return "<";
            case "less_equal": return "<=";
            case "greater": return ">";
            default: return ">=";
        }
    }
}
