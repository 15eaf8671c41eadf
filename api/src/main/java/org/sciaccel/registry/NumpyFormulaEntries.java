package org.sciaccel.registry;

/** The registry entries of Formula kernels: a whole element-wise expression (and a reduction behind it) compiled into one kernel per backend, under NumPy's qualified names and NumPy 1.24's parameter names. */
public final class NumpyFormulaEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.FORMULA;
    }

    @Override
    public void register(OpRegistry registry) {
    }
}
