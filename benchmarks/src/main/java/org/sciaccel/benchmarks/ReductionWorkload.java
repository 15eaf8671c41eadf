package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * {@code numpy.sum} and {@code numpy.max} of 2^26 random float32 values (an 8192 x 8192 array): over every axis,
 * and over axis 0 (each output a column: the strided "reduce axis 0 of a row-major matrix" case). The result
 * stays on the backend (a 0-d array, or 8192 values); the timed step waits for the device.
 */
public final class ReductionWorkload implements Workload {
    private static final int N = 8192;

    private final boolean max;
    private final boolean axis0;

    private ReductionWorkload(boolean max, boolean axis0) {
        this.max = max;
        this.axis0 = axis0;
    }

    static ReductionWorkload sum() {
        return new ReductionWorkload(false, false);
    }

    static ReductionWorkload max() {
        return new ReductionWorkload(true, false);
    }

    static ReductionWorkload sumAxis0() {
        return new ReductionWorkload(false, true);
    }

    static ReductionWorkload maxAxis0() {
        return new ReductionWorkload(true, true);
    }

    private String op() {
        return max ? "max" : "sum";
    }

    @Override
    public String id() {
        return "reduction-" + op() + (axis0 ? "-axis0" : "") + "-" + N + "x" + N + "-f32";
    }

    @Override
    public String description() {
        return "`numpy." + op() + "`" + (axis0 ? " over axis 0" : "") + ", " + N + "×" + N + " float32 (2^26 values)";
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        float[] d = new float[N * N];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) r.nextDouble();
        }
        NDArray a = NDArray.adopt(backend, new HostArray(DType.FLOAT32, new int[] {N, N}, d));
        return new PreparedRun() {
            @Override
            public void run() {
                NDArray out;
                if (axis0) {
                    out = max ? Numpy.max(a, 0) : Numpy.sum(a, 0);
                } else {
                    out = max ? Numpy.max(a) : Numpy.sum(a);
                }
                try (out) {
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
        return "a = np.random.default_rng(1).random((" + N + ", " + N + "), dtype=np.float32)";
    }

    @Override
    public String scipyStatement() {
        return "np." + op() + "(a" + (axis0 ? ", axis=0" : "") + ")";
    }
}
