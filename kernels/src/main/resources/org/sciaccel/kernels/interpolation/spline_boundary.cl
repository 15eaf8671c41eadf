/*
 * SciPy 1.10's map_coordinate for the spline interpolation kernels: a coordinate beyond
 * [0, len - 1] folded back once by the boundary mode (codes as org.sciaccel.spi.SplineSampling:
 * 0 nearest, 1 wrap, 2 reflect, 3 mirror, 4 constant, 5 grid-wrap, 6 grid-constant); constant
 * gives -1, read as "outside". The same rules as the CPU's SplineBoundary. Needs HAS_FP64.
 */
#define SPL_NEAREST 0
#define SPL_WRAP 1
#define SPL_REFLECT 2
#define SPL_MIRROR 3
#define SPL_CONSTANT 4
#define SPL_GRID_WRAP 5
#define SPL_GRID_CONSTANT 6

/* The mode of the taps beyond an edge: constant and wrap have no exact spline boundary, mirror stands in. */
#define SPL_TAP_MODE(m) ((m) == SPL_CONSTANT || (m) == SPL_WRAP ? SPL_MIRROR : (m))

inline double spline_map_coordinate(double in, long len, int mode) {
    if (in < 0) {
        if (mode == SPL_MIRROR) {
            if (len <= 1) return 0;
            long sz2 = 2 * len - 2;
            in = sz2 * (long) (-in / sz2) + in;
            return in <= 1 - len ? in + sz2 : -in;
        } else if (mode == SPL_REFLECT) {
            if (len <= 1) return 0;
            long sz2 = 2 * len;
            if (in < -sz2) in = sz2 * (long) (-in / sz2) + in;
            return in < -len ? in + sz2 : (in > -1e-15 ? 1e-15 : -in) - 1;
        } else if (mode == SPL_WRAP) {
            if (len <= 1) return 0;
            long sz = len - 1;
            return in + sz * ((long) (-in / sz) + 1);
        } else if (mode == SPL_GRID_WRAP) {
            if (len <= 1) return 0;
            return in + len * ((long) ((-1 - in) / len) + 1);
        } else if (mode == SPL_NEAREST) {
            return 0;
        } else if (mode == SPL_CONSTANT) {
            return -1;
        }
    } else if (in > len - 1) {
        if (mode == SPL_MIRROR) {
            if (len <= 1) return 0;
            long sz2 = 2 * len - 2;
            in -= sz2 * (long) (in / sz2);
            return in >= len ? sz2 - in : in;
        } else if (mode == SPL_REFLECT) {
            if (len <= 1) return 0;
            long sz2 = 2 * len;
            in -= sz2 * (long) (in / sz2);
            return in >= len ? sz2 - in - 1 : in;
        } else if (mode == SPL_WRAP) {
            if (len <= 1) return 0;
            long sz = len - 1;
            return in - sz * (long) (in / sz);
        } else if (mode == SPL_GRID_WRAP) {
            if (len <= 1) return 0;
            return in - len * (long) (in / len);
        } else if (mode == SPL_NEAREST) {
            return len - 1;
        } else if (mode == SPL_CONSTANT) {
            return -1;
        }
    }
    return in;
}
