package org.sciaccel.opencl.reduction;

import org.sciaccel.DType;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * The transposes of {@link org.sciaccel.spi.ReductionLayout#swaps()} with {@code reduction/swap_blocks.cl}:
 * {@code [a, b, c, d]} to {@code [a, c, b, d]}, elements moved as unsigned integers of their size.
 */
final class OpenCLBlockSwap {
    private static final String SOURCE = "reduction/swap_blocks.cl";

    private final OpenCLBackend backend;

    OpenCLBlockSwap(OpenCLBackend backend) {
        this.backend = backend;
    }

    /** The swapped copy of {@code input}, owned by {@code scope}. */
    DeviceBuffer swap(DeviceScope scope, DeviceBuffer input, DType dtype, int[] abcd) {
        String t;
        switch (dtype.itemSize()) {
            case 1: t = "uchar"; break;
            case 2: t = "ushort"; break;
            case 4: t = "uint"; break;
            case 8: t = "ulong"; break;
            default: t = "ulong2"; break;
        }
        ClKernel k = backend.cl().kernels().program(KernelSource.resource(SOURCE), "-D T=" + t + " -D KERNEL_SUFFIX=_" + t)
                .kernel("swap_blocks_" + t);
        long count = (long) abcd[0] * abcd[1] * abcd[2] * abcd[3];
        DeviceBuffer out = scope.allocate(count * dtype.itemSize(), "reduction axes brought together");
        backend.cl().launch1d(k, count, input.mem(), out.mem(), (long) abcd[0], (long) abcd[1], (long) abcd[2],
                (long) abcd[3]);
        return out;
    }
}
