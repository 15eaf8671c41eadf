package org.sciaccel.cpu.creation;

import java.util.Set;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.CreationOps;

/** The CPU backend's NumPy's array creation on a chosen backend: zeros, ones, full, the _like forms, arange, linspace, logspace, eye, diag, tri, tril, triu, meshgrid, mgrid, ogrid, indices. */
public final class CpuCreationOps implements CreationOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.CREATION);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuCreationOps(CpuBackend backend) {
        this.backend = backend;
    }
}
