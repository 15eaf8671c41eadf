package org.sciaccel.spi;

import java.util.Objects;
import org.sciaccel.DType;
import org.sciaccel.Half;

/**
 * One value of a dtype exactly as an array of that dtype stores it: the bits of its real component
 * and of its imaginary component (zero for the real types), each in the component's own format: a
 * float64's raw bits, a float32's or a float16's bits in the low 32 or 16 bits, an integer's value
 * (signed types sign-extended, unsigned types zero-extended, uint64 as its bits), a bool as 0 or 1.
 * The creation primitives take their fill values, ramp ends and steps in this form, so a backend
 * stores them without a second conversion (the facade converts once, as NumPy does).
 *
 * @param dtype the array dtype the value belongs to
 * @param real  the real component's bits
 * @param imag  the imaginary component's bits (0 for the real types)
 */
public record Element(DType dtype, long real, long imag) {

    public Element {
        Objects.requireNonNull(dtype, "dtype");
    }

    /** The value {@code v} of a float dtype (float16, float32, float64), rounded once; or of a complex dtype, imaginary part 0. */
    public static Element ofFloat(DType dtype, double v) {
        return ofComplex(dtype, v, 0.0);
    }

    /** A complex value of a complex dtype (each part rounded once to the component type), or the real part for a float dtype. */
    public static Element ofComplex(DType dtype, double re, double im) {
        switch (dtype) {
            case FLOAT64: return new Element(dtype, Double.doubleToRawLongBits(re), 0);
            case FLOAT32: return new Element(dtype, Float.floatToRawIntBits((float) re) & 0xFFFF_FFFFL, 0);
            case FLOAT16: return new Element(dtype, Half.fromDouble(re) & 0xFFFFL, 0);
            case COMPLEX128: return new Element(dtype, Double.doubleToRawLongBits(re), Double.doubleToRawLongBits(im));
            case COMPLEX64: return new Element(dtype, Float.floatToRawIntBits((float) re) & 0xFFFF_FFFFL,
                    Float.floatToRawIntBits((float) im) & 0xFFFF_FFFFL);
            default: throw new IllegalArgumentException("dtype " + dtype + " is not a floating or complex type");
        }
    }

    /** An integer or bool value: the low bits of {@code bits} as the type keeps them (bool: {@code bits != 0}). */
    public static Element ofInteger(DType dtype, long bits) {
        switch (dtype) {
            case BOOL: return new Element(dtype, bits != 0 ? 1 : 0, 0);
            case UINT8: return new Element(dtype, bits & 0xFFL, 0);
            case INT8: return new Element(dtype, (byte) bits, 0);
            case UINT16: return new Element(dtype, bits & 0xFFFFL, 0);
            case INT16: return new Element(dtype, (short) bits, 0);
            case UINT32: return new Element(dtype, bits & 0xFFFF_FFFFL, 0);
            case INT32: return new Element(dtype, (int) bits, 0);
            case INT64: case UINT64: return new Element(dtype, bits, 0);
            default: throw new IllegalArgumentException("dtype " + dtype + " is not an integer type");
        }
    }

    /** Zero of {@code dtype}. */
    public static Element zero(DType dtype) {
        return new Element(dtype, 0, 0);
    }

    /** One of {@code dtype} (True for bool). */
    public static Element one(DType dtype) {
        return dtype.isIntegral() ? ofInteger(dtype, 1) : ofFloat(dtype, 1.0);
    }

    /** The real component as a double, exactly (float16 and float32 widen exactly; integers as their value, uint64 unsigned and rounded). */
    public double realValue() {
        return componentValue(real);
    }

    /** The imaginary component as a double, exactly (0 for the real types). */
    public double imagValue() {
        return componentValue(imag);
    }

    private double componentValue(long bits) {
        switch (dtype) {
            case FLOAT64: case COMPLEX128: return Double.longBitsToDouble(bits);
            case FLOAT32: case COMPLEX64: return Float.intBitsToFloat((int) bits);
            case FLOAT16: return Half.toDouble((short) bits);
            case UINT64: return org.sciaccel.Casting.unsignedToDouble(bits);
            default: return bits;
        }
    }

    @Override
    public String toString() {
        if (dtype.isComplex()) {
            return dtype + "(" + realValue() + (imagValue() < 0 || Double.isNaN(imagValue()) ? "" : "+") + imagValue() + "j)";
        }
        if (dtype == DType.UINT64) {
            return dtype + "(" + Long.toUnsignedString(real) + ")";
        }
        return dtype + "(" + (dtype.isFloatingPoint() ? Double.toString(realValue()) : Long.toString(real)) + ")";
    }
}
