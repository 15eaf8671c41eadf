package org.sciaccel.spi;

/**
 * What a backend implements for Formula kernels: a whole element-wise expression (and a reduction behind it) compiled into one kernel per backend. The facade ({@code org.sciaccel.numpy}) validates and
 * normalises the arguments first, so implementations may assume valid input.
 */
public interface FormulaOps {
}
