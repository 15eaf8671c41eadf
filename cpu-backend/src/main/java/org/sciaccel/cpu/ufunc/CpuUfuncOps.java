package org.sciaccel.cpu.ufunc;

import java.util.Set;
import org.sciaccel.NDArray;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.UfuncOps;

/** The CPU backend's NumPy's element-wise functions (ufuncs): arithmetic, math, comparison, logic and bit operations, with broadcasting and NumPy's type resolution. */
public final class CpuUfuncOps implements UfuncOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.UFUNC);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuUfuncOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray evaluate(ElementwiseProgram program, NDArray[] operands, int[] shape) {
        throw new UnsupportedOperationException("the element-wise engine of the cpu backend is being written (branch i13-ufunc)");
    }
}
