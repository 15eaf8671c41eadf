package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * Bad input to the element-wise functions, on every available backend: shapes that do not broadcast, dtypes
 * NumPy's ufunc has no loop for, integers to negative powers. Each call must fail with one line naming the
 * function, the operands' shapes and dtypes, the same message on every backend, and leave its inputs as they
 * were.
 */
class UfuncBadInputTest {
    /** A refused call: its inputs, the call, and text the message must contain. */
    private record Case(String what, List<HostArray> inputs, Function<List<NDArray>, NDArray> call, String... mentions) {
    }

    private static List<Case> cases() {
        Random r = new Random(13_005);
        List<Case> cases = new ArrayList<>();
        HostArray f23 = UfuncArrays.random(DType.FLOAT32, new int[] {2, 3}, r);
        HostArray i4 = UfuncArrays.random(DType.INT16, new int[] {4}, r);
        cases.add(new Case("add (2,3) + (4,)", List.of(f23, i4), x -> Numpy.add(x.get(0), x.get(1)),
                "add", "(2,3)", "(4,)", "float32", "int16"));
        HostArray c32 = UfuncArrays.random(DType.COMPLEX64, new int[] {3, 2}, r);
        cases.add(new Case("multiply (2,3) * (3,2)", List.of(f23, c32), x -> Numpy.multiply(x.get(0), x.get(1)),
                "multiply", "(2,3)", "(3,2)", "float32", "complex64"));
        HostArray b5 = UfuncArrays.random(DType.BOOL, new int[] {5, 1}, r);
        cases.add(new Case("where (5,1) (2,3) (4,)", List.of(b5, f23, i4), x -> Numpy.where(x.get(0), x.get(1), x.get(2)),
                "where", "(5,1)", "(2,3)", "(4,)"));
        HostArray f64 = UfuncArrays.random(DType.FLOAT64, new int[] {2, 3}, r);
        cases.add(new Case("bitwise_and of floats", List.of(f23, f64), x -> Numpy.bitwiseAnd(x.get(0), x.get(1)),
                "bitwise_and", "float32", "float64"));
        cases.add(new Case("invert of a float", List.of(f64), x -> Numpy.invert(x.get(0)), "invert", "float64"));
        cases.add(new Case("left_shift of complex", List.of(c32, i4), x -> Numpy.leftShift(x.get(0), x.get(1)),
                "left_shift", "complex64"));
        HostArray u8 = UfuncArrays.random(DType.UINT8, new int[] {3}, r);
        cases.add(new Case("floor_divide of complex", List.of(c32, u8), x -> Numpy.floorDivide(x.get(0), x.get(1)),
                "floor_divide", "complex64"));
        cases.add(new Case("arctan2 of complex", List.of(c32), x -> Numpy.arctan2(x.get(0), 1.0), "arctan2", "complex64"));
        HostArray base = new HostArray(DType.INT32, new int[] {3}, new int[] {2, 3, 4});
        HostArray exponent = new HostArray(DType.INT32, new int[] {3}, new int[] {1, -2, 0});
        cases.add(new Case("int32 to a negative int32 power", List.of(base, exponent), x -> Numpy.power(x.get(0), x.get(1)),
                "negative integer powers"));
        return cases;
    }

    @Test
    void refusedOnEveryBackendWithOneLineNamingOperandsAndInputsUnchanged() {
        String missing = TestBackends.missingRequiredBackend();
        if (missing != null) {
            fail(missing);
        }
        for (Case c : cases()) {
            String first = null;
            for (String name : TestBackends.available()) {
                Backend backend = TestBackends.get(name);
                List<NDArray> arrays = new ArrayList<>();
                for (HostArray h : c.inputs()) {
                    arrays.add(NDArray.fromHost(backend, h));
                }
                long live = backend.liveAllocations();
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.call().apply(arrays).close(),
                        name + ": " + c.what());
                String message = e.getMessage();
                assertFalse(message.contains("\n"), name + ": " + c.what() + ": not one line: " + message);
                for (String m : c.mentions()) {
                    assertTrue(message.contains(m), name + ": " + c.what() + ": the message does not name " + m + ": " + message);
                }
                if (first == null) {
                    first = message;
                } else {
                    assertEquals(first, message, c.what() + ": backends give different messages");
                }
                assertEquals(live, backend.liveAllocations(), name + ": " + c.what() + ": the failed call left allocations");
                for (int i = 0; i < arrays.size(); i++) {
                    assertTrue(UfuncArrays.sameBits(c.inputs().get(i), arrays.get(i).toHost()),
                            name + ": " + c.what() + ": input " + i + " changed");
                    arrays.get(i).close();
                }
            }
        }
    }
}
