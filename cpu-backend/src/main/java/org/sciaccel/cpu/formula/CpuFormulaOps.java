package org.sciaccel.cpu.formula;

import java.util.Set;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.FormulaOps;

/** The CPU backend's Formula kernels: a whole element-wise expression (and a reduction behind it) compiled into one kernel per backend. */
public final class CpuFormulaOps implements FormulaOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.FORMULA);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuFormulaOps(CpuBackend backend) {
        this.backend = backend;
    }
}
