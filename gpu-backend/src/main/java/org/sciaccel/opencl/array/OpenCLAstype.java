package org.sciaccel.opencl.array;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * {@code NDArray.astype} on the device, with {@link org.sciaccel.HostArray#astype}'s semantics
 * (kernel {@code array/astype.cl}). One build per (input, output) type pair; every pair of dtypes
 * the device stores (all but the double-precision ones on a device without fp64).
 */
public final class OpenCLAstype {
    private static final String SOURCE = "array/astype.cl";
    private final OpenCLBackend backend;

    public OpenCLAstype(OpenCLBackend backend) {
        this.backend = backend;
    }

    public NDArray convert(NDArray input, DType target) {
        DType from = input.dtype();
        DeviceBuffer in = backend.bufferOf(input, "astype");
        backend.requireSupported(target, "astype");
        if (from.isComplex() && !target.isComplex()) {
            throw new IllegalArgumentException("dtype: cannot convert complex " + from + " to " + target
                    + " without discarding the imaginary part");
        }
        int[] shape = input.shape();
        long count = input.size();
        long bytes = count * target.itemSize();
        // The output is the scope's until it is returned.
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer out = scope.allocate(bytes, "astype to " + target);
            if (count > 0) {
                if (from == target) {
                    copy(in, out, bytes);
                } else if (from.isComplex()) {
                    run("astype_elementwise", ClTypes.component(from), ClTypes.component(target), in, out, 2 * count);
                } else if (target.isComplex()) {
                    run("astype_real_to_complex", from, ClTypes.component(target), in, out, count);
                } else {
                    run("astype_elementwise", from, target, in, out, count);
                }
            }
            return NDArray.wrap(backend, target, shape, scope.keep(out));
        }
    }

    private void copy(DeviceBuffer in, DeviceBuffer out, long bytes) {
        backend.cl().copyBuffer(in.mem(), 0, out.mem(), 0, bytes);
    }

    private void run(String kernelName, DType from, DType to, DeviceBuffer in, DeviceBuffer out, long count) {
        String options = ClTypes.inOptions(from) + " " + ClTypes.outOptions(to) + " " + ClTypes.suffixOption(from, to)
                + " -D WIDE_T="
                + (backend.hasFp64() ? "double" : "float") + " " + backend.cl().fp64Option();
        ClKernel kernel = backend.cl().kernels().program(KernelSource.resource(SOURCE), options.trim())
                .kernel(kernelName + ClTypes.suffix(from, to));
        backend.cl().launch1d(kernel, count, in.mem(), out.mem(), count);
    }
}
