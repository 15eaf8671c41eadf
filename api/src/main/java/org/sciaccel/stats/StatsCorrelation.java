package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.special.Special;

/**
 * pearsonr and linregress of two 1-D samples: the sums, means and norms on the samples' backend, the few
 * scalars after them on the host, the p-values by btdtr / stdtr on 0-d arrays of the backend.
 */
final class StatsCorrelation {
    private StatsCorrelation() {
    }

    private static double value(StatsScope s, NDArray a) {
        return s.t(a).toDoubleArray()[0];
    }

    private static NDArray zeroD(StatsScope s, NDArray like, double v) {
        return s.t(Numpy.full(like.backend(), new int[0], v, DType.FLOAT64));
    }

    static PearsonRResult pearsonr(NDArray x, NDArray y, String alternative) {
        String op = "pearsonr";
        StatsArgs.require(op, "x", x);
        StatsArgs.require(op, "y", y);
        String alt = StatsArgs.alternative(op, alternative);
        if (x.ndim() != 1 || y.ndim() != 1) {
            throw new IllegalArgumentException("stats.pearsonr: x and y must be 1-D (" + StatsArgs.describe("x", x) + ", "
                    + StatsArgs.describe("y", y) + ")");
        }
        int n = x.size();
        if (n != y.size()) {
            throw new IllegalArgumentException("stats.pearsonr: x and y must have the same length (" + n + " and "
                    + y.size() + ").");
        }
        if (n < 2) {
            throw new IllegalArgumentException("stats.pearsonr: x and y must have length at least 2 (got " + n + ").");
        }
        try (StatsScope s = new StatsScope()) {
            NDArray xf = s.t(x.astype(DType.FLOAT64));
            NDArray yf = s.t(y.astype(DType.FLOAT64));
            boolean constX = value(s, Numpy.all(s.t(Numpy.equal(xf, s.t(Numpy.getItem(xf, "0:1")))))) != 0;
            boolean constY = value(s, Numpy.all(s.t(Numpy.equal(yf, s.t(Numpy.getItem(yf, "0:1")))))) != 0;
            double r;
            double p;
            if (constX || constY) {
                return new PearsonRResult(s.keep(zeroD(s, x, Double.NaN)), s.keep(zeroD(s, x, Double.NaN)));
            }
            if (n == 2) {
                double[] xv = xf.toDoubleArray();
                double[] yv = yf.toDoubleArray();
                r = Math.signum(xv[1] - xv[0]) * Math.signum(yv[1] - yv[0]);
                return new PearsonRResult(s.keep(zeroD(s, x, r)), s.keep(zeroD(s, x, 1.0)));
            }
            NDArray xm = s.t(Numpy.subtract(xf, s.t(Numpy.mean(xf))));
            NDArray ym = s.t(Numpy.subtract(yf, s.t(Numpy.mean(yf))));
            NDArray nx = s.t(Numpy.sqrt(s.t(Numpy.sum(s.t(Numpy.multiply(xm, xm))))));
            NDArray ny = s.t(Numpy.sqrt(s.t(Numpy.sum(s.t(Numpy.multiply(ym, ym))))));
            NDArray dot = s.t(Numpy.sum(s.t(Numpy.multiply(s.t(Numpy.divide(xm, nx)), s.t(Numpy.divide(ym, ny))))));
            r = Math.max(Math.min(dot.toDoubleArray()[0], 1.0), -1.0);
            double ab = n / 2.0 - 1;
            NDArray a = zeroD(s, x, ab);
            // beta(ab, ab, loc=-1, scale=2): x' = (r + 1) / 2; sf(x') = cdf(1 - x') by the symmetry a = b
            double at = alt.equals("two-sided") ? Math.abs(r) : r;
            double xs = (at - -1.0) / 2.0;
            if (alt.equals("less")) {
                p = xs >= 1 ? 1.0 : xs <= 0 ? 0.0 : value(s, Special.btdtr(a, a, zeroD(s, x, xs)));
            } else {
                double sf = xs >= 1 ? 0.0 : xs <= 0 ? 1.0 : value(s, Special.btdtr(a, a, zeroD(s, x, 1.0 - xs)));
                p = alt.equals("two-sided") ? 2 * sf : sf;
            }
            return new PearsonRResult(s.keep(zeroD(s, x, r)), s.keep(zeroD(s, x, p)));
        }
    }

    static LinregressResult linregress(NDArray x, NDArray y, String alternative) {
        String op = "linregress";
        StatsArgs.require(op, "x", x);
        String alt = StatsArgs.alternative(op, alternative);
        try (StatsScope s = new StatsScope()) {
            NDArray xx = x;
            NDArray yy = y;
            if (y == null) {
                if (x.ndim() == 2 && x.shape(0) == 2) {
                    xx = s.t(Numpy.getItem(x, "0"));
                    yy = s.t(Numpy.getItem(x, "1"));
                } else if (x.ndim() == 2 && x.shape(1) == 2) {
                    xx = s.t(Numpy.getItem(x, ":, 0"));
                    yy = s.t(Numpy.getItem(x, ":, 1"));
                } else {
                    throw new IllegalArgumentException("stats.linregress: If only `x` is given as input, it has to be of "
                            + "shape (2, N) or (N, 2); provided shape was " + org.sciaccel.Shapes.toString(x.shape()) + ".");
                }
            }
            if (xx.size() == 0 || yy.size() == 0) {
                throw new IllegalArgumentException("stats.linregress: Inputs must not be empty.");
            }
            if (xx.ndim() != 1 || yy.ndim() != 1 || xx.size() != yy.size()) {
                throw new IllegalArgumentException("stats.linregress: x and y must be 1-D of the same length ("
                        + StatsArgs.describe("x", xx) + ", " + StatsArgs.describe("y", yy) + ")");
            }
            int n = xx.size();
            if (value(s, Numpy.amax(xx)) == value(s, Numpy.amin(xx)) && n > 1) {
                throw new IllegalArgumentException("stats.linregress: Cannot calculate a linear regression if all x "
                        + "values are identical");
            }
            double xmean = value(s, Numpy.mean(xx));
            double ymean = value(s, Numpy.mean(yy));
            double[] c = s.t(Numpy.cov(xx, yy, true, true, null, null, null, null)).toDoubleArray();
            double ssxm = c[0];
            double ssxym = c[1];
            double ssym = c[3];
            double r;
            if (ssxm == 0.0 || ssym == 0.0) {
                r = 0.0;
            } else {
                r = ssxym / Math.sqrt(ssxm * ssym);
                r = Math.max(Math.min(r, 1.0), -1.0);
            }
            double slope = ssxym / ssxm;
            double intercept = ymean - slope * xmean;
            double prob;
            double slopeStderr;
            double interceptStderr;
            if (n == 2) {
                double[] yv = yy.toDoubleArray();
                prob = yv[0] == yv[1] ? 1.0 : 0.0;
                slopeStderr = 0.0;
                interceptStderr = 0.0;
            } else {
                int df = n - 2;
                double tiny = 1.0e-20;
                double t = r * Math.sqrt(df / ((1.0 - r + tiny) * (1.0 + r + tiny)));
                prob = StatsTests.ttestPvalue(s, zeroD(s, xx, df), zeroD(s, xx, t), alt).toDoubleArray()[0];
                slopeStderr = Math.sqrt((1 - r * r) * ssym / ssxm / df);
                interceptStderr = slopeStderr * Math.sqrt(ssxm + xmean * xmean);
            }
            return new LinregressResult(slope, intercept, r, prob, slopeStderr, interceptStderr);
        }
    }
}
