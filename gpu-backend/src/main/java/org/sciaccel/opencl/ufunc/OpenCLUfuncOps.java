package org.sciaccel.opencl.ufunc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.spi.UfuncOps;

/**
 * The OpenCL backend's NumPy element-wise functions: every program of the element-wise engine becomes one
 * generated kernel ({@link ElementwiseKernelSource}, built on {@code common/npmath.cl}), cached per program
 * structure, dtypes and operand layout; operands broadcast by strides passed as arguments, the result stays
 * on the device. Programs that need double precision run only where the device has fp64 (elsewhere
 * {@link OpenCLBackend#requireSupported} refuses them). The one value read back is the error flag of an
 * integer power with a signed exponent (NumPy refuses negative exponents), four bytes, only for such programs.
 */
public final class OpenCLUfuncOps implements UfuncOps {
    /** SciPy-qualified names of the ops implemented here: every ufunc op. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.UFUNC);
    private static final int SOURCE_CACHE = 512;

    private final OpenCLBackend backend;
    /** Generated sources by program key and layout (the kernel cache below keys by their text). */
    private final Map<String, ElementwiseKernelSource.Generated> sources = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ElementwiseKernelSource.Generated> e) {
            return size() > SOURCE_CACHE;
        }
    };

    public OpenCLUfuncOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray evaluate(ElementwiseProgram program, NDArray[] operands, int[] shape) {
        return backend.guarded(() -> run(program, operands, shape));
    }

    private NDArray run(ElementwiseProgram program, NDArray[] operands, int[] shape) {
        if (program.usesDoublePrecision()) {
            backend.requireSupported(program.resultType().isComplex() ? DType.COMPLEX128 : DType.FLOAT64,
                    "element-wise program " + program.key());
        }
        List<ElementwiseProgram.Node> nodes = program.nodes();
        ElementwiseKernelSource.Layout[] layout = new ElementwiseKernelSource.Layout[nodes.size()];
        StringBuilder key = new StringBuilder(program.key()).append('|').append(shape.length)
                .append(backend.hasFp64() ? "|fp64|" : "|fp32|");
        for (int i = 0; i < nodes.size(); i++) {
            ElementwiseProgram.Node n = nodes.get(i);
            if (n.kind() != ElementwiseProgram.Kind.ARRAY) {
                continue;
            }
            NDArray a = operands[n.operand()];
            if (a.dtype() != n.type()) {
                throw new IllegalArgumentException("operand " + n.operand() + " has dtype " + a.dtype() + "; the program reads "
                        + n.type());
            }
            int[] s = a.shape();
            layout[i] = Arrays.equals(s, shape) ? ElementwiseKernelSource.Layout.CONTIGUOUS
                    : Shapes.size(s) == 1 ? ElementwiseKernelSource.Layout.SINGLE : ElementwiseKernelSource.Layout.BROADCAST;
            key.append(layout[i].ordinal());
        }
        ElementwiseKernelSource.Generated g;
        synchronized (sources) {
            g = sources.computeIfAbsent(key.toString(),
                    k -> ElementwiseKernelSource.generate(program, layout, shape.length, backend.hasFp64()));
        }
        DType rt = program.resultType();
        long count = Shapes.size(shape);
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer out = scope.allocate(count * rt.itemSize(), rt + Shapes.toString(shape));
            if (count > 0) {
                DeviceBuffer error = g.errorFlag() ? scope.allocate(Sizeof.cl_int, "power error flag") : null;
                if (error != null) {
                    fill(error);
                }
                ClKernel kernel = backend.cl().kernels()
                        .program(KernelSource.of("ufunc/" + g.name() + ".cl", g.text()), backend.cl().fp64Option())
                        .kernel(g.name());
                backend.cl().launch1d(kernel, count, arguments(program, g, operands, shape, out, error, count));
                if (error != null && readFlag(error) != 0) {
                    throw new IllegalArgumentException("Integers to negative integer powers are not allowed.");
                }
            }
            return NDArray.wrap(backend, rt, shape, scope.keep(out));
        }
    }

    private Object[] arguments(ElementwiseProgram program, ElementwiseKernelSource.Generated g, NDArray[] operands,
            int[] shape, DeviceBuffer out, DeviceBuffer error, long count) {
        List<Object> args = new ArrayList<>();
        for (int op : g.arrayOperands()) {
            args.add(backend.bufferOf(operands[op], "operand " + op).mem());
        }
        args.add(out.mem());
        args.add(count);
        if (!g.broadcastNodes().isEmpty()) {
            for (int d : shape) {
                args.add((long) d);
            }
        }
        for (int i : g.broadcastNodes()) {
            int[] s = operands[program.node(i).operand()].shape();
            long[] strides = new long[shape.length];
            long stride = 1;
            for (int d = s.length - 1; d >= 0; d--) {
                strides[shape.length - s.length + d] = s[d] == 1 ? 0 : stride;
                stride *= s[d];
            }
            for (long st : strides) {
                args.add(st);
            }
        }
        for (int i : g.scalarNodes()) {
            ElementwiseProgram.Node n = program.node(i);
            DType t = n.type();
            if (t.isIntegral()) {
                args.add(n.bits());
            } else if (t.isComplex()) {
                args.add(real(n.real(), t));
                args.add(real(n.imag(), t));
            } else {
                args.add(real(t == DType.FLOAT16 ? Half.toDouble(Half.fromDouble(n.real())) : n.real(), t));
            }
        }
        for (int i : g.paramNodes()) {
            ElementwiseProgram.Node n = program.node(i);
            for (int k = 0; k < 3; k++) {
                args.add(real(n.param(k), n.inTypes().get(0)));
            }
        }
        if (error != null) {
            args.add(error.mem());
        }
        return args.toArray();
    }

    /** A real kernel argument: double for double-precision types on an fp64 device, float otherwise. */
    private Object real(double v, DType t) {
        boolean wide = (t == DType.FLOAT64 || t == DType.COMPLEX128) && backend.hasFp64();
        return wide ? (Object) v : (Object) (float) v;
    }

    private void fill(DeviceBuffer b) {
        backend.cl().fillZero(b.mem(), 0, Sizeof.cl_int);
    }

    private int readFlag(DeviceBuffer b) {
        int[] flag = new int[1];
        backend.cl().read(b.mem(), 0, Sizeof.cl_int, Pointer.to(flag));
        return flag[0];
    }
}
