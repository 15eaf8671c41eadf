package org.sciaccel.stats;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.NDArray;

/**
 * The intermediate arrays of one statistics call: each is registered as it is made and closed when
 * the call ends, except those handed back to the caller ({@link #keep}).
 */
final class StatsScope implements AutoCloseable {
    private final List<NDArray> temps = new ArrayList<>();

    /** Registers an intermediate array and returns it. */
    NDArray t(NDArray a) {
        temps.add(a);
        return a;
    }

    /** Takes {@code a} out of the arrays closed at the end (it becomes part of the result). */
    NDArray keep(NDArray a) {
        temps.removeIf(x -> x == a);
        return a;
    }

    @Override
    public void close() {
        for (int i = temps.size() - 1; i >= 0; i--) {
            temps.get(i).close();
        }
        temps.clear();
    }
}
