package org.sciaccel.opencl.ndimage;

import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.WeightSymmetry;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClContext;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.NdimageOps;

/**
 * The ndimage primitives on an OpenCL device (kernel {@code ndimage/correlate1d.cl}).
 *
 * <p>{@code correlate1d} is one launch per call: the array is viewed as outer x n x inner around
 * the axis; the weights go to the device once per call. Sums are formed in double where the device
 * has it, as SciPy forms them: float sums with float weights lose up to 1e-4 of the result's
 * largest magnitude on derivative filters whose terms nearly cancel (the conformance suite has such
 * cases). Users who prefer speed on GPUs with slow double precision set
 * {@value #FLOAT32_SUMS_PROPERTY}{@code =float}, which sums float32 to float32 in float. On devices
 * without double precision every sum is in float. The mode and cval are kernel arguments, so one
 * program per (input, output) type pair serves all modes.
 *
 * <p>Kernel variants (see {@link #variant}): on GPUs and accelerators the last axis uses a
 * local-memory tile with halo and other axes one work-item per output, reading global memory
 * coalesced across neighbouring work-items; on CPU devices each work-item computes a strip of
 * contiguous outputs in a loop the compiler vectorises.
 */
public final class OpenCLNdimageOps implements NdimageOps {
    /** The ops implemented here: every op of the ndimage family of the registry. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.NDIMAGE);
    /** System property forcing the kernel variant: {@code axis}, {@code tiled} or {@code strip} (see {@link #variant}). */
    public static final String KERNEL_PROPERTY = "sciaccel.opencl.correlate1dKernel";
    /** Outputs per work-item of the strip kernel (STRIP in correlate1d.cl). */
    private static final int STRIP = 16;
    /**
     * System property: {@code float} makes float32 to float32 correlations sum in float (faster on
     * GPUs with slow double precision, but not always within 1e-5 of SciPy); default {@code double}.
     */
    public static final String FLOAT32_SUMS_PROPERTY = "sciaccel.opencl.float32Sums";
    private static final String SOURCE = "ndimage/correlate1d.cl";

    private final OpenCLBackend backend;

    private final OpenCLFootprintFilter footprintFilters;
    private final OpenCLLineFilters lineFilters;

    public OpenCLNdimageOps(OpenCLBackend backend) {
        this.backend = backend;
        this.footprintFilters = new OpenCLFootprintFilter(backend);
        this.lineFilters = new OpenCLLineFilters(backend);
    }

    @Override
    public NDArray complexPart(NDArray input, boolean imaginary) {
        return org.sciaccel.opencl.array.OpenCLComplexParts.part(backend, input, imaginary);
    }

    @Override
    public NDArray complexJoin(NDArray re, NDArray reMinus, NDArray im, NDArray imPlus, DType output) {
        return org.sciaccel.opencl.array.OpenCLComplexParts.join(backend, re, reMinus, im, imPlus, output);
    }

    @Override
    public NDArray combineParts(NDArray[] parts, boolean squares, boolean sqrt) {
        return OpenCLCombineParts.combine(backend, parts, squares, sqrt);
    }

    @Override
    public NDArray uniformFilter1d(NDArray input, int size, int axis, Mode mode, double cval, int origin,
            DType output) {
        return lineFilters.uniform1d(input, size, axis, mode, cval, origin, output);
    }

    @Override
    public NDArray minMaxFilter1d(NDArray input, int size, int axis, Mode mode, double cval, int origin,
            boolean maximum, DType output) {
        return lineFilters.minMax1d(input, size, axis, mode, cval, origin, maximum, output);
    }

    @Override
    public NDArray minMaxFilter(NDArray input, boolean[] footprint, int[] fshape, int[] origins, Mode mode,
            double cval, boolean maximum, DType output) {
        return footprintFilters.minMaxFilter(input, footprint, fshape, origins, mode, cval, maximum, output);
    }

    @Override
    public NDArray correlate(NDArray input, double[] weights, int[] wshape, int[] origins, Mode mode, double cval,
            DType output) {
        return footprintFilters.correlate(input, weights, wshape, origins, mode, cval, output);
    }

    @Override
    public NDArray rankFilter(NDArray input, boolean[] footprint, int[] fshape, int rank, int[] origins, Mode mode,
            double cval, DType output) {
        return footprintFilters.rankFilter(input, footprint, fshape, rank, origins, mode, cval, output);
    }

    @Override
    public NDArray correlate1d(NDArray input, double[] weights, int axis, Mode mode, double cval, int origin,
            DType output) {
        return backend.guarded(() -> run(input, weights, axis, mode, cval, origin, output));
    }

