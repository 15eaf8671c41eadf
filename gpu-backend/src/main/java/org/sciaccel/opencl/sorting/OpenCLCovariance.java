package org.sciaccel.opencl.sorting;

import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.spi.CovPlan;
import org.sciaccel.spi.CovWeights;

/**
 * numpy.cov and corrcoef on the device (kernel {@code sorting/covariance.cl}), in double: the checks
 * NumPy makes of the weights (five numbers read back, 40 bytes), the centring of every variable, the
 * centred products and corrcoef's normalisation. Needs double precision.
 */
final class OpenCLCovariance {
    private static final String SOURCE = "sorting/covariance.cl";

    private final OpenCLSortSupport s;

    OpenCLCovariance(OpenCLSortSupport support) {
        this.s = support;
    }

    private void requireFp64(String op) {
        s.backend.requireSupported(DType.FLOAT64, op + " (computed in float64)");
    }

    CovWeights weights(NDArray f, NDArray a) {
        requireFp64("cov");
        int n = f != null ? f.size() : a != null ? a.size() : 0;
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = scope.allocate(5 * 8, "cov weights");
            ClKernel k = s.kernel(SOURCE, "cov_weights", DType.FLOAT64, "-D SINGLE=0");
            long wg = Math.max(1, Long.highestOneBit(k.workGroupFor(256)));
            cl_mem none = s.doubles(scope, new double[1]);
            s.cl.launch(k, new long[] {wg}, new long[] {wg}, f == null ? none : s.mem(scope, f, "fweights"),
                    f == null ? 0 : 1, a == null ? none : s.mem(scope, a, "aweights"), a == null ? 0 : 1, n, out.mem(),
                    new org.sciaccel.opencl.runtime.ClKernel.LocalBytes(wg * 8),
                    new org.sciaccel.opencl.runtime.ClKernel.LocalBytes(wg * 8),
                    new org.sciaccel.opencl.runtime.ClKernel.LocalBytes(wg * 4));
            double[] r = s.readDoubles(out, 5);
            return new CovWeights(r[0] != 0, r[1] != 0, r[2] != 0, r[3], r[4]);
        }
    }

    NDArray cov(NDArray m, NDArray y, NDArray f, NDArray a, CovPlan p) {
        requireFp64("cov");
        s.backend.requireSupported(p.result(), "cov result");
        int v = p.variables();
        int n = p.observations();
        DType compute = p.compute();
        int per = compute.javaValuesPerElement();
        boolean single = compute == DType.FLOAT32 || compute == DType.COMPLEX64;
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, p.result(), (long) v * v, "cov");
            cl_mem none = s.doubles(scope, new double[1]);
            cl_mem fw = f == null ? none : s.mem(scope, f, "fweights");
            cl_mem aw = a == null ? none : s.mem(scope, a, "aweights");
            DeviceBuffer x = scope.allocate((long) Math.max(1, v * n * per) * 8, "centred variables");
            ClKernel center = s.kernel(SOURCE, "cov_center", compute, "-D SINGLE=" + (single ? 1 : 0));
            s.run(center, p.variablesM(), s.mem(scope, m, "m"), p.variablesM(), p.transposeM() ? 1 : 0, n, fw,
                    f == null ? 0 : 1, aw, a == null ? 0 : 1, 0, x.mem());
            if (y != null) {
                s.run(center, p.variablesY(), s.mem(scope, y, "y"), p.variablesY(), p.transposeY() ? 1 : 0, n, fw,
                        f == null ? 0 : 1, aw, a == null ? 0 : 1, p.variablesM(), x.mem());
            }
            ClKernel products = s.kernel(SOURCE, "cov_products", p.result(), "-D SINGLE=0");
            s.cl.launchGrid(products, new long[] {v, v}, x.mem(), v, n, fw, f == null ? 0 : 1, aw, a == null ? 0 : 1,
                    1.0 / p.fact(), out.mem());
            return s.wrap(scope, out, p.result(), new int[] {v, v});
        }
    }

    NDArray corrcoef(NDArray c) {
        requireFp64("corrcoef");
        int v = c.shape()[0];
        DType t = c.dtype();
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, t, (long) v * v, "corrcoef");
            if (v > 0) {
                s.cl.launchGrid(s.kernel(SOURCE, "corrcoef", t, "-D SINGLE=0"), new long[] {v, v},
                        s.buffer(c, "c").mem(), v, out.mem());
            }
            return s.wrap(scope, out, t, new int[] {v, v});
        }
    }
}
