package org.sciaccel.opencl.reduction;

import java.util.Set;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.Reduced;
import org.sciaccel.spi.Reducer;
import org.sciaccel.spi.Reduction;
import org.sciaccel.spi.ReductionLayout;
import org.sciaccel.spi.ReductionOps;

/**
 * The OpenCL backend's NumPy reductions and accumulations, as kernels under {@code kernels/reduction/}: work-group
 * tree reductions in local memory with further passes over the partials ({@link OpenCLReduce}), device scans
 * ({@link OpenCLScan}), differences ({@link OpenCLDiff}), and the transposes that bring separate reduced axes
 * together ({@link OpenCLBlockSwap}). Results stay on the device; the only transfer is the four bytes of the nan
 * reductions' warning flag (NumPy warns on all-NaN slices, which only the device knows). Accumulators are double
 * where the device has it; without fp64 float sums accumulate in float (and float64 is refused by the backend).
 */
public final class OpenCLReductionOps implements ReductionOps {
    /** SciPy-qualified names of the ops implemented here: the whole family. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.REDUCTION);

    private final OpenCLBackend backend;
    private final OpenCLBlockSwap swaps;

    public OpenCLReductionOps(OpenCLBackend backend) {
        this.backend = backend;
        this.swaps = new OpenCLBlockSwap(backend);
    }

    @Override
    public Reduced reduce(NDArray input, Reduction r) {
        backend.requireSupported(r.loop(), "loop dtype");
        backend.requireSupported(r.result(), "result dtype");
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                ReductionLayout layout = r.layout();
                DeviceBuffer in = canonical(scope, input, layout);
                DeviceBuffer out = scope.allocate((long) layout.outputs() * r.result().itemSize(), "reduction result");
                if (layout.outputs() == 0) {
                    return new Reduced(NDArray.wrap(backend, r.result(), layout.outputShape(), scope.keep(out)), false);
                }
                Reducer op = r.op();
                DType dt = input.dtype();
                boolean flags = (op == Reducer.NANMIN || op == Reducer.NANMAX || op == Reducer.NANMEAN
                        || op == Reducer.NANVAR) && !r.loop().isIntegral();
                DeviceBuffer flag = flags ? scope.allocate(Sizeof.cl_int, "warning flag") : null;
                boolean complexRange = op == Reducer.PTP && r.loop().isComplex();
                OpenCLReduce main = complexRange ? null : new OpenCLReduce(backend, op.ordinal(), dt, r.loop(), r.result(),
                        false);
                if (flag != null) {
                    main.clearFlag(flag);
                }
                if (op.isVariance()) {
                    Reducer meanOp = op == Reducer.NANVAR ? Reducer.NANMEAN : Reducer.MEAN;
                    long centerBytes = (backend.hasFp64() ? 8 : 4) * (r.loop().isComplex() ? 2 : 1);
                    DeviceBuffer center = scope.allocate(layout.outputs() * centerBytes, "variance means");
                    new OpenCLReduce(backend, meanOp.ordinal(), dt, r.loop(), r.result(), true)
                            .run(scope, in, layout, center, null, null, 0, false);
                    main.run(scope, in, layout, out, center, flag, r.ddof(), r.sqrt());
                } else if (complexRange) {
                    complexRange(scope, in, dt, r, out);
                } else {
                    main.run(scope, in, layout, out, null, flag, r.ddof(), r.sqrt());
                }
                boolean flagged = flag != null && readFlag(flag);
                return new Reduced(NDArray.wrap(backend, r.result(), layout.outputShape(), scope.keep(out)), flagged);
            }
        });
    }

    /** ptp of complex values: the complex maximum and minimum (NumPy's order and NaN rules), then max - min. */
    private void complexRange(DeviceScope scope, DeviceBuffer in, DType dt, Reduction r, DeviceBuffer out) {
        ReductionLayout layout = r.layout();
        long bytes = (long) layout.outputs() * r.loop().itemSize();
        DeviceBuffer hi = scope.allocate(bytes, "ptp maximum");
        DeviceBuffer lo = scope.allocate(bytes, "ptp minimum");
        new OpenCLReduce(backend, Reducer.MAX.ordinal(), dt, r.loop(), r.loop(), false)
                .run(scope, in, layout, hi, null, null, 0, false);
        new OpenCLReduce(backend, Reducer.MIN.ordinal(), dt, r.loop(), r.loop(), false)
                .run(scope, in, layout, lo, null, null, 0, false);
        String part = ClTypes.clType(ClTypes.component(r.loop()));
        ClKernel k = backend.cl().kernels().program(KernelSource.resource("reduction/complex_range.cl"),
                ("-D PART_T=" + part + " -D KERNEL_SUFFIX=_" + part + " " + backend.cl().fp64Option()).trim())
                .kernel("subtract_parts_" + part);
        long parts = 2L * layout.outputs();
        backend.cl().launch1d(k, parts, hi.mem(), lo.mem(), out.mem(), parts);
    }

