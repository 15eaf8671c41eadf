package org.sciaccel.cpu.ufunc;

import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.ElementwiseFunction;
import org.sciaccel.spi.ElementwiseProgram;

/**
 * Runs an {@link ElementwiseProgram} on host arrays: the result is cut into chunks of {@link #CHUNK}
 * elements, shared out over the backend's threads; in a chunk every node computes its values for the whole
 * chunk into a buffer of its lane ({@link Lanes}) with one tight primitive loop (the function is chosen once
 * per node and chunk, never per element), its arguments converted to its loop's input types first. Leaves are
 * read with broadcasting (an operand of the result's shape contiguously, a smaller one through an index of its
 * elements); nodes that do not vary (scalars, size-1 operands and what is computed from them only) are
 * computed once per thread.
 */
final class CpuProgramRunner {
    /** Elements per chunk: the buffers of a chunk stay in the core's caches. */
    static final int CHUNK = 1024;

    private final ElementwiseProgram program;
    private final List<ElementwiseProgram.Node> nodes;
    private final HostArray[] operands;
    private final int[] shape;
    private final int size;
    private final boolean[] invariant;
    /** Per ARRAY leaf: its element strides along the result's axes (0 where broadcast), or null if contiguous. */
    private final int[][] strides;

    CpuProgramRunner(ElementwiseProgram program, HostArray[] operands, int[] shape) {
        this.program = program;
        this.nodes = program.nodes();
        this.operands = operands;
        this.shape = shape.clone();
        this.size = Shapes.size(shape);
        int count = nodes.size();
        this.invariant = new boolean[count];
        this.strides = new int[count][];
        for (int i = 0; i < count; i++) {
            ElementwiseProgram.Node n = nodes.get(i);
            switch (n.kind()) {
                case SCALAR:
                    invariant[i] = true;
                    break;
                case ARRAY: {
                    int[] s = operands[n.operand()].shape();
                    invariant[i] = Shapes.size(s) == 1;
                    if (!java.util.Arrays.equals(s, shape) && !invariant[i]) {
                        strides[i] = broadcastStrides(s, shape);
                    }
                    break;
                }
                default: {
                    boolean inv = true;
                    for (int a : n.args()) {
                        inv &= invariant[a];
                    }
                    invariant[i] = inv;
                }
            }
        }
    }

    /** The result, computed over the threads of {@code threads} (its array from {@code arrays} on the fast path). */
    HostArray run(CpuThreads threads, org.sciaccel.cpu.ArrayPool arrays) {
        if (size == 0) {
            return HostArray.zeros(program.resultType(), shape);
        }
        ContiguousKernel fast = ContiguousKernel.of(program, operands, shape);
        if (fast != null) {
            return fast.run(threads, arrays, program.resultType(), shape);
        }
        HostArray out = HostArray.zeros(program.resultType(), shape);
        Object data = out.data();
        int chunks = (size + CHUNK - 1) / CHUNK;
        threads.parallelFor(chunks, (long) size * nodes.size(), (from, to) -> {
            Workspace w = new Workspace();
            for (int c = from; c < to; c++) {
                int start = c * CHUNK;
                int n = Math.min(CHUNK, size - start);
                w.chunk(start, n, data);
            }
        });
        return out;
    }

    /**
     * The result's values chunk by chunk to {@code sinks} instead of into an array ({@link ProgramChunks}, the
     * formula kernels' fused reductions): each task's sink is asked for with the task's first chunk. A call
     * brings one chunk, or (on the {@link ContiguousKernel} fast path) several consecutive whole chunks.
     */
    void forEachChunk(CpuThreads threads, java.util.function.IntFunction<ProgramChunks.Sink> sinks) {
        if (size == 0) {
            return;
        }
        int chunks = (size + CHUNK - 1) / CHUNK;
        ContiguousKernel fast = ContiguousKernel.of(program, operands, shape);
        if (fast != null) {
            // The same tasks over the same chunks (so the same partials), several chunks per call.
            fast.forEachChunk(threads, sinks, chunks, (long) size * nodes.size());
            return;
        }
        threads.parallelFor(chunks, (long) size * nodes.size(), (from, to) -> {
            Workspace w = new Workspace();
            ProgramChunks.Sink sink = sinks.apply(from);
            for (int c = from; c < to; c++) {
                int start = c * CHUNK;
                int n = Math.min(CHUNK, size - start);
                sink.accept(w.values(start, n), start, n);
            }
        });
    }

    private static int[] broadcastStrides(int[] s, int[] out) {
        int nd = out.length;
        int[] st = new int[nd];
        int stride = 1;
        for (int d = s.length - 1; d >= 0; d--) {
            int axis = nd - s.length + d;
            st[axis] = s[d] == 1 ? 0 : stride;
            stride *= s[d];
        }
        return st;
    }

