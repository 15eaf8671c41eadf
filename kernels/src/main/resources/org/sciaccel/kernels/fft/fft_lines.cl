/*
 * The data movement around the Stockham passes, on arrays viewed as outer x len x inner.
 * Build options: REAL_T, CPLX_T, KERNEL_SUFFIX, HAS_FP64 where available.
 * Work-items of the line kernels: dimension 0 = i (inner), 1 = t (position along the axis), 2 = o.
 */
#include "common/prelude.cl"
#include "common/complex.cl"

/* out (outer x lenOut x inner) = in (outer x lenIn x inner) cropped or zero-padded along the axis. */
__kernel void KERNEL_NAME(fft_pad_complex)(__global const CPLX_T* restrict in, __global CPLX_T* restrict out,
        int lenIn, int lenOut, int inner, int outer, int copy) {
    int i = (int) get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (i >= inner || t >= lenOut || o >= outer) {
        return;
    }
    out[((long) o * lenOut + t) * inner + i] = t < copy ? in[((long) o * lenIn + t) * inner + i] : (CPLX_T) (0, 0);
}

/* As fft_pad_complex from a real input: the imaginary parts are zero. */
__kernel void KERNEL_NAME(fft_pad_real)(__global const REAL_T* restrict in, __global CPLX_T* restrict out,
        int lenIn, int lenOut, int inner, int outer, int copy) {
    int i = (int) get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (i >= inner || t >= lenOut || o >= outer) {
        return;
    }
    REAL_T v = t < copy ? in[((long) o * lenIn + t) * inner + i] : (REAL_T) 0;
    out[((long) o * lenOut + t) * inner + i] = (CPLX_T) (v, 0);
}

/*
 * The full spectrum of length n of a Hermitian signal from its first values (copy = at most
 * n/2 + 1 of them): X[t] for t < n/2 + 1, conj(X[n - t]) above. The imaginary parts of X[0] and
 * X[n/2] only reach the imaginary part of the inverse, which fft_real_part drops, as pocketfft does.
 */
__kernel void KERNEL_NAME(fft_hermitian_extend)(__global const CPLX_T* restrict in, __global CPLX_T* restrict out,
        int lenIn, int n, int inner, int outer, int copy) {
    int i = (int) get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (i >= inner || t >= n || o >= outer) {
        return;
    }
    int nonNegative = n / 2 + 1;
    int src = t < nonNegative ? t : n - t;
    CPLX_T v = src < copy ? in[((long) o * lenIn + src) * inner + i] : (CPLX_T) (0, 0);
    out[((long) o * n + t) * inner + i] = t < nonNegative ? v : cconj(v);
}

/* out[e] = scale * Re(in[e]) for e < count. */
__kernel void KERNEL_NAME(fft_real_part)(__global const CPLX_T* restrict in, __global REAL_T* restrict out,
        long count, REAL_T scale) {
    long e = get_global_id(0);
    if (e < count) {
        out[e] = in[e].x * scale;
    }
}

/* out[e] = conj(in[e]) for e < count. */
__kernel void KERNEL_NAME(fft_conj)(__global const CPLX_T* restrict in, __global CPLX_T* restrict out, long count) {
    long e = get_global_id(0);
    if (e < count) {
        out[e] = cconj(in[e]);
    }
}

/*
 * Bluestein, step 1: a (outer x m x inner) = x[t] * chirp[t] for t < n, 0 beyond; chirp is
 * exp(-pi i t^2/n), conjugated for the inverse (sign -1).
 */
__kernel void KERNEL_NAME(bluestein_premultiply)(__global const CPLX_T* restrict x, __global CPLX_T* restrict a,
        __global const CPLX_T* restrict chirp, int n, int m, int inner, int outer, int sign) {
    int i = (int) get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (i >= inner || t >= m || o >= outer) {
        return;
    }
    CPLX_T v = (CPLX_T) (0, 0);
    if (t < n) {
        CPLX_T c = chirp[t];
        if (sign < 0) {
            c = cconj(c);
        }
        v = cmul(x[((long) o * n + t) * inner + i], c);
    }
    a[((long) o * m + t) * inner + i] = v;
}

/* Bluestein, step 2: a[o, t, i] *= kernel[t] (the transformed chirp of the direction). */
__kernel void KERNEL_NAME(bluestein_pointwise)(__global CPLX_T* restrict a, __global const CPLX_T* restrict spectrum,
        int m, int inner, int outer) {
    int i = (int) get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (i >= inner || t >= m || o >= outer) {
        return;
    }
    long at = ((long) o * m + t) * inner + i;
    a[at] = cmul(a[at], spectrum[t]);
}

/* Bluestein, step 3: y[t] = scale * chirp[t] * a[t] for t < n (scale includes the 1/m of the inverse). */
__kernel void KERNEL_NAME(bluestein_postmultiply)(__global const CPLX_T* restrict a, __global CPLX_T* restrict y,
        __global const CPLX_T* restrict chirp, int n, int m, int inner, int outer, int sign, REAL_T scale) {
    int i = (int) get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (i >= inner || t >= n || o >= outer) {
        return;
    }
    CPLX_T c = chirp[t];
    if (sign < 0) {
        c = cconj(c);
    }
    y[((long) o * n + t) * inner + i] = cmul(a[((long) o * m + t) * inner + i], c) * scale;
}

/* numpy.roll along one axis on raw bytes: row t of each outer block moves to (t + shift) mod len. */
__kernel void fft_roll_bytes(__global const uchar* restrict in, __global uchar* restrict out,
        int len, long rowBytes, int outer, int shift) {
    long b = get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (b >= rowBytes || t >= len || o >= outer) {
        return;
    }
    int d = t + shift;
    if (d >= len) {
        d -= len;
    }
    out[((long) o * len + d) * rowBytes + b] = in[((long) o * len + t) * rowBytes + b];
}

