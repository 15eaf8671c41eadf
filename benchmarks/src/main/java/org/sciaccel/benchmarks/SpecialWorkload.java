package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.special.Special;

/**
 * A scipy.special function on a float64 vector (issue 17's speed target: at least 2x SciPy on the CPU backend):
 * gammaln on arguments uniform in (0, 100) (every branch of its algorithm: the recurrence to [2, 3] below 13,
 * Stirling's series above), erf on arguments uniform in (-6, 6) (its polynomial and both erfc ranges).
 */
public final class SpecialWorkload implements Workload {
    private final String function;
    private final double lo;
    private final double hi;
    private final int size;
    private final UnaryOperator<NDArray> op;

    private SpecialWorkload(String function, double lo, double hi, int size, UnaryOperator<NDArray> op) {
        this.function = function;
        this.lo = lo;
        this.hi = hi;
        this.size = size;
        this.op = op;
    }

    public static SpecialWorkload gammaln(int size) {
        return new SpecialWorkload("gammaln", 0, 100, size, Special::gammaln);
    }

    public static SpecialWorkload erf(int size) {
        return new SpecialWorkload("erf", -6, 6, size, Special::erf);
    }

    @Override
    public String id() {
        return "special-" + function + "-" + size + "-f64";
    }

    @Override
    public String description() {
        return "scipy.special." + function + " of " + size + " float64 uniform in (" + lo + ", " + hi + ")";
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        double[] data = new double[size];
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < size; i++) {
            data[i] = lo + (hi - lo) * r.nextDouble();
        }
        NDArray x = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {size}, data));
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = op.apply(x)) {
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
        return "import scipy.special\nx = np.random.default_rng(17).uniform(" + lo + ", " + hi + ", " + size + ")";
    }

    @Override
    public String scipyStatement() {
        return "scipy.special." + function + "(x)";
    }
}
