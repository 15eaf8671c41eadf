package org.sciaccel.cpu.creation;

import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.spi.Element;
import org.sciaccel.spi.Ramp;

/**
 * The value of one {@link Ramp} at a coordinate, in the arithmetic of its dtype (see
 * {@link org.sciaccel.spi.CreationOps}): 64-bit wrapping integers, float for float32 and float16
 * (rounded to half), double for float64, the complex types part by part. Gives the element's bits.
 */
final class CpuRampFormula {
    private final DType dtype;
    private final boolean affine;
    private final Element first;
    private final Element second;

    CpuRampFormula(Ramp ramp) {
        this.dtype = ramp.first().dtype();
        this.affine = ramp.affine();
        this.first = ramp.first();
        this.second = ramp.second();
    }

    /** The real component's bits at coordinate {@code c}. */
    long realBits(long c) {
        return componentBits(c, first.real(), second.real());
    }

    /** The imaginary component's bits at coordinate {@code c} (0 for the real types). */
    long imagBits(long c) {
        return dtype.isComplex() ? componentBits(c, first.imag(), second.imag()) : 0;
    }

    private long componentBits(long c, long a, long b) {
        if (!affine) {
            // NumPy's fill stores the first two values as given and computes from the third on.
            if (c == 0) {
                return a;
            }
            if (c == 1) {
                return b;
            }
        }
        switch (dtype) {
            case FLOAT64: case COMPLEX128: {
                double x = Double.longBitsToDouble(a), y = Double.longBitsToDouble(b);
                double v = affine ? c * y + x : x + c * (y - x);
                return Double.doubleToRawLongBits(v);
            }
            case FLOAT32: case COMPLEX64: {
                float x = Float.intBitsToFloat((int) a), y = Float.intBitsToFloat((int) b);
                float fc = c;
                float v = affine ? fc * y + x : x + fc * (y - x);
                return Float.floatToRawIntBits(v) & 0xFFFF_FFFFL;
            }
            case FLOAT16: {
                // NumPy's HALF_fill: the halves widened to float, float arithmetic, one rounding to half.
                float x = Half.toFloat((short) a), y = Half.toFloat((short) b);
                float fc = c;
                float v = affine ? fc * y + x : x + fc * (y - x);
                return Half.fromFloat(v) & 0xFFFFL;
            }
            default: {
                // Integers and bool: two's complement wraps alike in 64 bits and in the narrow type.
                long v = affine ? c * b + a : a + c * (b - a);
                return Element.ofInteger(dtype, v).real();
            }
        }
    }
}
