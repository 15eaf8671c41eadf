package org.sciaccel.opencl.sorting;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;

/**
 * A few order statistics of one long real line on the device without sorting it (kernel
 * {@code sorting/select.cl}): a radix select, one pass over the line per 8 bits of key (four for
 * float32) instead of the sort's sixteen, the state kept on the device between the passes.
 */
final class OpenCLSelect {
    private static final String SOURCE = "sorting/select.cl";
    /** At most this many ranks are selected together (their histograms share local memory). */
    static final int MAX_RANKS = 8;
    /** Lines at least this long are selected rather than sorted. */
    static final int MIN_LENGTH = 1 << 15;

    private final OpenCLSortSupport s;

    OpenCLSelect(OpenCLSortSupport support) {
        this.s = support;
    }

    /** Whether the ranks of a line of {@code n} elements of {@code t} are found by selection. */
    static boolean applies(DType t, int lines, int n, int ranks) {
        return !t.isComplex() && lines == 1 && n >= MIN_LENGTH && ranks <= MAX_RANKS;
    }

    /** The elements at sorted positions {@code ranks} (ascending) of a's flattened elements, in a scope buffer. */
    DeviceBuffer select(DeviceScope scope, NDArray a, int[] ranks) {
        DType t = a.dtype();
        int n = a.size();
        int r = ranks.length;
        DeviceBuffer prefix = scope.allocate((long) r * 8, "select prefixes");
        s.zero(prefix);
        DeviceBuffer left = scope.allocate((long) r * 4, "select ranks");
        s.copy(s.ints(scope, ranks), left, (long) r * 4);
        DeviceBuffer counts = scope.allocate((long) r * 256 * 4, "select counts");
        s.zero(counts);
        ClKernel count = s.kernel(SOURCE, "select_count", t, "-D BIJECTIVE=1");
        ClKernel pick = s.kernel(SOURCE, "select_pick", t, "-D BIJECTIVE=1");
        long wg = Math.max(1, Long.highestOneBit(count.workGroupFor(256)));
        long groups = Math.max(1, Math.min(256, (n + wg - 1) / wg));
        for (int shift = OpenCLLineSort.keyBits(t) - 8; shift >= 0; shift -= 8) {
            s.cl.launch(count, new long[] {groups * wg}, new long[] {wg}, s.buffer(a, "a").mem(), n, r, shift,
                    prefix.mem(), counts.mem(), new ClKernel.LocalBytes((long) r * 256 * 4));
            s.run(pick, r, r, shift, prefix.mem(), left.mem(), counts.mem());
        }
        DeviceBuffer out = OpenCLSortSupport.allocate(scope, t, r, "selected");
        s.run(s.kernel(SOURCE, "selected_values", t, "-D BIJECTIVE=1"), r, prefix.mem(), r, out.mem());
        return out;
    }
}
