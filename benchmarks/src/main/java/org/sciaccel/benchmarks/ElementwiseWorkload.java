package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * {@code a * b + c} on three random float32 vectors as two ufunc calls ({@code np.multiply}, then
 * {@code np.add}), the intermediate product materialised as NumPy's is: the element-wise target
 * (at least 1.5x NumPy on the CPU backend). NumPy times the same two calls.
 */
public final class ElementwiseWorkload implements Workload {
    private final int size;

    public ElementwiseWorkload(int size) {
        this.size = size;
    }

    @Override
    public String id() {
        return "multiply-add-" + size + "-f32";
    }

    @Override
    public String description() {
        return "`a * b + c` as two ufunc calls (multiply, add), " + size + " float32";
    }

    private static HostArray random(int n, long seed) {
        float[] data = new float[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            data[i] = (float) r.nextDouble();
        }
        return new HostArray(DType.FLOAT32, new int[] {n}, data);
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        NDArray a = NDArray.fromHost(backend, random(size, 1));
        NDArray b = NDArray.fromHost(backend, random(size, 2));
        NDArray c = NDArray.fromHost(backend, random(size, 3));
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray ab = Numpy.multiply(a, b); NDArray out = Numpy.add(ab, c)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                a.close();
                b.close();
                c.close();
            }
        };
    }

    @Override
    public String scipySetup() {
        return "g = np.random.default_rng(1); a, b, c = (g.random(" + size + ", dtype=np.float32) for _ in range(3))";
    }

    @Override
    public String scipyStatement() {
        return "a * b + c";
    }
}
