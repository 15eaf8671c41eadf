package org.sciaccel.opencl.reduction;

import org.sciaccel.DType;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.spi.ReductionLayout;

/**
 * cumsum and cumprod with {@code reduction/scan.cl}: one work-item per lane and chunk; with few lanes each
 * lane is cut into chunks whose totals and starting values are formed on the device first (the three kernels
 * run back to back, nothing returns to the host).
 */
final class OpenCLScan {
    private static final String SOURCE = "reduction/scan.cl";
    private static final long MIN_CHUNK = 256;

    private final OpenCLBackend backend;

    OpenCLScan(OpenCLBackend backend) {
        this.backend = backend;
    }

    void run(DeviceScope scope, DeviceBuffer input, DType in, ReductionLayout layout, boolean product, DType loop,
            DeviceBuffer out) {
        long n = layout.reduced();
        long inner = layout.inner();
        long lanes = (long) layout.outer() * inner;
        if (n == 0 || lanes == 0) {
            return;
        }
        String w = backend.hasFp64() ? "double" : "float";
        String name = (product ? "cumprod" : "cumsum") + "_" + in.numpyName() + "_" + loop.numpyName();
        String options = OpenCLReduce.loopOptions(in, loop) + " " + ClTypes.outOptions(loop)
                + (loop.isComplex() ? " -D OUT_CPLX" : "") + (product ? " -D PRODUCT" : "") + " -D W_T=" + w
                + " -D KERNEL_SUFFIX=_" + name + " " + backend.cl().fp64Option();
        ClProgram program = backend.cl().kernels().program(KernelSource.resource(SOURCE), options.trim());
        long target = Math.max(1, backend.deviceInfo().computeUnits()) * 4L * 256;
        long chunks = lanes >= target ? 1 : Math.max(1, Math.min(OpenCLReduce.ceilDiv(target, lanes), n / MIN_CHUNK));
        long chunk = OpenCLReduce.ceilDiv(n, chunks);
        chunks = OpenCLReduce.ceilDiv(n, chunk);
        long items = lanes * chunks;
        if (chunks == 1) {
            backend.cl().launch1d(program.kernel("scan_apply_" + name), items, input.mem(), out.mem(), out.mem(), n,
                    inner, lanes, chunk, chunks);
            return;
        }
        long runBytes = loop.isIntegral() ? 8 : (loop == DType.FLOAT64 || loop == DType.COMPLEX128 ? 8 : 4)
                * (loop.isComplex() ? 2 : 1);
        DeviceBuffer totals = scope.allocate(items * runBytes, "scan chunk totals");
        DeviceBuffer starts = scope.allocate(items * runBytes, "scan chunk starts");
        backend.cl().launch1d(program.kernel("scan_totals_" + name), items, input.mem(), totals.mem(), n, inner, lanes,
                chunk, chunks);
        backend.cl().launch1d(program.kernel("scan_starts_" + name), lanes, totals.mem(), starts.mem(), lanes, chunks);
        backend.cl().launch1d(program.kernel("scan_apply_" + name), items, input.mem(), out.mem(), starts.mem(), n, inner,
                lanes, chunk, chunks);
    }
}
