package org.sciaccel.spi;

/**
 * What a backend implements for NumPy's reductions and accumulations over axes: sum, prod, mean, std, var, min, max, arg-extrema, any, all, the nan-ignoring forms, cumsum, cumprod, diff. The facade ({@code org.sciaccel.numpy}) validates and
 * normalises the arguments first, so implementations may assume valid input.
 */
public interface ReductionOps {
}