/* out[e] = in[e] * scale for e < count. */
__kernel void KERNEL_NAME(fft_scale)(__global const CPLX_T* restrict in, __global CPLX_T* restrict out, long count,
        REAL_T scale) {
    long e = get_global_id(0);
    if (e < count) {
        out[e] = in[e] * scale;
    }
}

/* z[e] = x[e] * y[e] (complex) for e < count. */
__kernel void KERNEL_NAME(fft_multiply)(__global const CPLX_T* restrict x, __global const CPLX_T* restrict y,
        __global CPLX_T* restrict z, long count) {
    long e = get_global_id(0);
    if (e < count) {
        z[e] = cmul(x[e], y[e]);
    }
}

/* out[o, t, i] = in[o, t, i] * factors[t] (outer x len x inner, complex). */
__kernel void KERNEL_NAME(fft_scale_along_axis)(__global const CPLX_T* restrict in, __global CPLX_T* restrict out,
        __global const REAL_T* restrict factors, int len, int inner, int outer) {
    int i = (int) get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (i >= inner || t >= len || o >= outer) {
        return;
    }
    long at = ((long) o * len + t) * inner + i;
    out[at] = in[at] * factors[t];
}

/* A crop along one axis on raw bytes: rows [start, start + lenOut) of each outer block. */
__kernel void fft_crop_bytes(__global const uchar* restrict in, __global uchar* restrict out,
        int lenIn, int lenOut, long rowBytes, int outer, int start) {
    long b = get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (b >= rowBytes || t >= lenOut || o >= outer) {
        return;
    }
    out[((long) o * lenOut + t) * rowBytes + b] = in[((long) o * lenIn + t + start) * rowBytes + b];
}

/*
 * The broadcast products: z[e] = x[ox] * y[oy] for e < count, where e's coordinates in the result
 * (geometry[3d] = the result's length along axis d) give each input's offset through its element
 * strides (geometry[3d + 1] for x, geometry[3d + 2] for y; 0 along the axes it broadcasts).
 */
inline void broadcast_offsets(long e, __global const long* restrict geometry, int ndim, long* ox, long* oy) {
    long rem = e;
    long a = 0;
    long b = 0;
    for (int d = ndim - 1; d >= 0; d--) {
        long n = geometry[3 * d];
        long i = rem % n;
        rem /= n;
        a += i * geometry[3 * d + 1];
        b += i * geometry[3 * d + 2];
    }
    *ox = a;
    *oy = b;
}

__kernel void KERNEL_NAME(fft_multiply_broadcast)(__global const CPLX_T* restrict x, __global const CPLX_T* restrict y,
        __global CPLX_T* restrict z, __global const long* restrict geometry, int ndim, long count) {
    long e = get_global_id(0);
    if (e < count) {
        long ox, oy;
        broadcast_offsets(e, geometry, ndim, &ox, &oy);
        z[e] = cmul(x[ox], y[oy]);
    }
}

/* As fft_multiply_broadcast for real values of the family's precision (REAL_T). */
__kernel void KERNEL_NAME(fft_multiply_broadcast_real)(__global const REAL_T* restrict x,
        __global const REAL_T* restrict y, __global REAL_T* restrict z, __global const long* restrict geometry,
        int ndim, long count) {
    long e = get_global_id(0);
    if (e < count) {
        long ox, oy;
        broadcast_offsets(e, geometry, ndim, &ox, &oy);
        z[e] = x[ox] * y[oy];
    }
}

/* As fft_multiply_broadcast for int64, wrapping around as NumPy's (unsigned arithmetic: no overflow). */
__kernel void fft_multiply_broadcast_int64(__global const long* restrict x,
        __global const long* restrict y, __global long* restrict z, __global const long* restrict geometry,
        int ndim, long count) {
    long e = get_global_id(0);
    if (e < count) {
        long ox, oy;
        broadcast_offsets(e, geometry, ndim, &ox, &oy);
        z[e] = (long) ((ulong) x[ox] * (ulong) y[oy]);
    }
}

/*
 * scipy.signal.resample's spectrum of num bins from len bins (FftOps.resizeSpectrum): of n = min(num, len)
 * frequencies the n/2 + 1 non-negative ones at the start, the n - n/2 - 1 negative ones at the end, zeros
 * between; for even n the Nyquist bin joined (num < len, n > 2) or split in halves (num > len).
 */
__kernel void KERNEL_NAME(fft_resize_spectrum)(__global const CPLX_T* restrict in, __global CPLX_T* restrict out,
        int len, int num, int inner, int outer) {
    int i = (int) get_global_id(0);
    int t = (int) get_global_id(1);
    int o = (int) get_global_id(2);
    if (i >= inner || t >= num || o >= outer) {
        return;
    }
    int n = min(num, len);
    int nyquist = n / 2; /* "half" is a type in OpenCL C */
    int negative = n - nyquist - 1;
    long base = (long) o * len * inner + i;
    int src = t <= nyquist ? t : (t >= num - negative ? len - (num - t) : -1);
    CPLX_T v = src >= 0 ? in[base + (long) src * inner] : (CPLX_T) (0, 0);
    /* SciPy's join is Y[-n/2:-n/2+1] += X[-n/2:-n/2+1], an empty slice for n = 2. */
    if (n % 2 == 0 && num < len && t == nyquist && n > 2) {
        v = v + in[base + (long) (len - nyquist) * inner];
    } else if (n % 2 == 0 && num > len && (t == nyquist || t == num - nyquist)) {
        v = in[base + (long) nyquist * inner] * (REAL_T) 0.5;
    }
    out[((long) o * num + t) * inner + i] = v;
}
