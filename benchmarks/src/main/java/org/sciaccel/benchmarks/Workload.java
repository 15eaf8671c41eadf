package org.sciaccel.benchmarks;

import org.sciaccel.Backend;

/**
 * One thing the runner times, the same way on every sciaccel backend and in SciPy.
 */
public interface Workload {

    /** Short identifier, e.g. {@code gaussian_filter-4096x4096-f32-s3}. */
    String id();

    /** What is computed, in SciPy terms, for the report. */
    String description();

    /**
     * Prepares the inputs on {@code backend} and returns the timed step. The step runs the
     * operation once, waits for the device, and frees its result.
     */
    PreparedRun prepare(Backend backend);

    /**
     * Python statements for SciPy: a setup part building the same inputs, and the timed statement.
     * Both run after {@code import numpy as np, scipy.fft, scipy.linalg, scipy.signal} and
     * {@code from scipy import ndimage}.
     */
    String scipySetup();

    String scipyStatement();

    /**
     * Whether the backend runs this workload itself; a workload it would only run on the CPU
     * fallback is left out of its rows rather than timed under its name.
     */
    default boolean runsOn(Backend backend) {
        return true;
    }

    /**
     * The factor the SciPy time is multiplied by before it is reported: 1, or more when the SciPy
     * statement runs a stated subset of the work (e.g. a Python loop over part of a batch), which
     * {@link #description()} must then say.
     */
    default double scipyExtrapolation() {
        return 1;
    }

    /** A prepared workload: {@link #run()} is timed, {@link #close()} frees the inputs. */
    interface PreparedRun extends AutoCloseable {
        void run();

        @Override
        void close();
    }
}
