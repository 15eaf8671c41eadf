package org.sciaccel.opencl.morphology;

import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClContext;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * The group of every element for the label measurements (kernel {@code morphology/label_groups.cl}), and the
 * elements bucketed by group as a device permutation: bucket g is perm[start[g] .. start[g+1]). The buffers belong
 * to the caller's scope; {@link OpenCLGroupReductions} reduces over them.
 */
final class OpenCLLabelGroups {
    private static final String SOURCE = "morphology/label_groups.cl";

    /** Group per element, -1 for none. */
    final DeviceBuffer group;
    final DeviceBuffer perm;
    final DeviceBuffer start;
    final int[] startHost;
    final int groups;

    /** Groups the {@code total} elements of an array by {@code labels} and {@code keys}, as the measurements do. */
    OpenCLLabelGroups(OpenCLBackend backend, DeviceScope scope, long total, NDArray labels, long[] keys) {
        groups = keys == null ? 1 : keys.length;
        // 32- and 64-bit labels are read as they are (uint32 as uint: a label past 2^31 must not wrap negative,
        // uint64 as ulong, cast to long as the CPU backend's int64 view), floating labels by value; the narrower
        // integers widened to int.
        DType lt = labels == null ? null : labels.dtype();
        boolean direct = lt == null || lt == DType.INT32 || lt == DType.INT64 || lt == DType.UINT32 || lt == DType.UINT64
                || lt.isFloatingPoint();
        NDArray lab = direct ? labels : backend.astype(labels, DType.INT32);
        try {
            DType read = lab == null ? DType.INT32 : lab.dtype();
            String options = ("-D LABEL_T=" + ClTypes.clType(read) + " -D LABEL_KIND=" + ClTypes.kindCode(read) + " "
                    + backend.cl().fp64Option()).trim();
            ClProgram program = backend.cl().kernels().program(KernelSource.resource(SOURCE), options);
            group = scope.allocate(Math.max(1, total) * Sizeof.cl_int, "measurement groups");
            int mode = labels == null ? 0 : keys == null ? 1 : 2;
            long[] k = keys == null || keys.length == 0 ? new long[] {0} : keys;
            cl_mem keyMem = scope.copy(Pointer.to(k), (long) k.length * Sizeof.cl_long);
            cl_mem labMem = lab == null ? group.mem() : backend.bufferOf(lab, "labels").mem();
            if (total > 0) {
                backend.cl().launch1d(program.kernel("measure_groups"), total, labMem, keyMem, keys == null ? 0 : keys.length,
                        mode, group.mem(), total);
            }
            DeviceBuffer counts = scope.allocate((long) (groups + 1) * Sizeof.cl_int, "measurement counts");
            int[] zeros = new int[groups + 1];
            write(backend.cl(), counts.mem(), zeros);
            if (total > 0) {
                backend.cl().launch1d(program.kernel("measure_count"), total, group.mem(), counts.mem(), total);
            }
            int[] c = read(backend.cl(), counts.mem(), groups + 1);
            startHost = new int[groups + 1];
            for (int g = 0; g < groups; g++) {
                startHost[g + 1] = startHost[g] + c[g];
            }
            write(backend.cl(), counts.mem(), startHost); // now the scatter cursors
            int n = startHost[groups];
            perm = scope.allocate((long) Math.max(1, n) * Sizeof.cl_int, "measurement buckets");
            if (total > 0) {
                backend.cl().launch1d(program.kernel("measure_scatter"), total, group.mem(), counts.mem(), perm.mem(), total);
            }
            start = scope.allocate((long) (groups + 1) * Sizeof.cl_int, "measurement bucket starts");
            write(backend.cl(), start.mem(), startHost);
            scope.release(counts);
        } finally {
            // The converted labels are an array of their own; the key table stays with the scope.
            if (lab != labels) {
                lab.close();
            }
        }
    }


    static void write(ClContext cl, cl_mem mem, int[] values) {
        if (values.length > 0) {
            cl.write(mem, 0, (long) values.length * Sizeof.cl_int, Pointer.to(values));
        }
    }

    static int[] read(ClContext cl, cl_mem mem, int n) {
        int[] v = new int[n];
        if (n > 0) {
            cl.read(mem, 0, (long) n * Sizeof.cl_int, Pointer.to(v));
        }
        return v;
    }
}
