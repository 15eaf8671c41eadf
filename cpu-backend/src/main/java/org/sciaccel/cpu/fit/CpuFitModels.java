package org.sciaccel.cpu.fit;

import org.sciaccel.optimize.FitModel;

/**
 * The built-in fit models of {@link FitModel} with their analytic derivatives, one point at a time
 * (the same formulas as the OpenCL kernel {@code fit/fit_models.cl}).
 */
final class CpuFitModels {
    private CpuFitModels() {
    }

    /**
     * The model value at (x, y) for parameters {@code p}; when {@code d} is not null its first
     * {@code np} entries receive the derivatives by each parameter.
     */
    static double eval(int code, int np, double[] p, double x, double y, double[] d) {
        // A small dispatcher over small per-model methods, so that the JIT inlines both into the
        // fitting loop (one large method would exceed its inlining budget and cost a call per point).
        switch (code) {
            case FitModel.GAUSS_1D: return gauss1d(p, x, y, d);
            case FitModel.GAUSS_2D: return gauss2d(p, x, y, d);
            case FitModel.GAUSS_2D_ELLIPTIC: return gauss2dElliptic(p, x, y, d);
            case FitModel.GAUSS_2D_ROTATED: return gauss2dRotated(p, x, y, d);
            case FitModel.CAUCHY_2D_ELLIPTIC: return cauchy2dElliptic(p, x, y, d);
            case FitModel.LINEAR_1D: return linear1d(p, x, d);
            case FitModel.EXPONENTIAL: return exponential(p, x, y, d);
            default: return polynomial(np, p, x, d);
        }
    }

    private static double gauss1d(double[] p, double x, double y, double[] d) {
        double a = p[0];
        double dx = x - p[1];
        double w = p[2];
        double iw2 = 1.0 / (w * w);
        double e = Math.exp(-0.5 * dx * dx * iw2);
        if (d != null) {
            d[0] = e;
            d[1] = a * e * dx * iw2;
            d[2] = a * e * dx * dx * iw2 / w;
            d[3] = 1.0;
        }
        return a * e + p[3];
    }

    private static double gauss2d(double[] p, double x, double y, double[] d) {
        double a = p[0];
        double dx = x - p[1];
        double dy = y - p[2];
        double w = p[3];
        double iw2 = 1.0 / (w * w);
        double r2 = dx * dx + dy * dy;
        double e = Math.exp(-0.5 * r2 * iw2);
        if (d != null) {
            d[0] = e;
            d[1] = a * e * dx * iw2;
            d[2] = a * e * dy * iw2;
            d[3] = a * e * r2 * iw2 / w;
            d[4] = 1.0;
        }
        return a * e + p[4];
    }

    private static double gauss2dElliptic(double[] p, double x, double y, double[] d) {
        double a = p[0];
        double dx = x - p[1];
        double dy = y - p[2];
        double iwx2 = 1.0 / (p[3] * p[3]);
        double iwy2 = 1.0 / (p[4] * p[4]);
        double e = Math.exp(-0.5 * (dx * dx * iwx2 + dy * dy * iwy2));
        if (d != null) {
            d[0] = e;
            d[1] = a * e * dx * iwx2;
            d[2] = a * e * dy * iwy2;
            d[3] = a * e * dx * dx * iwx2 / p[3];
            d[4] = a * e * dy * dy * iwy2 / p[4];
            d[5] = 1.0;
        }
        return a * e + p[5];
    }

    private static double gauss2dRotated(double[] p, double x, double y, double[] d) {
        double a = p[0];
        double dx = x - p[1];
        double dy = y - p[2];
        double wx = p[3];
        double wy = p[4];
        double c = Math.cos(p[6]);
        double s = Math.sin(p[6]);
        double u = dx * c - dy * s;
        double v = dx * s + dy * c;
        double iwx2 = 1.0 / (wx * wx);
        double iwy2 = 1.0 / (wy * wy);
        double e = Math.exp(-0.5 * (u * u * iwx2 + v * v * iwy2));
        if (d != null) {
            double ae = a * e;
            // d(exponent)/d(dx) = -(u c/wx² + v s/wy²), and dx = x - x0
            d[0] = e;
            d[1] = ae * (u * c * iwx2 + v * s * iwy2);
            d[2] = ae * (-u * s * iwx2 + v * c * iwy2);
            d[3] = ae * u * u * iwx2 / wx;
            d[4] = ae * v * v * iwy2 / wy;
            d[5] = 1.0;
            // du/dr = -v, dv/dr = u
            d[6] = -ae * (u * (-v) * iwx2 + v * u * iwy2);
        }
        return a * e + p[5];
    }

    private static double cauchy2dElliptic(double[] p, double x, double y, double[] d) {
        double a = p[0];
        double tx = (x - p[1]) / p[3];
        double ty = (y - p[2]) / p[4];
        double fx = 1.0 / (tx * tx + 1.0);
        double fy = 1.0 / (ty * ty + 1.0);
        if (d != null) {
            double afxfy = a * fx * fy;
            d[0] = fx * fy;
            d[1] = afxfy * fx * 2.0 * tx / p[3];
            d[2] = afxfy * fy * 2.0 * ty / p[4];
            d[3] = afxfy * fx * 2.0 * tx * tx / p[3];
            d[4] = afxfy * fy * 2.0 * ty * ty / p[4];
            d[5] = 1.0;
        }
        return a * fx * fy + p[5];
    }

    private static double exponential(double[] p, double x, double y, double[] d) {
        double e = Math.exp(-p[1] * x);
        if (d != null) {
            d[0] = e;
            d[1] = -p[0] * x * e;
            d[2] = 1.0;
        }
        return p[0] * e + p[2];
    }

    private static double polynomial(int np, double[] p, double x, double[] d) {
        // polynomial by Horner's rule; derivatives are the powers of x
        double v = p[np - 1];
        for (int k = np - 2; k >= 0; k--) {
            v = v * x + p[k];
        }
        if (d != null) {
            double xp = 1.0;
            for (int k = 0; k < np; k++) {
                d[k] = xp;
                xp *= x;
            }
        }
        return v;
    }

    private static double linear1d(double[] p, double x, double[] d) {
        if (d != null) {
            d[0] = 1.0;
            d[1] = x;
        }
        return p[0] + p[1] * x;
    }
}
