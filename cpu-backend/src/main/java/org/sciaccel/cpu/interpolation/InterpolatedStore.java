package org.sciaccel.cpu.interpolation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * Stores interpolated doubles as SciPy 1.10's {@code CASE_INTERP_OUT*} does: integers rounded half
 * away from zero (unsigned: negatives to 0) and clamped to the type's range, bool as non-zero,
 * floats cast.
 */
final class InterpolatedStore {
    private InterpolatedStore() {
    }

    /** The value {@code t} takes in an integer or bool {@code dtype} (floats: {@code t} itself). */
    static double round(double t, DType dtype) {
        switch (dtype) {
            case BOOL: return t != 0 ? 1 : 0;
            case UINT8: return clampUnsigned(t, 255.0);
            case UINT16: return clampUnsigned(t, 65535.0);
            case UINT32: return clampUnsigned(t, 4294967295.0);
            case UINT64: return clampUnsigned(t, 18446744073709551615.0);
            case INT8: return clampSigned(t, -128.0, 127.0);
            case INT16: return clampSigned(t, -32768.0, 32767.0);
            case INT32: return clampSigned(t, -2147483648.0, 2147483647.0);
            case INT64: return clampSigned(t, -9223372036854775808.0, 9223372036854775807.0);
            default: return t;
        }
    }

    private static double clampUnsigned(double t, double max) {
        t = t > 0 ? t + 0.5 : 0;
        t = t > max ? max : t;
        return Math.floor(t);
    }

    private static double clampSigned(double t, double min, double max) {
        t = t > 0 ? t + 0.5 : t - 0.5;
        t = t > max ? max : t;
        t = t < min ? min : t;
        return t < 0 ? Math.ceil(t) : Math.floor(t);
    }
}
