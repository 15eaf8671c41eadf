package org.sciaccel.cpu.sklearn;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.DistanceMetric;
import org.sciaccel.spi.SklearnOps;

/**
 * The CPU backend's scikit-learn kernels. DBSCAN: the neighbourhoods split by rows over the pool, in two passes
 * (the counts, then each row's neighbours into one compressed list), each row compared with the rows within eps of
 * it in the first feature (found in the rows sorted by it) rather than with all rows, then scikit-learn's own
 * expansion, sequential: the core rows taken in index order, each unlabelled one starting a cluster that a
 * depth-first walk over the core rows' neighbourhoods labels, as scikit-learn's {@code dbscan_inner} walks it.
 */
public final class CpuSklearnOps implements SklearnOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SKLEARN);

    private final CpuBackend backend;

    public CpuSklearnOps(CpuBackend backend) {
        this.backend = backend;
    }

    /** The first position whose key is >= x (n when none). */
    private static int firstAtLeast(double[] key, double x) {
        int lo = 0;
        int hi = key.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public NDArray[] dbscan(NDArray x, DistanceMetric metric, double eps, int minSamples) {
        backend.checkOpen();
        int n = x.shape(0);
        int d = x.shape(1);
        double[] v = (double[]) backend.host(x, "X").data();
        DistanceMetric m = metric.resolved();
        // Rows sorted by their first feature: a row's neighbours lie within eps of it in that feature (every metric
        // here is at least the absolute difference of one feature; the margin covers the rounding of pow and sqrt),
        // so each row compares only the rows of that window. The order of a neighbourhood does not change the labels.
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        java.util.Arrays.sort(boxed, (a, b) -> Double.compare(v[a * d], v[b * d]));
        int[] order = new int[n];
        double[] key = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
            key[k] = v[order[k] * d];
        }
        double window = eps * (1 + 1e-9);
        int[] count = new int[n];
        long work = (long) n * Math.max(1, d) * 16;
        backend.threads().parallelFor(n, work, (from, to) -> {
            for (int i = from; i < to; i++) {
                int c = 0;
                for (int k = firstAtLeast(key, v[i * d] - window); k < n && key[k] <= v[i * d] + window; k++) {
                    if (m.between(v, i * d, v, order[k] * d, d, 0, 0, null) <= eps) {
                        c++;
                    }
                }
                count[i] = c;
            }
        });
        long[] offset = new long[n + 1];
        for (int i = 0; i < n; i++) {
            offset[i + 1] = offset[i] + count[i];
        }
        if (offset[n] > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("DBSCAN: eps: the neighbourhoods hold " + offset[n]
                    + " pairs, more than one array can hold (a smaller eps or fewer samples)");
        }
        int[] nbr = new int[(int) offset[n]];
        backend.threads().parallelFor(n, work, (from, to) -> {
            for (int i = from; i < to; i++) {
                int at = (int) offset[i];
                for (int k = firstAtLeast(key, v[i * d] - window); k < n && key[k] <= v[i * d] + window; k++) {
                    int j = order[k];
                    if (m.between(v, i * d, v, j * d, d, 0, 0, null) <= eps) {
                        nbr[at++] = j;
                    }
                }
            }
        });
        long[] labels = new long[n];
        byte[] core = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = -1;
            core[i] = (byte) (count[i] >= minSamples ? 1 : 0);
        }
        int[] stack = new int[Math.max(1, nbr.length)];
        long label = 0;
        for (int start = 0; start < n; start++) {
            if (labels[start] != -1 || core[start] == 0) {
                continue;
            }
            int top = 0;
            int i = start;
            while (true) {
                if (labels[i] == -1) {
                    labels[i] = label;
                    if (core[i] != 0) {
                        for (long k = offset[i]; k < offset[i + 1]; k++) {
                            int j = nbr[(int) k];
                            if (labels[j] == -1) {
                                if (top == stack.length) {
                                    stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                                }
                                stack[top++] = j;
                            }
                        }
                    }
                }
                if (top == 0) {
                    break;
                }
                i = stack[--top];
            }
            label++;
        }
        return new NDArray[] {backend.wrap(new HostArray(DType.INT64, new int[] {n}, labels)),
            backend.wrap(new HostArray(DType.BOOL, new int[] {n}, core))};
    }
}
