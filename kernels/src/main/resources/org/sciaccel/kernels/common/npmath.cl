/*
 * NumPy 1.24's per-element semantics where OpenCL C's operators or built-ins differ from NumPy's C loops
 * (npy_math), written once for every OpenCL kernel (the element-wise programs of ufunc/ and the formula
 * kernels), the counterpart of the CPU backend's NpMath. Functions carry their type in a suffix:
 * i8 u8 i16 u16 i32 u32 i64 u64 for the integers, f (float) and d (double, only with HAS_FP64) for the reals,
 * cf (float2) and cd (double2) for complex values held as (real, imaginary). float16 is computed in float and
 * rounded to half after every step (npm_half), as NumPy's half loops do.
 */
#ifndef SCIACCEL_NPMATH_CL
#define SCIACCEL_NPMATH_CL

/* A float rounded to the nearest half (ties to even): NumPy's float16 result of float arithmetic. */
inline float npm_half(float v) {
    ushort h;
    vstore_half_rte(v, 0, (half*) &h);
    return vload_half(0, (const half*) &h);
}

#ifdef HAS_FP64
/* A double rounded once to the nearest half (NumPy's npy_double_to_half). */
inline float npm_half_of_double(double v) {
    ushort h;
    vstore_half_rte(v, 0, (half*) &h);
    return vload_half(0, (const half*) &h);
}
#endif

/* ---- integers ---- */

/* Python's floor division and modulo; a zero divisor gives 0 (NumPy warns), MIN // -1 wraps to MIN. */
#define NPM_SIGNED(T, UT, S) \
inline T npm_floordiv_##S(T a, T b) { \
    if (b == 0) return (T) 0; \
    if (b == (T) -1) return (T) ((UT) 0 - (UT) a); \
    T q = a / b; \
    if (((a > 0) != (b > 0)) && q * b != a) q -= 1; \
    return q; \
} \
inline T npm_rem_##S(T a, T b) { \
    if (b == 0 || b == (T) -1) return (T) 0; \
    T r = a % b; \
    return ((a > 0) == (b > 0) || r == 0) ? r : (T) (r + b); \
}
#define NPM_UNSIGNED(T, S) \
inline T npm_floordiv_##S(T a, T b) { return b == 0 ? (T) 0 : (T) (a / b); } \
inline T npm_rem_##S(T a, T b) { return b == 0 ? (T) 0 : (T) (a % b); }

NPM_SIGNED(char, uchar, i8)
NPM_SIGNED(short, ushort, i16)
NPM_SIGNED(int, uint, i32)
NPM_SIGNED(long, ulong, i64)
NPM_UNSIGNED(uchar, u8)
NPM_UNSIGNED(ushort, u16)
NPM_UNSIGNED(uint, u32)
NPM_UNSIGNED(ulong, u64)

/* x ** y by repeated squaring modulo 2^64 (y read unsigned: a negative exponent was refused already). */
inline ulong npm_ipow(ulong x, ulong y) {
    if (y == 0) return 1;
    ulong out = (y & 1) ? x : 1;
    y >>= 1;
    while (y != 0) {
        x *= x;
        if (y & 1) out *= x;
        y >>= 1;
    }
    return out;
}

/* ---- reals: R is float or double, S its suffix ---- */

#define NPM_REAL(R, S) \
/* npy_divmod's quotient: floor division snapped to the nearest integer; b == 0 gives a / b */ \
inline R npm_floordiv_##S(R a, R b) { \
    if (b == (R) 0) return a / b; \
    R mod = fmod(a, b); \
    R div = (a - mod) / b; \
    if (mod != (R) 0 && ((b < (R) 0) != (mod < (R) 0))) div -= (R) 1; \
    if (div != (R) 0) { \
        R fl = floor(div); \
        if (div - fl > (R) 0.5) fl += (R) 1; \
        return fl; \
    } \
    return copysign((R) 0, a / b); \
} \
/* npy_remainder: the divisor's sign; b == 0 gives fmod's NaN */ \
inline R npm_rem_##S(R a, R b) { \
    R mod = fmod(a, b); \
    if (b == (R) 0) return mod; \
    if (mod != (R) 0) { \
        if ((b < (R) 0) != (mod < (R) 0)) mod += b; \
    } else { \
        mod = copysign((R) 0, b); \
    } \
    return mod; \
} \
inline R npm_sign_##S(R x) { return x > (R) 0 ? (R) 1 : x < (R) 0 ? (R) -1 : x == (R) 0 ? (R) 0 : x; } \
/* clip's _NPY_MAX then _NPY_MIN: a NaN in x or a bound propagates */ \
inline R npm_clip_##S(R x, R lo, R hi) { \
    R m = isnan(x) ? x : (x > lo ? x : lo); \
    return isnan(m) ? m : (m < hi ? m : hi); \
} \
/* x86-64's C conversions of a real to integers (Casting.cConvert): narrow types through a 32-bit \
   truncation (out of range and NaN give INT_MIN), int64 and uint32 through a 64-bit one (LONG_MIN), \
   uint64 as C's (unsigned long long) (Casting.toUint64Bits) */ \
