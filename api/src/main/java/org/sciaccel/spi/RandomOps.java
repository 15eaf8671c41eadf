package org.sciaccel.spi;

/**
 * What a backend implements for NumPy's random numbers from a counter-based Philox generator that gives the same stream on every backend. The facade ({@code org.sciaccel.numpy}) validates and
 * normalises the arguments first, so implementations may assume valid input.
 */
public interface RandomOps {
}
