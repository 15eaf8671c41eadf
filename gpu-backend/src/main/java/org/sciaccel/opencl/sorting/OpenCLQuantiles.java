package org.sciaccel.opencl.sorting;

import java.util.Arrays;
import java.util.TreeSet;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.spi.QuantilePlan;
import org.sciaccel.spi.SortLines;

/**
 * numpy.quantile (percentile) and numpy.median on the device (kernel {@code sorting/quantiles.cl}):
 * every line sorted on the device ({@link OpenCLLineSort}) — or, for one long real line, just the
 * order statistics asked for selected ({@link OpenCLSelect}) — then one work-item per line and
 * quantile reads its order statistics and combines them in NumPy's arithmetic. An interpolated quantile is
 * float64, so the device needs double precision for it; the discrete methods and the median of float
 * input do not.
 */
final class OpenCLQuantiles {
    private static final String SOURCE = "sorting/quantiles.cl";

    private final OpenCLSortSupport s;
    private final OpenCLLineSort lines;
    private final OpenCLSelect select;

    OpenCLQuantiles(OpenCLSortSupport support, OpenCLLineSort lines) {
        this.s = support;
        this.lines = lines;
        this.select = new OpenCLSelect(support);
    }

    /** The ranks asked for, ascending and distinct, with the last one (where a NaN would be). */
    private static int[] ranks(int[] lo, int[] hi, int n) {
        TreeSet<Integer> r = new TreeSet<>();
        for (int i = 0; i < lo.length; i++) {
            r.add(lo[i]);
            r.add(hi[i]);
        }
        r.add(n - 1);
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Positions of {@code wanted} among {@code ranks}. */
    private static int[] positions(int[] ranks, int[] wanted) {
        int[] out = new int[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            out[i] = Arrays.binarySearch(ranks, wanted[i]);
        }
        return out;
    }

    NDArray quantile(NDArray a, SortLines l, QuantilePlan plan) {
        DType t = a.dtype();
        s.backend.requireSupported(plan.result(), "quantile result");
        int count = l.lines();
        int n = l.length();
        int nq = plan.count();
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, plan.result(), (long) count * nq, "quantiles");
            if ((long) count * nq > 0) {
                int[] loIdx = plan.lo();
                int[] hiIdx = plan.hi();
                int length = n;
                DeviceBuffer sorted;
                int[] ranks = ranks(loIdx, hiIdx, n);
                if (OpenCLSelect.applies(t, count, n, ranks.length)) {
                    // the selected order statistics stand in for the sorted line: indices into them
                    sorted = select.select(scope, a, ranks);
                    loIdx = positions(ranks, loIdx);
                    hiIdx = positions(ranks, hiIdx);
                    length = ranks.length;
                } else {
                    sorted = lines.sortedContiguous(scope, a, l);
                }
                cl_mem lo = s.ints(scope, loIdx);
                cl_mem hi = s.ints(scope, hiIdx);
                cl_mem gamma = s.doubles(scope, plan.gamma());
                ClKernel k = s.kernel(SOURCE, "quantile", t, "-D DISCRETE=" + (plan.discrete() ? 1 : 0));
                s.cl.launchGrid(k, new long[] {count, nq}, sorted.mem(), length, count, lo, hi, gamma, nq, out.mem());
            }
            return s.wrap(scope, out, plan.result(), l.shape());
        }
    }

    NDArray median(NDArray a, SortLines l, DType result) {
        s.backend.requireSupported(result, "median result");
        int count = l.lines();
        int n = l.length();
        DType t = a.dtype();
        DType component = ClTypes.component(result);
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, result, count, "medians");
            if (count > 0) {
                int m1 = Math.max(0, (n - 1) / 2);
                int m2 = n / 2;
                int length = n;
                DeviceBuffer sorted;
                int[] ranks = n == 0 ? new int[0] : ranks(new int[] {m1}, new int[] {m2}, n);
                if (n == 0) {
                    sorted = scope.allocate(8, "no elements");
                } else if (OpenCLSelect.applies(t, count, n, ranks.length)) {
                    sorted = select.select(scope, a, ranks);
                    m1 = Arrays.binarySearch(ranks, m1);
                    m2 = Arrays.binarySearch(ranks, m2);
                    length = ranks.length;
                } else {
                    sorted = lines.sortedContiguous(scope, a, l);
                }
                ClKernel k = s.kernel(SOURCE, "median", t, "-D DISCRETE=1 -D OUT_T=" + ClTypes.clType(component)
                        + " -D OUT_KIND=" + ClTypes.kindCode(component));
                s.run(k, count, sorted.mem(), length, count, m1, m2, out.mem());
            }
            return s.wrap(scope, out, result, l.shape());
        }
    }
}
