package org.sciaccel.cli.demo;

import java.util.Locale;
import org.sciaccel.Backend;

/**
 * The bytes a pipeline copied between the host and a backend ({@link Backend#bytesToBackend()} and
 * {@link Backend#bytesFromBackend()} before and after it): a pipeline that stays on the device moves its input
 * there and its final outputs back, nothing in between.
 *
 * @param toBackend   bytes copied from the host into the backend's arrays
 * @param fromBackend bytes copied from the backend's arrays to the host
 */
public record Transfers(long toBackend, long fromBackend) {
    /**
     * What a backend may move besides a pipeline's input and outputs, none of it the pipeline's data: the
     * parameters of its kernels and the counts that decide a result's size.
     */
    static final String BEYOND = "(anything beyond them: kernel parameters such as filter footprints and FFT plans"
            + " (once per backend), and counts that size a result such as num_features)";

    /** The counters of a backend at the start of a pipeline. */
    public static final class Meter {
        private final Backend backend;
        private final long to;
        private final long from;

        private Meter(Backend backend) {
            this.backend = backend;
            this.to = backend.bytesToBackend();
            this.from = backend.bytesFromBackend();
        }

        /** What was moved since {@link #start}. */
        public Transfers stop() {
            return new Transfers(backend.bytesToBackend() - to, backend.bytesFromBackend() - from);
        }
    }

    /** Starts counting on {@code backend} (nothing else may use it meanwhile). */
    public static Meter start(Backend backend) {
        return new Meter(backend);
    }

    /**
     * "opencl: 905,092 B in, 904,256 B out (+900 B, +40 B beyond the input and outputs)": what moved next to
     * what the pipeline's input and outputs alone make ({@code expected}).
     */
    public String describe(String backend, Transfers expected) {
        String line = String.format(Locale.ROOT, "%s: %,d B in, %,d B out", backend, toBackend, fromBackend);
        if (equals(expected)) {
            return line + " (the input and outputs, nothing else)";
        }
        return line + String.format(Locale.ROOT, " (%+,d B, %+,d B beyond the input and outputs)",
                toBackend - expected.toBackend, fromBackend - expected.fromBackend);
    }
}
