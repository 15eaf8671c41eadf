package org.sciaccel.cpu.creation;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.CreationOps;
import org.sciaccel.spi.Element;
import org.sciaccel.spi.LinspacePlan;
import org.sciaccel.spi.Ramp;

/**
 * The CPU backend's array creation: the {@link CreationOps} primitives in plain Java over the
 * backend's pool (fills as {@link java.util.Arrays#fill} runs, ramps and linspace per element in
 * the dtype's arithmetic, matrices row by row).
 */
public final class CpuCreationOps implements CreationOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.CREATION);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuCreationOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray full(int[] shape, Element value) {
        backend.checkOpen();
        HostArray out = HostArray.zeros(value.dtype(), shape);
        int size = Shapes.size(shape);
        Object data = out.data();
        if (value.real() != 0 || value.imag() != 0) {
            backend.threads().parallelFor(size, size, (from, to) ->
                    CpuElementRuns.fill(data, value.dtype(), from, to, value.real(), value.imag()));
        }
        return backend.wrap(out);
    }

    @Override
    public NDArray ramps(int[] shape, Ramp... blocks) {
        backend.checkOpen();
        return backend.wrap(CpuRamps.ramps(backend.threads(), shape, blocks));
    }

    @Override
    public NDArray[] linspace(LinspacePlan plan, NDArray start, NDArray stop) {
        backend.checkOpen();
        HostArray[] r = CpuLinspace.compute(backend.threads(), plan, start == null ? null : backend.host(start, "start"),
                stop == null ? null : backend.host(stop, "stop"));
        NDArray[] out = new NDArray[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = backend.wrap(r[i]);
        }
        return out;
    }

    @Override
    public NDArray band(DType dtype, int n, int m, int k, boolean lower) {
        backend.checkOpen();
        return backend.wrap(CpuTriangles.band(backend.threads(), dtype, n, m, k, lower));
    }

    @Override
    public NDArray triangle(NDArray m, int k, boolean upper) {
        return backend.wrap(CpuTriangles.triangle(backend.threads(), backend.host(m, "m"), k, upper));
    }

    @Override
    public NDArray diagonalMatrix(NDArray v, int k) {
        return backend.wrap(CpuTriangles.diagonalMatrix(backend.host(v, "v"), k));
    }

    @Override
    public NDArray gather(NDArray x, int[] shape, long offset, long[] strides) {
        return backend.wrap(CpuGather.gather(backend.threads(), backend.host(x, "x"), shape, offset, strides));
    }
}