    private boolean readFlag(DeviceBuffer flag) {
        int[] v = new int[1];
        backend.cl().awaitQueue("reading the reduction's warning flag");
        backend.cl().countFromDevice(Sizeof.cl_int);
        try {
            CL.clEnqueueReadBuffer(backend.cl().queue(), flag.mem(), true, 0, Sizeof.cl_int, Pointer.to(v), 0, null, null);
        } catch (CLException e) {
            throw backend.cl().failure(e, "reading the reduction's warning flag", 0);
        }
        return v[0] != 0;
    }

    @Override
    public NDArray argReduce(NDArray input, ReductionLayout layout, boolean max) {
        backend.requireSupported(input.dtype(), "a");
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer in = canonical(scope, input, layout);
                DeviceBuffer out = scope.allocate((long) layout.outputs() * Sizeof.cl_long, "arg-extrema");
                DType dt = input.dtype();
                new OpenCLReduce(backend, max ? OpenCLReduce.ARGMAX : OpenCLReduce.ARGMIN, dt, dt, DType.INT64, false)
                        .run(scope, in, layout, out, null, null, 0, false);
                return NDArray.wrap(backend, DType.INT64, layout.outputShape(), scope.keep(out));
            }
        });
    }

    @Override
    public NDArray accumulate(NDArray input, ReductionLayout layout, boolean product, DType dtype) {
        backend.requireSupported(dtype, "dtype");
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer in = backend.bufferOf(input, "a");
                long count = (long) layout.outer() * layout.reduced() * layout.inner();
                DeviceBuffer out = scope.allocate(count * dtype.itemSize(), "running " + (product ? "products" : "sums"));
                new OpenCLScan(backend).run(scope, in, input.dtype(), layout, product, dtype, out);
                return NDArray.wrap(backend, dtype, layout.outputShape(), scope.keep(out));
            }
        });
    }

    @Override
    public NDArray diff(NDArray input, ReductionLayout layout, int order, int[] outputShape) {
        return backend.guarded(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer in = backend.bufferOf(input, "a");
                DeviceBuffer out = new OpenCLDiff(backend).run(scope, in, input.dtype(), layout.outer(), layout.reduced(),
                        layout.inner(), order);
                return NDArray.wrap(backend, input.dtype(), outputShape, scope.keep(out));
            }
        });
    }

    /** The input with its reduced axes brought together (copies owned by {@code scope} only when the layout has swaps). */
    private DeviceBuffer canonical(DeviceScope scope, NDArray input, ReductionLayout layout) {
        DeviceBuffer b = backend.bufferOf(input, "a");
        for (int[] s : layout.swaps()) {
            DeviceBuffer next = swaps.swap(scope, b, input.dtype(), s);
            if (b != backend.bufferOf(input, "a")) {
                scope.release(b);
            }
            b = next;
        }
        return b;
    }
}
