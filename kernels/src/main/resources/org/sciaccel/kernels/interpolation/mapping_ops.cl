/*
 * The operations a geometric_transform mapping formula needs beyond C's, with Python's float
 * semantics (SciPy calls a Python mapping): floor division and modulo (CPython's float_floor_div
 * and float_rem), comparisons as 1.0 / 0.0, and NumPy's NaN-propagating minimum and maximum.
 * The generated mapping_eval() calls them; requires HAS_FP64.
 */
inline double py_floor_divide(double a, double b) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0 && ((b < 0.0) != (mod < 0.0))) {
        div -= 1.0;
    }
    if (div != 0.0) {
        double f = floor(div);
        return div - f > 0.5 ? f + 1.0 : f;
    }
    return copysign(0.0, a / b);
}

inline double py_remainder(double a, double b) {
    double mod = fmod(a, b);
    if (mod != 0.0) {
        return (b < 0.0) != (mod < 0.0) ? mod + b : mod;
    }
    return copysign(0.0, b);
}

inline double py_minimum(double a, double b) {
    return isnan(a) || isnan(b) ? NAN : fmin(a, b);
}

inline double py_maximum(double a, double b) {
    return isnan(a) || isnan(b) ? NAN : fmax(a, b);
}

inline double py_bool(int c) {
    return c ? 1.0 : 0.0;
}
