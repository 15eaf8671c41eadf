package org.sciaccel.numpy;

/**
 * NumPy's array functions for sciaccel arrays, on the backend where the arrays live: NumPy's names
 * in camelCase ({@code Numpy.add(a, b)}, {@code Numpy.percentile(a, 99.5)}), NumPy 1.24's
 * parameters, defaults, result dtypes, broadcasting, and NaN, infinity and integer-overflow
 * behaviour. Operands must live on the same backend; Java scalars are taken where NumPy takes
 * Python scalars (and promote as Python scalars do in NumPy 1.24). Results stay on the backend.
 *
 * <p>The methods are declared per op family in the package's {@code Numpy*} classes this one
 * extends (element-wise functions, reductions, shape and indexing, creation, sorting and
 * statistics, formula kernels); random numbers are in {@link Random}. The javadoc of each names
 * its NumPy counterpart and any deviation, and says whether the result is a copy.
 */
public final class Numpy extends NumpyFormulas {
    private Numpy() {
    }
}
