package org.sciaccel.numpy;

import java.math.BigInteger;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.Shapes;

/**
 * The checks every creation function makes before a backend sees its arguments, in NumPy's words
 * where NumPy refuses the same thing: negative extents, sizes past NumPy's own limit, and sizes past
 * what a sciaccel array holds (with the numbers).
 */
final class CreationChecks {
    /** The most elements an {@link org.sciaccel.NDArray} holds (its size is a Java int, and the CPU backend's storage a Java array). */
    static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private CreationChecks() {
    }

    /** A null shape is refused; the shape is copied. */
    static int[] shape(String op, String param, int[] shape) {
        if (shape == null) {
            throw new IllegalArgumentException(op + ": " + param + " is null; give the extents, e.g. new int[] {2, 3}");
        }
        return shape.clone();
    }

    /**
     * Refuses a shape NumPy refuses ("negative dimensions are not allowed", "array is too big") and one
     * sciaccel cannot hold, naming the op, the shape, the dtype and the limit.
     */
    static void requireCreatable(String op, int[] shape, DType dtype) {
        BigInteger elements = BigInteger.ONE;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(op + ": shape " + Shapes.toString(shape)
                        + ": negative dimensions are not allowed");
            }
            elements = elements.multiply(BigInteger.valueOf(d));
        }
        if (elements.multiply(BigInteger.valueOf(dtype.itemSize())).bitLength() > 63) {
            throw new IllegalArgumentException(op + ": shape " + Shapes.toString(shape) + " of " + dtype
                    + ": array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        requireElements(op, "shape " + Shapes.toString(shape), elements.longValue(), dtype);
    }

    /** Refuses a result of more elements than an array holds, naming what asked for it. */
    static void requireElements(String op, String what, long elements, DType dtype) {
        long javaValues = elements * dtype.javaValuesPerElement();
        if (elements > MAX_ELEMENTS || javaValues > MAX_ELEMENTS) {
            throw new IllegalArgumentException(op + ": " + what + " of " + dtype + " needs " + elements + " elements ("
                    + elements * dtype.itemSize() + " bytes); a sciaccel array holds at most " + MAX_ELEMENTS
                    + " elements" + (dtype.isComplex() ? " and " + MAX_ELEMENTS / 2 + " complex ones" : ""));
        }
    }

    /** The backend's clear refusal of a dtype it cannot hold (float64 on a device without double precision). */
    static void requireSupported(Backend backend, DType dtype, String op) {
        if (backend == null) {
            throw new IllegalArgumentException(op + ": backend is null");
        }
        backend.requireSupported(dtype, op + ": dtype");
    }

    static DType dtype(DType dtype, DType defaultType) {
        return dtype == null ? defaultType : dtype;
    }
}
