package org.sciaccel.opencl.creation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.CreationOps;
import org.sciaccel.spi.Element;
import org.sciaccel.spi.LinspacePlan;
import org.sciaccel.spi.Ramp;

/**
 * The OpenCL backend's array creation, as kernels under {@code kernels/creation/}: every result is
 * written on the device from a few kernel arguments (a fill value, a ramp's ends, linspace's bounds),
 * so creating an array copies nothing from the host ({@code Backend.bytesToBackend()} stays where it
 * was). Copies, fills and masks move elements as unsigned integers of the element's size
 * ({@code creation/elements.cl}) and need no double precision; ramps and linspace compute in the
 * dtype's arithmetic as NumPy does (float64 and complex128 only where the device has fp64).
 */
public final class OpenCLCreationOps implements CreationOps {
    /** SciPy-qualified names of the ops implemented here: every creation op. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.CREATION);

    private static final KernelSource FILL = KernelSource.resource("creation/fill.cl");
    private static final KernelSource RAMPS = KernelSource.resource("creation/ramps.cl");
    private static final KernelSource LINSPACE = KernelSource.resource("creation/linspace.cl");
    private static final KernelSource TRIANGLES = KernelSource.resource("creation/triangles.cl");
    private static final KernelSource GATHER = KernelSource.resource("creation/gather.cl");
    /** The axes the gather kernel takes; more are iterated as launches. */
    private static final int GATHER_AXES = 8;

    private final OpenCLBackend backend;

    public OpenCLCreationOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray full(int[] shape, Element value) {
        DType dtype = value.dtype();
        return made(dtype, shape, (out, count) -> {
            ClKernel k = kernel(FILL, "fill", elementOptions(dtype), dtype);
            backend.cl().launch1d(k, count, out.mem(), low(value), high(value), count);
        });
    }

    @Override
    public NDArray ramps(int[] shape, Ramp... blocks) {
        DType dtype = blocks[0].first().dtype();
        return made(dtype, shape, (out, count) -> {
            long blockSize = count / blocks.length;
            for (int b = 0; b < blocks.length; b++) {
                Ramp r = blocks[b];
                DType component = ClTypes.component(dtype);
                String ct = computeType(dtype);
                String options = ClTypes.outOptions(component) + " -D CT=" + ct + " -D COMPLEX="
                        + (dtype.isComplex() ? 1 : 0) + " -D AFFINE=" + (r.affine() ? 1 : 0);
                ClKernel k = kernel(RAMPS, "ramp_block", options, dtype);
                backend.cl().launch1d(k, blockSize, out.mem(), b * blockSize, blockSize, r.inner(), r.extent(),
                        arg(ct, r.first(), false), arg(ct, r.first(), true), arg(ct, r.second(), false),
                        arg(ct, r.second(), true));
            }
        });
    }

