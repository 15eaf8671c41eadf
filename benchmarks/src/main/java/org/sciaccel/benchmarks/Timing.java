package org.sciaccel.benchmarks;

import java.util.Arrays;

/** Median of repeated runs after warm-up; the same rule the SciPy side uses. */
final class Timing {
    /**
     * Least warm-up time on the JVM side: C2 compiles long-running loops (and the vector-API code,
     * which is very slow until compiled) only after a while, later still with two cores shared
     * between the compiler and the workers, so a fixed count of long runs can end before the code
     * is compiled. SciPy (compiled ahead of time) needs no such minimum.
     */
    static final double MIN_WARMUP_SECONDS = 2.0;

    private Timing() {
    }

    static double medianSeconds(Runnable step, int warmups, int repeats) {
        long warmStart = System.nanoTime();
        for (int i = 0; i < warmups || System.nanoTime() - warmStart < MIN_WARMUP_SECONDS * 1e9; i++) {
            step.run();
        }
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            step.run();
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        return median(t);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
