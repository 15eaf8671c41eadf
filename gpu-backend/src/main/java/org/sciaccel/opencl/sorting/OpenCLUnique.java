package org.sciaccel.opencl.sorting;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.spi.SortLines;

/**
 * numpy.unique on the device (kernel {@code sorting/unique.cl}): the stable sort of the flattened
 * array, the mask of where new values start and its scan, all on the device. How many unique values
 * there are decides the results' shapes, so that one count (4 bytes) is read back.
 */
final class OpenCLUnique {
    private static final String SOURCE = "sorting/unique.cl";

    private final OpenCLSortSupport s;
    private final OpenCLLineSort lines;
    private final OpenCLRadixSort radix;

    OpenCLUnique(OpenCLSortSupport support, OpenCLLineSort lines, OpenCLRadixSort radix) {
        this.s = support;
        this.lines = lines;
        this.radix = radix;
    }

    NDArray[] unique(NDArray a, boolean index, boolean inverse, boolean counts, boolean equalNan) {
        DType t = a.dtype();
        int n = a.size();
        NDArray[] out = new NDArray[4];
        try (DeviceScope scope = s.cl.scope()) {
            if (n == 0) {
                out[0] = s.wrap(scope, scope.allocate(0, "unique"), t, new int[] {0});
                out[1] = index ? s.wrap(scope, scope.allocate(0, "unique_indices"), DType.INT64, new int[] {0}) : null;
                out[2] = inverse ? s.wrap(scope, scope.allocate(0, "unique_inverse"), DType.INT64, new int[] {0}) : null;
                out[3] = counts ? s.wrap(scope, scope.allocate(0, "unique_counts"), DType.INT64, new int[] {0}) : null;
                return out;
            }
            DeviceBuffer in = s.buffer(a, "ar");
            DeviceBuffer perm = lines.order(scope, a, SortLines.flat(n));
            DeviceBuffer mask = scope.allocate((long) (n + 1) * 4, "unique mask");
            DeviceBuffer pos = scope.allocate((long) (n + 1) * 4, "unique positions");
            s.run(s.kernel(SOURCE, "unique_mask", t, ""), n + 1, in.mem(), perm.mem(), n, equalNan ? 1 : 0, mask.mem());
            s.copy(mask, pos, (long) (n + 1) * 4);
            radix.scan(scope, pos, n + 1);
            int u = (int) s.readUint(pos, n);
            DeviceBuffer values = OpenCLSortSupport.allocate(scope, t, u, "unique");
            DeviceBuffer idx = OpenCLSortSupport.allocate(scope, DType.INT64, index ? u : 1, "unique_indices");
            DeviceBuffer inv = OpenCLSortSupport.allocate(scope, DType.INT64, inverse ? n : 1, "unique_inverse");
            DeviceBuffer starts = scope.allocate((long) u * 4, "unique starts");
            s.run(s.kernel(SOURCE, "unique_compact", t, ""), n, in.mem(), perm.mem(), mask.mem(), pos.mem(), n,
                    values.mem(), idx.mem(), index ? 1 : 0, inv.mem(), inverse ? 1 : 0, starts.mem());
            DeviceBuffer cnt = null;
            if (counts) {
                cnt = OpenCLSortSupport.allocate(scope, DType.INT64, u, "unique_counts");
                s.run(s.kernel(SOURCE, "unique_counts", t, ""), u, starts.mem(), u, n, cnt.mem());
            }
            out[0] = s.wrap(scope, values, t, new int[] {u});
            out[1] = index ? s.wrap(scope, idx, DType.INT64, new int[] {u}) : null;
            out[2] = inverse ? s.wrap(scope, inv, DType.INT64, new int[] {n}) : null;
            out[3] = counts ? s.wrap(scope, cnt, DType.INT64, new int[] {u}) : null;
            return out;
        }
    }
}
