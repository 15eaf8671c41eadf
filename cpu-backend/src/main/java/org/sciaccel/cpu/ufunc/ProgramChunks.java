package org.sciaccel.cpu.ufunc;

import java.util.function.IntFunction;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.spi.ElementwiseProgram;

/**
 * The element-wise engine's values chunk by chunk, for a consumer that folds them instead of storing them (the
 * formula kernels' fused reductions, {@code org.sciaccel.cpu.formula}). A hook of the formula family into the
 * engine.
 *
 * <p>Interim: until the engine's chunk runner can hand out its chunks, the program's result is computed by
 * {@link CpuUfuncOps#evaluate} and then cut into chunks here, so the reduction is not yet fused (the value
 * exists once in memory).
 */
public final class ProgramChunks {
    /** Values per chunk. */
    static final int CHUNK = 1024;

    private ProgramChunks() {
    }

    /** Receives the values of consecutive result elements, in the engine's lane layout. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param lane  the values: {@code long[]} for bool and the integer types (sign- or zero-extended; uint64's
         *              bits), {@code float[]} for float32 and float16, {@code double[]} for float64, interleaved
         *              (real, imaginary) {@code float[]} / {@code double[]} for complex64 / complex128; valid
         *              only during the call
         * @param start the flat index (row-major in the result's shape) of the first value
         * @param n     how many values
         */
        void accept(Object lane, int start, int n);
    }

    /**
     * Runs {@code program} over {@code operands} broadcast to {@code shape}.
     *
     * @param sinks gives each task its sink, called with the index of the task's first chunk (tasks cover
     *              consecutive chunks in order, each chunk exactly once; a task's calls come in order)
     */
    public static void run(CpuBackend backend, ElementwiseProgram program, NDArray[] operands, int[] shape,
            IntFunction<Sink> sinks) {
        int size = Shapes.size(shape);
        if (size == 0) {
            return;
        }
        try (NDArray v = backend.ufunc().evaluate(program, operands, shape)) {
            HostArray value = backend.host(v, "value");
            DType t = program.resultType();
            int chunks = (size + CHUNK - 1) / CHUNK;
            backend.threads().parallelFor(chunks, size, (from, to) -> {
                Sink sink = sinks.apply(from);
                Object lane = lane(t);
                for (int c = from; c < to; c++) {
                    int start = c * CHUNK;
                    int n = Math.min(CHUNK, size - start);
                    load(value, t, start, n, lane);
                    sink.accept(lane, start, n);
                }
            });
        }
    }

    private static Object lane(DType t) {
        switch (t) {
            case FLOAT32: case FLOAT16: return new float[CHUNK];
            case FLOAT64: return new double[CHUNK];
            case COMPLEX64: return new float[2 * CHUNK];
            case COMPLEX128: return new double[2 * CHUNK];
            default: return new long[CHUNK];
        }
    }

    private static void load(HostArray h, DType t, int start, int n, Object lane) {
        Object d = h.data();
        switch (t) {
            case FLOAT32: case FLOAT64: System.arraycopy(d, start, lane, 0, n); return;
            case COMPLEX64: case COMPLEX128: System.arraycopy(d, 2 * start, lane, 0, 2 * n); return;
            case FLOAT16: {
                short[] s = (short[]) d;
                float[] o = (float[]) lane;
                for (int i = 0; i < n; i++) o[i] = Half.toFloat(s[start + i]);
                return;
            }
            default: {
                long[] o = (long[]) lane;
                for (int i = 0; i < n; i++) o[i] = h.getLong(start + i);
            }
        }
    }
}
