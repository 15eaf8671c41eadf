package org.sciaccel.opencl.shape;

import java.util.Arrays;
import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ShapeOps;
import org.sciaccel.spi.StridedAxes;

/**
 * The OpenCL backend's NumPy's shape manipulation and indexing: the {@link ShapeOps} primitives as
 * kernels under {@code kernels/shape/} (strided.cl, pad.cl, rows.cl, compaction.cl). Elements move as
 * raw bits, so each kernel is built once per element size (a complex element is two values of half
 * its size), for every dtype. Results stay on the device; what is read on the host is named where it
 * happens (an out-of-bounds index, a nonzero count: a few bytes).
 */
public final class OpenCLShapeOps implements ShapeOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SHAPE);
    /** Axes one strided kernel takes (long16 vectors); the host walks the outer ones of a longer copy. */
    static final int MAX_DIMS = 16;

    private final OpenCLBackend backend;
    private final OpenCLCompaction compaction;

    public OpenCLShapeOps(OpenCLBackend backend) {
        this.backend = backend;
        this.compaction = new OpenCLCompaction(backend, this);
    }

    @Override
    public NDArray allocate(DType dtype, int[] shape) {
        return backend.guarded(() -> {
            backend.requireSupported(dtype, "allocate");
            long bytes = (long) org.sciaccel.Shapes.size(shape) * dtype.itemSize();
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer b = scope.allocate(bytes, dtype + org.sciaccel.Shapes.toString(shape));
                return NDArray.wrap(backend, dtype, shape, scope.keep(b));
            }
        });
    }

    @Override
    public void copyStrided(NDArray src, long srcOffset, long[] srcStrides, NDArray dst, long dstOffset,
            long[] dstStrides, int[] extents) {
        backend.guarded(() -> {
            cl_mem s = backend.bufferOf(src, "src").mem();
            cl_mem d = backend.bufferOf(dst, "dst").mem();
            int vpe = values(src.dtype());
            StridedAxes axes = StridedAxes.merge(withComponents(extents, vpe), scaled(srcStrides, vpe),
                    scaled(dstStrides, vpe));
            if (axes.count() == 0) {
                return null;
            }
            ClKernel k = kernel("strided.cl", elemOptions(src.dtype()), "strided_copy");
            forEachBlock(axes, srcOffset * vpe, dstOffset * vpe, (count, nd, offA, offB, ext, sa, sb) ->
                    backend.cl().launch1d(k, count, s, d, count, nd, offA, offB, ext, sa, sb));
            return null;
        });
    }

    @Override
    public void fillStrided(NDArray dst, long offset, long[] strides, int[] extents, long[] bits) {
        backend.guarded(() -> {
            cl_mem d = backend.bufferOf(dst, "dst").mem();
            int vpe = values(dst.dtype());
            ClKernel k = kernel("strided.cl", elemOptions(dst.dtype()), "strided_fill");
            // a complex element: its real parts filled with bits[0], its imaginary parts with bits[1]
            for (int part = 0; part < vpe; part++) {
                StridedAxes axes = StridedAxes.merge(extents, scaled(strides, vpe), new long[strides.length]);
                if (axes.count() == 0) {
                    return null;
                }
                long value = bits[part];
                forEachBlock(axes, offset * vpe + part, 0, (count, nd, offA, offB, ext, sa, sb) ->
                        backend.cl().launch1d(k, count, d, count, nd, offA, ext, sa, value));
            }
            return null;
        });
    }

    /** One launch of a strided kernel over at most {@link #MAX_DIMS} axes. */
    @FunctionalInterface
    private interface Block {
        void launch(long count, int ndim, long offsetA, long offsetB, long[] extents, long[] stridesA, long[] stridesB);
    }

    /**
     * The launches of a strided copy: one when its axes fit a kernel, else one per index of the
     * outer axes beyond {@link #MAX_DIMS} (rare: the axes are merged first), walked on the host.
     */
    private static void forEachBlock(StridedAxes axes, long offA, long offB, Block block) {
        int[] e = axes.extents();
        long[] sa = axes.strides(0);
        long[] sb = axes.strides(1);
        int outer = Math.max(0, e.length - MAX_DIMS);
        int nd = e.length - outer;
        long count = 1;
        for (int d = outer; d < e.length; d++) {
            count *= e[d];
        }
        long[] ext = vector(e, outer);
        long[] va = vector(sa, outer);
        long[] vb = vector(sb, outer);
        int[] idx = new int[outer];
        while (true) {
            long a = offA;
            long b = offB;
            for (int d = 0; d < outer; d++) {
                a += idx[d] * sa[d];
                b += idx[d] * sb[d];
            }
            block.launch(count, nd, a, b, ext, va, vb);
            int d = outer - 1;
            while (d >= 0 && ++idx[d] == e[d]) {
                idx[d--] = 0;
            }
            if (d < 0) {
                return;
            }
        }
    }

    private static long[] vector(int[] v, int from) {
        long[] out = new long[MAX_DIMS];
        for (int d = from; d < v.length; d++) {
            out[d - from] = v[d];
        }
        return out;
    }

    private static long[] vector(long[] v, int from) {
        long[] out = new long[MAX_DIMS];
        System.arraycopy(v, from, out, 0, v.length - from);
        return out;
    }

    /** Extents in kernel values: a complex element's two values as an innermost axis of 2. */
    private static int[] withComponents(int[] extents, int vpe) {
        if (vpe == 1) {
            return extents;
        }
        int[] e = Arrays.copyOf(extents, extents.length + 1);
        e[extents.length] = vpe;
        return e;
    }

    /** Strides in kernel values (and the innermost component axis's stride 1 for complex). */
    private static long[] scaled(long[] strides, int vpe) {
        long[] out = Arrays.copyOf(strides, strides.length + (vpe == 1 ? 0 : 1));
        for (int d = 0; d < strides.length; d++) {
            out[d] *= vpe;
        }
        if (vpe > 1) {
            out[strides.length] = 1;
        }
        return out;
    }

    @Override
    public NDArray pad(NDArray input, int outer, int n, int inner, int before, long[] sourceRows, int[] outShape) {
        return backend.guarded(() -> {
            cl_mem in = backend.bufferOf(input, "input").mem();
            int vpe = values(input.dtype());
            int n2 = sourceRows.length;
            long count = (long) outer * n2 * inner * vpe;
            NDArray out = allocate(input.dtype(), outShape);
            try (DeviceScope scope = backend.cl().scope()) {
                if (count > 0) {
                    cl_mem o = backend.bufferOf(out, "out").mem();
                    int mode = OpenCLPadFormulas.modeOf(sourceRows, n, before);
                    if (mode >= 0) {
                        ClKernel k = kernel("pad.cl", elemOptions(input.dtype()) + " -D MODE=" + mode, "pad_axis");
                        backend.cl().launch1d(k, count, in, o, count, (long) n, (long) inner * vpe, (long) before,
                                (long) n2);
                    } else {
                        // NumPy's chunked fill of a wide pad: its table of rows, uploaded (8 bytes a row)
                        cl_mem table = scope.copy(Pointer.to(sourceRows), (long) n2 * Sizeof.cl_long);
                        ClKernel k = kernel("pad.cl", elemOptions(input.dtype()), "pad_axis_table");
                        backend.cl().launch1d(k, count, in, o, table, count, (long) n, (long) inner * vpe, (long) n2);
                    }
                }
                return out;
            } catch (RuntimeException | Error e) {
                out.close();
                throw e;
            }
        });
    }

    @Override
    public Long firstOutOfBounds(NDArray indices, long n) {
        return backend.guarded(() -> {
            long count = indices.size();
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer first = scope.allocate(Sizeof.cl_int, "first out-of-bounds index");
                ClKernel init = rowsKernel(DType.UINT8, "init_int");
                backend.cl().launch1d(init, 1, first.mem(), 1L, Integer.MAX_VALUE);
                backend.cl().launch1d(rowsKernel(DType.UINT8, "first_out_of_bounds"), count,
                        backend.bufferOf(indices, "indices").mem(), count, n, first.mem());
                int pos = readInt(first.mem(), 0, "checking indices");
                if (pos == Integer.MAX_VALUE) {
                    return null;
                }
                long[] v = new long[1];
                read(backend.bufferOf(indices, "indices").mem(), (long) pos * Sizeof.cl_long, Sizeof.cl_long,
                        Pointer.to(v), "reading the out-of-bounds index");
                return v[0];
            }
        });
    }

    @Override
    public NDArray normalizeIndices(NDArray indices, long n, IndexMode mode) {
        return backend.guarded(() -> {
            long count = indices.size();
            NDArray out = allocate(DType.INT64, indices.shape());
            try {
                if (count > 0) {
                    backend.cl().launch1d(rowsKernel(DType.UINT8, "normalize_indices"), count,
                            backend.bufferOf(indices, "indices").mem(), backend.bufferOf(out, "out").mem(), count, n,
                            mode.ordinal());
                }
                return out;
            } catch (RuntimeException | Error e) {
                out.close();
                throw e;
            }
        });
    }

    @Override
    public NDArray takeRows(NDArray input, int outer, int n, int inner, NDArray rows, int m, long[] rowStrides,
            int[] outShape) {
        return backend.guarded(() -> {
            int vpe = values(input.dtype());
            long count = (long) outer * m * inner * vpe;
            NDArray out = allocate(input.dtype(), outShape);
            try {
                if (count > 0) {
                    backend.cl().launch1d(rowsKernel(input.dtype(), "take_rows"), count,
                            backend.bufferOf(input, "input").mem(), backend.bufferOf(out, "out").mem(),
                            backend.bufferOf(rows, "rows").mem(), count, (long) vpe, (long) n, (long) m, (long) inner,
                            rowStrides[0], rowStrides[1], rowStrides[2]);
                }
                return out;
            } catch (RuntimeException | Error e) {
                out.close();
                throw e;
            }
        });
    }

    @Override
    public void scatterRows(NDArray target, int n, int inner, NDArray rows, int m, NDArray values, int valueRows,
            boolean cyclicByRow) {
        backend.guarded(() -> {
            if (m == 0) {
                return null;
            }
            long width = (long) inner * values(target.dtype());
            try (DeviceScope scope = backend.cl().scope()) {
                // Repeated rows: the last k that names a row writes it, as NumPy's sequential assignment leaves it.
                DeviceBuffer winner = scope.allocate((long) n * Sizeof.cl_int, "scatter winners");
                cl_mem r = backend.bufferOf(rows, "rows").mem();
                backend.cl().launch1d(rowsKernel(DType.UINT8, "init_int"), n, winner.mem(), (long) n, -1);
                backend.cl().launch1d(rowsKernel(DType.UINT8, "scatter_winner"), m, r, (long) m, winner.mem());
                long count = m * width;
                backend.cl().launch1d(rowsKernel(target.dtype(), "scatter_rows"), count,
                        backend.bufferOf(target, "target").mem(), r, backend.bufferOf(values, "values").mem(),
                        winner.mem(), count, width, (long) valueRows, cyclicByRow ? 1 : 0);
            }
            return null;
        });
    }

    @Override
    public NDArray flatnonzero(NDArray input) {
        return backend.guarded(() -> compaction.flatnonzero(input));
    }

    @Override
    public void unravel(NDArray flat, long inner, long extent, NDArray out, long outOffset, long outStride) {
        backend.guarded(() -> {
            long count = flat.size();
            if (count > 0) {
                backend.cl().launch1d(rowsKernel(DType.UINT8, "unravel"), count, backend.bufferOf(flat, "flat").mem(),
                        backend.bufferOf(out, "out").mem(), count, inner, extent, outOffset, outStride);
            }
            return null;
        });
    }

    // ---- shared by the shape classes ----

    /** Kernel values per element: 2 for complex (its parts), else 1. */
    static int values(DType t) {
        return t.isComplex() ? 2 : 1;
    }

    /** The unsigned integer type of one kernel value of {@code t}: raw bits of the element (or complex part). */
    static String elemType(DType t) {
        switch (t.itemSize() / values(t)) {
            case 1: return "uchar";
            case 2: return "ushort";
            case 4: return "uint";
            default: return "ulong";
        }
    }

    private static String elemOptions(DType t) {
        return "-D ELEM_T=" + elemType(t);
    }

    ClKernel kernel(String file, String options, String name) {
        ClProgram p = backend.cl().kernels().program(KernelSource.resource("shape/" + file), options);
        return p.kernel(name);
    }

    private ClKernel rowsKernel(DType t, String name) {
        return kernel("rows.cl", elemOptions(t), name);
    }

    /** One int of a device buffer, read on the host after the queued work (counted as bytes from the device). */
    int readInt(cl_mem mem, long offsetBytes, String what) {
        int[] v = new int[1];
        read(mem, offsetBytes, Sizeof.cl_int, Pointer.to(v), what);
        return v[0];
    }

    private void read(cl_mem mem, long offset, long bytes, Pointer to, String what) {
        backend.cl().read(mem, offset, bytes, to);
    }
}
