package org.sciaccel.spi;

/**
 * What a backend implements for NumPy's shape manipulation and indexing: reshape, transpose, slicing, take, boolean masks, assignment, concatenate, stack, split, flip, roll, pad, tile, repeat, nonzero. The facade ({@code org.sciaccel.numpy}) validates and
 * normalises the arguments first, so implementations may assume valid input.
 */
public interface ShapeOps {
}
