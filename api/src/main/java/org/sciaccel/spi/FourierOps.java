package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * What a backend implements for {@code scipy.ndimage}'s Fourier-domain filters
 * ({@code fourier_gaussian}, {@code fourier_uniform}, {@code fourier_ellipsoid}, {@code fourier_shift}):
 * one primitive that multiplies every element of a Fourier transform by the transform of a kernel,
 * the factor of each element computed from its own index as {@link FourierPlan} describes. The
 * facade ({@code org.sciaccel.ndimage}) validates the arguments and resolves the output dtype first,
 * so implementations may assume valid input. Results are new arrays on this backend.
 */
public interface FourierOps {
    /**
     * {@code input} (any real dtype but float16, or complex64 / complex128) times the plan's factor,
     * computed in double precision as SciPy's C loop does and stored as {@code output}: float32 or
     * float64 for a real input of a real-valued plan; complex64 or complex128 otherwise (a real input
     * then gets a zero imaginary part from the filters, {@code x cos p + i x sin p} from the shift).
     * The result has the input's shape.
     */
    NDArray fourierFilter(NDArray input, FourierPlan plan, DType output);
}
