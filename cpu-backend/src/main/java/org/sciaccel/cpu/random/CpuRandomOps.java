package org.sciaccel.cpu.random;

import java.util.Set;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.RandomOps;

/** The CPU backend's NumPy's random numbers from a counter-based Philox generator that gives the same stream on every backend. */
public final class CpuRandomOps implements RandomOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.RANDOM);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuRandomOps(CpuBackend backend) {
        this.backend = backend;
    }
}
