package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.special.Special;

/** The Anderson-Darling test for the normal and exponential distributions, the sum on the sample's backend. */
final class StatsAnderson {
    private static final double[] AVALS_NORM = {0.576, 0.656, 0.787, 0.918, 1.092};
    private static final double[] AVALS_EXPON = {0.922, 1.078, 1.341, 1.606, 1.957};
    private static final double[] SIG = {15, 10, 5, 2.5, 1};

    private StatsAnderson() {
    }

    static AndersonResult anderson(NDArray x, String dist) {
        StatsArgs.require("anderson", "x", x);
        StatsArgs.require("anderson", "dist", dist);
        String d = dist.toLowerCase(java.util.Locale.ROOT);
        if (!d.equals("norm") && !d.equals("expon")) {
            if (java.util.Set.of("gumbel", "extreme1", "gumbel_l", "gumbel_r", "logistic").contains(d)) {
                throw new UnsupportedOperationException("stats.anderson: dist '" + dist + "' is not supported by "
                        + "sciaccel (norm and expon are)");
            }
            throw new IllegalArgumentException("stats.anderson: Invalid distribution; dist must be in {'norm', "
                    + "'expon', 'gumbel_l', 'gumbel_r', 'logistic'} (got '" + dist + "').");
        }
        if (x.ndim() != 1) {
            throw new IllegalArgumentException("stats.anderson: x must be 1-D, got " + StatsArgs.describe("x", x));
        }
        try (StatsScope s = new StatsScope()) {
            NDArray xf = s.t(x.astype(DType.FLOAT64));
            NDArray y = s.t(Numpy.sort(xf));
            int n = y.size();
            NDArray xbarA = s.t(Numpy.mean(xf));
            double xbar = xbarA.toDoubleArray()[0];
            NDArray logcdf;
            NDArray logsf;
            double[] crit = new double[5];
            double[] fit;
            if (d.equals("norm")) {
                NDArray sd = s.t(Numpy.std(xf, org.sciaccel.numpy.ReductionOptions.defaults().ddof(1)));
                NDArray w = s.t(Numpy.divide(s.t(Numpy.subtract(y, xbarA)), sd));
                logcdf = s.t(Special.logNdtr(w));
                logsf = s.t(Special.logNdtr(s.t(Numpy.negative(w))));
                for (int i = 0; i < 5; i++) {
                    crit[i] = Math.rint(AVALS_NORM[i] / (1.0 + 4.0 / n - 25.0 / n / n) * 1000) / 1000;
                }
                fit = new double[] {xbar, sd.toDoubleArray()[0]};
            } else {
                NDArray w = s.t(Numpy.divide(y, xbarA));
                // expon: logcdf log1p(-exp(-w)), logsf -w, on the support w >= 0
                NDArray lc = s.t(Numpy.log1p(s.t(Numpy.negative(s.t(Numpy.exp(s.t(Numpy.negative(w))))))));
                NDArray neg = s.t(Numpy.less(w, 0.0));
                logcdf = s.t(Numpy.where(neg, Double.NEGATIVE_INFINITY, lc));
                logsf = s.t(Numpy.where(neg, 0.0, s.t(Numpy.negative(w))));
                for (int i = 0; i < 5; i++) {
                    crit[i] = Math.rint(AVALS_EXPON[i] / (1.0 + 0.6 / n) * 1000) / 1000;
                }
                fit = new double[] {0, xbar};
            }
            NDArray i = s.t(Numpy.arange(x.backend(), 1L, n + 1L, 1L, DType.INT64));
            NDArray coef = s.t(Numpy.divide(s.t(Numpy.subtract(s.t(Numpy.multiply(2L, i)), 1.0)), (double) n));
            NDArray terms = s.t(Numpy.multiply(coef, s.t(Numpy.add(logcdf, s.t(Numpy.flip(logsf))))));
            NDArray a2 = s.t(Numpy.subtract((double) -n, s.t(Numpy.sum(terms))));
            NDArray c = NDArray.fromHost(x.backend(), HostArray.fromDoubles(crit, DType.FLOAT64, 5));
            NDArray sig = NDArray.fromHost(x.backend(), HostArray.fromDoubles(SIG, DType.FLOAT64, 5));
            return new AndersonResult(s.keep(a2), c, sig, fit);
        }
    }
}
