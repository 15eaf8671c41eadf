package org.sciaccel.spi;

/**
 * What a backend implements for NumPy's array creation on a chosen backend: zeros, ones, full, the _like forms, arange, linspace, logspace, eye, diag, tri, tril, triu, meshgrid, mgrid, ogrid, indices. The facade ({@code org.sciaccel.numpy}) validates and
 * normalises the arguments first, so implementations may assume valid input.
 */
public interface CreationOps {
}
