/*
 * Order-preserving keys of one element type, bit for bit those of the CPU backend (CpuSortKeys):
 * read as ulong, a key orders as NumPy orders the elements (NaN after every number, all NaNs equal;
 * -0.0 equal to 0.0). Needs KIND (common/dtypes.cl's code) and T (the stored type; float16 as ushort).
 *
 *   bool, uint*: the value            int8/16/32: the value + 2^(bits-1)    int64: bits ^ 2^63
 *   floats: a negative float's bits flipped, a positive one's sign bit set; NaN the largest key
 *
 * With -D BIJECTIVE=1, -0.0 keeps its own key just below 0.0's, so that a key maps back to its element
 * (value_of_key; NaN to the default NaN): selection then returns the element itself.
 */
#ifdef BIJECTIVE
#define ZERO_IS_ONE 0
#else
#define ZERO_IS_ONE 1
#endif
#include "common/dtypes.cl"

#if KIND == DT_FLOAT32
inline ulong sort_key(float f) {
    if (isnan(f)) {
        return 0xFFFFFFFFUL;
    }
    uint b = (ZERO_IS_ONE && f == 0.0f) ? 0u : as_uint(f);
    return (ulong) ((b & 0x80000000u) ? ~b : (b | 0x80000000u));
}
#define KEY_BITS 32
#elif KIND == DT_FLOAT64
inline ulong sort_key(double f) {
    if (isnan(f)) {
        return 0xFFFFFFFFFFFFFFFFUL;
    }
    ulong b = (ZERO_IS_ONE && f == 0.0) ? 0UL : as_ulong(f);
    return (b & 0x8000000000000000UL) ? ~b : (b | 0x8000000000000000UL);
}
#define KEY_BITS 64
#elif KIND == DT_FLOAT16
inline ulong sort_key(ushort h) {
    uint b = h;
    if ((b & 0x7C00u) == 0x7C00u && (b & 0x3FFu) != 0u) {
        return 0xFFFFUL;
    }
    if (ZERO_IS_ONE && (b & 0x7FFFu) == 0u) {
        b = 0u;
    }
    return (ulong) ((b & 0x8000u) ? (~b & 0xFFFFu) : (b | 0x8000u));
}
#define KEY_BITS 16
#elif KIND == DT_INT8
inline ulong sort_key(char v) { return (ulong) ((int) v + 128); }
#define KEY_BITS 8
#elif KIND == DT_INT16
inline ulong sort_key(short v) { return (ulong) ((int) v + 32768); }
#define KEY_BITS 16
#elif KIND == DT_INT32
inline ulong sort_key(int v) { return (ulong) ((long) v + 0x80000000L); }
#define KEY_BITS 32
#elif KIND == DT_INT64
inline ulong sort_key(long v) { return as_ulong(v) ^ 0x8000000000000000UL; }
#define KEY_BITS 64
#elif KIND == DT_UINT8 || KIND == DT_BOOL
inline ulong sort_key(uchar v) { return (ulong) v; }
#define KEY_BITS 8
#elif KIND == DT_UINT16
inline ulong sort_key(ushort v) { return (ulong) v; }
#define KEY_BITS 16
#elif KIND == DT_UINT32
inline ulong sort_key(uint v) { return (ulong) v; }
#define KEY_BITS 32
#elif KIND == DT_UINT64
inline ulong sort_key(ulong v) { return v; }
#define KEY_BITS 64
#endif

/* The element of a key (the inverse of sort_key with BIJECTIVE; every NaN key gives the default NaN). */
#if KIND == DT_FLOAT32
inline float value_of_key(ulong k) {
    uint b = (uint) k;
    return b == 0xFFFFFFFFu ? NAN : as_float((b & 0x80000000u) ? (b & 0x7FFFFFFFu) : ~b);
}
#elif KIND == DT_FLOAT64
inline double value_of_key(ulong k) {
    return k == 0xFFFFFFFFFFFFFFFFUL ? (double) NAN
            : as_double((k & 0x8000000000000000UL) ? (k & 0x7FFFFFFFFFFFFFFFUL) : ~k);
}
#elif KIND == DT_FLOAT16
inline ushort value_of_key(ulong k) {
    uint b = (uint) k;
    return b == 0xFFFFu ? (ushort) 0x7E00 : (ushort) ((b & 0x8000u) ? (b & 0x7FFFu) : (~b & 0xFFFFu));
}
#elif KIND == DT_INT8
inline char value_of_key(ulong k) { return (char) ((int) k - 128); }
#elif KIND == DT_INT16
inline short value_of_key(ulong k) { return (short) ((int) k - 32768); }
#elif KIND == DT_INT32
inline int value_of_key(ulong k) { return (int) ((long) k - 0x80000000L); }
#elif KIND == DT_INT64
inline long value_of_key(ulong k) { return as_long(k ^ 0x8000000000000000UL); }
#elif KIND == DT_UINT8 || KIND == DT_BOOL
inline uchar value_of_key(ulong k) { return (uchar) k; }
#elif KIND == DT_UINT16
inline ushort value_of_key(ulong k) { return (ushort) k; }
#elif KIND == DT_UINT32
inline uint value_of_key(ulong k) { return (uint) k; }
#elif KIND == DT_UINT64
inline ulong value_of_key(ulong k) { return k; }
#endif

/* The element at flat position i of line `line` of the (outer, n, inner) view. */
inline size_t line_position(uint line, uint i, uint n, uint inner) {
    uint o = line / inner;
    uint k = line - o * inner;
    return ((size_t) o * n + i) * inner + k;
}
