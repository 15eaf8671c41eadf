package org.sciaccel.opencl.shape;

import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;

/**
 * flatnonzero on the device by a prefix sum (kernel {@code shape/compaction.cl}): tiles counted,
 * the counts scanned by one work-group, then each tile writes its positions. Only the total count
 * (4 bytes) is read on the host, to size the result; the positions never leave the device.
 */
final class OpenCLCompaction {
    /** Elements a work-item reads per tile: a tile is this many work-groups' worth. */
    private static final int ITEMS_PER_THREAD = 16;

    private final OpenCLBackend backend;
    private final OpenCLShapeOps ops;

    OpenCLCompaction(OpenCLBackend backend, OpenCLShapeOps ops) {
        this.backend = backend;
        this.ops = ops;
    }

    NDArray flatnonzero(NDArray input) {
        long n = input.size();
        if (n == 0) {
            return ops.allocate(DType.INT64, new int[] {0});
        }
        DType t = input.dtype();
        String options = "-D ELEM_T=" + OpenCLShapeOps.elemType(t);
        ClKernel count = ops.kernel("compaction.cl", options, "count_tiles");
        ClKernel scan = ops.kernel("compaction.cl", options, "scan_tiles");
        ClKernel write = ops.kernel("compaction.cl", options, "write_positions");
        // Work-groups of a power of two (count_tiles halves its reduction), within every kernel's limit.
        long ls = Long.highestOneBit(Math.min(count.workGroupFor(256),
                Math.min(scan.workGroupFor(256), write.workGroupFor(256))));
        long tile = ls * ITEMS_PER_THREAD;
        long tiles = (n + tile - 1) / tile;
        long mask = valueMask(t);
        int pairs = t.isComplex() ? 1 : 0;
        cl_mem in = backend.bufferOf(input, "input").mem();
        ClKernel.LocalBytes local = new ClKernel.LocalBytes(ls * Sizeof.cl_int);
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer counts = scope.allocate(tiles * Sizeof.cl_int, "nonzero counts per tile");
            DeviceBuffer offsets = scope.allocate((tiles + 1) * Sizeof.cl_int, "nonzero offsets per tile");
            backend.cl().launch(count, new long[] {tiles * ls}, new long[] {ls}, in, n, tile, mask, pairs, counts.mem(),
                    local);
            backend.cl().launch(scan, new long[] {ls}, new long[] {ls}, counts.mem(), offsets.mem(), tiles, local);
            int total = ops.readInt(offsets.mem(), tiles * Sizeof.cl_int, "counting nonzero elements");
            NDArray out = ops.allocate(DType.INT64, new int[] {total});
            try {
                if (total > 0) {
                    backend.cl().launch(write, new long[] {tiles * ls}, new long[] {ls}, in, n, tile, mask, pairs,
                            offsets.mem(), backend.bufferOf(out, "out").mem(), local);
                }
                return out;
            } catch (RuntimeException | Error e) {
                out.close();
                throw e;
            }
        }
    }

    /** The bits of one kernel value that make it nonzero: all of an integer's, a float's but its sign. */
    private static long valueMask(DType t) {
        switch (t) {
            case FLOAT16: return 0x7FFFL;
            case FLOAT32: case COMPLEX64: return 0x7FFF_FFFFL;
            case FLOAT64: case COMPLEX128: return 0x7FFF_FFFF_FFFF_FFFFL;
            default: return -1L;
        }
    }
}
