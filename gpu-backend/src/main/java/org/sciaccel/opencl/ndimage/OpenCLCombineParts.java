package org.sciaccel.opencl.ndimage;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * {@link org.sciaccel.spi.NdimageOps#combineParts} on an OpenCL device (kernel
 * {@code ndimage/combine_parts.cl}): one launch per part plus one for the square root; complex parts
 * (interleaved pairs) in NumPy's complex arithmetic.
 */
final class OpenCLCombineParts {
    private static final String SOURCE = "ndimage/combine_parts.cl";

    private OpenCLCombineParts() {
    }

    static NDArray combine(OpenCLBackend backend, NDArray[] parts, boolean squares, boolean sqrt) {
        return backend.guarded(() -> {
            DType t = parts[0].dtype();
            if ((t == DType.INT64 || t == DType.COMPLEX128) && !backend.hasFp64()) {
                throw new UnsupportedOperationException("combineParts: dtype " + t
                        + " is not supported on the OpenCL backend");
            }
            int[] shape = parts[0].shape();
            int n = parts[0].size();
            // The output is the scope's until it is returned.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) n * t.itemSize(), "combined parts " + t + Shapes.toString(shape));
                if (n == 0) {
                    return NDArray.wrap(backend, t, shape, scope.keep(out));
                }
                String options = ("-D T=" + ClTypes.clType(t) + " -D KIND=" + ClTypes.kindCode(t) + " -D KERNEL_SUFFIX=_"
                        + t.numpyName() + (squares ? " -D SQUARES=1 " : " ") + (t.isComplex() ? "-D COMPLEX=1 " : "")
                        + backend.cl().fp64Option()).trim();
                ClProgram program = backend.cl().kernels().program(KernelSource.resource(SOURCE), options);
                String suffix = "_" + t.numpyName();
                for (int p = 0; p < parts.length; p++) {
                    DeviceBuffer part = backend.bufferOf(parts[p], "parts[" + p + "]");
                    ClKernel k = program.kernel((p == 0 ? "combine_first" : "combine_add") + suffix);
                    backend.cl().launch1d(k, n, out.mem(), part.mem(), n);
                }
                if (sqrt) {
                    backend.cl().launch1d(program.kernel("combine_sqrt" + suffix), n, out.mem(), n);
                }
                return NDArray.wrap(backend, t, shape, scope.keep(out));
            }
        });
    }
}
