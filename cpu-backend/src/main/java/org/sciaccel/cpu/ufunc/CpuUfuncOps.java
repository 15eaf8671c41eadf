package org.sciaccel.cpu.ufunc;

import java.util.Set;
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
}
