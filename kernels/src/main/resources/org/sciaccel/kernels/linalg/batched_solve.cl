/*
 * Batched small dense systems, one matrix per work-group, the matrix staged in local memory
 * (n <= 32). A failing matrix writes its status (LAPACK's info: first zero pivot / failing leading
 * minor, 1-based) and NaN results; the others are unaffected.
 *
 * Build options: T (float or double). Work-group size: any (queried by the host); the work-items
 * share the row operations, pivot search and divisions run on one work-item (n is small).
 */
#include "common/prelude.cl"

/*
 * Gaussian elimination with partial pivoting (the first row of largest magnitude, as LAPACK's
 * getf2) on the augmented matrix [A | B] (n x (n + k)) in local memory, then back substitution,
 * one right-hand side per work-item. INVERT: B is the identity (k = n) and b is not read.
 * Global range (batch * group), local (group); local memory: n * (n + k) + 1 values of T and two ints.
 */
__kernel void solve_batched(__global const T* restrict a, __global const T* restrict b, __global T* restrict x,
        __global int* restrict status, int n, int k, int invert, __local T* m, __local int* shared) {
    /* the group's index counting the global work offset: the host may run the launch in parts */
    const int t = ((get_global_id(0) - get_local_id(0)) / get_local_size(0));
    const int lid = get_local_id(0);
    const int gs = get_local_size(0);
    const int w = n + k;
    __global const T* at = a + (size_t) t * n * n;
    for (int l = lid; l < n * w; l += gs) {
        int i = l / w, c = l % w;
        T v;
        if (c < n) {
            v = at[i * n + c];
        } else if (invert) {
            v = (c - n == i) ? (T) 1 : (T) 0;
        } else {
            v = b[(size_t) t * n * k + i * k + (c - n)];
        }
        m[l] = v;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int j = 0; j < n; j++) {
        if (lid == 0) {
            int p = j;
            T best = fabs(m[j * w + j]);
            for (int i = j + 1; i < n; i++) {
                T v = fabs(m[i * w + j]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            shared[0] = p;
            shared[1] = m[p * w + j] == (T) 0 ? j + 1 : 0;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        const int p = shared[0];
        if (shared[1] != 0) {
            break; /* uniform: every work-item read the same flag */
        }
        if (p != j) {
            for (int c = lid; c < w; c += gs) {
                T tmp = m[j * w + c];
                m[j * w + c] = m[p * w + c];
                m[p * w + c] = tmp;
            }
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        /* multipliers first (column j below the diagonal), then the trailing update */
        const T d = m[j * w + j];
        for (int i = j + 1 + lid; i < n; i += gs) {
            m[i * w + j] = m[i * w + j] / d;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        const int rows = n - j - 1;
        const int cols = w - j - 1;
        for (int l = lid; l < rows * cols; l += gs) {
            int i = j + 1 + l / cols, c = j + 1 + l % cols;
            m[i * w + c] = m[i * w + c] - m[i * w + j] * m[j * w + c];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    const int info = shared[1];
    __global T* xt = x + (size_t) t * n * k;
    if (info != 0) {
        for (int l = lid; l < n * k; l += gs) {
            xt[l] = (T) NAN;
        }
        if (lid == 0) {
            status[t] = info;
        }
        return;
    }
    for (int c = lid; c < k; c += gs) {
        for (int i = n - 1; i >= 0; i--) {
            T s = m[i * w + n + c];
            for (int q = i + 1; q < n; q++) {
                s = s - m[i * w + q] * m[q * w + n + c];
            }
            s = s / m[i * w + i];
            m[i * w + n + c] = s;
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int l = lid; l < n * k; l += gs) {
        xt[l] = m[(l / k) * w + n + l % k];
    }
    if (lid == 0) {
        status[t] = 0;
    }
}

/*
 * Cholesky factors, LAPACK potrf's left-looking order: for each column j the diagonal on one
 * work-item, then the entries below it shared. LOWER is an argument: 1 reads and writes the lower
 * triangle (a = L L^T), 0 the upper (a = U^T U, U = L^T). Local memory: n * n values of T and one int.
 */
__kernel void cholesky_batched(__global const T* restrict a, __global T* restrict out, __global int* restrict status,
        int n, int lower, __local T* m, __local int* shared) {
    const int t = ((get_global_id(0) - get_local_id(0)) / get_local_size(0));
    const int lid = get_local_id(0);
    const int gs = get_local_size(0);
    __global const T* at = a + (size_t) t * n * n;
    /* m holds L row-major, read from the chosen triangle of a */
    for (int l = lid; l < n * n; l += gs) {
        int i = l / n, c = l % n;
        m[l] = c <= i ? (lower ? at[i * n + c] : at[c * n + i]) : (T) 0;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int j = 0; j < n; j++) {
        if (lid == 0) {
            T d = m[j * n + j];
            for (int p = 0; p < j; p++) {
                d = d - m[j * n + p] * m[j * n + p];
            }
            if (d > (T) 0) {
                m[j * n + j] = sqrt(d);
                shared[0] = 0;
            } else {
                shared[0] = j + 1; /* also for NaN */
            }
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        if (shared[0] != 0) {
            break;
        }
        const T d = m[j * n + j];
        for (int i = j + 1 + lid; i < n; i += gs) {
            T s = m[i * n + j];
            for (int p = 0; p < j; p++) {
                s = s - m[i * n + p] * m[j * n + p];
            }
            m[i * n + j] = s / d;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    const int info = shared[0];
    __global T* ot = out + (size_t) t * n * n;
    for (int l = lid; l < n * n; l += gs) {
        int i = l / n, c = l % n;
        T v = info != 0 ? (T) NAN : (lower ? m[l] : m[c * n + i]);
        ot[l] = v;
    }
    if (lid == 0) {
        status[t] = info;
    }
}
