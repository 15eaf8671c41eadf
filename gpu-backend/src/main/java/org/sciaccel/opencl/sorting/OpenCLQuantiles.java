package org.sciaccel.opencl.sorting;

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
 * every line sorted on the device ({@link OpenCLLineSort}), then one work-item per line and quantile
 * reads its order statistics and combines them in NumPy's arithmetic. An interpolated quantile is
 * float64, so the device needs double precision for it; the discrete methods and the median of float
 * input do not.
 */
final class OpenCLQuantiles {
    private static final String SOURCE = "sorting/quantiles.cl";

    private final OpenCLSortSupport s;
    private final OpenCLLineSort lines;

    OpenCLQuantiles(OpenCLSortSupport support, OpenCLLineSort lines) {
        this.s = support;
        this.lines = lines;
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
                DeviceBuffer sorted = lines.sortedContiguous(scope, a, l);
                cl_mem lo = s.ints(scope, plan.lo());
                cl_mem hi = s.ints(scope, plan.hi());
                cl_mem gamma = s.doubles(scope, plan.gamma());
                ClKernel k = s.kernel(SOURCE, "quantile", t, "-D DISCRETE=" + (plan.discrete() ? 1 : 0));
                s.cl.launchGrid(k, new long[] {count, nq}, sorted.mem(), n, count, lo, hi, gamma, nq, out.mem());
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
                DeviceBuffer sorted = n == 0 ? scope.allocate(8, "no elements") : lines.sortedContiguous(scope, a, l);
                ClKernel k = s.kernel(SOURCE, "median", t, "-D DISCRETE=1 -D OUT_T=" + ClTypes.clType(component)
                        + " -D OUT_KIND=" + ClTypes.kindCode(component));
                s.run(k, count, sorted.mem(), n, count, out.mem());
            }
            return s.wrap(scope, out, result, l.shape());
        }
    }
}
