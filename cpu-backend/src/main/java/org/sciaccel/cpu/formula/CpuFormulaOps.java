package org.sciaccel.cpu.formula;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.cpu.ufunc.ProgramChunks;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.spi.FormulaOps;

/**
 * The CPU backend's formula kernels. {@code numpy.evaluate} runs on the element-wise engine
 * ({@code org.sciaccel.cpu.ufunc}, reached through {@link org.sciaccel.spi.UfuncOps#evaluate}); the fused
 * reductions run the same engine chunk by chunk ({@link ProgramChunks}) and fold every chunk's values into
 * per-task accumulators ({@link FusedReducer}) while they are in the cache, so the formula's value is never
 * stored.
 */
public final class CpuFormulaOps implements FormulaOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.FORMULA);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuFormulaOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray reduce(ElementwiseProgram program, NDArray[] operands, int[] shape, Reduction reduction,
            boolean[] reduced, DType resultType, int[] outShape) {
        backend.checkOpen();
        int outSize = Shapes.size(outShape);
        FusedReducer reducer = new FusedReducer(reduction, program.resultType(), resultType, shape, reduced, outSize);
        // One partial per engine task, keyed by its first chunk: merged in that order, whatever the scheduling.
        ConcurrentSkipListMap<Integer, FusedReducer.Partial> partials = new ConcurrentSkipListMap<>();
        ProgramChunks.run(backend, program, operands, shape, firstChunk -> {
            FusedReducer.Partial p = reducer.partial();
            partials.put(firstChunk, p);
            return p::accept;
        });
        FusedReducer.Partial total = null;
        for (FusedReducer.Partial p : partials.values()) {
            if (total == null) {
                total = p;
            } else {
                total.merge(p);
            }
        }
        return backend.wrap(reducer.finish(total, outShape));
    }
}
