package org.sciaccel.opencl.linalg;

import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.linalg.MatmulPlan;
import org.sciaccel.linalg.Transpose;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * {@code numpy.matmul} on an OpenCL device (kernel {@code linalg/gemm.cl}): one launch for all
 * products of the batch. Products whose output is smaller than a quarter of a tile run one work-item
 * per output ({@code gemm_small}); larger ones run the local-memory tiled kernel with register
 * blocking, whose work-group edge, outputs per work-item and tile depth are chosen from the device's
 * queried work-group and local-memory limits and the kernel's own work-group limit after the build.
 */
final class OpenCLMatmul {
    private static final String SOURCE = "linalg/gemm.cl";
    /** Candidate (work-group edge, outputs per work-item), largest first. */
    private static final int[][] SHAPES = {{16, 4}, {16, 2}, {8, 4}, {8, 2}, {4, 2}, {2, 2}, {1, 1}};

    private final OpenCLBackend backend;

    OpenCLMatmul(OpenCLBackend backend) {
        this.backend = backend;
    }

    NDArray multiply(NDArray a, NDArray b, MatmulPlan plan) {
        DType t = plan.dtype();
        backend.requireSupported(t, "matmul");
        DeviceBuffer ab = backend.bufferOf(a, "matmul a");
        DeviceBuffer bb = backend.bufferOf(b, "matmul b");
        int m = plan.m();
        int n = plan.n();
        int k = plan.k();
        int batch = plan.batch();
        long outBytes = (long) batch * m * n * t.itemSize();
        DeviceBuffer out = backend.cl().allocate(outBytes, "matmul output " + t + org.sciaccel.Shapes.toString(plan.outShape()));
        if (outBytes == 0) {
            return NDArray.wrap(backend, t, plan.outShape(), out);
        }
        // The output is the scope's until it is returned; the index arrays go when the scope closes.
        try (DeviceScope scope = backend.cl().scope()) {
            scope.own(out);
            if (k == 0) {
                zero(out, outBytes);
                return NDArray.wrap(backend, t, plan.outShape(), scope.keep(out));
            }
            cl_mem ai = scope.copy(Pointer.to(plan.aIndex()), (long) batch * Sizeof.cl_int);
            cl_mem bi = scope.copy(Pointer.to(plan.bIndex()), (long) batch * Sizeof.cl_int);
            String base = baseOptions(t, plan.transA(), plan.transB());
            boolean small = (long) m * n * 4 < 64L * 64;
            if (!small) {
                for (int[] s : SHAPES) {
                    int rts = s[0];
                    int wpt = t.itemSize() >= 16 && s[1] > 2 ? 2 : s[1];
                    int tsk = t.itemSize() >= 16 ? 8 : 16;
                    long local = 2L * tsk * rts * wpt * t.itemSize();
                    if ((long) rts * rts > backend.deviceInfo().maxWorkGroupSize()
                            || local > backend.deviceInfo().localMemBytes()) {
                        continue;
                    }
                    ClProgram p = backend.cl().kernels().program(KernelSource.resource(SOURCE),
                            base + " -D RTS=" + rts + " -D WPT=" + wpt + " -D TSK=" + tsk);
                    ClKernel kernel = p.kernel("gemm_tiled");
                    if (kernel.workGroupSize() < (long) rts * rts
                            || kernel.staticLocalMemBytes() > backend.deviceInfo().localMemBytes()) {
                        continue;
                    }
                    int ts = rts * wpt;
                    long gx = (long) (n + ts - 1) / ts * rts;
                    long gy = (long) (m + ts - 1) / ts * rts;
                    backend.cl().launch(kernel, new long[] {gx, gy, batch}, new long[] {rts, rts, 1}, ab.mem(), bb.mem(),
                            out.mem(), ai, bi, m, n, k);
                    return NDArray.wrap(backend, t, plan.outShape(), scope.keep(out));
                }
            }
            ClProgram p = backend.cl().kernels().program(KernelSource.resource(SOURCE), base + " -D RTS=1 -D WPT=1 -D TSK=1");
            backend.cl().launchGrid(p.kernel("gemm_small"), new long[] {n, m, batch}, ab.mem(), bb.mem(), out.mem(), ai, bi,
                    m, n, k);
            return NDArray.wrap(backend, t, plan.outShape(), scope.keep(out));
        }
    }

    private String baseOptions(DType t, Transpose ta, Transpose tb) {
        String e;
        switch (t) {
            case FLOAT32: e = "float"; break;
            case FLOAT64: e = "double"; break;
            case COMPLEX64: e = "float2"; break;
            case COMPLEX128: e = "double2"; break;
            default: throw new IllegalArgumentException("matmul: dtype " + t + " is not a float or complex dtype");
        }
        return ("-D E=" + e + " -D COMPLEX=" + (t.isComplex() ? 1 : 0)
                + " -D TRANS_A=" + (ta.swaps() ? 1 : 0) + " -D TRANS_B=" + (tb.swaps() ? 1 : 0)
                + " -D CONJ_A=" + (ta == Transpose.CONJUGATE_TRANSPOSE ? 1 : 0)
                + " -D CONJ_B=" + (tb == Transpose.CONJUGATE_TRANSPOSE ? 1 : 0) + " " + backend.cl().fp64Option()).trim();
    }

    private void zero(DeviceBuffer out, long bytes) {
        backend.cl().fillZero(out.mem(), 0, bytes);
    }
}
