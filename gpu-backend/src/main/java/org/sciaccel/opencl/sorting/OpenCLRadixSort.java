package org.sciaccel.opencl.sorting;

import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;

/**
 * The device's stable sort of (ulong key, uint value) pairs (kernel {@code sorting/radix.cl}): LSD
 * radix passes of 4 bits over the key bits asked for, each a count, an exclusive scan and a stable
 * scatter, ping-ponging between the caller's buffers and scratch; and that exclusive scan itself.
 */
final class OpenCLRadixSort {
    private static final String SOURCE = "sorting/radix.cl";
    /** Elements each work-item of a pass counts and scatters. */
    private static final int ITEMS = 16;
    /** Entries each work-item of a scan block handles. */
    private static final int SCAN_ITEMS = 8;

    private final OpenCLSortSupport s;

    OpenCLRadixSort(OpenCLSortSupport support) {
        this.s = support;
    }

    /** Where sorted pairs ended up (the caller's buffers or the scratch the scope owns). */
    record Pairs(DeviceBuffer keys, DeviceBuffer values) {
    }

    /** Sorts {@code count} pairs stably by the low {@code bits} bits of their keys. */
    Pairs sort(DeviceScope scope, DeviceBuffer keys, DeviceBuffer values, int count, int bits) {
        if (count < 2 || bits <= 0) {
            return new Pairs(keys, values);
        }
        int threads = (count + ITEMS - 1) / ITEMS;
        DeviceBuffer counts = scope.allocate(16L * threads * 4, "radix counts");
        DeviceBuffer k2 = scope.allocate((long) count * 8, "radix keys");
        DeviceBuffer v2 = scope.allocate((long) count * 4, "radix values");
        ClKernel countK = s.plain(SOURCE, "radix_count", "");
        ClKernel scatter = s.plain(SOURCE, "radix_scatter", "");
        DeviceBuffer ka = keys;
        DeviceBuffer va = values;
        DeviceBuffer kb = k2;
        DeviceBuffer vb = v2;
        for (int shift = 0; shift < bits; shift += 4) {
            s.run(countK, threads, ka.mem(), count, shift, ITEMS, threads, counts.mem());
            scan(scope, counts, 16 * threads);
            s.run(scatter, threads, ka.mem(), va.mem(), count, shift, ITEMS, threads, counts.mem(), kb.mem(), vb.mem());
            DeviceBuffer t = ka; ka = kb; kb = t;
            t = va; va = vb; vb = t;
        }
        return new Pairs(ka, va);
    }

    /** Exclusive scan of the first {@code m} uints of {@code data}, in place. */
    void scan(DeviceScope scope, DeviceBuffer data, int m) {
        if (m == 0) {
            return;
        }
        ClKernel blocks = s.plain(SOURCE, "scan_blocks", "");
        long wg = Math.max(1, Long.highestOneBit(blocks.workGroupFor(256)));
        long per = wg * SCAN_ITEMS;
        int groups = (int) ((m + per - 1) / per);
        DeviceBuffer sums = scope.allocate((long) groups * 4, "scan sums");
        s.cl.launch(blocks, new long[] {groups * wg}, new long[] {wg}, data.mem(), m, SCAN_ITEMS, sums.mem(),
                new ClKernel.LocalBytes(wg * 4));
        if (groups > 1) {
            scan(scope, sums, groups);
            ClKernel add = s.plain(SOURCE, "scan_add", "");
            s.cl.launch(add, new long[] {groups * wg}, new long[] {wg}, data.mem(), m, SCAN_ITEMS, sums.mem());
        }
    }

    /** Bits needed to hold the values 0..max. */
    static int bitsFor(long max) {
        return max <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(max);
    }
}
