package org.sciaccel.cpu.ufunc;

import java.util.Arrays;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.ArrayPool;
import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.ElementwiseProgram;

/**
 * The element-wise engine's fast path for the common case: a float32 or float64 program of arithmetic
 * ({@code add, subtract, multiply, divide, negative, square}) whose array operands all have the result's shape
 * (or hold one element) and the program's dtype, so that nothing is broadcast through an index and nothing is
 * converted. Operands are read where they lie and the root writes straight into the result (no per-chunk copies
 * of the leaves), each node runs one tight loop over a block of {@link #BLOCK} elements (inner nodes into small
 * per-thread buffers that stay in the core's cache), and a multiply feeding an add or subtract, used nowhere
 * else, runs in the same loop as it. Every operation is the same float (double) operation as the general
 * engine's loops, a product then a sum rounded separately as NumPy rounds them, so the values are bit for bit
 * those of {@link CpuProgramRunner}'s general path. The system property {@value #PROPERTY}{@code =false} turns
 * it off (tests compare both). With the vector API ({@link CpuSimd}) the loops are {@link CpuLaneArith}'s.
 */
final class ContiguousKernel {
    /** System property: {@code false} turns the fast path off (the general engine runs every program). */
    static final String PROPERTY = "sciaccel.cpu.contiguous";

    /** Elements per block: a multiple of the general engine's chunk, the buffers of a block stay in L1/L2. */
    static final int BLOCK = 4 * CpuProgramRunner.CHUNK;
    /** Elements per call of a fused reduction's sink: eight chunks, which the float sums add side by side. */
    static final int SINK_BLOCK = 8 * CpuProgramRunner.CHUNK;

    static final int LEAF = 0;
    static final int CONST = 1;
    static final int ADD = 2;
    static final int SUB = 3;
    static final int MUL = 4;
    static final int DIV = 5;
    static final int NEG = 6;
    static final int SQUARE = 7;
    /** x * y + z (a multiply node folded into its only user). */
    static final int MUL_ADD = 8;
    /** x * y - z. */
    static final int MUL_SUB = 9;
    /** z - x * y. */
    static final int SUB_MUL = 10;
    /** z + x * y. */
    static final int ADD_MUL = 11;
    /** A node computed inside its user's loop (a folded multiply): nothing to do on its own. */
    static final int FOLDED = 12;

    private final boolean single;
    /** Whether the loops run on the vector API ({@link CpuLaneArith}). */
    private final boolean simd = CpuSimd.enabled();
    private final int size;
    private final int root;
    private final int[] op;
    /** Per call node: argument nodes (x, y, z; -1 if none); for MUL_*: x, y the factors and z the other term. */
    private final int[] ax;
    private final int[] ay;
    private final int[] az;
    /** Per leaf node: the operand's data. */
    private final Object[] leaf;
    /** Per constant node: its value in the program's dtype (a float32 value held exactly as a double). */
    private final double[] constant;

    private ContiguousKernel(boolean single, int size, int root, int[] op, int[] ax, int[] ay, int[] az, Object[] leaf,
            double[] constant) {
        this.single = single;
        this.size = size;
        this.root = root;
        this.op = op;
        this.ax = ax;
        this.ay = ay;
        this.az = az;
        this.leaf = leaf;
        this.constant = constant;
    }

