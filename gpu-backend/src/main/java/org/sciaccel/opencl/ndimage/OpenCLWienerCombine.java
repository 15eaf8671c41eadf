package org.sciaccel.opencl.ndimage;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.spi.NdimageOps;

/**
 * {@link NdimageOps#wienerCombine} on an OpenCL device (kernel {@code ndimage/wiener_combine.cl}), in
 * double. The noise estimate sums the local variance in fixed chunks on the device and adds the
 * few partial sums on the host.
 */
final class OpenCLWienerCombine {
    private static final String SOURCE = "ndimage/wiener_combine.cl";
    private static final int PARTIALS = 256;

    private OpenCLWienerCombine() {
    }

    private static ClProgram program(OpenCLBackend backend, DType t) {
        if (t.isComplex() || t == DType.BOOL || ClTypes.needsFp64(t) && !backend.hasFp64()) {
            throw new UnsupportedOperationException("dtype " + t + " is not supported by this OpenCL device");
        }
        String options = ("-D T=" + ClTypes.clType(t) + " -D KERNEL_SUFFIX=_" + t.numpyName() + " "
                + backend.cl().fp64Option()).trim();
        return backend.cl().kernels().program(KernelSource.resource(SOURCE), options);
    }

    static NDArray combine(OpenCLBackend backend, NDArray im, NDArray mean, NDArray squareMean,
            boolean estimateNoise, double noise) {
        return backend.guarded(() -> {
            if (!backend.hasFp64()) {
                throw new UnsupportedOperationException("signal.wiener needs float64 (cl_khr_fp64) on the device");
            }
            DType t = im.dtype();
            int[] shape = im.shape();
            int size = im.size();
            ClProgram program = program(backend, t);
            String suffix = "_" + t.numpyName();
            // The output is the scope's until it is returned; the variance and partial sums go when it closes.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) size * 8, "wiener float64" + Shapes.toString(shape));
                if (size == 0) {
                    return NDArray.wrap(backend, DType.FLOAT64, shape, scope.keep(out));
                }
                DeviceBuffer var = scope.allocate((long) size * 8, "wiener local variance");
                int perItem = (size + PARTIALS - 1) / PARTIALS;
                int items = (size + perItem - 1) / perItem;
                DeviceBuffer partial = scope.allocate((long) items * 8, "wiener partial sums");
                backend.cl().launch1d(program.kernel("wiener_variance" + suffix), items,
                        backend.bufferOf(mean, "localMean").mem(), backend.bufferOf(squareMean, "localSquareMean").mem(),
                        var.mem(), partial.mem(), size, perItem, items);
                double nz = noise;
                if (estimateNoise) {
                    // The array owns the partial sums from here on.
                    NDArray partials = NDArray.wrap(backend, DType.FLOAT64, new int[] {items}, scope.keep(partial));
                    double s = 0;
                    try (partials) {
                        HostArray h = partials.toHost();
                        for (double p : (double[]) h.data()) s += p;
                    }
                    nz = s / size;
                }
                backend.cl().launch1d(program.kernel("wiener_combine" + suffix), size, backend.bufferOf(im, "im").mem(),
                        backend.bufferOf(mean, "localMean").mem(), var.mem(), out.mem(), nz, size);
                return NDArray.wrap(backend, DType.FLOAT64, shape, scope.keep(out));
            }
        });
    }
}
