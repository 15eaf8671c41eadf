package org.sciaccel.opencl.sorting;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.spi.ContractPlan;
import org.sciaccel.spi.TracePlan;

/**
 * dot, inner, outer, kron and trace on the device (kernel {@code sorting/products.cl}): one work-item
 * per output element, in NumPy's arithmetic of every dtype (which {@code numpy.matmul}'s kernels,
 * float and complex only, do not cover: integers wrap, bool, float16 summed in float32).
 */
final class OpenCLProducts {
    private static final String SOURCE = "sorting/products.cl";

    private final OpenCLSortSupport s;

    OpenCLProducts(OpenCLSortSupport support) {
        this.s = support;
    }

    NDArray contract(NDArray a, NDArray b, ContractPlan p) {
        DType t = a.dtype();
        long total = (long) p.i() * p.k() * p.m();
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, t, total, "product");
            if (total > 0) {
                if (p.j() == 0) {
                    s.zero(out);
                } else {
                    s.cl.launchGrid(s.kernel(SOURCE, "contract", t, ""), new long[] {(long) p.i() * p.k(), p.m()},
                            s.buffer(a, "a").mem(), s.buffer(b, "b").mem(), p.i(), p.j(), p.k(), p.m(), p.strideK(),
                            p.strideJ(), p.strideM(), out.mem());
                }
            }
            return s.wrap(scope, out, t, p.shape());
        }
    }

    NDArray kron(NDArray a, NDArray b, int[] as, int[] bs) {
        DType t = a.dtype();
        int nd = as.length;
        int[] rs = new int[nd];
        int[] shapes = new int[2 * nd];
        for (int d = 0; d < nd; d++) {
            rs[d] = as[d] * bs[d];
            shapes[d] = as[d];
            shapes[nd + d] = bs[d];
        }
        int total = Shapes.size(rs);
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, t, total, "kron");
            if (total > 0) {
                s.run(s.kernel(SOURCE, "kron", t, ""), total, s.buffer(a, "a").mem(), s.buffer(b, "b").mem(),
                        s.ints(scope, shapes), nd, total, out.mem());
            }
            return s.wrap(scope, out, t, rs);
        }
    }

    NDArray trace(NDArray a, TracePlan p) {
        DType t = p.sumType();
        int[] shape = p.outerShape();
        int total = Shapes.size(shape);
        long[] outer = new long[2 * shape.length];
        for (int d = 0; d < shape.length; d++) {
            outer[d] = shape[d];
            outer[shape.length + d] = p.outerStrides()[d];
        }
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, t, total, "trace");
            if (total > 0) {
                s.run(s.kernel(SOURCE, "trace", t, ""), total, s.mem(scope, a, "a"), s.longs(scope, outer), shape.length,
                        total, p.start(), p.step(), p.count(), out.mem());
            }
            return s.wrap(scope, out, t, shape);
        }
    }
}
