package org.sciaccel.cluster;

import org.sciaccel.NDArray;

/**
 * scipy.cluster.vq.vq's result: each observation's nearest code (int32) and its distance to it (the data's float
 * type). Closing it closes both arrays.
 *
 * @param code the index of the nearest code of each observation
 * @param dist the distance of each observation to that code
 */
public record VqResult(NDArray code, NDArray dist) implements AutoCloseable {
    @Override
    public void close() {
        code.close();
        dist.close();
    }
}
