package org.sciaccel.numpy;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.spi.Element;

/**
 * A Python scalar as the creation functions take it (a fill value, arange's start, stop and step, a
 * grid's bounds): a bool, an int (Java {@code long}), a float (Java {@code double}) or a complex,
 * and the two ways NumPy 1.24 puts one into an array of a dtype:
 * <ul>
 * <li>{@link #cast}: {@code np.asarray(value).astype(dtype)} (full, ones, the _like forms, and a
 * Python number meeting an array): the value first becomes bool, int64, float64 or complex128,
 * then is cast as NumPy's C loops cast: integers keep their low bits, a float goes to an integer
 * through x86-64's truncating conversion ({@link Casting#cConvert}: 300.7 as uint8 is 44, NaN as
 * int64 is -2^63), a complex to a real type keeps its real part (NumPy warns), to bool it is
 * {@code re != 0 or im != 0};</li>
 * <li>{@link #setitem}: the dtype's {@code setitem} ({@code arange} places its first two values
 * so): an integer type takes {@code int(value)} (truncation, then the low bits; NaN and infinity
 * are errors, as Python's {@code int()} raises), a float type {@code float(value)} rounded to the
 * type, bool {@code bool(value)}.</li>
 * </ul>
 */
final class PyValue {
    enum Kind { BOOL, INT, FLOAT, COMPLEX }

    final Kind kind;
    final long integer;
    final double real;
    final double imag;

    private PyValue(Kind kind, long integer, double real, double imag) {
        this.kind = kind;
        this.integer = integer;
        this.real = real;
        this.imag = imag;
    }

    static PyValue of(boolean v) {
        return new PyValue(Kind.BOOL, v ? 1 : 0, v ? 1 : 0, 0);
    }

    static PyValue of(long v) {
        return new PyValue(Kind.INT, v, v, 0);
    }

    static PyValue of(double v) {
        return new PyValue(Kind.FLOAT, 0, v, 0);
    }

    static PyValue ofComplex(double re, double im) {
        return new PyValue(Kind.COMPLEX, 0, re, im);
    }

    boolean isInteger() {
        return kind == Kind.INT || kind == Kind.BOOL;
    }

    /** The value as a Python float would take it ({@code float(v)}; a complex's real part). */
    double asDouble() {
        return isInteger() ? (double) integer : real;
    }

    /** The dtype {@code np.asarray(value)} has: bool, int64, float64 or complex128. */
    DType dtype() {
        switch (kind) {
            case BOOL: return DType.BOOL;
            case INT: return DType.INT64;
            case FLOAT: return DType.FLOAT64;
            default: return DType.COMPLEX128;
        }
    }

    /** {@code np.asarray(value).astype(dtype)}'s element, as {@link PyValue} describes it. */
    Element cast(DType dtype) {
        if (isInteger()) {
            long v = integer;
            if (dtype.isIntegral()) {
                return Element.ofInteger(dtype, v);
            }
            switch (dtype) {
                // int64 to float32 rounds once (a C conversion), to float16 through float as NumPy's cast does.
                case FLOAT32: case COMPLEX64: return Element.ofComplex(dtype, (float) v, 0);
                case FLOAT16: return Element.ofFloat(dtype, (float) v);
                default: return Element.ofComplex(dtype, (double) v, 0);
            }
        }
        if (dtype.isComplex()) {
            return Element.ofComplex(dtype, real, imag);
        }
        if (dtype == DType.BOOL) {
            return Element.ofInteger(dtype, real != 0 || imag != 0 || Double.isNaN(real) ? 1 : 0);
        }
        if (dtype.isFloatingPoint()) {
            return Element.ofFloat(dtype, real);
        }
        if (dtype == DType.UINT64) {
            return Element.ofInteger(dtype, Casting.toUint64Bits(real));
        }
        return Element.ofInteger(dtype, (long) Casting.cConvert(real, dtype));
    }

    /**
     * The dtype's {@code setitem} of this value, as {@link PyValue} describes it.
     *
     * @param what names the value in an error ({@code "arange: start"})
     */
    Element setitem(DType dtype, String what) {
        if (dtype.isComplex()) {
            return Element.ofComplex(dtype, asDouble(), kind == Kind.COMPLEX ? imag : 0);
        }
        if (kind == Kind.COMPLEX) {
            throw SciPyArgumentException.typeError(what + "=" + this + ": a complex value cannot be stored in " + dtype
                    + " (NumPy raises TypeError: can't convert complex to " + (dtype.isFloatingPoint() ? "float" : "int") + ")");
        }
        if (dtype == DType.BOOL) {
            return Element.ofInteger(dtype, isInteger() ? integer : (real != 0 || Double.isNaN(real) ? 1 : 0));
        }
        if (dtype.isFloatingPoint()) {
            // float(v) first: a Python int becomes the nearest double, which the type then rounds again.
            double d = asDouble();
            return dtype == DType.FLOAT16 ? new Element(dtype, Half.fromDouble(d) & 0xFFFFL, 0) : Element.ofFloat(dtype, d);
        }
        if (isInteger()) {
            return Element.ofInteger(dtype, integer);
        }
        if (Double.isNaN(real)) {
            throw new IllegalArgumentException(what + "=nan cannot be stored in " + dtype
                    + " (NumPy raises ValueError: cannot convert float NaN to integer)");
        }
        if (Double.isInfinite(real)) {
            throw new IllegalArgumentException(what + "=" + real + " cannot be stored in " + dtype
                    + " (NumPy raises OverflowError: cannot convert float infinity to integer)");
        }
        // int(v) truncates toward zero; a value beyond 64 bits keeps its low 64 bits, as the big Python int would.
        long low = Math.abs(real) < 0x1p63 ? (long) real
                : new java.math.BigDecimal(real).toBigInteger().longValue();
        return Element.ofInteger(dtype, low);
    }

    @Override
    public String toString() {
        switch (kind) {
            case BOOL: return integer != 0 ? "True" : "False";
            case INT: return Long.toString(integer);
            case FLOAT: return Double.toString(real);
            default: return "(" + real + (imag < 0 || Double.isNaN(imag) ? "" : "+") + imag + "j)";
        }
    }
}
