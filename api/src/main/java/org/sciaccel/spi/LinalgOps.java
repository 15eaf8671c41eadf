package org.sciaccel.spi;

import org.sciaccel.NDArray;
import org.sciaccel.linalg.AssumeA;
import org.sciaccel.linalg.LstsqDriver;
import org.sciaccel.linalg.EighPlan;
import org.sciaccel.linalg.EigenvalueSelector;
import org.sciaccel.linalg.MatmulPlan;
import org.sciaccel.linalg.NormPlan;
import org.sciaccel.linalg.QrMode;
import org.sciaccel.linalg.SvdDriver;

/**
 * The dense linear-algebra primitives a backend implements (matrix products, decompositions, batched small solves). Arguments arrive validated and
 * normalised by the facade, so implementations need not check them again.
 *
 * <p>Unless said otherwise, matrix arguments are 2-D, of dtype float32 or float64 (the facade
 * converts other real dtypes to float64), and results have the input's dtype. A backend lists in
 * {@link org.sciaccel.Backend#implementedOps()} the ops it implements; the others are never called
 * (their default implementations throw {@link UnsupportedOperationException}).
 * Value-dependent failures (singular, not positive definite) throw {@link org.sciaccel.LinAlgException}.
 */
public interface LinalgOps {

    /** {@code numpy.matmul} as planned by the facade (dtypes equal, shapes compatible). */
    NDArray matmul(NDArray a, NDArray b, MatmulPlan plan);

    /** {@code scipy.linalg.inv} of a square matrix. */
    default NDArray inv(NDArray a) {
        throw unsupported("inv");
    }

    /** {@code scipy.linalg.det} of a square matrix, from its LU factorisation as LAPACK's. */
    default double det(NDArray a) {
        throw unsupported("det");
    }

    /** {@code scipy.linalg.det} of a complex square matrix: {re, im}, from its LU factorisation as LAPACK's zgetrf. */
    default double[] detComplex(NDArray a) {
        throw unsupported("detComplex");
    }

    /**
     * {@code scipy.linalg.solve(a, b, lower, assume_a, transposed)} of an N x N {@code a} (real:
     * float32, float64; complex: complex64, complex128, never with {@code transposed}; assume_a
     * {@link AssumeA#HER} only for complex a) and a non-empty {@code b} of a's dtype whose
     * {@code b.size / N} columns are its elements in row-major order as a (N, size / N) matrix (b of
     * shape (N,), (N, K), (N, ...), or (K,) when N is 1). Returns {x (b's shape), rcond}: rcond a
     * float64 array of shape () holding the reciprocal condition number LAPACK's gecon (1-norm; the
     * infinity norm with transposed), sycon, hecon or pocon estimates from the factorisation.
     */
    default NDArray[] solve(NDArray a, NDArray b, AssumeA assumeA, boolean lower, boolean transposed) {
        throw unsupported("solve");
    }

    /**
     * {@code scipy.linalg.svd(a, full_matrices, compute_uv, lapack_driver)} of a real or complex
     * matrix: {U, s, Vh}, or {null, s, null} without {@code computeUv}; s real, descending.
     */
    default NDArray[] svd(NDArray a, boolean fullMatrices, boolean computeUv, SvdDriver driver) {
        throw unsupported("svd");
    }

    /** {@code scipy.linalg.qr}: {Q, R}, or {null, R} in mode r. */
    default NDArray[] qr(NDArray a, QrMode mode) {
        throw unsupported("qr");
    }

    /** {@code scipy.linalg.lu}: {P, L, U}, or {null, PL, U} with {@code permuteL}. */
    /**
     * {@code scipy.linalg.qr(a, mode, pivoting)}: {Q (null in mode r), R, P (int32 column
     * permutation, null without pivoting)}. Without pivoting this is {@link #qr(NDArray, QrMode)}.
     */
    default NDArray[] qr(NDArray a, QrMode mode, boolean pivoting) {
        if (!pivoting) {
            NDArray[] qr = qr(a, mode);
            return new NDArray[] {qr[0], qr[1], null};
        }
        throw unsupported("qr with pivoting");
    }

    default NDArray[] lu(NDArray a, boolean permuteL) {
        throw unsupported("lu");
    }

    /** {@code scipy.linalg.lu_factor} of an M x N matrix: {lu, piv (int32, 0-based, min(M, N) of them)}. */
    default NDArray[] luFactor(NDArray a) {
        throw unsupported("luFactor");
    }

    /** {@code scipy.linalg.lu_solve((lu, piv), b, trans)}; trans 0: a x = b, 1: a^T x = b. */
    default NDArray luSolve(NDArray lu, NDArray piv, NDArray b, int trans) {
        throw unsupported("luSolve");
    }