inline long npm_trunc32_##S(R v) { return (v >= (R) -2147483648.0 && v < (R) 2147483648.0) ? (long) (int) v : (long) INT_MIN; } \
inline long npm_trunc64_##S(R v) { return (v >= (R) -9223372036854775808.0 && v < (R) 9223372036854775808.0) ? (long) v : LONG_MIN; } \
inline ulong npm_to_u64_##S(R v) { \
    if (v >= (R) 9223372036854775808.0) return v < (R) 18446744073709551616.0 ? ((ulong) (long) (v - (R) 9223372036854775808.0)) ^ 0x8000000000000000UL : (ulong) 0; \
    return v >= (R) -9223372036854775808.0 ? as_ulong((long) v) : 0x8000000000000000UL; \
}

NPM_REAL(float, f)
#ifdef HAS_FP64
NPM_REAL(double, d)
#endif

/* ---- complex: C is float2 or double2, R its component, S the suffix (cf, cd) ---- */

/* Above these magnitudes 1 is lost against z^2 (2^-26 / 2^-56 relative), so asinh and acosh take log(2z). */
#define NPM_LARGE_cf 8192.0f
#define NPM_LARGE_cd 268435456.0

#define NPM_COMPLEX(C, R, S) \
inline int npm_cgt_##S(C x, C y) { return (x.x > y.x && !isnan(x.y) && !isnan(y.y)) || (x.x == y.x && x.y > y.y); } \
inline int npm_cge_##S(C x, C y) { return (x.x > y.x && !isnan(x.y) && !isnan(y.y)) || (x.x == y.x && x.y >= y.y); } \
inline int npm_clt_##S(C x, C y) { return (x.x < y.x && !isnan(x.y) && !isnan(y.y)) || (x.x == y.x && x.y < y.y); } \
inline int npm_cle_##S(C x, C y) { return (x.x < y.x && !isnan(x.y) && !isnan(y.y)) || (x.x == y.x && x.y <= y.y); } \
inline int npm_cnan_##S(C x) { return isnan(x.x) || isnan(x.y); } \
inline int npm_ctrue_##S(C x) { return x.x != (R) 0 || x.y != (R) 0; } \
inline C npm_cmax_##S(C x, C y) { return (npm_cge_##S(x, y) || npm_cnan_##S(x)) ? x : y; } \
inline C npm_cmin_##S(C x, C y) { return (npm_cle_##S(x, y) || npm_cnan_##S(x)) ? x : y; } \
inline C npm_cfmax_##S(C x, C y) { return (npm_cge_##S(x, y) || npm_cnan_##S(y)) ? x : y; } \
inline C npm_cfmin_##S(C x, C y) { return (npm_cle_##S(x, y) || npm_cnan_##S(y)) ? x : y; } \
inline C npm_cclip_##S(C x, C lo, C hi) { \
    C m = (npm_cnan_##S(x) || npm_cgt_##S(x, lo)) ? x : lo; \
    return (npm_cnan_##S(m) || npm_clt_##S(m, hi)) ? m : hi; \
} \
inline C npm_cmul_##S(C a, C b) { return (C) (a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x); } \
/* NumPy's complex division (Smith's method; a zero divisor gives inf or NaN parts) */ \
inline C npm_cdiv_##S(C a, C b) { \
    R abr = fabs(b.x), abi = fabs(b.y); \
    if (abr >= abi) { \
        if (abr == (R) 0 && abi == (R) 0) return (C) (a.x / abr, a.y / abr); \
        R rat = b.y / b.x; \
        R scl = (R) 1 / (b.x + b.y * rat); \
        return (C) ((a.x + a.y * rat) * scl, (a.y - a.x * rat) * scl); \
    } \
    R rat = b.x / b.y; \
    R scl = (R) 1 / (b.y + b.x * rat); \
    return (C) ((a.x * rat + a.y) * scl, (a.y * rat - a.x) * scl); \
} \
inline C npm_crecip_##S(C z) { \
    if (fabs(z.y) <= fabs(z.x)) { \
        R q = z.y / z.x; \
        R d = z.x + z.y * q; \
        return (C) ((R) 1 / d, -q / d); \
    } \
    R q = z.x / z.y; \
    R d = z.x * q + z.y; \
    return (C) (q / d, (R) -1 / d); \
} \
inline C npm_cexp_##S(C z) { \
    if (z.y == (R) 0 && !isnan(z.x)) return (C) (exp(z.x), z.y); \
    if (isinf(z.x)) { \
        if (z.x < (R) 0 && !isfinite(z.y)) return (C) ((R) 0, (R) 0); \
        if (z.x > (R) 0 && !isfinite(z.y)) return (C) (z.x, NAN); \
    } \
    R e = exp(z.x); \
    return (C) (e * cos(z.y), e * sin(z.y)); \
} \
inline C npm_clog_##S(C z) { return (C) (log(hypot(z.x, z.y)), atan2(z.y, z.x)); } \
/* C99's csqrt, special values included */ \
inline C npm_csqrt_##S(C z) { \
    R r = z.x, i = z.y; \
    if (isinf(i)) return (C) (INFINITY, i); \
    if (isnan(r)) return (C) (r, NAN); \
    if (isinf(r)) { \
        if (r > (R) 0) return (C) (r, isnan(i) ? i : copysign((R) 0, i)); \
        return (C) (isnan(i) ? i : (R) 0, copysign((R) INFINITY, i)); \
    } \
    if (isnan(i)) return (C) (NAN, NAN); \
    if (r == (R) 0 && i == (R) 0) return (C) ((R) 0, i); \
    R ar = fabs(r), ai = fabs(i); \
    R big = (R) 1e30; \
    R t = (ar > big || ai > big) \
        ? sqrt((ar * (R) 0.0625 + hypot(ar * (R) 0.0625, ai * (R) 0.0625)) * (R) 0.5) * (R) 4 \
        : sqrt((ar + hypot(ar, ai)) * (R) 0.5); \
    if (r >= (R) 0) return (C) (t, i / (2 * t)); \
    return (C) (ai / (2 * t), copysign(t, i)); \
} \
/* npy_cpow: exact small integer powers, 0 ** b as NumPy, else exp(b log a) */ \
inline C npm_cpow_##S(C a, C b) { \
    if (b.x == (R) 0 && b.y == (R) 0) return (C) ((R) 1, (R) 0); \
    if (a.x == (R) 0 && a.y == (R) 0) return (b.x > (R) 0 && b.y == (R) 0) ? (C) ((R) 0, (R) 0) : (C) (NAN, NAN); \
    if (b.y == (R) 0 && b.x == trunc(b.x) && fabs(b.x) < (R) 100) { \
        long n = (long) b.x; \
        if (n == 1) return a; \
        if (n == 2) return npm_cmul_##S(a, a); \
        if (n == 3) return npm_cmul_##S(a, npm_cmul_##S(a, a)); \
        long m = n < 0 ? -n : n; \
        C aa = (C) ((R) 1, (R) 0), p = a; \
        long mask = 1; \
        while (1) { \
            if (m & mask) aa = npm_cmul_##S(aa, p); \
            mask <<= 1; \
            if (m < mask || mask <= 0) break; \
            p = npm_cmul_##S(p, p); \
        } \
        return n < 0 ? npm_cdiv_##S((C) ((R) 1, (R) 0), aa) : aa; \
    } \
    C l = npm_clog_##S(a); \
    return npm_cexp_##S((C) (b.x * l.x - b.y * l.y, b.x * l.y + b.y * l.x)); \
} \
/* sinh, cosh and tanh with C99's special values (as NumPy's platform functions), where the plain \
   formulas would take 0 times infinity; sin z = -i sinh(iz), cos z = cosh(iz) inherit them. */ \
