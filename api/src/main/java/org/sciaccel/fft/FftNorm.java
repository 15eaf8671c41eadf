package org.sciaccel.fft;

import java.util.Locale;

/** {@code scipy.fft}'s {@code norm} argument: which direction of a transform pair is scaled, and how. */
public enum FftNorm {
    /** No scaling forward, 1/n on the inverse (the default). */
    BACKWARD,
    /** 1/sqrt(n) both ways. */
    ORTHO,
    /** 1/n forward, none on the inverse. */
    FORWARD;

    /** Parses SciPy's names; null means the default, {@code backward}. */
    public static FftNorm parse(String norm) {
        if (norm == null) {
            return BACKWARD;
        }
        switch (norm) { // case-sensitive, as SciPy's
            case "backward": return BACKWARD;
            case "ortho": return ORTHO;
            case "forward": return FORWARD;
            default:
                throw new IllegalArgumentException("norm: Invalid norm value '" + norm
                        + "', should be \"backward\", \"ortho\" or \"forward\"");
        }
    }

    /** The factor a transform of length {@code n} in the given direction is multiplied by. */
    double scale(int n, boolean forward) {
        switch (this) {
            case ORTHO: return 1.0 / Math.sqrt(n);
            case FORWARD: return forward ? 1.0 / n : 1.0;
            default: return forward ? 1.0 : 1.0 / n;
        }
    }

    /** The norm with the roles of the directions swapped (hfft/ihfft are defined through their duals). */
    FftNorm swapped() {
        return this == BACKWARD ? FORWARD : this == FORWARD ? BACKWARD : ORTHO;
    }

    /** SciPy's name. */
    public String scipyName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
