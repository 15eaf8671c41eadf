/*
 * Java's Math.max and Math.min on REAL (NaN propagates, -0 below +0), unlike OpenCL's fmax and
 * fmin: kernels that replay a host solver step for step take their comparisons from here.
 */
#ifndef SCIACCEL_FIT_JAVA_MATH_CL
#define SCIACCEL_FIT_JAVA_MATH_CL

inline REAL jmath_max(REAL a, REAL b) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == 0 && b == 0) return signbit(a) ? b : a;
    return a >= b ? a : b;
}

inline REAL jmath_min(REAL a, REAL b) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == 0 && b == 0) return signbit(a) ? a : b;
    return a <= b ? a : b;
}

/* Java's Math.pow(a, 3) (the correctly rounded cube, as nearly always there): a*a*a rounds twice. */
inline REAL jmath_cube(REAL a) {
    REAL p = a * a;
    REAL e = fma(a, a, -p);
    REAL hi = p * a;
    REAL lo = fma(p, a, -hi) + e * a;
    REAL r = hi + lo;
    return isfinite(r) ? r : hi;
}

#endif
