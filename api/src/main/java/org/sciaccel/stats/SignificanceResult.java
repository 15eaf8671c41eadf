package org.sciaccel.stats;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/** SciPy's SignificanceResult (spearmanr, ...): {@code statistic, pvalue} as 0-d arrays. */
public record SignificanceResult(NDArray statistic, NDArray pvalue) implements AutoCloseable {
    static SignificanceResult of(Backend b, double statistic, double pvalue) {
        return new SignificanceResult(Numpy.full(b, new int[0], statistic, DType.FLOAT64),
                Numpy.full(b, new int[0], pvalue, DType.FLOAT64));
    }

    @Override
    public void close() {
        statistic.close();
        pvalue.close();
    }
}
