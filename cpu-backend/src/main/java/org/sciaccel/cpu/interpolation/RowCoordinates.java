package org.sciaccel.cpu.interpolation;

/**
 * Where each output element of {@code geometric_transform} samples, computed an output row at a
 * time (the row's elements differ only in the last output coordinate), so that a compiled formula
 * runs each instruction over the whole row in a tight loop.
 */
interface RowCoordinates {
    /** A filler for one worker task, with its own scratch space, for rows of {@code rowLength} elements. */
    Filler filler(int rowLength);

    /** Fills the coordinates of one row. */
    interface Filler {
        /**
         * @param index  the row's output index (its last entry is to be ignored: it runs over the row)
         * @param coords {@code coords[h][j]}: the coordinate along input axis {@code h} of the row's
         *               element {@code j}
         */
        void fill(int[] index, double[][] coords);
    }
}
