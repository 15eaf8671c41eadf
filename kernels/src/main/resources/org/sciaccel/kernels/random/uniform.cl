/*
 * random and uniform in NumPy's order (org.sciaccel.spi.RandomOps#uniform): word t of the stream is word
 * t % 4 of block(base + t / 4), element i takes word firstWord + i. One work-item per block: it computes
 * block q = firstWord / 4 + g once and stores the elements of its four words (eight 32-bit halves for
 * float32).
 */
#include "common/prelude.cl"
#include "random/philox.cl"

#ifdef HAS_FP64
/* float64 low + range * u; random() is low 0, range 1. */
__kernel void random_uniform_float64(STREAM_ARGS, ulong firstWord, long n, long blocks, double low, double range,
        __global double* restrict out) {
    long g = get_global_id(0);
    if (g >= blocks) {
        return;
    }
    ulong q = (firstWord >> 2) + (ulong) g;
    ulong4 x = philox4x64_10(counter_plus(STREAM_START, q), k0, k1);
    ulong w[4] = {x.s0, x.s1, x.s2, x.s3};
    long t0 = (long) (4 * q - firstWord);
    for (int j = 0; j < 4; j++) {
        long i = t0 + j;
        if (i >= 0 && i < n) {
            out[i] = low + range * ((double) (w[j] >> 11) * 0x1.0p-53);
        }
    }
}
#endif

/*
 * float32 (h >> 8) * 2^-24 from 32-bit halves, NumPy's next_float: element 0 is the kept half `pending` when
 * skip is 1; element e + skip takes half firstHalf + e (even: the low 32 bits of its word, odd: the high).
 */
__kernel void random_uniform_float32(STREAM_ARGS, ulong firstHalf, long halves, long blocks, int skip, uint pending,
        __global float* restrict out) {
    long g = get_global_id(0);
    if (g == 0 && skip) {
        out[0] = (float) (pending >> 8) * 0x1.0p-24f;
    }
    if (g >= blocks) {
        return;
    }
    ulong q = (firstHalf >> 3) + (ulong) g;
    ulong4 x = philox4x64_10(counter_plus(STREAM_START, q), k0, k1);
    ulong w[4] = {x.s0, x.s1, x.s2, x.s3};
    long e0 = (long) (8 * q - firstHalf);
    for (int j = 0; j < 8; j++) {
        long e = e0 + j;
        if (e >= 0 && e < halves) {
            uint h = (j & 1) == 0 ? (uint) w[j >> 1] : (uint) (w[j >> 1] >> 32);
            out[e + skip] = (float) (h >> 8) * 0x1.0p-24f;
        }
    }
}
