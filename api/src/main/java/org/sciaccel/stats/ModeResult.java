package org.sciaccel.stats;

import org.sciaccel.NDArray;

/** scipy.stats.mode's ModeResult: {@code mode} (the input's dtype) and {@code count} (int64). */
public record ModeResult(NDArray mode, NDArray count) implements AutoCloseable {
    @Override
    public void close() {
        mode.close();
        count.close();
    }
}
