package org.sciaccel.opencl.ndimage;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.spi.NdimageOps;

/**
 * {@link NdimageOps#correlate2d} on an OpenCL device (kernel {@code ndimage/correlate2d.cl}): one
 * work-item per output element.
 */
final class OpenCLCorrelate2d {
    private static final String SOURCE = "ndimage/correlate2d.cl";

    private OpenCLCorrelate2d() {
    }

    private static ClProgram program(OpenCLBackend backend, DType t) {
        if (t.isComplex() || t == DType.BOOL || ClTypes.needsFp64(t) && !backend.hasFp64()) {
            throw new UnsupportedOperationException("dtype " + t + " is not supported by this OpenCL device");
        }
        String options = ("-D T=" + ClTypes.clType(t) + " -D KIND=" + ClTypes.kindCode(t) + " -D KERNEL_SUFFIX=_"
                + t.numpyName() + " " + backend.cl().fp64Option()).trim();
        return backend.cl().kernels().program(KernelSource.resource(SOURCE), options);
    }

    static NDArray correlate2d(OpenCLBackend backend, NDArray in1, NDArray in2, boolean convolve, int outMode,
            int boundary, double fill, boolean flip) {
        return backend.guarded(() -> {
            DType t = in1.dtype();
            int n0 = in1.shape(0);
            int n1 = in1.shape(1);
            int w0 = in2.shape(0);
            int w1 = in2.shape(1);
            int o0 = Math.max(0, size(outMode, n0, w0));
            int o1 = Math.max(0, size(outMode, n1, w1));
            int[] shape = {o0, o1};
            ClProgram program = program(backend, t);
            // The output is the scope's until it is returned.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) o0 * o1 * t.itemSize(), "correlate2d " + t
                        + Shapes.toString(shape));
                if (o0 == 0 || o1 == 0) {
                    return NDArray.wrap(backend, t, shape, scope.keep(out));
                }
                Object fillArg;
                if (t == DType.FLOAT32) {
                    fillArg = (float) fill;
                } else if (t == DType.FLOAT64) {
                    fillArg = fill;
                } else {
                    fillArg = (long) fill;
                }
                ClKernel k = program.kernel("correlate2d_" + t.numpyName());
                backend.cl().launchGrid(k, ItemCost.of((double) w0 * w1), new long[] {o1, o0}, backend.bufferOf(in1, "in1").mem(),
                        backend.bufferOf(in2, "in2").mem(), out.mem(), n0, n1, w0, w1, o0, o1,
                        offset(outMode, convolve, w0), offset(outMode, convolve, w1), convolve ? -1 : 1, boundary,
                        fillArg, flip ? 1 : 0);
                return NDArray.wrap(backend, t, shape, scope.keep(out));
            }
        });
    }

    private static int size(int outMode, int n, int w) {
        switch (outMode) {
            case NdimageOps.FULL: return n + w - 1;
            case NdimageOps.SAME: return n;
            default: return n - w + 1;
        }
    }

    private static int offset(int outMode, boolean convolve, int w) {
        switch (outMode) {
            case NdimageOps.FULL: return convolve ? 0 : -(w - 1);
            case NdimageOps.SAME: return convolve ? (w - 1) >> 1 : -((w - 1) >> 1);
            default: return convolve ? w - 1 : 0;
        }
    }
}