    /**
     * Cholesky factor of a symmetric positive definite matrix, read from its {@code lower} (or upper)
     * triangle: with {@code clean} the other triangle is zero ({@code cholesky}), without it the
     * other triangle keeps the input's entries ({@code cho_factor}).
     */
    default NDArray cholesky(NDArray a, boolean lower, boolean clean) {
        throw unsupported("cholesky");
    }

    /** {@code scipy.linalg.cho_solve((c, lower), b)}. */
    default NDArray choSolve(NDArray c, boolean lower, NDArray b) {
        throw unsupported("choSolve");
    }

    /**
     * {@code scipy.linalg.eigh} as planned by the facade, of a real symmetric or complex Hermitian
     * {@code a} and, for the generalized drivers, the positive definite {@code b} of the same dtype
     * (null for the standard ones): {w ascending (real), v}, or {w, null} with
     * {@code plan.eigvalsOnly()}; with a subset, only its eigenvalues and vectors.
     */
    default NDArray[] eigh(NDArray a, NDArray b, EighPlan plan) {
        throw unsupported("eigh");
    }

    /**
     * {@code scipy.linalg.norm} as planned by the facade, of an array of any dtype (real or complex):
     * vector norms along one axis or matrix norms over two; infs and NaNs are refused.
     */
    default NDArray norm(NDArray a, NormPlan plan) {
        throw unsupported("norm");
    }

    /**
     * {@code scipy.linalg.lstsq(a, b, cond, lapack_driver)} of an M x N {@code a} and b (M,) or (M, K)
     * of a's dtype (real or complex): {x, residues, rank (int32, shape ()), s (null for gelsy)} as
     * SciPy returns them; {@code cond} NaN for SciPy's default (the dtype's machine epsilon).
     */
    default NDArray[] lstsq(NDArray a, NDArray b, double cond, LstsqDriver driver) {
        throw unsupported("lstsq");
    }

    /**
     * {@code scipy.linalg.pinv(a, atol, rtol)} (a real or complex) by the SVD: singular values at most
     * {@code atol + rtol * s[0]} count as zero; NaN for SciPy's defaults (0; max(M, N) * eps).
     */
    default NDArray pinv(NDArray a, double atol, double rtol) {
        throw unsupported("pinv");
    }

    /**
     * {@code scipy.linalg.schur} of a square matrix: the real Schur form of a real {@code a}, the
     * complex one of a complex {@code a}; {T, Z, sdim} with a = Z T Z^H, sdim an int32 array of shape
     * () when {@code sort} is not null (the eigenvalues it selects moved to the leading block), else null.
     */
    default NDArray[] schur(NDArray a, EigenvalueSelector sort) {
        throw unsupported("schur");
    }

    /**
     * {@code scipy.linalg.eig(a, b, left, right, homogeneous_eigvals)} of a square {@code a} and,
     * for the generalized problem, {@code b} of the same dtype and shape (else null): {w, vl, vr},
     * vl and vr null where not asked for; w complex (2 x N with {@code homogeneous}); the vectors real
     * when a is real and every eigenvalue is real, else complex.
     */
    default NDArray[] eig(NDArray a, NDArray b, boolean left, boolean right, boolean homogeneous) {
        throw unsupported("eig");
    }

    /**
     * Batched small solves: for each of the {@code batch} n x n matrices of {@code a} (shape
     * (batch, n, n)), {@code x = a^-1 b} for its {@code k} right-hand sides in {@code b} (batch, n, k
     * elements), by Gaussian elimination with partial pivoting; singular matrices (an exactly zero
     * pivot) give NaN solutions and their status. Returns {x (b's shape), status (int32, batch)}.
     */
    default NDArray[] solveBatched(NDArray a, NDArray b, int n, int k) {
        throw unsupported("solveBatched");
    }

    /** Batched inverses of (batch, n, n) {@code a}; returns {inverses, status}. */
    default NDArray[] invBatched(NDArray a, int n) {
        throw unsupported("invBatched");
    }

    /** Batched Cholesky factors of (batch, n, n) {@code a}, read from and written to the {@code lower} (or upper) triangle, the other zero; returns {factors, status}. */
    default NDArray[] choleskyBatched(NDArray a, int n, boolean lower) {
        throw unsupported("choleskyBatched");
    }

    /** The exception for a primitive this backend does not implement (it is then not in its implemented ops). */
    private UnsupportedOperationException unsupported(String primitive) {
        return new UnsupportedOperationException("linalg primitive " + primitive + " is not implemented by "
                + getClass().getSimpleName());
    }
}
