package org.sciaccel.opencl.sorting;

import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.spi.EdgeOrder;
import org.sciaccel.spi.Extremes;

/**
 * searchsorted, the edge checks and min/max on the device (kernel {@code sorting/search.cl}). The
 * edge checks and min/max end in two numbers the host needs to decide what NumPy raises or how many
 * bins there are: 16 bytes read back, never the array.
 */
final class OpenCLSearch {
    private static final String SOURCE = "sorting/search.cl";

    private final OpenCLSortSupport s;

    OpenCLSearch(OpenCLSortSupport support) {
        this.s = support;
    }

    NDArray searchsorted(NDArray a, NDArray v, boolean right, NDArray sorter, boolean reversed) {
        DType t = a.dtype();
        int n = a.size();
        int m = v.size();
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, DType.INT64, m, "searchsorted");
            if (m > 0) {
                cl_mem order = sorter == null ? s.longs(scope, new long[1]) : s.buffer(sorter, "sorter").mem();
                int useSorter = sorter == null ? 0 : 1;
                DeviceBuffer sorted = scope.allocate((long) Math.max(1, n) * (t.isComplex() ? t.itemSize() : 8), "searched");
                s.run(s.kernel(SOURCE, t.isComplex() ? "sorted_values" : "sorted_keys", t, ""), n,
                        s.buffer(a, "a").mem(), n, order, useSorter, reversed ? 1 : 0, sorted.mem());
                s.run(s.kernel(SOURCE, "search", t, ""), m, sorted.mem(), n, s.buffer(v, "v").mem(), m, right ? 1 : 0,
                        reversed ? 1 : 0, out.mem());
            }
            return s.wrap(scope, out, DType.INT64, v.shape());
        }
    }

    EdgeOrder edgeOrder(NDArray edges) {
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = scope.allocate(2L * Sizeof.cl_long, "edge order");
            s.cl.launch1d(s.kernel(SOURCE, "edge_order", edges.dtype(), ""), 1, s.buffer(edges, "bins").mem(),
                    edges.size(), out.mem());
            long[] r = s.readLongs(out, 2);
            return new EdgeOrder((int) r[0], r[1] != 0);
        }
    }

    Extremes extremes(NDArray a) {
        DType t = a.dtype();
        int n = a.size();
        try (DeviceScope scope = s.cl.scope()) {
            ClKernel k = s.kernel(SOURCE, "key_extremes", t, "");
            long wg = Math.max(1, Long.highestOneBit(k.workGroupFor(256)));
            int groups = (int) Math.max(1, Math.min(256, (n + wg - 1) / wg));
            DeviceBuffer partial = scope.allocate(2L * groups * 8, "extremes");
            s.cl.launch(k, new long[] {groups * wg}, new long[] {wg}, s.buffer(a, "a").mem(), n, partial.mem(),
                    new ClKernel.LocalBytes(wg * 8), new ClKernel.LocalBytes(wg * 8));
            DeviceBuffer out = scope.allocate(16, "extremes");
            ClKernel merge = s.kernel(SOURCE, "merge_extremes", t, "");
            long mw = Math.max(1, Long.highestOneBit(merge.workGroupFor(256)));
            s.cl.launch(merge, new long[] {mw}, new long[] {mw}, partial.mem(), groups, out.mem(),
                    new ClKernel.LocalBytes(mw * 8), new ClKernel.LocalBytes(mw * 8));
            long[] r = s.readLongs(out, 2);
            return decode(t, r[0], r[1]);
        }
    }

    /** The values of the smallest and largest keys (keys.cl's mapping inverted); NaN for both if the largest is NaN. */
    static Extremes decode(DType t, long lo, long hi) {
        switch (t) {
            case FLOAT16: case FLOAT32: case FLOAT64: {
                double min = floatValue(t, lo);
                double max = floatValue(t, hi);
                return Double.isNaN(max) ? new Extremes(Double.NaN, Double.NaN, 0, 0) : new Extremes(min, max, 0, 0);
            }
            default: {
                long a = integer(t, lo);
                long b = integer(t, hi);
                boolean u = t == DType.UINT64;
                return new Extremes(u ? Casting.unsignedToDouble(a) : a, u ? Casting.unsignedToDouble(b) : b, a, b);
            }
        }
    }

    private static double floatValue(DType t, long k) {
        switch (t) {
            case FLOAT16: {
                if (k == 0xFFFF) {
                    return Double.NaN;
                }
                int b = (int) k;
                return Half.toDouble((short) ((b & 0x8000) != 0 ? b & 0x7FFF : ~b & 0xFFFF));
            }
            case FLOAT32: {
                if (k == 0xFFFF_FFFFL) {
                    return Double.NaN;
                }
                int b = (int) k;
                return Float.intBitsToFloat(b < 0 ? b & 0x7FFF_FFFF : ~b);
            }
            default:
                if (k == -1L) {
                    return Double.NaN;
                }
                return Double.longBitsToDouble(k < 0 ? k & Long.MAX_VALUE : ~k);
        }
    }

    private static long integer(DType t, long k) {
        switch (t) {
            case INT8: return k - 128;
            case INT16: return k - 32768;
            case INT32: return k - 0x8000_0000L;
            case INT64: return k ^ Long.MIN_VALUE;
            default: return k;
        }
    }
}
