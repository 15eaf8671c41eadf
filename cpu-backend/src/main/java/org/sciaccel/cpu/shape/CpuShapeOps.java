package org.sciaccel.cpu.shape;

import java.util.Arrays;
import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ShapeOps;

/**
 * The CPU backend's NumPy's shape manipulation and indexing: the {@link ShapeOps} primitives as
 * multithreaded loops over the arrays' primitive data ({@link Elements}), split into runs
 * ({@link StridedRuns}) or chunks of rows across {@code backend.threads()}.
 */
public final class CpuShapeOps implements ShapeOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SHAPE);
    /** Rows of at least this many values are copied with System.arraycopy, shorter ones value by value. */
    private static final int ARRAYCOPY_MIN = 16;

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuShapeOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray allocate(DType dtype, int[] shape) {
        backend.checkOpen();
        return backend.wrap(HostArray.zeros(dtype, shape));
    }

    @Override
    public void copyStrided(NDArray src, long srcOffset, long[] srcStrides, NDArray dst, long dstOffset,
            long[] dstStrides, int[] extents) {
        Object s = backend.host(src, "src").data();
        Object d = backend.host(dst, "dst").data();
        StridedRuns runs = complexAware(src.dtype(), extents, srcOffset, srcStrides, dstOffset, dstStrides);
        Elements el = Elements.of(d);
        int len = runs.runLength;
        boolean plain = runs.runStrideA == 1 && runs.runStrideB == 1 && len >= ARRAYCOPY_MIN;
        backend.threads().parallelFor(runs.runs, (long) runs.runs * len, (from, to) -> runs.forEach(from, to,
                plain ? (a, b) -> System.arraycopy(s, a, d, b, len)
                        : (a, b) -> el.copyRun(s, a, runs.runStrideA, d, b, runs.runStrideB, len)));
    }

    /** Runs in Java values: a complex element is two values, an innermost axis of two added. */
    private static StridedRuns complexAware(DType dtype, int[] extents, long offA, long[] stA, long offB, long[] stB) {
        if (!dtype.isComplex()) {
            return StridedRuns.of(extents, offA, stA, offB, stB, 1);
        }
        int n = extents.length;
        int[] e = Arrays.copyOf(extents, n + 1);
        long[] a = new long[n + 1];
        long[] b = new long[n + 1];
        for (int k = 0; k < n; k++) {
            a[k] = 2 * stA[k];
            b[k] = 2 * stB[k];
        }
        e[n] = 2;
        a[n] = 1;
        b[n] = 1;
        return StridedRuns.of(e, 2 * offA, a, 2 * offB, b, 1);
    }

    @Override
    public void fillStrided(NDArray dst, long offset, long[] strides, int[] extents, long[] bits) {
        Object d = backend.host(dst, "dst").data();
        Elements el = Elements.of(d);
        int parts = dst.dtype().javaValuesPerElement();
        // A complex element is two values: the real parts filled with bits[0], the imaginary ones with bits[1].
        for (int part = 0; part < parts; part++) {
            StridedRuns runs = StridedRuns.of(extents, offset * parts + part, scaled(strides, parts), 0,
                    new long[strides.length], 1);
            long v = bits[part];
            backend.threads().parallelFor(runs.runs, (long) runs.runs * runs.runLength, (from, to) ->
                    runs.forEach(from, to, (a, b) -> el.fillRun(d, a, runs.runStrideA, runs.runLength, v)));
        }
    }

    private static long[] scaled(long[] strides, int by) {
        long[] out = new long[strides.length];
        for (int k = 0; k < strides.length; k++) {
            out[k] = strides[k] * by;
        }
        return out;
    }

    @Override
    public NDArray pad(NDArray input, int outer, int n, int inner, int before, long[] sourceRows, int[] outShape) {
        Object s = backend.host(input, "input").data();
        HostArray out = HostArray.zeros(input.dtype(), outShape);
        Object d = out.data();
        int n2 = sourceRows.length;
        long[] map = sourceRows;
        int width = inner * input.dtype().javaValuesPerElement();
        Elements el = Elements.of(d);
        backend.threads().parallelFor(outer, (long) outer * n2 * width, (from, to) -> {
            for (int o = from; o < to; o++) {
                int srcBase = o * n * width;
                int dstBase = o * n2 * width;
                if (width >= ARRAYCOPY_MIN) {
                    for (int j = 0; j < n2; j++) {
                        System.arraycopy(s, srcBase + (int) map[j] * width, d, dstBase + j * width, width);
                    }
                } else {
                    for (int c = 0; c < width; c++) {
                        el.gatherRows(s, srcBase + c, width, map, 0, 1, d, dstBase + c, width, n2);
                    }
                }
            }
        });
        return backend.wrap(out);
    }

    @Override
    public Long firstOutOfBounds(NDArray indices, long n) {
        long[] idx = (long[]) backend.host(indices, "indices").data();
        for (long v : idx) {
            if (v < -n || v >= n) {
                return v;
            }
        }
        return null;
    }

    @Override
    public NDArray normalizeIndices(NDArray indices, long n, IndexMode mode) {
        long[] idx = (long[]) backend.host(indices, "indices").data();
        long[] out = new long[idx.length];
        backend.threads().parallelFor(idx.length, idx.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                long v = idx[i];
                switch (mode) {
                    case RAISE: out[i] = v < 0 ? v + n : v; break;
                    case WRAP: out[i] = Math.floorMod(v, n); break;
                    default: out[i] = v < 0 ? 0 : v >= n ? n - 1 : v; break;
                }
            }
        });
        return backend.wrap(new HostArray(DType.INT64, indices.shape(), out));
    }

    @Override
    public NDArray takeRows(NDArray input, int outer, int n, int inner, NDArray rows, int m, long[] rowStrides,
            int[] outShape) {
        Object s = backend.host(input, "input").data();
        long[] r = (long[]) backend.host(rows, "rows").data();
        HostArray out = HostArray.zeros(input.dtype(), outShape);
        Object d = out.data();
        int vpe = input.dtype().javaValuesPerElement();
        int width = inner * vpe;
        int s0 = (int) rowStrides[0];
        int s1 = (int) rowStrides[1];
        int s2 = (int) rowStrides[2];
        Elements el = Elements.of(d);
        backend.threads().parallelFor(outer, (long) outer * m * width, (from, to) -> {
            for (int o = from; o < to; o++) {
                int srcBase = o * n * width;
                int dstBase = o * m * width;
                if (s2 == 0 && width >= ARRAYCOPY_MIN) {
                    for (int k = 0; k < m; k++) {
                        System.arraycopy(s, srcBase + (int) r[o * s0 + k * s1] * width, d, dstBase + k * width, width);
                    }
                    continue;
                }
                for (int i = 0; i < inner; i++) {
                    for (int c = 0; c < vpe; c++) {
                        int at = i * vpe + c;
                        el.gatherRows(s, srcBase + at, width, r, o * s0 + i * s2, s1, d, dstBase + at, width, m);
                    }
                }
            }
        });
        return backend.wrap(out);
    }

    @Override
    public void scatterRows(NDArray target, int n, int inner, NDArray rows, int m, NDArray values, int valueRows,
            boolean cyclicByRow) {
        Object d = backend.host(target, "target").data();
        long[] r = (long[]) backend.host(rows, "rows").data();
        Object v = backend.host(values, "values").data();
        int width = inner * target.dtype().javaValuesPerElement();
        Elements el = Elements.of(d);
        long work = (long) m * width;
        if (work < 200_000 || backend.threads().threads() == 1) {
            el.scatterRows(d, width, r, 0, m, v, valueRows, cyclicByRow, null);  // in order: the last index wins
            return;
        }
        // In parallel, each row is written only by the last k that names it, as the sequential order would leave it.
        int[] winner = new int[n];
        for (int k = 0; k < m; k++) {
            winner[(int) r[k]] = k;
        }
        backend.threads().parallelFor(m, work, (from, to) -> el.scatterRows(d, width, r, from, to, v, valueRows,
                cyclicByRow, winner));
    }

    @Override
    public NDArray flatnonzero(NDArray input) {
        HostArray h = backend.host(input, "input");
        Object data = h.data();
        Elements el = Elements.of(data);
        boolean half = input.dtype() == DType.FLOAT16;
        int vpe = input.dtype().javaValuesPerElement();
        int n = h.size();
        int chunks = Math.max(1, Math.min(n / 65_536, 4 * backend.threads().threads()));
        int[] counts = new int[chunks + 1];
        backend.threads().parallelFor(chunks, n, (from, to) -> {
            for (int c = from; c < to; c++) {
                int lo = (int) ((long) n * c / chunks);
                int hi = (int) ((long) n * (c + 1) / chunks);
                counts[c + 1] = vpe == 1 ? el.countNonzero(data, lo, hi, half) : countComplex(el, data, lo, hi);
            }
        });
        for (int c = 0; c < chunks; c++) {
            counts[c + 1] += counts[c];
        }
        long[] out = new long[counts[chunks]];
        backend.threads().parallelFor(chunks, n, (from, to) -> {
            for (int c = from; c < to; c++) {
                int lo = (int) ((long) n * c / chunks);
                int hi = (int) ((long) n * (c + 1) / chunks);
                int k = counts[c];
                for (int i = lo; i < hi; i++) {
                    boolean nz = vpe == 1 ? el.isNonzero(data, i, half)
                            : el.isNonzero(data, 2 * i, false) || el.isNonzero(data, 2 * i + 1, false);
                    if (nz) {
                        out[k++] = i;
                    }
                }
            }
        });
        return backend.wrap(new HostArray(DType.INT64, new int[] {out.length}, out));
    }

    private static int countComplex(Elements el, Object data, int lo, int hi) {
        int c = 0;
        for (int i = lo; i < hi; i++) {
            c += el.isNonzero(data, 2 * i, false) || el.isNonzero(data, 2 * i + 1, false) ? 1 : 0;
        }
        return c;
    }

    @Override
    public void unravel(NDArray flat, long inner, long extent, NDArray out, long outOffset, long outStride) {
        long[] f = (long[]) backend.host(flat, "flat").data();
        long[] o = (long[]) backend.host(out, "out").data();
        backend.threads().parallelFor(f.length, f.length, (from, to) -> {
            for (int k = from; k < to; k++) {
                o[(int) (outOffset + k * outStride)] = f[k] / inner % extent;
            }
        });
    }
}
