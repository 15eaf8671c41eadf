package org.sciaccel.opencl.reduction;

import org.sciaccel.DType;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/** numpy.diff with {@code reduction/diff.cl}: one element-wise pass per order, each pass's input released after it. */
final class OpenCLDiff {
    private static final String SOURCE = "reduction/diff.cl";

    private final OpenCLBackend backend;

    OpenCLDiff(OpenCLBackend backend) {
        this.backend = backend;
    }

    /** The {@code order}-th difference of {@code [outer, len, inner]}; the result belongs to {@code scope}. */
    DeviceBuffer run(DeviceScope scope, DeviceBuffer input, DType dtype, long outer, long len, long inner, int order) {
        DType part = ClTypes.component(dtype);
        String options = "-D T=" + ClTypes.clType(part) + " -D KIND=" + ClTypes.kindCode(part) + " -D KERNEL_SUFFIX=_"
                + dtype.numpyName() + " " + backend.cl().fp64Option();
        ClKernel k = backend.cl().kernels().program(KernelSource.resource(SOURCE), options.trim())
                .kernel("diff_once_" + dtype.numpyName());
        long w = inner * dtype.javaValuesPerElement();
        long size = dtype.itemSize() / dtype.javaValuesPerElement();
        DeviceBuffer cur = input;
        for (int p = 0; p < order; p++) {
            long rows = len > 0 ? outer * (len - 1) : 0;
            DeviceBuffer next = scope.allocate(rows * w * size, "diff pass " + (p + 1));
            if (rows * w > 0) {
                backend.cl().launch1d(k, rows * w, cur.mem(), next.mem(), len, w, rows * w);
            }
            if (cur != input) {
                scope.release(cur);
            }
            cur = next;
            len = Math.max(0, len - 1);
            if (len == 0) {
                break;
            }
        }
        return cur;
    }
}
