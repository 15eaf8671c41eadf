package org.sciaccel.sklearn.metrics;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.PairwiseSum;
import org.sciaccel.numpy.ReductionOptions;
import org.sciaccel.sklearn.SklearnArrays;

/**
 * r2_score and mean_squared_error: scikit-learn 1.2's {@code _check_reg_targets} (1-D targets as one output, the
 * same number of samples and outputs, finite values), the squared errors and the deviations from the mean on the
 * data's backend in the targets' type (float32 when both are float32, else float64), their column sums in
 * float64 (r2) or their column means (mean_squared_error), the per-output scores and their average on the host.
 */
final class RegressionScores {
    private static final String R2 = "r2_score";
    private static final String MSE = "mean_squared_error";

    private RegressionScores() {
    }

    static double[] r2(NDArray yTrue, NDArray yPred, String multioutput, boolean forceFinite) {
        SklearnArrays.require(yTrue, "y_true", R2);
        SklearnArrays.require(yPred, "y_pred", R2);
        SklearnArrays.require(multioutput, "multioutput", R2);
        checkMultioutput(multioutput, R2);
        NDArray[] y = targets(yTrue, yPred, R2);
        try {
            int n = y[0].shape(0);
            int outputs = y[0].shape(1);
            if (n < 2) {
                org.sciaccel.Warnings.warn(org.sciaccel.Warnings.Category.USER, "UndefinedMetricWarning: R^2 score is not well-defined with less than two samples.");
                return new double[] {Double.NaN};
            }
            double[] num;
            double[] den;
            try (NDArray diff = Numpy.subtract(y[0], y[1]); NDArray sq = Numpy.square(diff);
                    NDArray sq64 = sq.astype(DType.FLOAT64); NDArray s = Numpy.sum(sq64, ReductionOptions.over(0))) {
                num = s.toDoubleArray();
            }
            try (NDArray mean = Numpy.mean(y[0], ReductionOptions.over(0)); NDArray dev = Numpy.subtract(y[0], mean);
                    NDArray sq = Numpy.square(dev); NDArray sq64 = sq.astype(DType.FLOAT64);
                    NDArray s = Numpy.sum(sq64, ReductionOptions.over(0))) {
                den = s.toDoubleArray();
            }
            double[] scores = new double[outputs];
            boolean anyNonzeroDen = false;
            for (int j = 0; j < outputs; j++) {
                anyNonzeroDen |= den[j] != 0;
                if (!forceFinite) {
                    scores[j] = 1 - num[j] / den[j];
                } else if (num[j] != 0 && den[j] != 0) {
                    scores[j] = 1 - num[j] / den[j];
                } else if (num[j] != 0) {
                    scores[j] = 0.0;
                } else {
                    scores[j] = 1.0;
                }
            }
            switch (multioutput) {
                case "raw_values":
                    return scores;
                case "variance_weighted":
                    if (anyNonzeroDen) {
                        double[] weighted = new double[outputs];
                        for (int j = 0; j < outputs; j++) {
                            weighted[j] = scores[j] * den[j];
                        }
                        return new double[] {PairwiseSum.sum(weighted) / PairwiseSum.sum(den)};
                    }
                    return new double[] {PairwiseSum.sum(scores) / outputs};
                default:
                    return new double[] {PairwiseSum.sum(scores) / outputs};
            }
        } finally {
            SklearnArrays.closeIfNew(y[0], yTrue);
            SklearnArrays.closeIfNew(y[1], yPred);
        }
    }

