package org.sciaccel.numpy;

import org.sciaccel.NDArray;

/**
 * The result of {@link Numpy#histogram2d}: the float64 counts {@code H} (x along the first axis) and
 * the edges of each axis, new arrays on the inputs' backend. Closing it closes all three.
 *
 * @param H      counts (or density), shape {@code (nx, ny)}
 * @param xedges the nx + 1 edges of x
 * @param yedges the ny + 1 edges of y
 */
public record Histogram2d(NDArray H, NDArray xedges, NDArray yedges) implements AutoCloseable {
    @Override
    public void close() {
        H.close();
        xedges.close();
        yedges.close();
    }
}