    private NDArray run(NDArray input, double[] weights, int axis, Mode mode, double cval, int origin, DType output) {
        DeviceBuffer in = backend.bufferOf(input, "correlate1d input");
        DType inType = input.dtype();
        if (inType.isComplex() || output.isComplex()) {
            throw new UnsupportedOperationException("correlate1d: complex dtypes (" + inType + " -> " + output
                    + ") are not supported on the OpenCL backend");
        }
        backend.requireSupported(output, "correlate1d output");
        int[] shape = input.shape();
        int n = shape[axis];
        int inner = Shapes.inner(shape, axis);
        int total = input.size();
        DeviceBuffer out = backend.cl().allocate((long) total * output.itemSize(), "correlate1d output " + output
                + Shapes.toString(shape));
        if (total == 0) {
            return NDArray.wrap(backend, output, shape, out);
        }
        boolean floatOnly = inType == DType.FLOAT32 && output == DType.FLOAT32
                && "float".equalsIgnoreCase(System.getProperty(FLOAT32_SUMS_PROPERTY, "double"));
        boolean doubleSums = backend.hasFp64() && !floatOnly;
        String suffix = ClTypes.suffix(inType, output);
        String options = (ClTypes.inOptions(inType) + " " + ClTypes.outOptions(output) + " "
                + ClTypes.suffixOption(inType, output) + " -D ACC_T="
                + (doubleSums ? "double" : "float") + " " + backend.cl().fp64Option()).trim();
        // The output is the scope's until it is returned; the weights are released when the scope closes.
        try (DeviceScope scope = backend.cl().scope()) {
            scope.own(out);
            ClProgram program = backend.cl().kernels().program(KernelSource.resource(SOURCE), options);
            cl_mem w = uploadWeights(scope, weights, doubleSums);
            Object cv = doubleSums ? (Object) cval : (Object) (float) cval;
            int accBytes = doubleSums ? Sizeof.cl_double : Sizeof.cl_float;
            int symmetric = WeightSymmetry.of(weights).code();
            int mc = mode.filterCode();
            int outer = Shapes.outer(shape, axis);
            Variant variant = variant(inner);
            long group = 0;
            ClKernel tiled = null;
            if (variant == Variant.TILED) {
                tiled = program.kernel("correlate1d_lastaxis_tiled" + suffix);
                group = tileGroup(tiled, n, weights.length, accBytes);
                if (group == 0) {
                    variant = Variant.AXIS; // the tile would not fit local memory
                }
            }
            if (variant == Variant.TILED) {
                long tileBytes = (group + weights.length - 1) * accBytes;
                backend.cl().launch(tiled, ItemCost.of(weights.length), new long[] {(n + group - 1) / group * group, total / n}, new long[] {group, 1},
                        in.mem(), out.mem(), w, weights.length, origin, symmetric, n, mc, cv,
                        new ClKernel.LocalBytes(tileBytes));
            } else {
                boolean strip = variant == Variant.STRIP;
                ClKernel k = program.kernel((strip ? "correlate1d_strip" : "correlate1d_axis") + suffix);
                long first = inner == 1 ? n : inner;
                if (strip) {
                    first = (first + STRIP - 1) / STRIP;
                }
                long[] extent = inner == 1 ? new long[] {first, outer} : new long[] {first, n, outer};
                backend.cl().launchGrid(k, ItemCost.of(strip ? (double) STRIP * weights.length : weights.length), extent,
                        in.mem(), out.mem(), w, weights.length, origin, symmetric, n, inner,
                        outer, mc, cv);
            }
            return NDArray.wrap(backend, output, shape, scope.keep(out));
        }
    }

    private static cl_mem uploadWeights(DeviceScope scope, double[] weights, boolean doubles) {
        if (doubles) {
            return scope.copy(Pointer.to(weights), (long) weights.length * Sizeof.cl_double);
        }
        float[] f = new float[weights.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) weights[i];
        }
        return scope.copy(Pointer.to(f), (long) f.length * Sizeof.cl_float);
    }

    /**
     * The work-group size of the tiled kernel for this row length, or 0 when the tile (group plus
     * halo) would not fit the device's local memory.
     */
    private long tileGroup(ClKernel kernel, int n, int len, int accBytes) {
        long multiple = kernel.preferredMultiple();
        long group = kernel.workGroupFor(ClContext.WORK_GROUP_CAP);
        // Short rows: the next power of two (at least the preferred multiple), so that the
        // work-group shapes, each a separate compile on some runtimes, stay few.
        long rowGroup = Math.max(Long.highestOneBit(Math.max(1, n - 1)) << 1, Math.min(multiple, group));
        group = Math.min(group, rowGroup);
        long available = backend.deviceInfo().localMemBytes() - kernel.staticLocalMemBytes();
        if ((group + len - 1) * accBytes > available) {
            return 0;
        }
        return group;
    }

    /** Which kernel computes a pass. */
    enum Variant {
        /** One work-item per output, any axis. */
        AXIS,
        /** Last axis from a local-memory tile with halo. */
        TILED,
        /** A strip of contiguous outputs per work-item, for CPU devices. */
        STRIP
    }

    /**
     * The kernel for a pass: {@value #KERNEL_PROPERTY} if set ({@code axis}, {@code tiled} - last
     * axis only, else {@code axis} - or {@code strip}); by default strips on CPU devices, the tile
     * for the last axis on GPUs and accelerators, and one work-item per output otherwise.
     */
    private Variant variant(int inner) {
        String p = System.getProperty(KERNEL_PROPERTY);
        Variant v;
        if (p != null && !p.isBlank()) {
            try {
                v = Variant.valueOf(p.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(KERNEL_PROPERTY + "=" + p + " is not one of axis, tiled, strip");
            }
        } else {
            v = backend.deviceInfo().type().equals("CPU") ? Variant.STRIP : Variant.TILED;
        }
        return v == Variant.TILED && inner != 1 ? Variant.AXIS : v;
    }

    @Override
    public NDArray correlate2d(NDArray in1, NDArray in2, boolean convolve, int outMode, int boundary,
            double fillvalue, boolean flipOutput) {
        return OpenCLCorrelate2d.correlate2d(backend, in1, in2, convolve, outMode, boundary, fillvalue, flipOutput);
    }

    @Override
    public NDArray wienerCombine(NDArray im, NDArray localMean, NDArray localSquareMean, boolean estimateNoise,
            double noise) {
        return OpenCLWienerCombine.combine(backend, im, localMean, localSquareMean, estimateNoise, noise);
    }
}
