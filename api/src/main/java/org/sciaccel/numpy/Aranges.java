package org.sciaccel.numpy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.sciaccel.DType;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.spi.Element;
import org.sciaccel.spi.Ramp;

/**
 * NumPy 1.24's {@code arange} (PyArray_ArangeObj) before any array exists: its dtype (at least
 * int64, float64 when any argument is a float), its length {@code ceil((stop - start) / step)}
 * computed as Python computes it (exact integer difference, a correctly rounded true division), its
 * first two values placed by the dtype's setitem, and its errors in NumPy's words. The values from
 * the third on are the backend's ({@link Ramp}: {@code first + i * (second - first)} in the dtype).
 */
final class Aranges {
    /** A Python int true division is exact below 2^53; beyond, it is done in decimal and rounded once. */
    private static final long EXACT = 1L << 53;

    final DType dtype;
    final int length;
    final Element first;
    final Element second;

    private Aranges(DType dtype, int length, Element first, Element second) {
        this.dtype = dtype;
        this.length = length;
        this.first = first;
        this.second = second;
    }

    /** The ramp of this arange (one block). */
    Ramp ramp() {
        return new Ramp(1, Math.max(1, length), first, second, false);
    }

    static Aranges plan(String op, PyValue start, PyValue stop, PyValue step, DType dtype) {
        if (start.kind == PyValue.Kind.COMPLEX || stop.kind == PyValue.Kind.COMPLEX || step.kind == PyValue.Kind.COMPLEX) {
            throw new IllegalArgumentException(op + ": complex start, stop or step (start=" + start + ", stop=" + stop
                    + ", step=" + step + ") is not implemented in sciaccel; a complex dtype with real bounds is");
        }
        boolean integral = start.isInteger() && stop.isInteger() && step.isInteger();
        DType type = dtype != null ? dtype : integral ? DType.INT64 : DType.FLOAT64;
        if ((step.isInteger() ? step.integer == 0 : step.real == 0)) {
            throw new IllegalArgumentException(op + ": step=" + step + " (start=" + start + ", stop=" + stop
                    + "): division by zero (NumPy raises ZeroDivisionError)");
        }
        long length = length(op, start, stop, step, integral);
        CreationChecks.requireElements(op, "a length of " + length, length, type);
        if (type == DType.BOOL && length > 2) {
            throw SciPyArgumentException.typeError(op + ": start=" + start + ", stop=" + stop + ", step=" + step
                    + " gives " + length + " values of dtype bool: arange() is only supported for booleans when the "
                    + "result has at most length 2.");
        }
        Element first = start.setitem(type, op + ": start");
        PyValue next = integral ? PyValue.of(start.integer + step.integer) : PyValue.of(start.asDouble() + step.asDouble());
        Element second = length > 1 ? next.setitem(type, op + ": start + step") : first;
        return new Aranges(type, (int) length, first, second);
    }

    /** {@code _calc_length}: the length, 0 for an empty range. */
    private static long length(String op, PyValue start, PyValue stop, PyValue step, boolean integral) {
        double value;
        boolean differenceNonZero;
        if (integral) {
            BigInteger diff = BigInteger.valueOf(stop.integer).subtract(BigInteger.valueOf(start.integer));
            differenceNonZero = diff.signum() != 0;
            value = trueDivide(diff, step.integer);
        } else {
            double diff = stop.asDouble() - start.asDouble();
            differenceNonZero = diff != 0 || Double.isNaN(diff);
            value = diff / step.asDouble();
        }
        if (value == 0 && differenceNonZero) {
            // NumPy's underflow and divide-by-infinity rule: one value unless the quotient is -0.
            return Double.doubleToRawLongBits(value) < 0 ? 0 : 1;
        }
        double ceil = Math.ceil(value);
        if (Double.isNaN(ceil)) {
            throw new IllegalArgumentException(op + ": start=" + start + ", stop=" + stop + ", step=" + step
                    + ": arange: cannot compute length");
        }
        if (!(ceil >= -0x1p63 && ceil <= 0x1p63)) {
            throw new IllegalArgumentException(op + ": start=" + start + ", stop=" + stop + ", step=" + step
                    + " gives ceil((stop - start) / step) = " + ceil + ": Maximum allowed size exceeded");
        }
        return Math.max(0, (long) ceil);
    }

    /** Python's {@code int / int}: the exact quotient rounded once to the nearest double. */
    private static double trueDivide(BigInteger a, long b) {
        if (a.abs().compareTo(BigInteger.valueOf(EXACT)) <= 0 && Math.abs(b) <= EXACT) {
            return a.doubleValue() / b;
        }
        // 40 significant digits, then one rounding to double: off from Python's only in a tie past them.
        return new BigDecimal(a).divide(new BigDecimal(b), new MathContext(40)).doubleValue();
    }
}
