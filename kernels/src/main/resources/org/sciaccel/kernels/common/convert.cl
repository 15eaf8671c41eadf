/*
 * Stores into OUT_T the way org.sciaccel.Casting does: floating values are truncated toward zero
 * to 64 bits (saturating, NaN -> 0, as Java's (long) cast) and then keep their low bits for the
 * narrow types; bool keeps the low byte like uint8. Requires OUT_T and OUT_KIND.
 */
#include "common/dtypes.cl"

#ifndef OUT_KIND
#error "convert.cl needs OUT_KIND"
#endif

/* Narrows a 64-bit integer to OUT_T keeping the low bits (C99 defines this for unsigned targets). */
inline OUT_T wrap_long_to_out(long v) {
#if OUT_KIND == DT_INT32
    return as_int((uint) v);
#elif OUT_KIND == DT_UINT16
    return (ushort) v;
#elif OUT_KIND == DT_UINT8 || OUT_KIND == DT_BOOL
    return (uchar) v;
#elif OUT_KIND == DT_INT64
    return v;
#elif OUT_KIND == DT_INT8
    return as_char((uchar) v);
#elif OUT_KIND == DT_INT16
    return as_short((ushort) v);
#elif OUT_KIND == DT_UINT32
    return (uint) v;
#elif OUT_KIND == DT_UINT64
    return as_ulong(v);
#else
    return (OUT_T) v;
#endif
}

/* A float or double value stored into OUT_T with Casting's rules. uint64 is C's conversion to unsigned
   long long as x86-64 does it (Casting.toUint64Bits): exact below 2^64, negative values through the
   signed conversion, 0 from 2^64 up, 2^63 for NaN and below -2^63 (the hardware's "indefinite"). */
#if OUT_KIND == DT_UINT64
#define STORE_REAL(v) ((v) >= 0x1p63f ? ((v) < 0x1p64f ? convert_ulong_sat_rtz(v) : (ulong) 0) \
        : (v) >= -0x1p63f ? as_ulong(convert_long_sat_rtz(v)) : (ulong) 0x8000000000000000UL)
#elif DT_IS_INTEGRAL(OUT_KIND)
#define STORE_REAL(v) wrap_long_to_out(convert_long_sat_rtz(v))
#else
#define STORE_REAL(v) ((OUT_T) (v))
#endif
