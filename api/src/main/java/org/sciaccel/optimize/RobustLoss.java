package org.sciaccel.optimize;

import java.util.List;

/**
 * The robust losses ρ of {@code least_squares(loss=..., f_scale=C)}: the cost is
 * ½·Σ C²·ρ((f_i/C)²), and the solvers work on residuals and a Jacobian rescaled so that the
 * Gauss–Newton model of ½‖f‖² has the loss's gradient and (its first-order part of) Hessian.
 * Each loss, its first two derivatives and the rescaling follow scipy/optimize/_lsq's
 * construct_loss_function and scale_for_robust_loss_function operation by operation (NumPy's
 * {@code **0.5} is a square root, its {@code **2} a product, other powers {@code pow}; the sums are
 * NumPy's pairwise sums), so a robust fit takes SciPy's path. {@code linear} is the plain
 * ½‖f‖² and has no object ({@link #of} returns null), as SciPy's loss_function is None.
 */
final class RobustLoss {
    /** The losses by SciPy's names, in SciPy's order (its IMPLEMENTED_LOSSES). */
    static final List<String> NAMES = List.of("linear", "huber", "soft_l1", "cauchy", "arctan");

    private final String name;
    private final double fScale;

    private RobustLoss(String name, double fScale) {
        this.name = name;
        this.fScale = fScale;
    }

    /**
     * The loss {@code name} with the soft margin {@code fScale}, or null for {@code linear}.
     *
     * @throws IllegalArgumentException for a name SciPy does not implement (its message)
     */
    static RobustLoss of(String name, double fScale) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("`loss` must be one of dict_keys(['linear', 'huber', 'soft_l1', "
                    + "'cauchy', 'arctan']) or a callable. (loss='" + name + "')");
        }
        return name.equals("linear") ? null : new RobustLoss(name, fScale);
    }

    String name() {
        return name;
    }

    /** loss_function(f, cost_only=True): ½·C²·Σρ((f/C)²). */
    double cost(double[] f) {
        double[][] rho = evaluate(f, true);
        return 0.5 * fScale * fScale * CurveFitting.pairwiseSum(rho[0], 0, rho[0].length);
    }

    /** loss_function(f): {C²·ρ, ρ', ρ''/C²} at z = (f/C)², three rows of m. */
    double[][] rho(double[] f) {
        double[][] rho = evaluate(f, false);
        double c2 = fScale * fScale;
        for (int i = 0; i < f.length; i++) {
            rho[0][i] *= c2;
            rho[2][i] /= c2;
        }
        return rho;
    }

    /** The cost from {@link #rho}'s first row, as the solvers take it at the start: ½·Σ rho[0]. */
    static double cost(double[][] rho) {
        return 0.5 * CurveFitting.pairwiseSum(rho[0], 0, rho[0].length);
    }

    private double[][] evaluate(double[] f, boolean costOnly) {
        int m = f.length;
        double[][] rho = new double[3][m];
        for (int i = 0; i < m; i++) {
            double q = f[i] / fScale;
            double z = q * q;
            switch (name) {
                case "huber" -> {
                    if (z <= 1) {
                        rho[0][i] = z;
                        rho[1][i] = 1;
                        rho[2][i] = 0;
                    } else {
                        rho[0][i] = 2 * Math.sqrt(z) - 1;
                        rho[1][i] = Math.pow(z, -0.5);
                        rho[2][i] = -0.5 * Math.pow(z, -1.5);
                    }
                }
                case "soft_l1" -> {
                    double t = 1 + z;
                    rho[0][i] = 2 * (Math.sqrt(t) - 1);
                    rho[1][i] = Math.pow(t, -0.5);
                    rho[2][i] = -0.5 * Math.pow(t, -1.5);
                }
                case "cauchy" -> {
                    rho[0][i] = Math.log1p(z);
                    double t = 1 + z;
                    rho[1][i] = 1 / t;
                    rho[2][i] = -1 / (t * t);
                }
                case "arctan" -> {
                    rho[0][i] = Math.atan(z);
                    double t = 1 + z * z;
                    rho[1][i] = 1 / t;
                    rho[2][i] = -2 * z / (t * t);
                }
                default -> throw new IllegalStateException(name);
            }
        }
        if (costOnly) {
            rho[1] = null;
            rho[2] = null;
        }
        return rho;
    }

    /**
     * scale_for_robust_loss_function, in place: with s_i = √max(ρ'_i + 2ρ''_i·f_i², ε), the rows of
     * J (row-major m×n) times s_i and f_i times ρ'_i/s_i.
     */
    static void scale(double[] jac, int n, double[] f, double[][] rho) {
        for (int i = 0; i < f.length; i++) {
            double s = rho[1][i] + 2 * rho[2][i] * (f[i] * f[i]);
            if (s < TrustRegionSteps.EPS) {
                s = TrustRegionSteps.EPS;
            }
            s = Math.sqrt(s);
            f[i] *= rho[1][i] / s;
            for (int j = 0; j < n; j++) {
                jac[i * n + j] *= s;
            }
        }
    }
}
