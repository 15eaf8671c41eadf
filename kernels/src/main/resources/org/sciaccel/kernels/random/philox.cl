/*
 * Philox4x64-10 (Random123's, NumPy's Philox) and the element streams of org.sciaccel.spi.RandomOps:
 * the same steps as org.sciaccel.spi.PhiloxCounter.block and cpu/random/ElementStream, so every
 * backend computes the same words. Counters are ulong4, s0 the least significant word.
 */
#define PHILOX_M0 0xD2E7470EE14C6C93UL
#define PHILOX_M1 0xCA5A826395121157UL
#define PHILOX_W0 0x9E3779B97F4A7C15UL
#define PHILOX_W1 0xBB67AE8584CAA73BUL

/* Ten rounds: (x0, x1, x2, x3) <- (hi(M1 x2) ^ x1 ^ k0, lo(M1 x2), hi(M0 x0) ^ x3 ^ k1, lo(M0 x0)), key bumped between. */
inline ulong4 philox4x64_10(ulong4 x, ulong k0, ulong k1) {
    ulong x0 = x.s0;
    ulong x1 = x.s1;
    ulong x2 = x.s2;
    ulong x3 = x.s3;
#pragma unroll
    for (int r = 0; r < 10; r++) {
        ulong hi0 = mul_hi(PHILOX_M0, x0);
        ulong lo0 = PHILOX_M0 * x0;
        ulong hi1 = mul_hi(PHILOX_M1, x2);
        ulong lo1 = PHILOX_M1 * x2;
        x0 = hi1 ^ x1 ^ k0;
        x1 = lo1;
        x2 = hi0 ^ x3 ^ k1;
        x3 = lo0;
        k0 += PHILOX_W0;
        k1 += PHILOX_W1;
    }
    return (ulong4) (x0, x1, x2, x3);
}

/* base + q (q unsigned), carried through all four words. */
inline ulong4 counter_plus(ulong4 base, ulong q) {
    ulong4 c;
    c.s0 = base.s0 + q;
    ulong carry = c.s0 < base.s0 ? 1UL : 0UL;
    c.s1 = base.s1 + carry;
    carry = (carry != 0 && c.s1 == 0) ? 1UL : 0UL;
    c.s2 = base.s2 + carry;
    carry = (carry != 0 && c.s2 == 0) ? 1UL : 0UL;
    c.s3 = base.s3 + carry;
    return c;
}

/* One element's stream: the words of block(start + i), then of the same counter in lanes 1, 2, ... (+ lane * 2^192). */
typedef struct {
    ulong4 ctr;
    ulong k0;
    ulong k1;
    ulong lane;
    int next;
    ulong words[4];
} element_stream;

inline void stream_store(element_stream* s, ulong4 x) {
    s->words[0] = x.s0;
    s->words[1] = x.s1;
    s->words[2] = x.s2;
    s->words[3] = x.s3;
    s->next = 0;
}

inline void stream_seek(element_stream* s, ulong4 start, ulong k0, ulong k1, ulong i) {
    s->ctr = counter_plus(start, i);
    s->k0 = k0;
    s->k1 = k1;
    s->lane = 0;
    stream_store(s, philox4x64_10(s->ctr, k0, k1));
}

inline ulong stream_next(element_stream* s) {
    if (s->next == 4) {
        s->lane++;
        ulong4 c = s->ctr;
        c.s3 += s->lane;
        stream_store(s, philox4x64_10(c, s->k0, s->k1));
    }
    return s->words[s->next++];
}

#ifdef HAS_FP64
/* (w >> 11) * 2^-53, in [0, 1): NumPy's next_double. */
inline double stream_next_double(element_stream* s) {
    return (double) (stream_next(s) >> 11) * 0x1.0p-53;
}
#endif

/* The arguments every stream kernel takes: the key and the counter of element 0. */
#define STREAM_ARGS ulong k0, ulong k1, ulong c0, ulong c1, ulong c2, ulong c3
#define STREAM_START ((ulong4) (c0, c1, c2, c3))
