package org.sciaccel.registry;

import java.util.List;
import org.sciaccel.special.Special;

/**
 * The registry entries of the scipy.special functions added with the rest of scipy.stats (issue 17, part
 * stats-rest): pdtrik, under SciPy's name and parameter names, its operands arrays broadcast against each other.
 */
public final class SpecialStatsRestEntries implements OpEntries {
    /** Every op of this family, as registered. */
    public static final List<String> NAMES = List.of("special.pdtrik");

    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // served by the backends' element-wise engine (UfuncOps)
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("special.pdtrik")
                .summary("The inverse of pdtr in k: the real k with pdtr(k, m) = p (cdflib's search, relative"
                        + " tolerance 1e-8).")
                .input("p", "probability (real array)")
                .input("m", "Poisson mean, broadcast")
                .output("result", "a new array of SciPy's result dtype (float32 or float64)")
                .invoker(a -> OpOutputs.result(Special.pdtrik(a.input(0), a.input(1))))
                .build());
    }
}
