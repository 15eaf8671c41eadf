package org.sciaccel.opencl.runtime;

import java.util.concurrent.ConcurrentHashMap;
import org.jocl.CL;
import org.jocl.cl_device_id;
import org.jocl.cl_program;

/** A built OpenCL program and the kernels created from it (one {@link ClKernel} per name, made on first use). */
public final class ClProgram {
    private final String sourceName;
    private final String options;
    private final cl_program program;
    private final cl_device_id device;
    private final long buildMillis;
    private final boolean splittable;
    private final ConcurrentHashMap<String, ClKernel> kernels = new ConcurrentHashMap<>();

    ClProgram(String sourceName, String options, cl_program program, cl_device_id device, long buildMillis,
            boolean splittable) {
        this.splittable = splittable;
        this.sourceName = sourceName;
        this.options = options;
        this.program = program;
        this.device = device;
        this.buildMillis = buildMillis;
    }

    /** The kernel of this name, created once. */
    public ClKernel kernel(String name) {
        return kernels.computeIfAbsent(name,
                n -> new ClKernel(n, CL.clCreateKernel(program, n, null), device, splittable));
    }

    public String sourceName() {
        return sourceName;
    }

    public String options() {
        return options;
    }

    /** How long the compiler took. */
    public long buildMillis() {
        return buildMillis;
    }

    void release() {
        for (ClKernel k : kernels.values()) {
            k.release();
        }
        kernels.clear();
        CL.clReleaseProgram(program);
    }
}
