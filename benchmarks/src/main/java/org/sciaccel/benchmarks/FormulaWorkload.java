package org.sciaccel.benchmarks;

import java.util.Map;
import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * A formula kernel, {@code Numpy.evaluate("a * b + c", ...)} (or its fused sum) over three float32 vectors, next
 * to NumPy evaluating the same expression call by call (a temporary for {@code a * b}, then the sum).
 */
public final class FormulaWorkload implements Workload {
    private final int n;
    private final boolean sum;

    private FormulaWorkload(int n, boolean sum) {
        this.n = n;
        this.sum = sum;
    }

    /** {@code a * b + c} as one formula kernel. */
    public static FormulaWorkload fma(int n) {
        return new FormulaWorkload(n, false);
    }

    /** {@code np.sum(a * b + c)} as one fused formula reduction. */
    public static FormulaWorkload fmaSum(int n) {
        return new FormulaWorkload(n, true);
    }

    @Override
    public String id() {
        return (sum ? "evaluate_sum" : "evaluate") + "-a*b+c-" + n + "-f32";
    }

    @Override
    public String description() {
        return sum ? "`numpy.evaluate_sum(\"a * b + c\")`, " + n + " float32 each, against `np.sum(a * b + c)`"
                : "`numpy.evaluate(\"a * b + c\")`, " + n + " float32 each, against NumPy's `a * b + c`";
    }

    private static HostArray random(int n, long seed) {
        float[] d = new float[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            d[i] = (float) r.nextDouble();
        }
        return new HostArray(DType.FLOAT32, new int[] {n}, d);
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        NDArray a = NDArray.fromHost(backend, random(n, 1));
        NDArray b = NDArray.fromHost(backend, random(n, 2));
        NDArray c = NDArray.fromHost(backend, random(n, 3));
        Map<String, NDArray> vars = Map.of("a", a, "b", b, "c", c);
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray r = sum ? Numpy.evaluateSum("a * b + c", vars) : Numpy.evaluate("a * b + c", vars)) {
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
        return "g = np.random.default_rng(1); a, b, c = (g.random(" + n + ", dtype=np.float32) for _ in range(3))";
    }

    @Override
    public String scipyStatement() {
        return sum ? "np.sum(a * b + c)" : "a * b + c";
    }
}
