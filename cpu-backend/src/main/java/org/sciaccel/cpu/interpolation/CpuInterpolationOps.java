package org.sciaccel.cpu.interpolation;

import java.util.Arrays;
import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.ndimage.GeometricMapping;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.InterpolationOps;
import org.sciaccel.spi.MappingProgram;
import org.sciaccel.spi.SplineSampling;

/** The CPU backend's spline interpolation primitives (every op of the family). */
public final class CpuInterpolationOps implements InterpolationOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.INTERPOLATION);

    private final CpuBackend backend;

    public CpuInterpolationOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray splineFilter1d(NDArray input, int order, int axis, Mode mode, DType output) {
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        return backend.wrap(CpuSplineFilter.filter(in, order, axis, SplineSampling.modeCode(mode), output,
                backend.threads()));
    }

    /** All axes in one float64 array when the result is float64 (each pass then stores float64 anyway). */
    @Override
    public NDArray splineFilter(NDArray input, int order, boolean[] axes, Mode mode, DType output) {
        if (output != DType.FLOAT64) {
            return InterpolationOps.super.splineFilter(input, order, axes, mode, output);
        }
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        return backend.wrap(CpuSplineFilter.filterAxes(in, order, axes, SplineSampling.modeCode(mode),
                backend.threads()));
    }

    @Override
    public NDArray affineTransform(NDArray coefficients, double[] matrix, double[] offset, int[] outputShape,
            SplineSampling sampling) {
        backend.checkOpen();
        SplineSampler s = new SplineSampler(backend.host(coefficients, "input"), sampling, backend.threads());
        return backend.wrap(s.affine(matrix, offset, outputShape));
    }

    @Override
    public NDArray zoomShift(NDArray coefficients, double[] zoom, double[] shift, boolean gridMode, int[] outputShape,
            SplineSampling sampling) {
        backend.checkOpen();
        SplineSampler s = new SplineSampler(backend.host(coefficients, "input"), sampling, backend.threads());
        return backend.wrap(s.zoomShift(zoom, shift, gridMode, outputShape));
    }

    @Override
    public NDArray mapCoordinates(NDArray coefficients, NDArray coordinates, SplineSampling sampling) {
        backend.checkOpen();
        HostArray c = backend.host(coordinates, "coordinates");
        int[] cs = c.shape();
        SplineSampler s = new SplineSampler(backend.host(coefficients, "input"), sampling, backend.threads());
        return backend.wrap(s.coordinates((double[]) c.data(), Arrays.copyOfRange(cs, 1, cs.length)));
    }

    @Override
    public NDArray geometricTransform(NDArray coefficients, MappingProgram mapping, int[] outputShape,
            SplineSampling sampling) {
        backend.checkOpen();
        SplineSampler s = new SplineSampler(backend.host(coefficients, "input"), sampling, backend.threads());
        return backend.wrap(s.mapped(new MappingRows(mapping), outputShape));
    }

    /** The Java function is called from the worker threads at once (see {@link GeometricMapping}). */
    @Override
    public NDArray geometricTransform(NDArray coefficients, GeometricMapping mapping, int[] outputShape,
            SplineSampling sampling) {
        backend.checkOpen();
        SplineSampler s = new SplineSampler(backend.host(coefficients, "input"), sampling, backend.threads());
        return backend.wrap(s.mapped(new FunctionRows(mapping, coefficients.ndim()), outputShape));
    }
}
