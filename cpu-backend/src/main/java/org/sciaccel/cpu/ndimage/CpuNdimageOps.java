package org.sciaccel.cpu.ndimage;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.NdimageOps;

/** The CPU backend's ndimage primitives. */
public final class CpuNdimageOps implements NdimageOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.NDIMAGE);

    private final CpuBackend backend;

    /** The ndimage filter ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuNdimageOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray correlate1d(NDArray input, double[] weights, int axis, Mode mode, double cval, int origin,
            DType output) {
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        // The facade validates; these guard direct SPI callers with the facade's messages.
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("weights: no filter weights given");
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode: null");
        }
        if (output == null) {
            throw new IllegalArgumentException("output: null dtype");
        }
        HostArray out = CpuCorrelate1d.correlate1d(in, weights, axis, mode, cval, origin, output, backend.threads());
        return backend.wrap(out);
    }

    @Override
    public NDArray correlate(NDArray input, double[] weights, int[] wshape, int[] origins, Mode mode, double cval,
            DType output) {
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        return backend.wrap(CpuFootprintFilter.correlate(in, weights, wshape, origins, mode, cval, output,
                backend.threads()));
    }

    @Override
    public NDArray rankFilter(NDArray input, boolean[] footprint, int[] fshape, int rank, int[] origins, Mode mode,
            double cval, DType output) {
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        return backend.wrap(CpuFootprintFilter.rankFilter(in, footprint, fshape, rank, origins, mode, cval, output,
                backend.threads()));
    }

    @Override
    public NDArray uniformFilter1d(NDArray input, int size, int axis, Mode mode, double cval, int origin,
            DType output) {
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        return backend.wrap(CpuLineFilters.uniform1d(in, size, axis, mode, cval, origin, output, backend.threads()));
    }

    @Override
    public NDArray minMaxFilter1d(NDArray input, int size, int axis, Mode mode, double cval, int origin,
            boolean maximum, DType output) {
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        return backend.wrap(CpuLineFilters.minMax1d(in, size, axis, mode, cval, origin, maximum, output,
                backend.threads()));
    }

    @Override
    public NDArray minMaxFilter(NDArray input, boolean[] footprint, int[] fshape, int[] origins, Mode mode,
            double cval, boolean maximum, DType output) {
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        return backend.wrap(CpuFootprintFilter.minMaxFilter(in, footprint, fshape, origins, mode, cval, maximum,
                output, backend.threads()));
    }

    @Override
    public NDArray complexPart(NDArray input, boolean imaginary) {
        backend.checkOpen();
        return backend.wrap(CpuComplexParts.part(backend.host(input, "input"), imaginary));
    }

    @Override
    public NDArray complexJoin(NDArray re, NDArray reMinus, NDArray im, NDArray imPlus, DType output) {
        backend.checkOpen();
        return backend.wrap(CpuComplexParts.join(backend.host(re, "re"),
                reMinus == null ? null : backend.host(reMinus, "reMinus"), backend.host(im, "im"),
                imPlus == null ? null : backend.host(imPlus, "imPlus"), output));
    }

    @Override
    public NDArray combineParts(NDArray[] parts, boolean squares, boolean sqrt) {
        backend.checkOpen();
        HostArray[] hosts = new HostArray[parts.length];
        for (int p = 0; p < parts.length; p++) {
            hosts[p] = backend.host(parts[p], "parts[" + p + "]");
        }
        return backend.wrap(CpuCombineParts.combine(hosts, squares, sqrt, backend.threads()));
    }

    @Override
    public NDArray correlate2d(NDArray in1, NDArray in2, boolean convolve, int outMode, int boundary,
            double fillvalue, boolean flipOutput) {
        backend.checkOpen();
        HostArray a = backend.host(in1, "in1");
        HostArray b = backend.host(in2, "in2");
        return backend.wrap(CpuCorrelate2d.correlate2d(a, b, convolve, outMode, boundary, fillvalue, flipOutput,
                backend.threads()));
    }

    @Override
    public NDArray wienerCombine(NDArray im, NDArray localMean, NDArray localSquareMean, boolean estimateNoise,
            double noise) {
        backend.checkOpen();
        return backend.wrap(CpuWienerCombine.combine(backend.host(im, "im"), backend.host(localMean, "localMean"),
                backend.host(localSquareMean, "localSquareMean"), estimateNoise, noise, backend.threads()));
    }
}
