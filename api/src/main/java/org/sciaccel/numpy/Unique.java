package org.sciaccel.numpy;

import org.sciaccel.NDArray;

/**
 * The result of {@link Numpy#unique(NDArray, boolean, boolean, boolean)}: the sorted unique values
 * and, where asked for, the index of each one's first occurrence, the inverse (for every input
 * element, the position of its value among the unique values) and the counts, all int64, all new
 * arrays on the input's backend. Closing it closes them.
 *
 * @param values  the sorted unique values
 * @param indices first occurrences in the flattened input (null unless asked for)
 * @param inverse positions in {@code values} of every element of the flattened input (null unless asked for)
 * @param counts  how often each value occurs (null unless asked for)
 */
public record Unique(NDArray values, NDArray indices, NDArray inverse, NDArray counts) implements AutoCloseable {
    @Override
    public void close() {
        for (NDArray a : new NDArray[] {values, indices, inverse, counts}) {
            if (a != null) {
                a.close();
            }
        }
    }
}