inline C npm_csinh_##S(C z) { \
    if (z.y == (R) 0) return (C) (sinh(z.x), z.y); \
    if (!isfinite(z.y) && (z.x == (R) 0 || isinf(z.x))) return (C) (z.x, NAN); \
    return (C) (sinh(z.x) * cos(z.y), cosh(z.x) * sin(z.y)); \
} \
inline C npm_ccosh_##S(C z) { \
    if (z.y == (R) 0) \
        return (C) (cosh(z.x), isfinite(z.x) ? sinh(z.x) * z.y : isnan(z.x) ? z.y : copysign((R) 1, z.x) * z.y); \
    if (!isfinite(z.y) && z.x == (R) 0) return (C) (NAN, z.x); \
    if (!isfinite(z.y) && isinf(z.x)) return (C) (INFINITY, NAN); \
    return (C) (cosh(z.x) * cos(z.y), sinh(z.x) * sin(z.y)); \
} \
inline C npm_csin_##S(C z) { C t = npm_csinh_##S((C) (-z.y, z.x)); return (C) (t.y, -t.x); } \
inline C npm_ccos_##S(C z) { return npm_ccosh_##S((C) (-z.y, z.x)); } \
inline C npm_ctanh_##S(C z) { \
    if (isinf(z.x)) return (C) (copysign((R) 1, z.x), copysign((R) 0, isfinite(z.y) ? sin(2 * z.y) : (R) 1)); \
    if (z.x == (R) 0) return (C) (z.x, tan(z.y)); \
    if (z.y == (R) 0) return (C) (tanh(z.x), z.y); \
    if (fabs(z.x) > (R) 22) return (C) (copysign((R) 1, z.x), 4 * sin(z.y) * cos(z.y) * exp(-2 * fabs(z.x))); \
    R d = cosh(2 * z.x) + cos(2 * z.y); \
    return (C) (sinh(2 * z.x) / d, sin(2 * z.y) / d); \
} \
inline C npm_ctan_##S(C z) { C t = npm_ctanh_##S((C) (-z.y, z.x)); return (C) (t.y, -t.x); } \
inline C npm_casinh_##S(C z) { \
    int neg = z.x < (R) 0 || (z.x == (R) 0 && signbit(z.x)); \
    R x = neg ? -z.x : z.x, y = neg ? -z.y : z.y; \
    if (x > NPM_LARGE_##S || fabs(y) > NPM_LARGE_##S) { \
        /* sqrt(z^2 + 1) = z to working precision, and z^2 would overflow: asinh(z) = log(2z) */ \
        C l = npm_clog_##S((C) (x, y)); \
        l.x += (R) 0.6931471805599453; \
        return neg ? -l : l; \
    } \
    C s = npm_csqrt_##S((C) (x * x - y * y + (R) 1, 2 * x * y)); \
    C r = npm_clog_##S((C) (x + s.x, y + s.y)); \
    return neg ? -r : r; \
} \
inline C npm_casin_##S(C z) { C t = npm_casinh_##S((C) (-z.y, z.x)); return (C) (t.y, -t.x); } \
inline C npm_cacos_##S(C z) { C t = npm_casin_##S(z); return (C) ((R) 1.5707963267948966 - t.x, -t.y); } \
inline C npm_cacosh_##S(C z) { \
    if (fabs(z.x) > NPM_LARGE_##S || fabs(z.y) > NPM_LARGE_##S) { \
        /* sqrt(z + 1) sqrt(z - 1) = z to working precision (either side of the cut): log(2z) */ \
        C l = npm_clog_##S(z); \
        l.x += (R) 0.6931471805599453; \
        return l; \
    } \
    C a = npm_csqrt_##S((C) (z.x + (R) 1, z.y)); \
    C b = npm_csqrt_##S((C) (z.x - (R) 1, z.y)); \
    C p = npm_cmul_##S(a, b); \
    return npm_clog_##S((C) (z.x + p.x, z.y + p.y)); \
} \
inline C npm_clog1p_##S(C z) { return (C) (log(hypot(z.x + (R) 1, z.y)), atan2(z.y, z.x + (R) 1)); } \
inline C npm_catanh_##S(C z) { \
    /* C99's catanh where a part is infinite or NaN (as NumPy's platform function) */ \
    if (isinf(z.y)) return (C) (copysign((R) 0, z.x), copysign((R) 1.5707963267948966, z.y)); \
    if (isinf(z.x) || (z.x == (R) 0 && isnan(z.y))) \
        return (C) (copysign((R) 0, z.x), isnan(z.y) ? (R) NAN : copysign((R) 1.5707963267948966, z.y)); \
    if (isnan(z.x) || isnan(z.y)) return (C) (NAN, NAN); \
    C a = npm_clog1p_##S(z); \
    C b = npm_clog1p_##S(-z); \
    return (C) ((R) 0.5 * (a.x - b.x), (R) 0.5 * (a.y - b.y)); \
} \
inline C npm_catan_##S(C z) { C t = npm_catanh_##S((C) (-z.y, z.x)); return (C) (t.y, -t.x); } \
inline C npm_cexpm1_##S(C z) { \
    R a = sin(z.y / 2); \
    return (C) (expm1(z.x) * cos(z.y) - 2 * a * a, exp(z.x) * sin(z.y)); \
} \
inline C npm_cexp2_##S(C z) { return npm_cexp_##S(z * (R) 0.6931471805599453); } \
inline C npm_clog2_##S(C z) { return npm_clog_##S(z) * (R) 1.4426950408889634; } \
inline C npm_clog10_##S(C z) { return npm_clog_##S(z) * (R) 0.4342944819032518; } \
/* NumPy 1.24's complex sign: by the lexicographic order against 0, imaginary part 0 */ \
inline C npm_csign_##S(C z) { \
    C zero = (C) ((R) 0, (R) 0); \
    return (C) (npm_cgt_##S(z, zero) ? (R) 1 : npm_clt_##S(z, zero) ? (R) -1 : (z.x == (R) 0 && z.y == (R) 0) ? (R) 0 : NAN, (R) 0); \
} \
inline R npm_cabs_##S(C z) { return hypot(z.x, z.y); }

NPM_COMPLEX(float2, float, cf)
#ifdef HAS_FP64
NPM_COMPLEX(double2, double, cd)
#endif

#endif
