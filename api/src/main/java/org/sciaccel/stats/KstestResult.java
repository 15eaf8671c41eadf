package org.sciaccel.stats;

/**
 * scipy.stats' KstestResult: {@code statistic, pvalue} and the extra fields {@code statistic_location} and
 * {@code statistic_sign}.
 */
public record KstestResult(double statistic, double pvalue, double statisticLocation, int statisticSign) {
}
