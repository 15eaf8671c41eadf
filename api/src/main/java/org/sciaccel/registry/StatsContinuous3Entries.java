package org.sciaccel.registry;

import org.sciaccel.stats.Stats;

/**
 * The registry entries of scipy.stats' t, chi2, f and gamma (issue 17, part "cont3"): the same
 * {@code stats.<dist>.<method>} ops as {@link StatsContinuousEntries} (pdf ... isf, mean, var, std, median,
 * entropy, moment, interval, rvs, fit) with SciPy's parameter names.
 */
public final class StatsContinuous3Entries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // one element-wise program per call
    }

    @Override
    public void register(OpRegistry registry) {
        StatsContinuousEntries.registerAll(registry, Stats.continuousDistributions3());
    }
}
