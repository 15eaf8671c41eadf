package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.spatial.Distance;

/**
 * scipy.spatial.distance.cdist of two float64 point sets (issue 18's target: 5000 x 5000 points of 16 features,
 * Euclidean, at least 2x SciPy on the CPU backend); the result is m x m float64.
 */
public final class DistanceWorkload implements Workload {
    private final int points;
    private final int features;
    private final String metric;

    public DistanceWorkload(int points, int features, String metric) {
        this.points = points;
        this.features = features;
        this.metric = metric;
    }

    @Override
    public String id() {
        return "cdist-" + metric + "-" + points + "x" + points + "x" + features;
    }

    @Override
    public String description() {
        return "scipy.spatial.distance.cdist(XA, XB, '" + metric + "') of " + points + " x " + features
                + " float64 normal points each";
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        NDArray xa = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {points, features},
                normal(points * features, 1)));
        NDArray xb = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {points, features},
                normal(points * features, 2)));
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = Distance.cdist(xa, xb, metric)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                xa.close();
                xb.close();
            }
        };
    }

    private static double[] normal(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = r.nextDouble(-3, 3);
        }
        return d;
    }

    @Override
    public String scipySetup() {
        return "import scipy.spatial.distance as ssd\nrng = np.random.default_rng(1)\n"
                + "xa = rng.uniform(-3, 3, (" + points + ", " + features + "))\n"
                + "xb = rng.uniform(-3, 3, (" + points + ", " + features + "))";
    }

    @Override
    public String scipyStatement() {
        return "ssd.cdist(xa, xb, '" + metric + "')";
    }
}
