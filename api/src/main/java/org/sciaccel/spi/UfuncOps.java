package org.sciaccel.spi;

import org.sciaccel.NDArray;

/**
 * What a backend implements for NumPy's element-wise functions (ufuncs), comparison and logic: one entry
 * point that runs an {@link ElementwiseProgram} (a single ufunc call is a program of one node; the formula
 * kernels lower whole formulas onto the same programs). The facade ({@code org.sciaccel.numpy}) resolves
 * every node's loop with NumPy's rules ({@link org.sciaccel.numpy.NumpyTypes}) and checks that the operands
 * broadcast, so implementations may assume valid input.
 */
public interface UfuncOps {
    /**
     * Runs {@code program} element by element over {@code operands} broadcast to {@code shape}: each operand's
     * shape, right-aligned with {@code shape}, has at each axis the same extent or 1 (missing leading axes
     * count as 1). Every node converts its arguments to its loop's input types and computes its function as
     * NumPy's loop does.
     *
     * @param program  the computation; {@link ElementwiseProgram#operandTypes()} gives each operand's dtype
     * @param operands the arrays of the program's ARRAY leaves, by operand index, on this backend
     * @param shape    the result's shape (the broadcast of the operands' shapes)
     * @return a new array of {@link ElementwiseProgram#resultType()} and {@code shape} on this backend
     * @throws IllegalArgumentException where NumPy raises for the values (power of integers with a negative
     *         exponent: "Integers to negative integer powers are not allowed.")
     */
    NDArray evaluate(ElementwiseProgram program, NDArray[] operands, int[] shape);
}
