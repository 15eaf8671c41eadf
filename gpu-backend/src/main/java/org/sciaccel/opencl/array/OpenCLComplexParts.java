package org.sciaccel.opencl.array;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * {@link org.sciaccel.spi.NdimageOps#complexPart} and {@link org.sciaccel.spi.NdimageOps#complexJoin}
 * on an OpenCL device (kernel {@code array/complex_parts.cl}): one launch each.
 */
public final class OpenCLComplexParts {
    private static final String SOURCE = "array/complex_parts.cl";

    private OpenCLComplexParts() {
    }

    public static NDArray part(OpenCLBackend backend, NDArray input, boolean imaginary) {
        return backend.guarded(() -> {
            DType from = input.dtype();
            if (!from.isComplex()) {
                throw new IllegalArgumentException("input: complexPart needs a complex array, not " + from);
            }
            DType t = ClTypes.component(from);
            int[] shape = input.shape();
            int n = input.size();
            DeviceBuffer in = backend.bufferOf(input, "input");
            // The output is the scope's until it is returned.
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) n * t.itemSize(), "complex part " + t + Shapes.toString(shape));
                if (n > 0) {
                    ClProgram program = program(backend, t, t);
                    backend.cl().launch1d(program.kernel("complex_part" + suffix(t, t)), n, in.mem(), out.mem(),
                            imaginary ? 1 : 0, n);
                }
                return NDArray.wrap(backend, t, shape, scope.keep(out));
            }
        });
    }

    public static NDArray join(OpenCLBackend backend, NDArray re, NDArray reMinus, NDArray im, NDArray imPlus,
            DType output) {
        return backend.guarded(() -> {
            DType t = re.dtype();
            if (t != DType.FLOAT32 && t != DType.FLOAT64 || !output.isComplex()) {
                throw new IllegalArgumentException("complexJoin: needs float32 or float64 parts and a complex"
                        + " output, not " + t + " and " + output);
            }
            int n = re.size();
            for (NDArray p : new NDArray[] {reMinus, im, imPlus}) {
                if (p != null && (p.dtype() != t || p.size() != n)) {
                    throw new IllegalArgumentException("parts: complexJoin needs parts of one dtype and size");
                }
            }
            backend.requireSupported(output, "output");
            DType c = ClTypes.component(output);
            int[] shape = re.shape();
            DeviceBuffer r = backend.bufferOf(re, "re");
            DeviceBuffer m = backend.bufferOf(im, "im");
            // Absent parts are not read (HAS_MINUS / HAS_PLUS undefined); any buffer fills the argument.
            DeviceBuffer rm = reMinus == null ? r : backend.bufferOf(reMinus, "reMinus");
            DeviceBuffer mp = imPlus == null ? m : backend.bufferOf(imPlus, "imPlus");
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate((long) n * output.itemSize(),
                        "complex join " + output + Shapes.toString(shape));
                if (n > 0) {
                    String extra = (reMinus != null ? " -D HAS_MINUS=1" : "") + (imPlus != null ? " -D HAS_PLUS=1" : "");
                    ClProgram program = backend.cl().kernels().program(KernelSource.resource(SOURCE),
                            options(backend, t, c) + extra);
                    backend.cl().launch1d(program.kernel("complex_join" + suffix(t, c)), n, r.mem(), rm.mem(), m.mem(),
                            mp.mem(), out.mem(), n);
                }
                return NDArray.wrap(backend, output, shape, scope.keep(out));
            }
        });
    }

    private static ClProgram program(OpenCLBackend backend, DType t, DType c) {
        return backend.cl().kernels().program(KernelSource.resource(SOURCE), options(backend, t, c));
    }

    private static String options(OpenCLBackend backend, DType t, DType c) {
        return ("-D T=" + ClTypes.clType(t) + " -D C=" + ClTypes.clType(c) + " -D KERNEL_SUFFIX=" + suffix(t, c) + " "
                + backend.cl().fp64Option()).trim();
    }

    private static String suffix(DType t, DType c) {
        return "_" + t.numpyName() + "_to_" + c.numpyName();
    }
}
