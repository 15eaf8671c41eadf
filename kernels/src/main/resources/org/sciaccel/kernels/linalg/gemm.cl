/*
 * Matrix products C[t] = op(A[aIndex[t]]) op(B[bIndex[t]]) for a batch of products (numpy.matmul
 * with broadcast batch dimensions resolved by the host into the index arrays).
 *
 * Build options:
 *   E        element type: float, double, float2 or double2 (complex as (re, im) pairs)
 *   COMPLEX  1 for the complex types
 *   TRANS_A, TRANS_B   1: the operand is stored transposed (op = transpose)
 *   CONJ_A, CONJ_B     1: and conjugated (op = conjugate transpose)
 *   RTS      work-group edge (RTS x RTS work-items), chosen by the host from the device's limits
 *   WPT      outputs per work-item along each axis; the tile edge is TS = RTS * WPT
 *   TSK      depth of a tile along k
 * Sums run in E's precision in k order, as a BLAS inner product does.
 */
#include "common/prelude.cl"

#define TS (RTS * WPT)

#if COMPLEX
#define ZERO ((E) (0))
#define MAC(acc, u, w) (acc) = (E) ((acc).x + (u).x * (w).x - (u).y * (w).y, (acc).y + (u).x * (w).y + (u).y * (w).x)
#else
#define ZERO ((E) 0)
#define MAC(acc, u, w) (acc) = (acc) + (u) * (w)
#endif

#if COMPLEX && CONJ_A
#define CJA(v) ((E) ((v).x, -(v).y))
#else
#define CJA(v) (v)
#endif
#if COMPLEX && CONJ_B
#define CJB(v) ((E) ((v).x, -(v).y))
#else
#define CJB(v) (v)
#endif

/* Element (i, p) of op(A) (M x K) and (p, j) of op(B) (K x N), read strided when stored transposed. */
#if TRANS_A
#define A_AT(a, i, p) CJA((a)[(size_t) (p) * M + (i)])
#else
#define A_AT(a, i, p) CJA((a)[(size_t) (i) * K + (p)])
#endif
#if TRANS_B
#define B_AT(b, p, j) CJB((b)[(size_t) (j) * K + (p)])
#else
#define B_AT(b, p, j) CJB((b)[(size_t) (p) * N + (j)])
#endif

/*
 * Tiled product: a work-group computes a TS x TS tile of C; each work-item WPT x WPT outputs spaced
 * RTS apart (so neighbouring work-items touch neighbouring addresses), accumulated in registers
 * from TSK-deep tiles of op(A) and op(B) staged in local memory. Global range (ceil(N/TS)*RTS,
 * ceil(M/TS)*RTS, batch), local (RTS, RTS, 1).
 */
__kernel void gemm_tiled(__global const E* restrict A, __global const E* restrict B, __global E* restrict C,
        __global const int* restrict aIndex, __global const int* restrict bIndex, int M, int N, int K) {
    const int tx = get_local_id(0);
    const int ty = get_local_id(1);
    /* the group's index counting the global work offset: the host may run the launch in parts */
    const int col0 = ((get_global_id(0) - get_local_id(0)) / get_local_size(0)) * TS;
    const int row0 = ((get_global_id(1) - get_local_id(1)) / get_local_size(1)) * TS;
    const int t = get_global_id(2);
    __global const E* a = A + (size_t) aIndex[t] * M * K;
    __global const E* b = B + (size_t) bIndex[t] * K * N;
    __global E* c = C + (size_t) t * M * N;
    __local E As[TSK][TS];
    __local E Bs[TSK][TS];
    E acc[WPT][WPT];
    for (int wi = 0; wi < WPT; wi++) {
        for (int wj = 0; wj < WPT; wj++) {
            acc[wi][wj] = ZERO;
        }
    }
    const int lid = ty * RTS + tx;
    for (int k0 = 0; k0 < K; k0 += TSK) {
        for (int l = lid; l < TS * TSK; l += RTS * RTS) {
#if TRANS_A
            int i = l % TS, p = l / TS; /* consecutive work-items read consecutive stored columns */
#else
            int i = l / TSK, p = l % TSK;
#endif
            As[p][i] = (row0 + i < M && k0 + p < K) ? A_AT(a, row0 + i, k0 + p) : ZERO;
        }
        for (int l = lid; l < TS * TSK; l += RTS * RTS) {
#if TRANS_B
            int j = l / TSK, p = l % TSK;
#else
            int j = l % TS, p = l / TS;
#endif
            Bs[p][j] = (k0 + p < K && col0 + j < N) ? B_AT(b, k0 + p, col0 + j) : ZERO;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int p = 0; p < TSK; p++) {
            E bv[WPT];
            for (int wj = 0; wj < WPT; wj++) {
                bv[wj] = Bs[p][tx + wj * RTS];
            }
            for (int wi = 0; wi < WPT; wi++) {
                E av = As[p][ty + wi * RTS];
                for (int wj = 0; wj < WPT; wj++) {
                    MAC(acc[wi][wj], av, bv[wj]);
                }
            }
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    for (int wi = 0; wi < WPT; wi++) {
        int i = row0 + ty + wi * RTS;
        for (int wj = 0; wj < WPT; wj++) {
            int j = col0 + tx + wj * RTS;
            if (i < M && j < N) {
                c[(size_t) i * N + j] = acc[wi][wj];
            }
        }
    }
}

/*
 * Many small products: one work-item per output element, global range (N, M, batch); the operands
 * of a small matrix stay in cache, and no work-group sits mostly idle on a tile larger than the matrix.
 */
__kernel void gemm_small(__global const E* restrict A, __global const E* restrict B, __global E* restrict C,
        __global const int* restrict aIndex, __global const int* restrict bIndex, int M, int N, int K) {
    const int j = get_global_id(0);
    const int i = get_global_id(1);
    const int t = get_global_id(2);
    if (i >= M || j >= N) {
        return;
    }
    __global const E* a = A + (size_t) aIndex[t] * M * K;
    __global const E* b = B + (size_t) bIndex[t] * K * N;
    E acc = ZERO;
    for (int p = 0; p < K; p++) {
        E x = A_AT(a, i, p);
        E y = B_AT(b, p, j);
        MAC(acc, x, y);
    }
    C[(size_t) t * M * N + (size_t) i * N + j] = acc;
}