    /** The float type a float32, float16 or complex64 loop computes in when it goes through double precision. */
    private static DType wide(DType t) {
        switch (t) {
            case FLOAT32: case FLOAT16: return DType.FLOAT64;
            case COMPLEX64: return DType.COMPLEX128;
            default: return t;
        }
    }

    /** One thread's buffers. */
    private final class Workspace {
        final Object[] value = new Object[nodes.size()];
        /** Per call node and argument: the argument converted to the loop's input type (null: used as it is). */
        final Object[][] converted = new Object[nodes.size()][];
        /** Per call node that computes through double precision: its arguments widened and its wide result. */
        final Object[][] wideArgs = new Object[nodes.size()][];
        final Object[] wideOut = new Object[nodes.size()];
        final int[] index = new int[CHUNK];
        final int[] coord = new int[shape.length];

        Workspace() {
            for (int i = 0; i < nodes.size(); i++) {
                ElementwiseProgram.Node n = nodes.get(i);
                value[i] = Lanes.allocate(n.type(), CHUNK);
                if (n.kind() == ElementwiseProgram.Kind.CALL) {
                    List<DType> in = n.inTypes();
                    converted[i] = new Object[in.size()];
                    for (int j = 0; j < in.size(); j++) {
                        if (nodes.get(n.arg(j)).type() != in.get(j)) {
                            converted[i][j] = Lanes.allocate(in.get(j), CHUNK);
                        }
                    }
                    if (throughDouble(n)) {
                        wideArgs[i] = new Object[in.size()];
                        for (int j = 0; j < in.size(); j++) {
                            wideArgs[i][j] = Lanes.allocate(wide(in.get(j)), CHUNK);
                        }
                        wideOut[i] = Lanes.allocate(wide(n.type()), CHUNK);
                    }
                }
            }
            for (int i = 0; i < nodes.size(); i++) {
                if (invariant[i]) {
                    compute(i, 0, CHUNK);
                }
            }
        }

        /** Computes the chunk's nodes and returns the root's lane (valid until the next chunk). */
        Object values(int start, int n) {
            for (int i = 0; i < nodes.size(); i++) {
                if (!invariant[i]) {
                    compute(i, start, n);
                }
            }
            return value[program.root()];
        }

        void chunk(int start, int n, Object out) {
            for (int i = 0; i < nodes.size(); i++) {
                if (!invariant[i]) {
                    compute(i, start, n);
                }
            }
            int root = program.root();
            Lanes.store(value[root], nodes.get(root).type(), out, start, n);
        }

        private void compute(int i, int start, int n) {
            ElementwiseProgram.Node node = nodes.get(i);
            switch (node.kind()) {
                case SCALAR:
                    Lanes.fill(value[i], node.type(), node.bits(), node.real(), node.imag(), n);
                    return;
                case ARRAY: {
                    HostArray h = operands[node.operand()];
                    if (invariant[i]) {
                        java.util.Arrays.fill(index, 0, n, 0);
                        Lanes.load(h.data(), node.type(), index, 0, value[i], n);
                    } else if (strides[i] == null) {
                        Lanes.load(h.data(), node.type(), null, start, value[i], n);
                    } else {
                        gatherIndex(strides[i], start, n);
                        Lanes.load(h.data(), node.type(), index, 0, value[i], n);
                    }
                    return;
                }
                default:
                    call(i, node, n);
            }
        }

        /** The flat element of the broadcast operand at each result position of the chunk. */
        private void gatherIndex(int[] st, int start, int n) {
            int nd = shape.length;
            int rest = start;
            int off = 0;
            for (int d = nd - 1; d >= 0; d--) {
                coord[d] = rest % shape[d];
                rest /= shape[d];
                off += coord[d] * st[d];
            }
            int last = nd - 1;
            for (int i = 0; i < n; i++) {
                index[i] = off;
                coord[last]++;
                off += st[last];
                int d = last;
                while (coord[d] == shape[d] && d > 0) {
                    off -= st[d] * shape[d];
                    coord[d] = 0;
                    d--;
                    coord[d]++;
                    off += st[d];
                }
            }
        }

