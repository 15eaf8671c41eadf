package org.sciaccel.opencl.morphology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.ndimage.DistanceTransformResult;
import org.sciaccel.ndimage.GroupStatistics;
import org.sciaccel.ndimage.LabelResult;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.StructureNeighbours;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.MorphologyOps;

/**
 * The OpenCL backend's morphology, labeling, measurements and distance transforms (kernels under
 * {@code morphology/}): binary erosion one work-item per element and pass, labeling by parallel union-find then
 * numbering in raster order, find_objects by atomic bounds per label.
 */
public final class OpenCLMorphologyOps implements MorphologyOps {
    /**
     * The ops implemented here: every op of the morphology family of the registry
     * ({@code iterate_structure} and {@code generate_binary_structure} are computed on the host by
     * the facade and stored on this backend).
     */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.MORPHOLOGY);
    private static final String EROSION = "morphology/binary_erosion.cl";
    private static final String LABEL = "morphology/connected_components.cl";
    private static final String FIND_OBJECTS = "morphology/object_bounds.cl";
    private static final String GREY = "morphology/grey_morphology.cl";
    private static final String ELEMENTWISE = "morphology/elementwise.cl";
    private static final String EDT = "morphology/edt.cl";
    private static final String CDT = "morphology/cdt.cl";
    /** "elements" or "lines" forces that relaxation of distance_transform_cdt (tests cover both on any device). */
    static final String CDT_RELAXATION_PROPERTY = "sciaccel.opencl.cdtRelaxation";
    /** Elements per work-item when counting and numbering label roots. */
    private static final int CHUNK = 1024;

    private final OpenCLBackend backend;
    private final OpenCLGroupReductions measurements;

    public OpenCLMorphologyOps(OpenCLBackend backend) {
        this.backend = backend;
        this.measurements = new OpenCLGroupReductions(backend);
    }

    /** The true elements of a structure as per-axis offsets and flat offsets into an array of {@code shape}. */
    private static final class Offsets {
        final int[] perAxis;
        final long[] flat;
        final int[] lo;
        final int[] hi;
        final int count;

        Offsets(List<int[]> elements, int[] shape) {
            int nd = shape.length;
            count = elements.size();
            perAxis = new int[Math.max(1, count * nd)];
            flat = new long[Math.max(1, count)];
            lo = new int[Math.max(1, nd)];
            hi = new int[Math.max(1, nd)];
            for (int k = 0; k < count; k++) {
                int[] c = elements.get(k);
                long f = 0;
                for (int ax = 0; ax < nd; ax++) {
                    perAxis[k * nd + ax] = c[ax];
                    f = f * shape[ax] + c[ax];
                    lo[ax] = Math.min(lo[ax], c[ax]);
                    hi[ax] = Math.max(hi[ax], c[ax]);
                }
                flat[k] = f;
            }
        }
    }

    @Override
    public NDArray binaryErosion(NDArray input, boolean[] structure, int[] structureShape, int[] origin, int iterations,
            NDArray mask, boolean borderValue, boolean invert) {
        return backend.guarded(() -> erode(input, structure, structureShape, origin, iterations, mask, borderValue,
                invert));
    }

    private NDArray erode(NDArray input, boolean[] structure, int[] sShape, int[] origin, int iterations, NDArray mask,
            boolean border, boolean invert) {
        DeviceBuffer in = backend.bufferOf(input, "binary_erosion input");
        DeviceBuffer m = mask == null ? null : backend.bufferOf(mask, "binary_erosion mask");
        int[] shape = input.shape();
        int nd = shape.length;
        long total = input.size();
        List<int[]> elements = new ArrayList<>();
        for (int j = 0; j < structure.length; j++) {
            if (!structure[j]) {
                continue;
            }
            int[] c = new int[nd];
            int rest = j;
            for (int ax = nd - 1; ax >= 0; ax--) {
                c[ax] = rest % sShape[ax] - sShape[ax] / 2 - origin[ax];
                rest /= sShape[ax];
            }
            elements.add(c);
        }
        Offsets off = new Offsets(elements, shape);
        // The output and the scratch buffer are the scope's until the one holding the result is returned.
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer a = scope.allocate(total, "binary_erosion output bool" + Shapes.toString(shape));
            if (total == 0) {
                return NDArray.wrap(backend, DType.BOOL, shape, scope.keep(a));
            }
            DeviceBuffer b = null;
            ClKernel k = backend.cl().kernels().program(KernelSource.resource(EROSION), backend.cl().fp64Option().trim())
                    .kernel("binary_erosion_pass");
            cl_mem shapeMem = ints(scope, nd == 0 ? new int[] {1} : shape);
            cl_mem offMem = ints(scope, off.perAxis);
            cl_mem flatMem = longs(scope, off.flat);
            cl_mem loMem = ints(scope, off.lo);
            cl_mem hiMem = ints(scope, off.hi);
            DeviceBuffer flag = scope.allocate(Sizeof.cl_int, "binary_erosion change flag");
            cl_mem maskMem = m != null ? m.mem() : in.mem();
            boolean untilStable = iterations < 1;
            cl_mem src = in.mem();
            DeviceBuffer dst = a;
            DeviceBuffer last;
            int done = 0;
            while (true) {
                if (untilStable) {
                    fill(flag.mem(), 0);
                }
                backend.cl().launch1d(k, ItemCost.of(off.count), total, src, dst.mem(), maskMem, m != null ? 1 : 0, shapeMem, nd, offMem, flatMem,
                        off.count, loMem, hiMem, border ? 1 : 0, invert ? 1 : 0, flag.mem(), total);
                last = dst;
                done++;
                if (untilStable ? readInt(flag.mem()) == 0 : done >= iterations) {
                    break;
                }
                if (b == null) {
                    b = scope.allocate(total, "binary_erosion scratch");
                }
                src = dst.mem();
                dst = dst == a ? b : a;
            }
            // The other of the pair, if there was one, goes with the flag and the tables.
            return NDArray.wrap(backend, DType.BOOL, shape, scope.keep(last));
        }
    }

    @Override
    public LabelResult label(NDArray input, boolean[] structure) {
        return backend.guarded(() -> labelOnDevice(input, structure));
    }

    private LabelResult labelOnDevice(NDArray input, boolean[] structure) {
        DeviceBuffer in = backend.bufferOf(input, "label input");
        int[] shape = input.shape();
        int nd = shape.length;
        long total = input.size();
        // The labels are the scope's until they are returned; the parents, counts and tables go when it closes.
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer labels = scope.allocate(total * Sizeof.cl_int, "label output int32" + Shapes.toString(shape));
            if (total == 0) {
                return new LabelResult(NDArray.wrap(backend, DType.INT32, shape, scope.keep(labels)), 0);
            }
            List<int[]> earlier = List.of(StructureNeighbours.preceding(structure, nd));
            Offsets off = new Offsets(earlier, shape);
            int chunks = (int) ((total + CHUNK - 1) / CHUNK);
            ClProgram p = backend.cl().kernels().program(KernelSource.resource(LABEL), backend.cl().fp64Option().trim());
            DeviceBuffer parent = scope.allocate(total * Sizeof.cl_int, "label parents");
            DeviceBuffer counts = scope.allocate((long) (chunks + 1) * Sizeof.cl_int, "label root counts");
            cl_mem shapeMem = ints(scope, shape);
            cl_mem offMem = ints(scope, off.perAxis);
            cl_mem flatMem = longs(scope, off.flat);
            backend.cl().launch1d(p.kernel("label_init"), total, in.mem(), parent.mem(), total);
            if (off.count > 0) {
                backend.cl().launch1d(p.kernel("label_union"), ItemCost.of(off.count), total, in.mem(), parent.mem(), shapeMem, nd, offMem, flatMem,
                        off.count, total);
            }
            backend.cl().launch1d(p.kernel("label_flatten"), total, parent.mem(), total);
            backend.cl().launch1d(p.kernel("label_count_roots"), chunks, parent.mem(), counts.mem(), CHUNK, total, chunks);
            backend.cl().launch(p.kernel("label_scan_counts"), new long[] {1}, new long[] {1}, counts.mem(), chunks);
            backend.cl().launch1d(p.kernel("label_number_roots"), chunks, parent.mem(), counts.mem(), labels.mem(), CHUNK,
                    total, chunks);
            backend.cl().launch1d(p.kernel("label_spread"), total, parent.mem(), labels.mem(), total);
            int[] n = new int[1];
            backend.cl().read(counts.mem(), (long) chunks * Sizeof.cl_int, Sizeof.cl_int, Pointer.to(n));
            return new LabelResult(NDArray.wrap(backend, DType.INT32, shape, scope.keep(labels)), n[0]);
        }
    }

    @Override
    public int[][] findObjects(NDArray labels, int maxLabel) {
        return backend.guarded(() -> bounds(labels, maxLabel));
    }

    private int[][] bounds(NDArray labels, int maxLabel) {
        DType t = labels.dtype();
        // The 32- and 64-bit labels are read as they are (uint32 / uint64 unsigned, so that 2^32 + 1 is not
        // label 1); the narrower ones are widened to int first, where the kernel's clamp to INT_MAX fits.
        boolean direct = t == DType.INT32 || t == DType.INT64 || t == DType.UINT32 || t == DType.UINT64;
        NDArray converted = direct ? labels : backend.astype(labels, DType.INT32);
        // The converted labels are an array of their own, closed after the scope's buffers and tables.
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer in = backend.bufferOf(converted, "find_objects input");
            String options = ("-D LABEL_T=" + labelType(converted.dtype()) + " " + backend.cl().fp64Option()).trim();
            ClProgram p = backend.cl().kernels().program(KernelSource.resource(FIND_OBJECTS), options);
            long total = labels.size();
            int nd = labels.ndim();
            int max = maxLabel;
            if (max < 0) {
                max = 0;
                if (total > 0) {
                    DeviceBuffer maxBuf = scope.allocate(Sizeof.cl_int, "find_objects max label");
                    fill(maxBuf.mem(), 0);
                    backend.cl().launch1d(p.kernel("find_objects_max"), total, in.mem(), maxBuf.mem(), total);
                    max = readInt(maxBuf.mem());
                }
            }
            int[][] out = new int[max][];
            if (max == 0 || total == 0) {
                return out;
            }
            long n = (long) max * 2 * nd;
            DeviceBuffer boxes = scope.allocate(n * Sizeof.cl_int, "find_objects boxes");
            backend.cl().launch1d(p.kernel("find_objects_init"), n, boxes.mem(), n);
            backend.cl().launch1d(p.kernel("find_objects_bounds"), total, in.mem(), boxes.mem(), ints(scope, labels.shape()),
                    nd, (long) max, total);
            int[] host = new int[(int) n];
            backend.cl().read(boxes.mem(), 0, n * Sizeof.cl_int, Pointer.to(host));
            for (int l = 0; l < max; l++) {
                if (host[l * 2 * nd] != Integer.MAX_VALUE) {
                    out[l] = java.util.Arrays.copyOfRange(host, l * 2 * nd, (l + 1) * 2 * nd);
                }
            }
            return out;
        } finally {
            if (converted != labels) {
                converted.close();
            }
        }
    }

    private static String labelType(DType t) {
        switch (t) {
            case INT64: return "long";
            case UINT32: return "uint";
            case UINT64: return "ulong";
            default: return "int";
        }
    }

    private static cl_mem ints(DeviceScope scope, int[] values) {
        int[] v = values.length == 0 ? new int[] {0} : values;
        return scope.copy(Pointer.to(v), (long) v.length * Sizeof.cl_int);
    }

    private static cl_mem longs(DeviceScope scope, long[] values) {
        return scope.copy(Pointer.to(values), (long) values.length * Sizeof.cl_long);
    }

    private void fill(cl_mem mem, int value) {
        backend.cl().write(mem, 0, Sizeof.cl_int, Pointer.to(new int[] {value}));
    }

    private int readInt(cl_mem mem) {
        int[] v = new int[1];
        backend.cl().read(mem, 0, Sizeof.cl_int, Pointer.to(v));
        return v[0];
    }

    @Override
    public GroupStatistics groupStatistics(NDArray input, NDArray labels, long[] keys) {
        return backend.guarded(() -> measurements.statistics(input, labels, keys));
    }

    @Override
    public double[] groupCentredSquares(NDArray input, NDArray labels, long[] keys, double[] means) {
        return backend.guarded(() -> measurements.centredSquares(input, labels, keys, means));
    }

    @Override
    public double[][] groupWeightedCoordinates(NDArray input, NDArray labels, long[] keys) {
        return backend.guarded(() -> measurements.weightedCoordinates(input, labels, keys));
    }

    @Override
    public long[][] groupHistogram(NDArray input, NDArray labels, long[] keys, double min, double max, int bins) {
        return backend.guarded(() -> measurements.histogram(input, labels, keys, min, max, bins));
    }

    @Override
    public double[] groupMedian(NDArray input, NDArray labels, long[] keys) {
        return backend.guarded(() -> measurements.median(input, labels, keys));
    }

    @Override
    public NDArray greyMinMax(NDArray input, boolean[] footprint, int[] footprintShape, double[] structure, int[] origin,
            Mode mode, double cval, boolean maximum, DType output) {
        return backend.guarded(() -> grey(input, footprint, footprintShape, structure, origin, mode, cval, maximum,
                output));
    }

    private NDArray grey(NDArray input, boolean[] fp, int[] fpShape, double[] structure, int[] origin, Mode mode,
            double cval, boolean maximum, DType outType) {
        DeviceBuffer in = backend.bufferOf(input, "grey morphology input");
        DType t = input.dtype();
        int[] shape = input.shape();
        int nd = shape.length;
        long total = input.size();
        // The output is the scope's until it is returned; the tables go when the scope closes.
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer out = scope.allocate(total * outType.itemSize(), "grey morphology output " + outType
                    + Shapes.toString(shape));
            if (total == 0) {
                return NDArray.wrap(backend, outType, shape, scope.keep(out));
            }
            boolean doubles = backend.hasFp64();
            List<int[]> elements = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int j = 0; j < fp.length; j++) {
                if (!fp[j]) {
                    continue;
                }
                int[] c = new int[nd];
                int rest = j;
                for (int ax = nd - 1; ax >= 0; ax--) {
                    c[ax] = rest % fpShape[ax] - fpShape[ax] / 2 - origin[ax];
                    rest /= fpShape[ax];
                }
                // Signed as SciPy's C loop signs it; for an integer input the later values converted to its type.
                double v = structure == null ? 0.0 : maximum ? structure[j] : -structure[j];
                values.add(structure != null && t.isIntegral() && !elements.isEmpty() ? Casting.cConvert(v, t) : v);
                elements.add(c);
            }
            int structureKind = structure == null ? 0 : t.isIntegral() ? 1 : t == DType.FLOAT32 ? 2 : 3;
            // SciPy's footprint loop first casts cval to the input type.
            double cv = t.isIntegral() ? Casting.cConvert(cval, t) : t == DType.FLOAT32 ? (float) cval : cval;
            String options = (ClTypes.inOptions(t) + " -D ACC_T=" + (doubles ? "double" : "float") + " "
                    + ClTypes.outOptions(outType) + " -D STRUCTURE=" + structureKind + " "
                    + backend.cl().fp64Option()).trim();
            ClKernel k = backend.cl().kernels().program(KernelSource.resource(GREY), options).kernel("grey_min_max");
            Offsets off = new Offsets(elements, shape);
            cl_mem sv;
            if (doubles) {
                double[] d = values.stream().mapToDouble(Double::doubleValue).toArray();
                sv = scope.copy(Pointer.to(d), (long) d.length * Sizeof.cl_double);
            } else {
                float[] f = new float[values.size()];
                for (int i = 0; i < f.length; i++) {
                    f[i] = values.get(i).floatValue();
                }
                sv = scope.copy(Pointer.to(f), (long) f.length * Sizeof.cl_float);
            }
            backend.cl().launch1d(k, ItemCost.of(off.count), total, in.mem(), out.mem(), ints(scope, shape), nd,
                    ints(scope, off.perAxis), sv, off.count,
                    mode.filterCode(), doubles ? (Object) cv : (Object) (float) cv, maximum ? 1 : 0, total);
            return NDArray.wrap(backend, outType, shape, scope.keep(out));
        }
    }

    @Override
    public NDArray elementwise(NDArray a, NDArray b, int op) {
        return backend.guarded(() -> {
            DType t = a.dtype();
            String options = ("-D T=" + ClTypes.clType(t) + " -D IS_INT=" + (t.isIntegral() && t != DType.BOOL ? 1 : 0)
                    + " -D IS_BOOL=" + (t == DType.BOOL ? 1 : 0) + " " + backend.cl().fp64Option()).trim();
            return launchElementwise(a, b, options, "elementwise_op", op);
        });
    }

    @Override
    public NDArray logicalNot(NDArray a) {
        return backend.guarded(() -> launchElementwise(a, null,
                ("-D T=uchar -D IS_INT=0 -D IS_BOOL=1 " + backend.cl().fp64Option()).trim(), "logical_not", 0));
    }

    private NDArray launchElementwise(NDArray a, NDArray b, String options, String kernel, int op) {
        DeviceBuffer x = backend.bufferOf(a, "elementwise a");
        long total = a.size();
        // The output is the scope's until it is returned.
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer out = scope.allocate(total * a.dtype().itemSize(), "elementwise output");
            if (total == 0) {
                return NDArray.wrap(backend, a.dtype(), a.shape(), scope.keep(out));
            }
            ClKernel k = backend.cl().kernels().program(KernelSource.resource(ELEMENTWISE), options).kernel(kernel);
            if (b == null) {
                backend.cl().launch1d(k, total, x.mem(), out.mem(), total);
            } else {
                backend.cl().launch1d(k, total, x.mem(), backend.bufferOf(b, "elementwise b").mem(), out.mem(), op, total);
            }
            return NDArray.wrap(backend, a.dtype(), a.shape(), scope.keep(out));
        }
    }

    @Override
    public DistanceTransformResult distanceTransformEdt(NDArray input, double[] sampling, boolean distances,
            boolean indices) {
        return backend.guarded(() -> edt(input, sampling, distances, indices));
    }

    private DistanceTransformResult edt(NDArray input, double[] sampling, boolean distances, boolean indices) {
        backend.requireSupported(DType.FLOAT64, "distance_transform_edt (computed in double)");
        DeviceBuffer in = backend.bufferOf(input, "distance_transform_edt input");
        int[] shape = input.shape();
        int nd = shape.length;
        long total = input.size();
        int[] ftShape = new int[nd + 1];
        ftShape[0] = nd;
        System.arraycopy(shape, 0, ftShape, 1, nd);
        // The distances and features are the scope's until they are returned; the scratch and tables go when it closes.
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer ft = scope.allocate(Math.max(1, total * nd) * Sizeof.cl_int, "feature transform");
            DeviceBuffer dist = null;
            if (total > 0) {
                ClProgram p = backend.cl().kernels().program(KernelSource.resource(EDT), backend.cl().fp64Option().trim());
                cl_mem shapeMem = ints(scope, shape);
                cl_mem sMem = scope.copy(Pointer.to(sampling), (long) sampling.length * Sizeof.cl_double);
                backend.cl().launch1d(p.kernel("edt_init"), total, in.mem(), ft.mem(), shapeMem, nd, total);
                DeviceBuffer f = scope.allocate(total * nd * Sizeof.cl_int, "feature transform line scratch");
                DeviceBuffer g = scope.allocate(total * Sizeof.cl_int, "feature transform envelope scratch");
                ClKernel voronoi = p.kernel("edt_voronoi");
                for (int d = 0; d < nd; d++) {
                    long lines = total / shape[d];
                    backend.cl().launch1d(voronoi, lines, ft.mem(), shapeMem, nd, d, Shapes.inner(shape, d), sMem, f.mem(),
                            g.mem(), lines, total);
                }
                if (distances) {
                    dist = scope.allocate(total * Sizeof.cl_double, "distances float64" + Shapes.toString(shape));
                    backend.cl().launch1d(p.kernel("edt_distances"), total, ft.mem(), dist.mem(), shapeMem, nd, sMem, total);
                }
            } else if (distances) {
                dist = scope.allocate(0, "distances");
            }
            if (indices && total == 0) {
                // An empty input's feature array holds no element: a zero-byte buffer instead of the placeholder.
                scope.release(ft);
                ft = scope.allocate(0, "feature transform");
            }
            // Unwanted features go when the scope closes.
            NDArray d = dist == null ? null : NDArray.wrap(backend, DType.FLOAT64, shape, scope.keep(dist));
            NDArray i = indices ? NDArray.wrap(backend, DType.INT32, ftShape, scope.keep(ft)) : null;
            return new DistanceTransformResult(d, i);
        }
    }

    @Override
    public DistanceTransformResult distanceTransformCdt(NDArray input, boolean[] metric, boolean distances,
            boolean indices) {
        return backend.guarded(() -> cdt(input, metric, distances, indices));
    }

    /**
     * SciPy's two raster passes as parallel fixed-point relaxations, features by SciPy's tie rules through pointer
     * jumping (see cdt.cl).
     */
    private DistanceTransformResult cdt(NDArray input, boolean[] metric, boolean distances, boolean indices) {
        DeviceBuffer in = backend.bufferOf(input, "distance_transform_cdt input");
        int[] shape = input.shape();
        int nd = shape.length;
        long total = input.size();
        int[] ftShape = new int[nd + 1];
        ftShape[0] = nd;
        System.arraycopy(shape, 0, ftShape, 1, nd);
        List<int[]> earlier = List.of(StructureNeighbours.preceding(metric, nd));
        Offsets off = new Offsets(earlier, shape);
        // The distances and indices are the scope's until they are returned; the scratch and tables go when it closes.
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer dt = scope.allocate(total * Sizeof.cl_int, "chamfer distances int32" + Shapes.toString(shape));
            DeviceBuffer idx = indices ? scope.allocate(total * nd * Sizeof.cl_int, "chamfer indices") : null;
            if (total > 0) {
                DeviceBuffer dist = dt;
                ClProgram p = backend.cl().kernels().program(KernelSource.resource(CDT), backend.cl().fp64Option().trim());
                cl_mem shapeMem = ints(scope, shape);
                cl_mem offMem = ints(scope, off.perAxis);
                cl_mem flatMem = longs(scope, off.flat);
                DeviceBuffer flag = scope.allocate(Sizeof.cl_int, "chamfer change flag");
                DeviceBuffer forward = indices ? scope.allocate(total * Sizeof.cl_int, "chamfer forward") : dist;
                backend.cl().launch1d(p.kernel("cdt_init"), total, in.mem(), forward.mem(), total);
                Relaxation relax = new Relaxation(p, shape, total, shapeMem, nd, offMem, flatMem, off.count, flag);
                relax.toFixedPoint(forward, 1);
                if (indices) {
                    DeviceBuffer fwdNext = scope.allocate(total * Sizeof.cl_int, "chamfer forward features");
                    DeviceBuffer bwdNext = scope.allocate(total * Sizeof.cl_int, "chamfer backward chains");
                    ClKernel pointer = p.kernel("cdt_pointer");
                    ClKernel jump = p.kernel("cdt_jump");
                    backend.cl().launch1d(pointer, ItemCost.of(off.count), total, forward.mem(), forward.mem(), fwdNext.mem(), shapeMem, nd, offMem,
                            flatMem, off.count, 1, 0, total);
                    untilStable(flag, () -> backend.cl().launch1d(jump, total, fwdNext.mem(), flag.mem(), total));
                    backend.cl().launch1d(p.kernel("cdt_copy"), total, forward.mem(), dist.mem(), total);
                    relax.toFixedPoint(dist, -1);
                    backend.cl().launch1d(pointer, ItemCost.of(off.count), total, forward.mem(), dist.mem(), bwdNext.mem(), shapeMem, nd, offMem,
                            flatMem, off.count, -1, 1, total);
                    untilStable(flag, () -> backend.cl().launch1d(jump, total, bwdNext.mem(), flag.mem(), total));
                    // The forward distances are no longer needed: their buffer takes the features.
                    backend.cl().launch1d(p.kernel("cdt_features"), total, fwdNext.mem(), bwdNext.mem(), forward.mem(),
                            total);
                    backend.cl().launch1d(p.kernel("cdt_indices"), total, forward.mem(), idx.mem(), shapeMem, nd, total);
                } else {
                    relax.toFixedPoint(dist, -1);
                }
                backend.cl().launch1d(p.kernel("cdt_finish"), total, dt.mem(), total);
            }
            // Distances that were not asked for go when the scope closes.
            NDArray d = distances ? NDArray.wrap(backend, DType.INT32, shape, scope.keep(dt)) : null;
            NDArray i = indices ? NDArray.wrap(backend, DType.INT32, ftShape, scope.keep(idx)) : null;
            return new DistanceTransformResult(d, i);
        }
    }

    /**
     * One raster pass of the chamfer transform brought to its fixed point (see cdt.cl): one work-item per element on
     * GPUs and accelerators, one per line along the last axis on other devices (CPU drivers run work-items in turn,
     * and walking a line in the pass's direction needs far fewer launches there).
     */
    private final class Relaxation {
        private final ClKernel kernel;
        private final boolean perLine;
        private final long total;
        private final int width;
        private final cl_mem shapeMem;
        private final int nd;
        private final cl_mem offMem;
        private final cl_mem flatMem;
        private final int count;
        private final DeviceBuffer flag;

        Relaxation(ClProgram p, int[] shape, long total, cl_mem shapeMem, int nd, cl_mem offMem, cl_mem flatMem,
                int count, DeviceBuffer flag) {
            String forced = System.getProperty(CDT_RELAXATION_PROPERTY, "");
            this.perLine = nd > 0 && (forced.isEmpty() ? !backend.deviceInfo().isGpuOrAccelerator() : forced.equals("lines"));
            this.kernel = p.kernel(perLine ? "cdt_relax_lines" : "cdt_relax");
            this.total = total;
            this.width = nd > 0 ? shape[nd - 1] : 1;
            this.shapeMem = shapeMem;
            this.nd = nd;
            this.offMem = offMem;
            this.flatMem = flatMem;
            this.count = count;
            this.flag = flag;
        }

        void toFixedPoint(DeviceBuffer dt, int sign) {
            if (perLine) {
                long lines = total / width;
                untilStable(flag, () -> backend.cl().launch1d(kernel, ItemCost.of((double) width * count), lines, dt.mem(), shapeMem, nd, offMem, flatMem, count,
                        sign, flag.mem(), lines, width));
            } else {
                untilStable(flag, () -> backend.cl().launch1d(kernel, ItemCost.of(count), total, dt.mem(), shapeMem, nd, offMem, flatMem, count,
                        sign, flag.mem(), total));
            }
        }
    }

    /** Repeats a launch that raises {@code flag} when it changes something, until one changes nothing. */
    private void untilStable(DeviceBuffer flag, Runnable launch) {
        do {
            fill(flag.mem(), 0);
            launch.run();
        } while (readInt(flag.mem()) != 0);
    }
}
