/*
 * The B-spline tap weights of orders 0 to 5 around coordinate x, computed term for term as SciPy
 * 1.10's get_spline_interpolation_weights (the last weight is 1 minus the others), and the first
 * tap's index. The same as the CPU's SplineBasis. Needs HAS_FP64.
 */
inline long spline_start(double x, int order) {
    return (order & 1) ? (long) floor(x) - order / 2 : (long) floor(x + 0.5) - order / 2;
}

inline void spline_weights(double x, int order, double* w) {
    double d = x - floor((order & 1) ? x : x + 0.5);
    double y, z, t;
    if (order == 0) {
        w[0] = 1.0;
        return;
    } else if (order == 1) {
        w[0] = 1.0 - d;
    } else if (order == 2) {
        w[1] = 0.75 - d * d;
        y = 0.5 - d;
        w[0] = 0.5 * y * y;
    } else if (order == 3) {
        y = d;
        z = 1.0 - d;
        w[1] = (y * y * (y - 2.0) * 3.0 + 4.0) / 6.0;
        w[2] = (z * z * (z - 2.0) * 3.0 + 4.0) / 6.0;
        w[0] = z * z * z / 6.0;
    } else if (order == 4) {
        z = 1.0 - d;
        t = d * d;
        w[2] = t * (t * 0.25 - 0.625) + 115.0 / 192.0;
        y = 1.0 + d;
        w[1] = y * (y * (y * (5.0 - y) / 6.0 - 1.25) + 5.0 / 24.0) + 55.0 / 96.0;
        w[3] = z * (z * (z * (5.0 - z) / 6.0 - 1.25) + 5.0 / 24.0) + 55.0 / 96.0;
        y = 0.5 - d;
        t = y * y;
        w[0] = t * t / 24.0;
    } else {
        y = d;
        z = 1.0 - d;
        t = y * y;
        w[2] = t * (t * (0.25 - y / 12.0) - 0.5) + 0.55;
        t = z * z;
        w[3] = t * (t * (0.25 - z / 12.0) - 0.5) + 0.55;
        y += 1.0;
        w[1] = y * (y * (y * (y * (y / 24.0 - 0.375) + 1.25) - 1.75) + 0.625) + 0.425;
        z += 1.0;
        w[4] = z * (z * (z * (z * (z / 24.0 - 0.375) + 1.25) - 1.75) + 0.625) + 0.425;
        y = 1.0 - d;
        t = y * y;
        w[0] = y * t * t / 120.0;
    }
    double last = 1.0;
    for (int i = 0; i < order; i++) {
        last -= w[i];
    }
    w[order] = last;
}
