package org.sciaccel.registry;

import org.sciaccel.stats.Stats;

/**
 * The registry entries of scipy.stats' continuous distributions beta, vonmises and truncnorm (issue 17, part
 * "stats4"): {@code stats.<dist>.<method>} as for the other continuous distributions (pdf ... isf, mean, var, std,
 * median, entropy, moment, interval, rvs, fit), each method one fused element-wise program.
 */
public final class StatsContinuousStats4Entries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.UFUNC; // one element-wise program per call
    }

    @Override
    public void register(OpRegistry registry) {
        StatsContinuousEntries.registerAll(registry, Stats.continuousDistributionsStats4());
    }
}
