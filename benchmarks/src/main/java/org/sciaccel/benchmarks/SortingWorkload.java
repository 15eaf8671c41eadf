package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * {@code numpy.sort} and {@code numpy.percentile} of uniform random float32 values (issue 13's targets:
 * sort of 2^24 at least NumPy's speed, percentile at least twice it, on the CPU backend).
 */
public final class SortingWorkload implements Workload {
    /** What is timed. */
    public enum Kind { SORT, PERCENTILE }

    private final Kind kind;
    private final int n;

    public SortingWorkload(Kind kind, int n) {
        this.kind = kind;
        this.n = n;
    }

    @Override
    public String id() {
        return (kind == Kind.SORT ? "sort" : "percentile") + "-" + n + "-f32";
    }

    @Override
    public String description() {
        return kind == Kind.SORT ? "`numpy.sort`, " + n + " float32"
                : "`numpy.percentile(a, 99.5)`, " + n + " float32 (linear)";
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        float[] d = new float[n];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            d[i] = (float) r.nextDouble();
        }
        NDArray a = NDArray.fromHost(backend, new HostArray(DType.FLOAT32, new int[] {n}, d));
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = kind == Kind.SORT ? Numpy.sort(a) : Numpy.percentile(a, 99.5)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                a.close();
            }
        };
    }

    @Override
    public String scipySetup() {
        return "a = np.random.default_rng(1).random(" + n + ", dtype=np.float32)";
    }

    @Override
    public String scipyStatement() {
        return kind == Kind.SORT ? "np.sort(a)" : "np.percentile(a, 99.5)";
    }
}
