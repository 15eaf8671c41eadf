package org.sciaccel.stats;

/**
 * scipy.stats.linregress's LinregressResult: {@code slope, intercept, rvalue, pvalue, stderr} and the extra field
 * {@code intercept_stderr}.
 */
public record LinregressResult(double slope, double intercept, double rvalue, double pvalue, double stderr,
        double interceptStderr) {
}
