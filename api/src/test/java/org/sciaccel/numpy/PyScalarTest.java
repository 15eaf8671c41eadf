package org.sciaccel.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Python's arithmetic between Python scalars (the values are what CPython 3.11 answers). */
class PyScalarTest {
    private static PyScalar i(long v) {
        return PyScalar.of(v);
    }

    private static PyScalar f(double v) {
        return PyScalar.of(v);
    }

    private static PyScalar b(boolean v) {
        return PyScalar.of(v);
    }

    private static PyScalar op(String op, PyScalar a, PyScalar c) {
        return PyScalar.apply(op, a, c);
    }

    @Test
    void intsFloorAndWrapNothing() {
        assertEquals(i(-4), op("floor_divide", i(7), i(-2)));
        assertEquals(i(-1), op("remainder", i(7), i(-2)));
        assertEquals(f(0.5), op("power", i(2), i(-1)));
        assertEquals(i(1024), op("power", i(2), i(10)));
        assertEquals(i(-8), op("power", i(-2), i(3)));
        assertEquals(f(2.5), op("divide", i(5), i(2)));
        assertEquals(i(1L << 62), op("left_shift", i(1), i(62)));
        assertEquals(i(-1), op("right_shift", i(-1), i(70)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> op("left_shift", i(1), i(63)));
        assertTrue(e.getMessage().contains("int64"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> op("multiply", i(Long.MAX_VALUE), i(2)));
        assertThrows(IllegalArgumentException.class, () -> op("power", i(3), i(40)));
        e = assertThrows(IllegalArgumentException.class, () -> op("floor_divide", i(1), i(0)));
        assertTrue(e.getMessage().startsWith("ZeroDivisionError"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> op("right_shift", i(1), i(-1)));
    }

    @Test
    void boolsAreIntsExceptBetweenThemselves() {
        assertEquals(i(2), op("add", b(true), b(true)));
        assertEquals(i(-2), op("invert", b(true), null));
        assertEquals(i(-1), op("negative", b(true), null));
        assertEquals(b(true), op("bitwise_and", b(true), b(true)));
        assertEquals(i(1), op("bitwise_and", b(true), i(3)));
        assertEquals(b(true), op("equal", i(3), f(3.0)));
    }

    @Test
    void floatsFollowPythonsDivmod() {
        assertEquals(f(-4.0), op("floor_divide", f(-7.5), i(2)));
        assertEquals(f(0.5), op("remainder", f(-7.5), i(2)));
        assertEquals(f(-0.5), op("remainder", f(7.5), i(-2)));
        assertEquals(f(0.0), op("remainder", f(-0.0), i(5)));
        assertEquals(f(-0.0), op("floor_divide", f(0.0), i(-3)));
        assertTrue(Double.isNaN(op("floor_divide", f(Double.POSITIVE_INFINITY), f(1.0)).re()));
        assertEquals(f(5.5), op("remainder", f(5.5), f(Double.POSITIVE_INFINITY)));
        assertEquals(f(Double.POSITIVE_INFINITY), op("remainder", f(-5.5), f(Double.POSITIVE_INFINITY)));
        assertEquals(b(false), op("less", f(Double.NaN), i(1)));
        assertEquals(b(true), op("not_equal", f(Double.NaN), f(Double.NaN)));
        assertEquals(f(Math.sqrt(2)), op("power", f(2.0), f(0.5)));
        assertEquals(PyScalar.Kind.COMPLEX, op("power", f(-8.0), f(1.0 / 3)).kind());
        assertThrows(IllegalArgumentException.class, () -> op("power", f(2.0), f(10000)));
        assertThrows(IllegalArgumentException.class, () -> op("invert", f(1.5), null));
        assertThrows(IllegalArgumentException.class, () -> op("bitwise_or", f(1.5), i(1)));
    }

    @Test
    void complexNumbers() {
        assertEquals(PyScalar.complex(5, 5), op("multiply", PyScalar.complex(1, 2), PyScalar.complex(3, -1)));
        PyScalar q = op("divide", PyScalar.complex(1, 2), PyScalar.complex(3, -1));
        assertEquals(0.1, q.re(), 1e-16);
        assertEquals(0.7, q.im(), 1e-15);
        assertEquals(PyScalar.complex(-1, 0), op("power", PyScalar.complex(0, 1), i(2)));
        assertThrows(IllegalArgumentException.class, () -> op("less", PyScalar.complex(0, 1), i(2)));
        assertThrows(IllegalArgumentException.class, () -> op("floor_divide", PyScalar.complex(1, 1), i(2)));
    }
}