        private void call(int i, ElementwiseProgram.Node node, int n) {
            ElementwiseFunction f = node.function();
            List<DType> in = node.inTypes();
            Object[] args = new Object[in.size()];
            for (int j = 0; j < args.length; j++) {
                int a = node.arg(j);
                if (converted[i][j] == null) {
                    args[j] = value[a];
                } else {
                    Lanes.convert(value[a], nodes.get(a).type(), converted[i][j], in.get(j), n);
                    args[j] = converted[i][j];
                }
            }
            Object out = value[i];
            DType outType = node.type();
            switch (f) {
                case CAST:
                    Lanes.convert(args[0], in.get(0), out, outType, n);
                    return;
                case WHERE:
                    select((long[]) args[0], args[1], args[2], out, outType, n);
                    return;
                case REAL: case IMAG:
                    if (in.get(0).isComplex()) {
                        part(args[0], in.get(0) == DType.COMPLEX64, f == ElementwiseFunction.IMAG, out, n);
                        return;
                    }
                    break;
                default:
                    break;
            }
            DType t = in.get(f == ElementwiseFunction.WHERE ? 1 : 0);
            if (t.isIntegral()) {
                long[][] a = new long[args.length][];
                for (int j = 0; j < args.length; j++) {
                    a[j] = (long[]) args[j];
                }
                IntegerLoops.run(f, t, outType, a, (long[]) out, n);
            } else if (wideArgs[i] != null) {
                for (int j = 0; j < args.length; j++) {
                    Lanes.convert(args[j], in.get(j), wideArgs[i][j], wide(in.get(j)), n);
                }
                double[][] a = new double[args.length][];
                for (int j = 0; j < args.length; j++) {
                    a[j] = (double[]) wideArgs[i][j];
                }
                if (wide(t) == DType.COMPLEX128) {
                    ComplexLoops.run(f, a, node.params(), wideOut[i], n);
                } else {
                    DoubleLoops.run(f, a, node.params(), wideOut[i], n);
                }
                Lanes.convert(wideOut[i], wide(outType), out, outType, n);
            } else if (t == DType.FLOAT32 || t == DType.FLOAT16) {
                float[][] a = new float[args.length][];
                for (int j = 0; j < args.length; j++) {
                    a[j] = (float[]) args[j];
                }
                FloatLoops.run(f, a, node.params(), out, n);
                if (outType == DType.FLOAT16) {
                    Lanes.roundToHalf((float[]) out, n);
                }
            } else {
                double[][] a = new double[args.length][];
                for (int j = 0; j < args.length; j++) {
                    a[j] = (double[]) args[j];
                }
                if (t == DType.COMPLEX128) {
                    ComplexLoops.run(f, a, node.params(), out, n);
                } else {
                    DoubleLoops.run(f, a, node.params(), out, n);
                }
            }
        }
    }

    /** Whether a node's loop runs through double precision (float32/float16 functions without a float form, complex64). */
    private static boolean throughDouble(ElementwiseProgram.Node n) {
        ElementwiseFunction f = n.function();
        if (f == ElementwiseFunction.CAST || f == ElementwiseFunction.WHERE) {
            return false;
        }
        DType t = n.inTypes().get(0);
        if ((f == ElementwiseFunction.REAL || f == ElementwiseFunction.IMAG) && t.isComplex()) {
            return false;
        }
        if (t == DType.COMPLEX64) {
            return true;
        }
        return (t == DType.FLOAT32 || t == DType.FLOAT16) && !FloatLoops.has(f);
    }

    /** where: {@code out[i] = c[i] != 0 ? p[i] : q[i]} on any lane. */
    private static void select(long[] c, Object p, Object q, Object out, DType t, int n) {
        if (out instanceof long[] o) {
            long[] a = (long[]) p, b = (long[]) q;
            for (int i = 0; i < n; i++) o[i] = c[i] != 0 ? a[i] : b[i];
        } else if (out instanceof double[] o) {
            double[] a = (double[]) p, b = (double[]) q;
            int w = t.isComplex() ? 2 : 1;
            for (int i = 0; i < n; i++) {
                boolean k = c[i] != 0;
                for (int j = 0; j < w; j++) o[w * i + j] = k ? a[w * i + j] : b[w * i + j];
            }
        } else {
            float[] o = (float[]) out, a = (float[]) p, b = (float[]) q;
            int w = t.isComplex() ? 2 : 1;
            for (int i = 0; i < n; i++) {
                boolean k = c[i] != 0;
                for (int j = 0; j < w; j++) o[w * i + j] = k ? a[w * i + j] : b[w * i + j];
            }
        }
    }

    /** The real or imaginary part of complex lane values into the component type's lane. */
    private static void part(Object src, boolean single, boolean imag, Object out, int n) {
        int k = imag ? 1 : 0;
        if (single) {
            float[] s = (float[]) src, o = (float[]) out;
            for (int i = 0; i < n; i++) o[i] = s[2 * i + k];
        } else {
            double[] s = (double[]) src, o = (double[]) out;
            for (int i = 0; i < n; i++) o[i] = s[2 * i + k];
        }
    }
}
