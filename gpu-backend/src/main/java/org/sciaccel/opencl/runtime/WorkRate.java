package org.sciaccel.opencl.runtime;

/**
 * Device nanoseconds per unit of work of one kernel (or one kind of copy), learned from the profiled
 * times of its completed launches: decayed sums of time and of work, so that long launches weigh in
 * by their length (the fixed cost of a tiny launch does not make a kernel look slow for long), and a
 * changed load on the device shows within a few launches.
 */
final class WorkRate {
    /** Weight left to the earlier launches at each new one. */
    private static final double DECAY = 0.75;

    private double nanos;
    private double units;

    /** Adds a completed launch of {@code work} units that ran {@code elapsed} ns on the device. */
    synchronized void add(double work, long elapsed) {
        if (work <= 0 || elapsed < 0) {
            return;
        }
        nanos = nanos * DECAY + elapsed;
        units = units * DECAY + work;
    }

    /** Nanoseconds per unit, or {@code unknown} before the first completed launch. */
    synchronized double nanosPerUnit(double unknown) {
        return units > 0 ? Math.max(nanos / units, 1e-6) : unknown;
    }
}
