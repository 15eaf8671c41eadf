package org.sciaccel.spi;

/**
 * The per-call constants of {@link RandomOps#poisson}, computed once on the host by the facade so
 * that every backend reads the same bits. Two methods, switched at {@code lam = 10} as NumPy does:
 *
 * <ul>
 * <li>{@code lam < 10}, multiplication (Knuth): multiply uniforms until the product is at most
 * {@code exp(-lam)}; the count of factors before that is the variate.</li>
 * <li>{@code lam >= 10}, Hörmann's transformed rejection with squeeze (PTRS, 1993): from a pair
 * {@code U = u - 0.5, V = u'}, {@code us = 0.5 - |U|}, {@code k = floor((2a/us + b) U + lam + 0.43)};
 * accept at once when {@code us >= 0.07 and V <= vr}; reject when {@code k < 0} or
 * {@code us < 0.013 and V > us}; otherwise accept when
 * {@code log(V) + logInvAlpha - log(a/us^2 + b) <= -lam + k logLam - logGamma(k + 1)}.</li>
 * </ul>
 *
 * @param lam         the mean, {@code 0 <= lam <= }NumPy's {@code POISSON_LAM_MAX}
 * @param expMinusLam {@code exp(-lam)} (multiplication method)
 * @param logLam      {@code log(lam)}
 * @param a           {@code -0.059 + 0.02483 b}
 * @param b           {@code 0.931 + 2.53 sqrt(lam)}
 * @param vr          {@code 0.9277 - 3.6224 / (b - 2)}
 * @param logInvAlpha {@code log(1.1239 + 1.1328 / (b - 3.4))}
 */
public record PoissonConstants(double lam, double expMinusLam, double logLam, double a, double b, double vr,
        double logInvAlpha) {
    /** NumPy's switch between the two methods. */
    public static final double PTRS_FROM = 10.0;

    /** Whether the transformed-rejection method is used (else multiplication). */
    public boolean transformedRejection() {
        return lam >= PTRS_FROM;
    }

    /** The constants for {@code lam} (already validated). */
    public static PoissonConstants of(double lam) {
        double b = 0.931 + 2.53 * Math.sqrt(lam);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        return new PoissonConstants(lam, Math.exp(-lam), Math.log(lam), a, b, vr, Math.log(invAlpha));
    }
}
