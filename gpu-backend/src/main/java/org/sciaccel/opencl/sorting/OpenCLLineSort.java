package org.sciaccel.opencl.sorting;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.spi.SortLines;

/**
 * Sorting along lines on the device (kernels {@code sorting/sort_lines.cl} and the radix sort): every
 * element of every line gets its order-preserving key and its line-major position; the pairs are
 * sorted by key (complex: by its three keys, least significant first) and then, stably, by line, all
 * lines in one sort. The sorted positions then give the sorted lines, the argsort, or the sorted
 * values line-major for the quantiles. The sort is stable, so argsort is NumPy's stable one and sort
 * moves the elements themselves ({@code -0.0} and NaN payloads kept).
 */
final class OpenCLLineSort {
    private static final String SOURCE = "sorting/sort_lines.cl";

    private final OpenCLSortSupport s;
    private final OpenCLRadixSort radix;

    OpenCLLineSort(OpenCLSortSupport support, OpenCLRadixSort radix) {
        this.s = support;
        this.radix = radix;
    }

    /** Bits of the order-preserving keys of a real dtype (keys.cl's KEY_BITS). */
    static int keyBits(DType t) {
        switch (t) {
            case BOOL: case UINT8: case INT8: return 8;
            case UINT16: case INT16: case FLOAT16: return 16;
            case INT32: case UINT32: case FLOAT32: case COMPLEX64: return 32;
            default: return 64;
        }
    }

    /** The line-major positions of a's elements in sorted order, every line's contiguous (n per line). */
    DeviceBuffer order(DeviceScope scope, NDArray a, SortLines lines) {
        DType t = a.dtype();
        int n = lines.length();
        int count = lines.lines() * n;
        DeviceBuffer in = s.buffer(a, "a");
        DeviceBuffer keys = scope.allocate((long) count * 8, "sort keys");
        DeviceBuffer values = scope.allocate((long) count * 4, "sort positions");
        OpenCLRadixSort.Pairs p;
        if (!t.isComplex()) {
            s.run(s.kernel(SOURCE, "line_keys", t, ""), count, in.mem(), count, n, lines.inner(), keys.mem(), values.mem());
            p = radix.sort(scope, keys, values, count, keyBits(t));
        } else {
            DeviceBuffer re = scope.allocate((long) count * 8, "real-part keys");
            DeviceBuffer cls = scope.allocate((long) count * 8, "NaN-class keys");
            s.run(s.kernel(SOURCE, "complex_keys", t, ""), count, in.mem(), count, n, lines.inner(), keys.mem(), re.mem(),
                    cls.mem(), values.mem());
            int bits = keyBits(t);
            p = radix.sort(scope, keys, values, count, bits);
            p = resort(scope, p, re, count, bits);
            p = resort(scope, p, cls, count, 2);
        }
        if (lines.lines() > 1) {
            ClKernel lineOf = s.plain("sorting/radix.cl", "line_of_value", "");
            s.run(lineOf, count, p.values().mem(), count, n, p.keys().mem());
            p = radix.sort(scope, p.keys(), p.values(), count, OpenCLRadixSort.bitsFor(lines.lines() - 1));
        }
        return p.values();
    }

    /** The (key, position) pairs of a real array's flattened elements, sorted stably by key. */
    OpenCLRadixSort.Pairs sortedPairs(DeviceScope scope, NDArray a) {
        DType t = a.dtype();
        int count = a.size();
        DeviceBuffer keys = scope.allocate((long) Math.max(1, count) * 8, "sort keys");
        DeviceBuffer values = scope.allocate((long) Math.max(1, count) * 4, "sort positions");
        s.run(s.kernel(SOURCE, "line_keys", t, ""), count, s.buffer(a, "a").mem(), count, Math.max(1, count), 1,
                keys.mem(), values.mem());
        return radix.sort(scope, keys, values, count, keyBits(t));
    }

    /** Sorts the pairs again, stably, by the next key {@code source} (indexed by original position). */
    private OpenCLRadixSort.Pairs resort(DeviceScope scope, OpenCLRadixSort.Pairs p, DeviceBuffer source, int count, int bits) {
        ClKernel gather = s.plain("sorting/radix.cl", "gather_keys", "");
        s.run(gather, count, source.mem(), p.values().mem(), count, p.keys().mem());
        return radix.sort(scope, p.keys(), p.values(), count, bits);
    }

    NDArray sort(NDArray a, SortLines lines) {
        DType t = a.dtype();
        int n = lines.length();
        int count = lines.lines() * n;
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, t, count, "sorted " + t);
            if (count > 0) {
                DeviceBuffer order = order(scope, a, lines);
                s.run(s.kernel(SOURCE, "sorted_gather", t, ""), count, s.buffer(a, "a").mem(), order.mem(), count, n,
                        lines.inner(), out.mem());
            }
            return s.wrap(scope, out, t, lines.shape());
        }
    }

    NDArray argsort(NDArray a, SortLines lines) {
        int n = lines.length();
        int count = lines.lines() * n;
        try (DeviceScope scope = s.cl.scope()) {
            DeviceBuffer out = OpenCLSortSupport.allocate(scope, DType.INT64, count, "argsort");
            if (count > 0) {
                DeviceBuffer order = order(scope, a, lines);
                s.run(s.kernel(SOURCE, "sorted_indices", a.dtype(), ""), count, order.mem(), count, n, lines.inner(),
                        out.mem());
            }
            return s.wrap(scope, out, DType.INT64, lines.shape());
        }
    }

    /** The sorted elements of every line, line-major and contiguous, in a buffer the scope owns. */
    DeviceBuffer sortedContiguous(DeviceScope scope, NDArray a, SortLines lines) {
        DType t = a.dtype();
        int n = lines.length();
        int count = lines.lines() * n;
        DeviceBuffer out = OpenCLSortSupport.allocate(scope, t, count, "sorted lines");
        if (count > 0) {
            DeviceBuffer order = order(scope, a, lines);
            s.run(s.kernel(SOURCE, "sorted_contiguous", t, ""), count, s.buffer(a, "a").mem(), order.mem(), count, n,
                    lines.inner(), out.mem());
        }
        return out;
    }
}