    static double[] mse(NDArray yTrue, NDArray yPred, String multioutput, boolean squared) {
        SklearnArrays.require(yTrue, "y_true", MSE);
        SklearnArrays.require(yPred, "y_pred", MSE);
        SklearnArrays.require(multioutput, "multioutput", MSE);
        checkMultioutput(multioutput, MSE);
        if (multioutput.equals("variance_weighted")) {
            throw new IllegalArgumentException(MSE + ": multioutput: 'variance_weighted' is not a weighting "
                    + "mean_squared_error takes (scikit-learn raises: Axis must be specified when shapes of a and "
                    + "weights differ.)");
        }
        NDArray[] y = targets(yTrue, yPred, MSE);
        try (NDArray diff = Numpy.subtract(y[0], y[1]); NDArray sq = Numpy.square(diff);
                NDArray errors = Numpy.mean(sq, ReductionOptions.over(0))) {
            NDArray out = squared ? errors : Numpy.sqrt(errors);
            try {
                if (multioutput.equals("raw_values")) {
                    return out.toDoubleArray();
                }
                try (NDArray avg = Numpy.mean(out)) {
                    return avg.toDoubleArray();
                }
            } finally {
                if (out != errors) {
                    out.close();
                }
            }
        } finally {
            SklearnArrays.closeIfNew(y[0], yTrue);
            SklearnArrays.closeIfNew(y[1], yPred);
        }
    }

    private static void checkMultioutput(String multioutput, String where) {
        if (!multioutput.equals("raw_values") && !multioutput.equals("uniform_average")
                && !multioutput.equals("variance_weighted")) {
            throw new IllegalArgumentException(where + ": multioutput: Allowed 'multioutput' string values are "
                    + "('raw_values', 'uniform_average', 'variance_weighted'). You provided multioutput='"
                    + multioutput + "'");
        }
    }

    /** The two targets as (n_samples, n_outputs) of their common float type (new arrays or the inputs). */
    private static NDArray[] targets(NDArray yTrue, NDArray yPred, String where) {
        DType a = SklearnArrays.floatType(yTrue, "y_true", where);
        DType b = SklearnArrays.floatType(yPred, "y_pred", where);
        for (NDArray y : new NDArray[] {yTrue, yPred}) {
            if (y.ndim() > 2) {
                throw new IllegalArgumentException(where + ": " + (y == yTrue ? "y_true" : "y_pred")
                        + ": Found array with dim " + y.ndim() + ". None expected <= 2. (shape "
                        + Shapes.toString(y.shape()) + ")");
            }
        }
        int nt = yTrue.ndim() == 0 ? 1 : yTrue.shape(0);
        int np = yPred.ndim() == 0 ? 1 : yPred.shape(0);
        if (nt != np) {
            throw new IllegalArgumentException(where + ": y_pred: Found input variables with inconsistent numbers of "
                    + "samples: [" + nt + ", " + np + "]");
        }
        int ot = yTrue.ndim() == 2 ? yTrue.shape(1) : 1;
        int op = yPred.ndim() == 2 ? yPred.shape(1) : 1;
        if (ot != op) {
            throw new IllegalArgumentException(where + ": y_pred: y_true and y_pred have different number of output ("
                    + ot + "!=" + op + ")");
        }
        if (nt < 1) {
            throw new IllegalArgumentException(where + ": y_true: Found array with 0 sample(s) (shape="
                    + Shapes.toString(yTrue.shape()) + ") while a minimum of 1 is required.");
        }
        DType t = a == DType.FLOAT32 && b == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        NDArray yt = as2d(yTrue, t, nt, ot);
        NDArray yp = null;
        try {
            yp = as2d(yPred, t, np, op);
            SklearnArrays.finite(yt, "y_true", where, false);
            SklearnArrays.finite(yp, "y_pred", where, false);
            return new NDArray[] {yt, yp};
        } catch (RuntimeException e) {
            SklearnArrays.closeIfNew(yt, yTrue);
            SklearnArrays.closeIfNew(yp, yPred);
            throw e;
        }
    }

    private static NDArray as2d(NDArray y, DType t, int n, int outputs) {
        NDArray typed = y.dtype() == t ? y : y.astype(t);
        if (y.ndim() == 2) {
            return typed;
        }
        NDArray v = typed.viewAs(n, outputs);
        if (typed != y) {
            typed.close();
        }
        return v;
    }
}
