package org.sciaccel.opencl.formula;

import java.util.Set;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.FormulaOps;

/** The OpenCL backend's Formula kernels: a whole element-wise expression (and a reduction behind it) compiled into one kernel per backend, as kernels under {@code kernels/formula/}. */
public final class OpenCLFormulaOps implements FormulaOps {
    /** SciPy-qualified names of the ops implemented here. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.FORMULA);

    private final OpenCLBackend backend;

    public OpenCLFormulaOps(OpenCLBackend backend) {
        this.backend = backend;
    }
}
