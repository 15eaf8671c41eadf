package org.sciaccel.benchmarks;

import org.sciaccel.Backend;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Random;

/**
 * {@code Generator(Philox(seed)).random(n)}: float64 uniforms, the same numbers as NumPy's
 * (issue 13's target: at least twice NumPy's speed on the 2-core CPU backend). Each timed run draws
 * the next n numbers of one generator, as NumPy's statement does.
 */
final class RandomWorkload implements Workload {
    private static final long SEED = 12345;
    private final int n;

    RandomWorkload(int n) {
        this.n = n;
    }

    @Override
    public String id() {
        return "random-philox-" + n + "-f64";
    }

    @Override
    public String description() {
        return "`Generator(Philox(12345)).random(" + n + ")` (float64)";
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        Random rng = Random.philox(SEED, backend);
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = rng.random(n)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                // The generator holds no device memory.
            }
        };
    }

    @Override
    public String scipySetup() {
        return "g = np.random.Generator(np.random.Philox(" + SEED + "))";
    }

    @Override
    public String scipyStatement() {
        return "g.random(" + n + ")";
    }
}
