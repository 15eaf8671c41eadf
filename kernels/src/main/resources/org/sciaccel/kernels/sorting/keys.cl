/*
 * Order-preserving keys of one element type, bit for bit those of the CPU backend (CpuSortKeys):
 * read as ulong, a key orders as NumPy orders the elements (NaN after every number, all NaNs equal;
 * -0.0 equal to 0.0). Needs KIND (common/dtypes.cl's code) and T (the stored type; float16 as ushort).
 *
 *   bool, uint*: the value            int8/16/32: the value + 2^(bits-1)    int64: bits ^ 2^63
 *   floats: a negative float's bits flipped, a positive one's sign bit set; NaN the largest key
 */
#include "common/dtypes.cl"

#if KIND == DT_FLOAT32
inline ulong sort_key(float f) {
    if (isnan(f)) {
        return 0xFFFFFFFFUL;
    }
    uint b = f == 0.0f ? 0u : as_uint(f);
    return (ulong) ((b & 0x80000000u) ? ~b : (b | 0x80000000u));
}
#define KEY_BITS 32
#elif KIND == DT_FLOAT64
inline ulong sort_key(double f) {
    if (isnan(f)) {
        return 0xFFFFFFFFFFFFFFFFUL;
    }
    ulong b = f == 0.0 ? 0UL : as_ulong(f);
    return (b & 0x8000000000000000UL) ? ~b : (b | 0x8000000000000000UL);
}
#define KEY_BITS 64
#elif KIND == DT_FLOAT16
inline ulong sort_key(ushort h) {
    uint b = h;
    if ((b & 0x7C00u) == 0x7C00u && (b & 0x3FFu) != 0u) {
        return 0xFFFFUL;
    }
    if ((b & 0x7FFFu) == 0u) {
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

/* The element at flat position i of line `line` of the (outer, n, inner) view. */
inline size_t line_position(uint line, uint i, uint n, uint inner) {
    uint o = line / inner;
    uint k = line - o * inner;
    return ((size_t) o * n + i) * inner + k;
}
