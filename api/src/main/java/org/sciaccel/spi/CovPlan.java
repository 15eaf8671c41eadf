package org.sciaccel.spi;

import org.sciaccel.DType;

/**
 * {@code numpy.cov} as the facade resolved it: the variables are those of {@code m}, then those of
 * {@code y}; an operand's variable {@code v} holds observation {@code o} at {@code v * observations
 * + o}, or at {@code o * variables + v} where the operand is read transposed ({@code rowvar=False}
 * on a 2-D operand of more than one row); a 1-D operand is one variable. The observations are
 * weighted by {@code fweights * aweights} where given; each variable's mean is NumPy's
 * {@code average}, and {@code c[i, j] = sum_o w[o] (x_i[o] - mean_i) conj(x_j[o] - mean_j) / fact},
 * computed in double (complex: part by part) and stored as {@code result}; the centred values
 * {@code x - mean} are rounded to {@code compute} first, as NumPy centres X in place in its dtype.
 *
 * @param variablesM   number of variables in m
 * @param transposeM   whether m's variables are its columns
 * @param variablesY   number of variables in y (0 without y)
 * @param transposeY   whether y's variables are its columns
 * @param observations number of observations
 * @param fact         what NumPy divides by (0 where NumPy's is not positive, which NumPy warns of)
 * @param compute      the dtype X is held in (m and y's, float32, float64 or complex)
 * @param result       the result's dtype
 */
public record CovPlan(int variablesM, boolean transposeM, int variablesY, boolean transposeY, int observations,
        double fact, DType compute, DType result) {
    /** Number of variables. */
    public int variables() {
        return variablesM + variablesY;
    }
}
