package org.sciaccel.cpu.ufunc;

import java.util.function.IntFunction;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.spi.ElementwiseProgram;

/**
 * The element-wise engine's values chunk by chunk, for a consumer that folds them instead of storing them (the
 * formula kernels' fused reductions, {@code org.sciaccel.cpu.formula}): the engine runs as
 * {@link CpuUfuncOps#evaluate} does, over the backend's threads, and hands each chunk's result values to the
 * task's sink while they are in the cache. A hook of the formula family into the engine.
 */
public final class ProgramChunks {
    /** The engine's chunk: a sink's calls bring whole chunks of this many values (the last may be short). */
    public static final int CHUNK = CpuProgramRunner.CHUNK;

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
         * @param n     how many values: one or more consecutive chunks of the engine (whole chunks of
         *              {@link #CHUNK} values counted from the result's first element; the
         *              result's last chunk may be short)
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
        DType[] types = program.operandTypes();
        HostArray[] hosts = new HostArray[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] != null) {
                hosts[i] = backend.hostForCall(operands[i], "operand " + i);
            }
        }
        new CpuProgramRunner(program, hosts, shape).forEachChunk(backend.threads(), sinks);
    }
}
