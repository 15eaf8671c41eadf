package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.stats.Stats;

/**
 * A scipy.stats distribution method on a float64 vector (issue 17's speed target: at least 2x SciPy on the CPU
 * backend): norm.cdf with loc 0.5 and scale 2 on arguments uniform in (-10, 10), one fused program of SciPy's
 * checks and ndtr.
 */
public final class StatsWorkload implements Workload {
    private final int size;

    private StatsWorkload(int size) {
        this.size = size;
    }

    public static StatsWorkload normCdf(int size) {
        return new StatsWorkload(size);
    }

    @Override
    public String id() {
        return "stats-norm-cdf-" + size + "-f64";
    }

    @Override
    public String description() {
        return "scipy.stats.norm.cdf(x, 0.5, 2.0) of " + size + " float64 uniform in (-10, 10)";
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        double[] data = new double[size];
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < size; i++) {
            data[i] = -10 + 20 * r.nextDouble();
        }
        NDArray x = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {size}, data));
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = Stats.norm.cdf(x, 0.5, 2.0)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                x.close();
            }
        };
    }

    @Override
    public String scipySetup() {
        return "import scipy.stats\nx = np.random.default_rng(17).uniform(-10, 10, " + size + ")";
    }

    @Override
    public String scipyStatement() {
        return "scipy.stats.norm.cdf(x, 0.5, 2.0)";
    }
}
