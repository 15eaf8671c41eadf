package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.sklearn.cluster.KMeans;

/**
 * sklearn.cluster.KMeans (issue 18's target: 10^6 points of 8 features, k = 16, at least 2x scikit-learn on the CPU
 * backend): Lloyd's iterations from given centres, tol = 0 and max_iter = 10 so both sides run exactly ten
 * iterations on uniform data (which does not converge in ten).
 */
public final class KMeansWorkload implements Workload {
    private final int points;
    private final int features;
    private final int clusters;

    public KMeansWorkload(int points, int features, int clusters) {
        this.points = points;
        this.features = features;
        this.clusters = clusters;
    }

    @Override
    public String id() {
        return "kmeans-" + points + "x" + features + "-k" + clusters;
    }

    @Override
    public String description() {
        return "sklearn.cluster.KMeans(" + clusters + ", init=array, n_init=1, max_iter=10, tol=0).fit(X) of " + points
                + " x " + features + " float64 uniform points";
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        double[] x = uniform(points * features, 1);
        NDArray xs = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {points, features}, x));
        double[] init = java.util.Arrays.copyOf(x, clusters * features);
        NDArray is = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {clusters, features}, init));
        return new PreparedRun() {
            @Override
            public void run() {
                try (KMeans.Fit f = KMeans.fit(xs, clusters, is, 1, 10, 0.0, null)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                xs.close();
                is.close();
            }
        };
    }

    private static double[] uniform(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = r.nextDouble();
        }
        return d;
    }

    @Override
    public String scipySetup() {
        return "from sklearn.cluster import KMeans\nrng = np.random.default_rng(1)\n"
                + "x = rng.random((" + points + ", " + features + "))\ninit = x[:" + clusters + "].copy()";
    }

    @Override
    public String scipyStatement() {
        return "KMeans(" + clusters + ", init=init, n_init=1, max_iter=10, tol=0.0).fit(x)";
    }
}
