package org.sciaccel.spi;

import java.util.Objects;
import org.sciaccel.NDArray;

/**
 * The result of {@link ReductionOps#reduce}: the array, and whether some output element met the
 * condition NumPy warns about (see {@link ReductionOps#reduce}), which only the device knows.
 *
 * @param array   the result, owned by the caller
 * @param flagged for NANMIN / NANMAX: some output is NaN (an all-NaN slice); for NANMEAN: some slice had no
 *                element that is not NaN; for NANVAR: some slice had {@code count - ddof <= 0}; false otherwise
 */
public record Reduced(NDArray array, boolean flagged) {
    public Reduced {
        Objects.requireNonNull(array, "array");
    }
}
