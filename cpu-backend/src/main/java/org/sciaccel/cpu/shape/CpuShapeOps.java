package org.sciaccel.cpu.shape;

import java.util.Set;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ShapeOps;

/** The CPU backend's NumPy's shape manipulation and indexing: reshape, transpose, slicing, take, boolean masks, assignment, concatenate, stack, split, flip, roll, pad, tile, repeat, nonzero. */
public final class CpuShapeOps implements ShapeOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SHAPE);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuShapeOps(CpuBackend backend) {
        this.backend = backend;
    }
}
