package org.sciaccel.spi;

/**
 * What a backend implements for NumPy's element-wise functions (ufuncs): arithmetic, math, comparison, logic and bit operations, with broadcasting and NumPy's type resolution. The facade ({@code org.sciaccel.numpy}) validates and
 * normalises the arguments first, so implementations may assume valid input.
 */
public interface UfuncOps {
}