    /**
     * The fast path of {@code program} over {@code operands} (each of the result's {@code shape}, or of one
     * element), or null when the program needs the general engine.
     */
    static ContiguousKernel of(ElementwiseProgram program, HostArray[] operands, int[] shape) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim())) {
            return null;
        }
        DType t = program.resultType();
        if (t != DType.FLOAT32 && t != DType.FLOAT64) {
            return null;
        }
        List<ElementwiseProgram.Node> nodes = program.nodes();
        int count = nodes.size();
        int[] op = new int[count];
        int[] ax = new int[count];
        int[] ay = new int[count];
        int[] az = new int[count];
        Arrays.fill(ax, -1);
        Arrays.fill(ay, -1);
        Arrays.fill(az, -1);
        Object[] leaf = new Object[count];
        double[] constant = new double[count];
        int[] uses = new int[count];
        boolean hasCall = false;
        for (int i = 0; i < count; i++) {
            ElementwiseProgram.Node n = nodes.get(i);
            switch (n.kind()) {
                case SCALAR:
                    if (n.type() != DType.FLOAT32 && n.type() != DType.FLOAT64) {
                        return null;
                    }
                    op[i] = CONST;
                    // A scalar's lane value (Lanes.fill): rounded to its own dtype.
                    constant[i] = n.type() == DType.FLOAT64 ? n.real() : (double) (float) n.real();
                    break;
                case ARRAY: {
                    HostArray h = operands[n.operand()];
                    if (h == null || h.dtype() != n.type() || (n.type() != DType.FLOAT32 && n.type() != DType.FLOAT64)) {
                        return null;
                    }
                    if (Shapes.size(h.shape()) == 1) {
                        op[i] = CONST;
                        constant[i] = h.data() instanceof float[] f ? f[0] : ((double[]) h.data())[0];
                    } else if (Shapes.size(h.shape()) == Shapes.size(shape) && n.type() == t) {
                        // It broadcasts to the result's shape with as many elements: the same shape but for
                        // leading 1s, so the same flat order.
                        op[i] = LEAF;
                        leaf[i] = h.data();
                    } else {
                        return null;
                    }
                    break;
                }
                default: {
                    if (n.type() != t) {
                        return null;
                    }
                    for (DType in : n.inTypes()) {
                        if (in != t) {
                            return null;
                        }
                    }
                    int arity;
                    switch (n.function()) {
                        case ADD: op[i] = ADD; arity = 2; break;
                        case SUBTRACT: op[i] = SUB; arity = 2; break;
                        case MULTIPLY: op[i] = MUL; arity = 2; break;
                        case DIVIDE: op[i] = DIV; arity = 2; break;
                        case NEGATIVE: op[i] = NEG; arity = 1; break;
                        case SQUARE: op[i] = SQUARE; arity = 1; break;
                        default: return null;
                    }
                    if (n.args().length != arity) {
                        return null;
                    }
                    boolean varies = false;
                    for (int j = 0; j < arity; j++) {
                        int a = n.arg(j);
                        // An argument of another dtype is converted first: only constants (exactly, as Lanes.convert).
                        if (nodes.get(a).type() != t) {
                            if (op[a] != CONST) {
                                return null;
                            }
                            constant[a] = t == DType.FLOAT32 ? (double) (float) constant[a] : constant[a];
                        }
                        varies |= op[a] != CONST;
                        uses[a]++;
                    }
                    if (!varies) {
                        return null; // a node of constants only: the general engine computes it once
                    }
                    ax[i] = n.arg(0);
                    ay[i] = arity > 1 ? n.arg(1) : -1;
                    hasCall = true;
                }
            }
        }
        int root = program.root();
        if (!hasCall || op[root] == CONST || op[root] == LEAF) {
            return null;
        }
        // A constant's value must be one dtype for all its users: refuse a constant read at two dtypes.
        for (int i = 0; i < count; i++) {
            if (op[i] == CONST && nodes.get(i).type() != t && uses[i] > 1) {
                return null;
            }
        }
        // Fold a product that only feeds an add or subtract into its user's loop.
        for (int i = 0; i < count; i++) {
            if (op[i] != ADD && op[i] != SUB) {
                continue;
            }
            int x = ax[i];
            int y = ay[i];
            if (op[x] == MUL && uses[x] == 1 && x != root && op[ax[x]] != CONST && op[ay[x]] != CONST) {
                op[i] = op[i] == ADD ? MUL_ADD : MUL_SUB;
                ax[i] = ax[x];
                ay[i] = ay[x];
                az[i] = y;
                op[x] = FOLDED;
            } else if (op[i] == ADD && op[y] == MUL && uses[y] == 1 && y != root && op[ax[y]] != CONST
                    && op[ay[y]] != CONST) {
                op[i] = ADD_MUL;
                ax[i] = ax[y];
                ay[i] = ay[y];
                az[i] = x;
                op[y] = FOLDED;
            } else if (op[i] == SUB && op[y] == MUL && uses[y] == 1 && y != root && op[ax[y]] != CONST
                    && op[ay[y]] != CONST) {
                op[i] = SUB_MUL;
                ax[i] = ax[y];
                ay[i] = ay[y];
                az[i] = x;
                op[y] = FOLDED;
            }
        }
        return new ContiguousKernel(t == DType.FLOAT32, Shapes.size(shape), root, op, ax, ay, az, leaf, constant);
    }

    /** The result, computed over the threads of {@code threads} into an array of {@code arrays} (overwritten entirely). */
    HostArray run(CpuThreads threads, ArrayPool arrays, DType type, int[] shape) {
        Object out = single ? arrays.floats(size) : arrays.doubles(size);
        int blocks = (size + BLOCK - 1) / BLOCK;
        threads.parallelFor(blocks, (long) size * op.length, (from, to) -> {
            Workspace w = new Workspace(BLOCK);
            for (int b = from; b < to; b++) {
                int start = b * BLOCK;
                w.block(start, Math.min(BLOCK, size - start), out, start);
            }
        });
        return new HostArray(type, shape, out);
    }

    /**
     * The values chunk by chunk of the general engine to {@code sinks} ({@link CpuProgramRunner#forEachChunk}'s
     * contract: the tasks over the engine's chunks of {@link CpuProgramRunner#CHUNK} elements are the same), several
     * consecutive whole chunks per call.
     */
    void forEachChunk(CpuThreads threads, java.util.function.IntFunction<ProgramChunks.Sink> sinks, int chunkCount,
            long work) {
        int per = SINK_BLOCK / CpuProgramRunner.CHUNK;
        threads.parallelFor(chunkCount, work, (from, to) -> {
            Workspace w = new Workspace(SINK_BLOCK);
            Object lane = single ? new float[SINK_BLOCK] : new double[SINK_BLOCK];
            ProgramChunks.Sink sink = sinks.apply(from);
            for (int c = from; c < to; c += per) {
                int start = c * CpuProgramRunner.CHUNK;
                int n = Math.min(Math.min(per, to - c) * CpuProgramRunner.CHUNK, size - start);
                w.block(start, n, lane, 0);
                sink.accept(lane, start, n);
            }
        });
    }

    /** One thread's buffers: one block of values per inner node. */
    private final class Workspace {
        final Object[] buf = new Object[op.length];
        /** Per node, where its values of the current block are: an array and the block's first element in it. */
        final Object[] src = new Object[op.length];
        final int[] base = new int[op.length];

        /** Buffers for blocks of up to {@code capacity} elements. */
        Workspace(int capacity) {
            for (int i = 0; i < op.length; i++) {
                if (op[i] >= ADD && op[i] != FOLDED && i != root) {
                    buf[i] = single ? new float[capacity] : new double[capacity];
                }
            }
        }

        /** Elements {@code start .. start + n - 1} of the result into {@code out} from {@code outBase}. */
        void block(int start, int n, Object out, int outBase) {
            for (int i = 0; i < op.length; i++) {
                switch (op[i]) {
                    case LEAF:
                        src[i] = leaf[i];
                        base[i] = start;
                        continue;
                    case CONST:
                    case FOLDED:
                        continue;
                    default:
                        break;
                }
                Object dst = i == root ? out : buf[i];
                int db = i == root ? outBase : 0;
                if (single) {
                    runFloat(i, (float[]) dst, db, n);
                } else {
                    runDouble(i, (double[]) dst, db, n);
                }
                src[i] = dst;
                base[i] = db;
            }
        }

        private void runFloat(int i, float[] o, int ob, int n) {
            int x = ax[i];
            int y = ay[i];
            switch (op[i]) {
                case NEG: {
                    float[] a = (float[]) src[x];
                    int xb = base[x];
                    for (int k = 0; k < n; k++) o[ob + k] = -a[xb + k];
                    return;
                }
                case SQUARE: {
                    float[] a = (float[]) src[x];
                    int xb = base[x];
                    for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * a[xb + k];
                    return;
                }
                case MUL_ADD: case MUL_SUB: case SUB_MUL: case ADD_MUL: {
                    float[] a = (float[]) src[x];
                    float[] b = (float[]) src[y];
                    int z = az[i];
                    int xb = base[x];
                    int yb = base[y];
                    if (simd) {
                        if (op[z] == CONST) {
                            CpuLaneArith.Floats.fused(op[i], o, ob, a, xb, b, yb, (float) constant[z], n);
                        } else {
                            CpuLaneArith.Floats.fused(op[i], o, ob, a, xb, b, yb, (float[]) src[z], base[z], n);
                        }
                        return;
                    }
                    if (op[z] == CONST) {
                        float c = (float) constant[z];
                        if (op[i] == MUL_ADD) {
                            for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k] + c;
                        } else if (op[i] == MUL_SUB) {
                            for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k] - c;
                        } else if (op[i] == ADD_MUL) {
                            for (int k = 0; k < n; k++) o[ob + k] = c + a[xb + k] * b[yb + k];
                        } else {
                            for (int k = 0; k < n; k++) o[ob + k] = c - a[xb + k] * b[yb + k];
                        }
                        return;
                    }
                    float[] c = (float[]) src[z];
                    int zb = base[z];
                    if (op[i] == MUL_ADD) {
                        for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k] + c[zb + k];
                    } else if (op[i] == MUL_SUB) {
                        for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k] - c[zb + k];
                    } else if (op[i] == ADD_MUL) {
                        for (int k = 0; k < n; k++) o[ob + k] = c[zb + k] + a[xb + k] * b[yb + k];
                    } else {
                        for (int k = 0; k < n; k++) o[ob + k] = c[zb + k] - a[xb + k] * b[yb + k];
                    }
                    return;
                }
                default:
                    break;
            }
            int f = op[i];
            if (simd) {
                if (op[x] == CONST) {
                    CpuLaneArith.Floats.binary(f, o, ob, (float) constant[x], (float[]) src[y], base[y], n);
                } else if (op[y] == CONST) {
                    CpuLaneArith.Floats.binary(f, o, ob, (float[]) src[x], base[x], (float) constant[y], n);
                } else {
                    CpuLaneArith.Floats.binary(f, o, ob, (float[]) src[x], base[x], (float[]) src[y], base[y], n);
                }
                return;
            }
            if (op[x] == CONST) {
                float c = (float) constant[x];
                float[] b = (float[]) src[y];
                int yb = base[y];
                switch (f) {
                    case ADD: for (int k = 0; k < n; k++) o[ob + k] = c + b[yb + k]; return;
                    case SUB: for (int k = 0; k < n; k++) o[ob + k] = c - b[yb + k]; return;
                    case MUL: for (int k = 0; k < n; k++) o[ob + k] = c * b[yb + k]; return;
                    default: for (int k = 0; k < n; k++) o[ob + k] = c / b[yb + k]; return;
                }
            }
            float[] a = (float[]) src[x];
            int xb = base[x];
            if (op[y] == CONST) {
                float c = (float) constant[y];
                switch (f) {
                    case ADD: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] + c; return;
                    case SUB: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] - c; return;
                    case MUL: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * c; return;
                    default: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] / c; return;
                }
            }
            float[] b = (float[]) src[y];
            int yb = base[y];
            switch (f) {
                case ADD: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] + b[yb + k]; return;
                case SUB: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] - b[yb + k]; return;
                case MUL: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k]; return;
                default: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] / b[yb + k]; return;
            }
        }

        private void runDouble(int i, double[] o, int ob, int n) {
            int x = ax[i];
            int y = ay[i];
            switch (op[i]) {
                case NEG: {
                    double[] a = (double[]) src[x];
                    int xb = base[x];
                    for (int k = 0; k < n; k++) o[ob + k] = -a[xb + k];
                    return;
                }
                case SQUARE: {
                    double[] a = (double[]) src[x];
                    int xb = base[x];
                    for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * a[xb + k];
                    return;
                }
                case MUL_ADD: case MUL_SUB: case SUB_MUL: case ADD_MUL: {
                    double[] a = (double[]) src[x];
                    double[] b = (double[]) src[y];
                    int z = az[i];
                    int xb = base[x];
                    int yb = base[y];
                    if (simd) {
                        if (op[z] == CONST) {
                            CpuLaneArith.Doubles.fused(op[i], o, ob, a, xb, b, yb, constant[z], n);
                        } else {
                            CpuLaneArith.Doubles.fused(op[i], o, ob, a, xb, b, yb, (double[]) src[z], base[z], n);
                        }
                        return;
                    }
                    if (op[z] == CONST) {
                        double c = constant[z];
                        if (op[i] == MUL_ADD) {
                            for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k] + c;
                        } else if (op[i] == MUL_SUB) {
                            for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k] - c;
                        } else if (op[i] == ADD_MUL) {
                            for (int k = 0; k < n; k++) o[ob + k] = c + a[xb + k] * b[yb + k];
                        } else {
                            for (int k = 0; k < n; k++) o[ob + k] = c - a[xb + k] * b[yb + k];
                        }
                        return;
                    }
                    double[] c = (double[]) src[z];
                    int zb = base[z];
                    if (op[i] == MUL_ADD) {
                        for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k] + c[zb + k];
                    } else if (op[i] == MUL_SUB) {
                        for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k] - c[zb + k];
                    } else if (op[i] == ADD_MUL) {
                        for (int k = 0; k < n; k++) o[ob + k] = c[zb + k] + a[xb + k] * b[yb + k];
                    } else {
                        for (int k = 0; k < n; k++) o[ob + k] = c[zb + k] - a[xb + k] * b[yb + k];
                    }
                    return;
                }
                default:
                    break;
            }
            int f = op[i];
            if (simd) {
                if (op[x] == CONST) {
                    CpuLaneArith.Doubles.binary(f, o, ob, constant[x], (double[]) src[y], base[y], n);
                } else if (op[y] == CONST) {
                    CpuLaneArith.Doubles.binary(f, o, ob, (double[]) src[x], base[x], constant[y], n);
                } else {
                    CpuLaneArith.Doubles.binary(f, o, ob, (double[]) src[x], base[x], (double[]) src[y], base[y], n);
                }
                return;
            }
            if (op[x] == CONST) {
                double c = constant[x];
                double[] b = (double[]) src[y];
                int yb = base[y];
                switch (f) {
                    case ADD: for (int k = 0; k < n; k++) o[ob + k] = c + b[yb + k]; return;
                    case SUB: for (int k = 0; k < n; k++) o[ob + k] = c - b[yb + k]; return;
                    case MUL: for (int k = 0; k < n; k++) o[ob + k] = c * b[yb + k]; return;
                    default: for (int k = 0; k < n; k++) o[ob + k] = c / b[yb + k]; return;
                }
            }
            double[] a = (double[]) src[x];
            int xb = base[x];
            if (op[y] == CONST) {
                double c = constant[y];
                switch (f) {
                    case ADD: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] + c; return;
                    case SUB: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] - c; return;
                    case MUL: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * c; return;
                    default: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] / c; return;
                }
            }
            double[] b = (double[]) src[y];
            int yb = base[y];
            switch (f) {
                case ADD: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] + b[yb + k]; return;
                case SUB: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] - b[yb + k]; return;
                case MUL: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] * b[yb + k]; return;
                default: for (int k = 0; k < n; k++) o[ob + k] = a[xb + k] / b[yb + k]; return;
            }
        }
    }
}
