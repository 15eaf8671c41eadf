package org.sciaccel.cpu.ufunc;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.spi.UfuncOps;

/**
 * The CPU backend's NumPy element-wise functions (ufuncs): arithmetic, math, comparison, logic and bit
 * operations, every one a program of the element-wise engine ({@link CpuProgramRunner}), multithreaded over
 * chunks of the result.
 */
public final class CpuUfuncOps implements UfuncOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.UFUNC);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuUfuncOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray evaluate(ElementwiseProgram program, NDArray[] operands, int[] shape) {
        backend.checkOpen();
        DType[] types = program.operandTypes();
        HostArray[] hosts = new HostArray[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                continue;
            }
            hosts[i] = backend.hostForCall(operands[i], "operand " + i);
            if (hosts[i].dtype() != types[i]) {
                throw new IllegalArgumentException("operand " + i + " has dtype " + hosts[i].dtype() + "; the program reads "
                        + types[i]);
            }
        }
        // The result is a new array nothing else holds: recycled when closed (ArrayPool).
        return backend.wrapRecyclable(new CpuProgramRunner(program, hosts, shape).run(backend.threads(), backend.arrays()));
    }
}