    @Override
    public NDArray[] linspace(LinspacePlan plan, NDArray start, NDArray stop) {
        DType dt = plan.dtype();
        backend.requireSupported(dt, "linspace");
        return backend.guarded(() -> {
            int[] shape = plan.shape();
            long count = Shapes.size(shape);
            String ct = dt == DType.FLOAT64 || dt == DType.COMPLEX128 ? "double" : "float";
            boolean arrays = !plan.scalar();
            String options = "-D CT=" + ct + " -D HALF=" + (dt == DType.FLOAT16 ? 1 : 0) + " -D COMPLEX="
                    + (dt.isComplex() ? 1 : 0) + " -D ARRAYS=" + (arrays ? 1 : 0) + " -D FLOOR=" + (plan.floor() ? 1 : 0)
                    + " -D LOG=" + (plan.base() != null ? 1 : 0);
            Object divRe = arg(ct, plan.div(), false);
            Object divIm = arg(ct, plan.div(), true);
            Object base = plan.base() == null ? arg(ct, Element.zero(dt), false) : arg(ct, plan.base(), false);
            long boundCount = count / Math.max(1, plan.num());
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(count * dt.itemSize(), "linspace " + dt + Shapes.toString(shape));
                List<Object> bounds = new ArrayList<>();
                if (arrays) {
                    bounds.add(backend.bufferOf(start, "start").mem());
                    bounds.add(backend.bufferOf(stop, "stop").mem());
                } else {
                    bounds.add(arg(ct, plan.start(), false));
                    bounds.add(arg(ct, plan.start(), true));
                    bounds.add(arg(ct, plan.stop(), false));
                    bounds.add(arg(ct, plan.stop(), true));
                }
                boolean divZero = plan.div().realValue() == 0;
                Object zero;
                if (arrays) {
                    DeviceBuffer flag = scope.allocate(4, "linspace zero-step flag");
                    ClKernel f = kernel(FILL, "fill", "-D ELEM_BYTES=4", DType.INT32);
                    backend.cl().launch1d(f, 1, flag.mem(), 0L, 0L, 1L);
                    if (!divZero && boundCount > 0) {
                        ClKernel z = kernel(LINSPACE, "linspace_any_zero_step", options, dt);
                        backend.cl().launch1d(z, boundCount, args(flag.mem(), bounds, boundCount, divRe, divIm));
                    }
                    zero = flag.mem();
                } else {
                    zero = !divZero && scalarStepIsZero(plan) ? 1 : 0;
                }
                if (count > 0) {
                    ClKernel k = kernel(LINSPACE, "linspace", options, dt);
                    List<Object> a = new ArrayList<>();
                    a.add(out.mem());
                    a.addAll(bounds);
                    a.add(count);
                    a.add((long) plan.num());
                    a.add(plan.inner());
                    a.add(divRe);
                    a.add(divIm);
                    a.add(plan.endpoint() ? 1 : 0);
                    a.add(zero);
                    a.add(base);
                    backend.cl().launch1d(k, count, a.toArray());
                }
                NDArray samples = NDArray.wrap(backend, dt, shape, scope.keep(out));
                if (!plan.steps()) {
                    return new NDArray[] {samples};
                }
                try {
                    int[] stepShape = start.shape();
                    DeviceBuffer steps = scope.allocate(boundCount * dt.itemSize(), "linspace steps");
                    if (boundCount > 0) {
                        ClKernel s = kernel(LINSPACE, "linspace_steps", options, dt);
                        backend.cl().launch1d(s, boundCount, args(steps.mem(), bounds, boundCount, divRe, divIm));
                    }
                    return new NDArray[] {samples, NDArray.wrap(backend, dt, stepShape, scope.keep(steps))};
                } catch (RuntimeException e) {
                    samples.close();
                    throw e;
                }
            }
        });
    }

    /** The step of scalar bounds is zero: computed here in the same double arithmetic as the kernel's (fp64 dtypes). */
    private static boolean scalarStepIsZero(LinspacePlan plan) {
        double div = plan.div().realValue();
        double dRe = plan.stop().realValue() - plan.start().realValue();
        if (!plan.dtype().isComplex()) {
            return dRe / div == 0;
        }
        double dIm = plan.stop().imagValue() - plan.start().imagValue();
        // Smith's division by (div, 0): rat = 0, scl = 1 / div.
        double rat = 0.0 / div;
        double scl = 1.0 / (div + 0.0 * rat);
        return (dRe + dIm * rat) * scl == 0 && (dIm - dRe * rat) * scl == 0;
    }

    @Override
    public NDArray band(DType dtype, int n, int m, int k, boolean lower) {
        Element one = Element.one(dtype);
        return made(dtype, new int[] {n, m}, (out, count) -> {
            ClKernel kern = kernel(TRIANGLES, "band", elementOptions(dtype), dtype);
            backend.cl().launch1d(kern, count, out.mem(), (long) n, (long) m, (long) k, lower ? 1 : 0, low(one), high(one));
        });
    }

    @Override
    public NDArray triangle(NDArray m, int k, boolean upper) {
        DType dtype = m.dtype();
        int[] shape = m.shape();
        DeviceBuffer in = backend.bufferOf(m, "m");
        return made(dtype, shape, (out, count) -> {
            ClKernel kern = kernel(TRIANGLES, "triangle", elementOptions(dtype), dtype);
            backend.cl().launch1d(kern, count, in.mem(), out.mem(), count, (long) shape[shape.length - 2],
                    (long) shape[shape.length - 1], (long) k, upper ? 1 : 0);
        });
    }

    @Override
    public NDArray diagonalMatrix(NDArray v, int k) {
        DType dtype = v.dtype();
        int size = v.size() + Math.abs(k);
        DeviceBuffer in = backend.bufferOf(v, "v");
        return made(dtype, new int[] {size, size}, (out, count) -> {
            ClKernel kern = kernel(TRIANGLES, "diagonal_matrix", elementOptions(dtype), dtype);
            backend.cl().launch1d(kern, count, in.mem(), out.mem(), (long) size, (long) k);
        });
    }

    @Override
    public NDArray gather(NDArray x, int[] shape, long offset, long[] strides) {
        DType dtype = x.dtype();
        DeviceBuffer in = backend.bufferOf(x, "x");
        return made(dtype, shape, (out, count) -> {
            // Axes of extent 1 read nothing; an axis whose stride is its inner neighbour's span merges into it.
            List<long[]> axes = new ArrayList<>();
            for (int d = 0; d < shape.length; d++) {
                if (shape[d] == 1) {
                    continue;
                }
                long[] last = axes.isEmpty() ? null : axes.get(axes.size() - 1);
                if (last != null && last[1] == strides[d] * shape[d]) {
                    last[0] *= shape[d];
                    last[1] = strides[d];
                } else {
                    axes.add(new long[] {shape[d], strides[d]});
                }
            }
            int lead = Math.max(0, axes.size() - GATHER_AXES);
            List<long[]> inner = axes.subList(lead, axes.size());
            Object[] a = new Object[5 + 2 * GATHER_AXES];
            a[0] = in.mem();
            a[1] = out.mem();
            long innerCount = 1;
            for (int j = 0; j < GATHER_AXES; j++) {
                int at = j - (GATHER_AXES - inner.size());
                long n = at >= 0 ? inner.get(at)[0] : 1;
                a[5 + j] = n;
                a[5 + GATHER_AXES + j] = at >= 0 ? inner.get(at)[1] : 0L;
                innerCount *= n;
            }
            a[3] = innerCount;
            ClKernel kern = kernel(GATHER, "gather", elementOptions(dtype), dtype);
            long launches = count / innerCount;
            for (long l = 0; l < launches; l++) {
                // The source offset of this index of the leading axes (beyond the kernel's 8).
                long src = offset;
                long rest = l;
                for (int d = lead - 1; d >= 0; d--) {
                    src += (rest % axes.get(d)[0]) * axes.get(d)[1];
                    rest /= axes.get(d)[0];
                }
                a[2] = l * innerCount;
                a[4] = src;
                backend.cl().launch1d(kern, innerCount, a.clone());
            }
        });
    }

    /** Writes a new array of {@code dtype} and {@code shape}: {@code body} launches into it (not called when empty). */
    private interface Body {
        void launch(DeviceBuffer out, long count);
    }

    private NDArray made(DType dtype, int[] shape, Body body) {
        backend.requireSupported(dtype, "dtype");
        return backend.guarded(() -> {
            long count = Shapes.size(shape);
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer out = scope.allocate(count * dtype.itemSize(), dtype + Shapes.toString(shape));
                if (count > 0) {
                    body.launch(out, count);
                }
                return NDArray.wrap(backend, dtype, shape, scope.keep(out));
            }
        });
    }

    private ClKernel kernel(KernelSource source, String name, String options, DType dtype) {
        String suffix = "_" + dtype.numpyName();
        String all = options + " -D KERNEL_SUFFIX=" + suffix + " " + backend.cl().fp64Option();
        return backend.cl().kernels().program(source, all.trim()).kernel(name + suffix);
    }

    private static String elementOptions(DType dtype) {
        return "-D ELEM_BYTES=" + dtype.itemSize();
    }

    /** The computation type of a ramp in OpenCL C (see ramps.cl). */
    private static String computeType(DType dtype) {
        switch (dtype) {
            case FLOAT64: case COMPLEX128: return "double";
            case FLOAT32: case COMPLEX64: case FLOAT16: return "float";
            default: return "ulong";
        }
    }

    /** An element's part as a kernel argument of computation type {@code ct}. */
    private static Object arg(String ct, Element e, boolean imag) {
        switch (ct) {
            case "double": return imag ? e.imagValue() : e.realValue();
            case "float": return (float) (imag ? e.imagValue() : e.realValue());
            default: return imag ? e.imag() : e.real();
        }
    }

    /** The element's low word for elements.cl: complex64 packs its two float parts. */
    private static long low(Element e) {
        if (e.dtype() == DType.COMPLEX64) {
            return (e.real() & 0xFFFF_FFFFL) | (e.imag() << 32);
        }
        return e.real();
    }

    private static long high(Element e) {
        return e.dtype() == DType.COMPLEX128 ? e.imag() : 0;
    }

    private static Object[] args(cl_mem first, List<Object> bounds, long count, Object divRe, Object divIm) {
        List<Object> a = new ArrayList<>();
        a.add(first);
        a.addAll(bounds);
        a.add(count);
        a.add(divRe);
        a.add(divIm);
        return a.toArray();
    }
}
