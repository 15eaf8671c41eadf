package org.sciaccel.cpu.interpolation;

import org.sciaccel.spi.SplineSampling;

/**
 * SciPy 1.10's {@code map_coordinate}: a coordinate beyond {@code [0, len - 1]} mapped back inside
 * by the boundary mode (one fold, as SciPy; {@code constant} gives -1, which the caller reads as
 * "outside"). Used for the sample coordinate and, with {@link SplineSampling#tapModeCode}, for the
 * indices of the taps beyond an edge. The OpenCL include {@code interpolation/spline_boundary.cl}
 * implements the same rules.
 */
final class SplineBoundary {
    private SplineBoundary() {
    }

    static double map(double in, long len, int mode) {
        if (in < 0) {
            switch (mode) {
                case SplineSampling.MIRROR:
                    if (len <= 1) {
                        return 0;
                    } else {
                        long sz2 = 2 * len - 2;
                        in = sz2 * (long) (-in / sz2) + in;
                        return in <= 1 - len ? in + sz2 : -in;
                    }
                case SplineSampling.REFLECT:
                    if (len <= 1) {
                        return 0;
                    } else {
                        long sz2 = 2 * len;
                        if (in < -sz2) {
                            in = sz2 * (long) (-in / sz2) + in;
                        }
                        // a tiny negative coordinate must not land on -1 exactly
                        return in < -len ? in + sz2 : (in > -1e-15 ? 1e-15 : -in) - 1;
                    }
                case SplineSampling.WRAP:
                    if (len <= 1) {
                        return 0;
                    } else {
                        long sz = len - 1;
                        return in + sz * ((long) (-in / sz) + 1);
                    }
                case SplineSampling.GRID_WRAP:
                    if (len <= 1) {
                        return 0;
                    } else {
                        return in + len * ((long) ((-1 - in) / len) + 1);
                    }
                case SplineSampling.NEAREST:
                    return 0;
                case SplineSampling.CONSTANT:
                    return -1;
                default:
                    return in;
            }
        } else if (in > len - 1) {
            switch (mode) {
                case SplineSampling.MIRROR:
                    if (len <= 1) {
                        return 0;
                    } else {
                        long sz2 = 2 * len - 2;
                        in -= sz2 * (long) (in / sz2);
                        return in >= len ? sz2 - in : in;
                    }
                case SplineSampling.REFLECT:
                    if (len <= 1) {
                        return 0;
                    } else {
                        long sz2 = 2 * len;
                        in -= sz2 * (long) (in / sz2);
                        return in >= len ? sz2 - in - 1 : in;
                    }
                case SplineSampling.WRAP:
                    if (len <= 1) {
                        return 0;
                    } else {
                        long sz = len - 1;
                        return in - sz * (long) (in / sz);
                    }
                case SplineSampling.GRID_WRAP:
                    if (len <= 1) {
                        return 0;
                    } else {
                        return in - len * (long) (in / len);
                    }
                case SplineSampling.NEAREST:
                    return len - 1;
                case SplineSampling.CONSTANT:
                    return -1;
                default:
                    return in;
            }
        }
        return in;
    }
}
