package org.sciaccel.cpu.interpolation;

import org.sciaccel.spi.SplineSampling;

/**
 * The taps of one axis for one sample coordinate, as SciPy 1.10's {@code NI_GeometricTransform}
 * finds them: the coordinate shifted by the prefilter's padding and (except for {@code nearest}
 * and {@code grid-constant}) mapped inside by the mode; {@code constant} beyond the edges makes the
 * whole sample {@code cval}; the {@code order + 1} tap indices, those beyond an edge mapped by the
 * tap mode ({@code grid-constant}: flagged, their coefficient is cval), and their weights.
 */
final class AxisTaps {
    /** Marks a tap whose coefficient is cval ({@code grid-constant} beyond the edge). */
    static final long CVAL_TAP = Long.MIN_VALUE;

    private AxisTaps() {
    }

    /**
     * Fills {@code offsets[off .. off + order]} with the taps' element offsets ({@code index * stride},
     * or {@link #CVAL_TAP}) and {@code weights[off ...]} with their weights (order 0: none).
     *
     * @return false when the sample is cval altogether
     */
    static boolean find(double coordinate, int npad, int len, long stride, int order, int mode,
            long[] offsets, double[] weights, int off) {
        double cc = coordinate + npad;
        if (cc >= 0 && cc <= len - 1) {
            // inside: no mode maps the coordinate; when every tap is inside too, none maps a tap
            long first = SplineBasis.start(cc, order);
            if (first >= 0 && first + order < len) {
                for (int k = 0; k <= order; k++) {
                    offsets[off + k] = (first + k) * stride;
                }
                if (order > 0) {
                    SplineBasis.weights(cc, order, weights, off);
                }
                return true;
            }
        }
        if (mode != SplineSampling.GRID_CONSTANT && mode != SplineSampling.NEAREST) {
            cc = SplineBoundary.map(cc, len, mode);
        }
        if (!(cc > -1.0 || mode == SplineSampling.GRID_CONSTANT || mode == SplineSampling.NEAREST)) {
            return false;
        }
        long start = SplineBasis.start(cc, order);
        int tapMode = SplineSampling.tapModeCode(mode);
        for (int k = 0; k <= order; k++) {
            long idx = start + k;
            if (idx < 0 || idx >= len) {
                if (mode == SplineSampling.GRID_CONSTANT) {
                    offsets[off + k] = CVAL_TAP;
                    continue;
                }
                idx = (long) SplineBoundary.map(idx, len, tapMode);
            }
            offsets[off + k] = idx * stride;
        }
        if (order > 0) {
            SplineBasis.weights(cc, order, weights, off);
        }
        return true;
    }
}
