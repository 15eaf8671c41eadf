package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.special.Special;

/**
 * A scipy.special function on a float64 vector (issue 17's speed target: at least 2x SciPy on the CPU backend):
 * gammaln on arguments uniform in (0, 100) (every branch of its algorithm: the recurrence to [2, 3] below 13,
 * Stirling's series above), erf on arguments uniform in (-6, 6) (its polynomial and both erfc ranges); jv on orders
 * uniform in (0, 10) and arguments uniform in (0, 50) (the series, Temme's, Steed's and Hankel's regimes).
 */
public final class SpecialWorkload implements Workload {
    private final String function;
    private final double lo;
    private final double hi;
    private final int size;
    private final UnaryOperator<NDArray> op;
    /** A two-argument function's first argument (the order) is uniform in (orderLo, orderHi); null op2: one argument. */
    private final BinaryOperator<NDArray> op2;
    private final double orderLo;
    private final double orderHi;

    private SpecialWorkload(String function, double lo, double hi, int size, UnaryOperator<NDArray> op) {
        this(function, lo, hi, size, op, null, 0, 0);
    }

    private SpecialWorkload(String function, double lo, double hi, int size, UnaryOperator<NDArray> op,
            BinaryOperator<NDArray> op2, double orderLo, double orderHi) {
        this.function = function;
        this.lo = lo;
        this.hi = hi;
        this.size = size;
        this.op = op;
        this.op2 = op2;
        this.orderLo = orderLo;
        this.orderHi = orderHi;
    }

    /** jv(v, x): v uniform in (0, 10), x uniform in (0, 50). */
    public static SpecialWorkload jv(int size) {
        return new SpecialWorkload("jv", 0, 50, size, null, Special::jv, 0, 10);
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
        if (op2 != null) {
            return "scipy.special." + function + " of " + size + " float64 orders uniform in (" + orderLo + ", " + orderHi
                    + ") and arguments uniform in (" + lo + ", " + hi + ")";
        }
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
        NDArray v;
        if (op2 != null) {
            double[] orders = new double[size];
            SplittableRandom ro = new SplittableRandom(18);
            for (int i = 0; i < size; i++) {
                orders[i] = orderLo + (orderHi - orderLo) * ro.nextDouble();
            }
            v = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {size}, orders));
        } else {
            v = null;
        }
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = op2 != null ? op2.apply(v, x) : op.apply(x)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                x.close();
                if (v != null) {
                    v.close();
                }
            }
        };
    }

    @Override
    public String scipySetup() {
        String x = "import scipy.special\nx = np.random.default_rng(17).uniform(" + lo + ", " + hi + ", " + size + ")";
        return op2 == null ? x : x + "\nv = np.random.default_rng(18).uniform(" + orderLo + ", " + orderHi + ", " + size + ")";
    }

    @Override
    public String scipyStatement() {
        return op2 == null ? "scipy.special." + function + "(x)" : "scipy.special." + function + "(v, x)";
    }
}
