package org.sciaccel.integrate;

import java.util.Locale;

/**
 * The explicit Runge-Kutta pairs that {@link Integrate#solveIvpBatch} runs, as SciPy 1.10's
 * {@code solve_ivp} defines them: the Butcher tableau (c, a, b), the error estimator's weights, the
 * dense-output coefficients, the orders. RK23 is Bogacki–Shampine with its cubic Hermite interpolant,
 * RK45 Dormand–Prince with Shampine's quartic interpolant, DOP853 Hairer's 8(5,3) pair with its
 * seventh-order interpolant (three more stages per step that has output points in it). One table for
 * the host solver and, through {@link #openClSource()}, the device kernel. {@link #RADAU} names the
 * implicit method of the same batch.
 */
public enum RkTableau {
    /** Bogacki–Shampine 3(2). */
    RK23(3, 2, 3,
            new double[] {0, 1.0 / 2, 3.0 / 4},
            new double[][] {{}, {1.0 / 2}, {0, 3.0 / 4}},
            new double[] {2.0 / 9, 1.0 / 3, 4.0 / 9},
            new double[] {5.0 / 72, -1.0 / 12, -1.0 / 9, 1.0 / 8},
            null,
            new double[][] {{1, -4.0 / 3, 5.0 / 9}, {0, 1, -2.0 / 3}, {0, 4.0 / 3, -8.0 / 9}, {0, -1, 1}}),
    /** Dormand–Prince 5(4). */
    RK45(5, 4, 6,
            new double[] {0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1},
            new double[][] {{}, {1.0 / 5}, {3.0 / 40, 9.0 / 40}, {44.0 / 45, -56.0 / 15, 32.0 / 9},
                {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
                {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656}},
            new double[] {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84},
            new double[] {-71.0 / 57600, 0, 71.0 / 16695, -71.0 / 1920, 17253.0 / 339200, -22.0 / 525, 1.0 / 40},
            null,
            new double[][] {
                {1, -8048581381.0 / 2820520608L, 8663915743.0 / 2820520608L, -12715105075.0 / 11282082432L},
                {0, 0, 0, 0},
                {0, 131558114200.0 / 32700410799L, -68118460800.0 / 10900136933L, 87487479700.0 / 32700410799L},
                {0, -1754552775.0 / 470086768, 14199869525.0 / 1410260304, -10690763975.0 / 1880347072},
                {0, 127303824393.0 / 49829197408L, -318862633887.0 / 49829197408L, 701980252875.0 / 199316789632L},
                {0, -282668133.0 / 205662961, 2019193451.0 / 616988883, -1453857185.0 / 822651844},
                {0, 40617522.0 / 29380423, -110615467.0 / 29380423, 69997945.0 / 29380423}}),
    /** Hairer's DOP853: order 8, error estimators of orders 5 and 3. */
    DOP853(8, 7, 12, Dop853.C, Dop853.A, Dop853.B, null, Dop853.E, null),
    /**
     * Radau IIA of order 5, implicit (three collocation stages, simplified Newton with the symbolic
     * Jacobian; {@link RadauBatchSolver}); no explicit tableau: only the orders, and the error order 3
     * its initial step is chosen for.
     */
    RADAU(5, 3, 3, RadauBatchSolver.C, new double[0][], null, null, null, null);

    /** Stages of DOP853's step (the 13th is f at the new point) and of its extended interpolant. */
    static final int DOP853_STAGES_EXTENDED = 16;

    /** The order of the step. */
    public final int order;
    /** The order of the error estimator: the error is taken proportional to h**(order + 1). */
    public final int errorEstimatorOrder;
    /** Stages of one step; the stage array holds one more row, f at the new point. */
    public final int stages;
    final double[] c;
    /** Row s holds the s coefficients of stage s (DOP853: all 16 rows, the extra stages' included). */
    final double[][] a;
    final double[] b;
    /** The error weights over the stages and f_new (RK23, RK45), or null. */
    final double[] e;
    /** DOP853: E5 (row 0) and E3 (row 1) over its 13 stages; null otherwise. */
    final double[][] e53;
    /** RK23, RK45: the interpolant's coefficients P (stages + 1 rows, one column per power); else null. */
    final double[][] p;

    RkTableau(int order, int errorEstimatorOrder, int stages, double[] c, double[][] a, double[] b, double[] e,
            double[][] e53, double[][] p) {
        this.order = order;
        this.errorEstimatorOrder = errorEstimatorOrder;
        this.stages = stages;
        this.c = c;
        this.a = a;
        this.b = b;
        this.e = e;
        this.e53 = e53;
        this.p = p;
    }

    /** The rows of the stage array a step keeps (DOP853: the interpolant's three extra stages too). */
    int stageRows() {
        return this == DOP853 ? DOP853_STAGES_EXTENDED : stages + 1;
    }

    /** SciPy's name of the method (RK23, RK45, DOP853, Radau). */
    public String scipyName() {
        return this == RADAU ? "Radau" : name();
    }

    /** The method by SciPy's name (case-sensitive, as solve_ivp takes it), or null. */
    static RkTableau byName(String method) {
        for (RkTableau t : values()) {
            if (t.scipyName().equals(method)) {
                return t;
            }
        }
        return null;
    }

    /**
     * OpenCL C for the tableau (Radau: {@code RK_RADAU}, its μ's and its C, E, T, TI, P row-major): {@code RK_STAGES}, {@code RK_ROWS}, {@code RK_INTERP} (the
     * interpolant's powers), {@code RK_ERROR_ORDER} and {@code __constant} arrays {@code rk_c},
     * {@code rk_a} (rows × rows, row-major, zeros above the stage), {@code rk_b}, and {@code rk_e}
     * ({@code rk_e5}, {@code rk_e3}, {@code rk_d} for DOP853) and {@code rk_p}; the literals
     * round-trip, so the kernel computes with the host's very numbers.
     */
    public String openClSource() {
        if (this == RADAU) {
            StringBuilder s = new StringBuilder("#define RK_RADAU 1\n");
            s.append("#define RADAU_MU_REAL ").append(String.format(Locale.ROOT, "%.17e", RadauBatchSolver.MU_REAL)).append('\n');
            s.append("#define RADAU_MU_COMPLEX_RE ").append(String.format(Locale.ROOT, "%.17e", RadauBatchSolver.MU_COMPLEX_RE))
                    .append('\n');
            s.append("#define RADAU_MU_COMPLEX_IM ").append(String.format(Locale.ROOT, "%.17e", RadauBatchSolver.MU_COMPLEX_IM))
                    .append('\n');
            array(s, "radau_c", RadauBatchSolver.C);
            array(s, "radau_e", RadauBatchSolver.E);
            array(s, "radau_t", flat(RadauBatchSolver.T));
            array(s, "radau_ti", flat(RadauBatchSolver.TI));
            array(s, "radau_p", flat(RadauBatchSolver.P));
            return s.toString();
        }
        int rows = stageRows();
        StringBuilder s = new StringBuilder();
        s.append("#define RK_STAGES ").append(stages).append('\n');
        s.append("#define RK_ROWS ").append(rows).append('\n');
        s.append("#define RK_ERROR_ORDER ").append(errorEstimatorOrder).append('\n');
        s.append("#define RK_DOP853 ").append(this == DOP853 ? 1 : 0).append('\n');
        double[] cs = new double[rows];
        System.arraycopy(c, 0, cs, 0, Math.min(rows, c.length));
        array(s, "rk_c", cs);
        double[] as = new double[rows * rows];
        for (int i = 0; i < Math.min(rows, a.length); i++) {
            System.arraycopy(a[i], 0, as, i * rows, a[i].length);
        }
        array(s, "rk_a", as);
        array(s, "rk_b", b);
        if (this == DOP853) {
            array(s, "rk_e5", e53[0]);
            array(s, "rk_e3", e53[1]);
            double[] d = new double[Dop853.D.length * rows];
            for (int i = 0; i < Dop853.D.length; i++) {
                System.arraycopy(Dop853.D[i], 0, d, i * rows, rows);
            }
            array(s, "rk_d", d);
            s.append("#define RK_INTERP 7\n");
        } else {
            array(s, "rk_e", e);
            int powers = p[0].length;
            double[] ps = new double[p.length * powers];
            for (int i = 0; i < p.length; i++) {
                System.arraycopy(p[i], 0, ps, i * powers, powers);
            }
            array(s, "rk_p", ps);
            s.append("#define RK_INTERP ").append(powers).append('\n');
        }
        return s.toString();
    }

    private static double[] flat(double[][] a) {
        double[] f = new double[a.length * a[0].length];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, f, i * a[0].length, a[0].length);
        }
        return f;
    }

    private static void array(StringBuilder s, String name, double[] v) {
        s.append("__constant REAL ").append(name).append('[').append(Math.max(v.length, 1)).append("] = {");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.17e", v[i]));
        }
        if (v.length == 0) {
            s.append('0');
        }
        s.append("};\n");
    }

    /** DOP853's coefficients (Hairer's published values). */
    static final class Dop853 {
        static final double[] C = {0.0, 0.05260015195876773, 0.0789002279381516, 0.1183503419072274, 0.2816496580927726, 0.3333333333333333, 0.25, 0.3076923076923077, 0.6512820512820513, 0.6, 0.8571428571428571, 1.0, 1.0, 0.1, 0.2, 0.7777777777777778};
        static final double[][] A = {
            {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.05260015195876773, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.0197250569845379, 0.0591751709536137, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.02958758547680685, 0.0, 0.08876275643042054, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.2413651341592667, 0.0, -0.8845494793282861, 0.924834003261792, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.037037037037037035, 0.0, 0.0, 0.17082860872947386, 0.12546768756682242, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.037109375, 0.0, 0.0, 0.17025221101954405, 0.06021653898045596, -0.017578125, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.03709200011850479, 0.0, 0.0, 0.17038392571223998, 0.10726203044637328, -0.015319437748624402, 0.008273789163814023, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.6241109587160757, 0.0, 0.0, -3.3608926294469414, -0.868219346841726, 27.59209969944671, 20.154067550477894, -43.48988418106996, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.47766253643826434, 0.0, 0.0, -2.4881146199716677, -0.590290826836843, 21.230051448181193, 15.279233632882423, -33.28821096898486, -0.020331201708508627, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {-0.9371424300859873, 0.0, 0.0, 5.186372428844064, 1.0914373489967295, -8.149787010746927, -18.52006565999696, 22.739487099350505, 2.4936055526796523, -3.0467644718982196, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {2.273310147516538, 0.0, 0.0, -10.53449546673725, -2.0008720582248625, -17.9589318631188, 27.94888452941996, -2.8589982771350235, -8.87285693353063, 12.360567175794303, 0.6433927460157636, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.054293734116568765, 0.0, 0.0, 0.0, 0.0, 4.450312892752409, 1.8915178993145003, -5.801203960010585, 0.3111643669578199, -0.1521609496625161, 0.20136540080403034, 0.04471061572777259, 0.0, 0.0, 0.0, 0.0},
            {0.056167502283047954, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25350021021662483, -0.2462390374708025, -0.12419142326381637, 0.15329179827876568, 0.00820105229563469, 0.007567897660545699, -0.008298, 0.0, 0.0, 0.0},
            {0.03183464816350214, 0.0, 0.0, 0.0, 0.0, 0.028300909672366776, 0.053541988307438566, -0.05492374857139099, 0.0, 0.0, -0.00010834732869724932, 0.0003825710908356584, -0.00034046500868740456, 0.1413124436746325, 0.0, 0.0},
            {-0.42889630158379194, 0.0, 0.0, 0.0, 0.0, -4.697621415361164, 7.683421196062599, 4.06898981839711, 0.3567271874552811, 0.0, 0.0, 0.0, -0.0013990241651590145, 2.9475147891527724, -9.15095847217987, 0.0},
        };
        /** The step's weights: row 12 of A. */
        static final double[] B = java.util.Arrays.copyOf(A[12], 12);
        /** The interpolant's four higher coefficient rows over the 16 stages. */
        static final double[][] D = {
            {-8.428938276109013, 0.0, 0.0, 0.0, 0.0, 0.5667149535193777, -3.0689499459498917, 2.38466765651207, 2.117034582445028, -0.871391583777973, 2.2404374302607883, 0.6315787787694688, -0.08899033645133331, 18.148505520854727, -9.194632392478356, -4.436036387594894},
            {10.427508642579134, 0.0, 0.0, 0.0, 0.0, 242.28349177525817, 165.20045171727028, -374.5467547226902, -22.113666853125306, 7.733432668472264, -30.674084731089398, -9.332130526430229, 15.697238121770845, -31.139403219565178, -9.35292435884448, 35.81684148639408},
            {19.985053242002433, 0.0, 0.0, 0.0, 0.0, -387.0373087493518, -189.17813819516758, 527.8081592054236, -11.57390253995963, 6.8812326946963, -1.0006050966910838, 0.7777137798053443, -2.778205752353508, -60.19669523126412, 84.32040550667716, 11.99229113618279},
            {-25.69393346270375, 0.0, 0.0, 0.0, 0.0, -154.18974869023643, -231.5293791760455, 357.6391179106141, 93.40532418362432, -37.45832313645163, 104.0996495089623, 29.8402934266605, -43.53345659001114, 96.32455395918828, -39.17726167561544, -149.72683625798564},
        };
        /** E5 and E3 over the 13 stages (E3: b less the third-order weights). */
        static final double[][] E;

        static {
            double[] e5 = {0.01312004499419488, 0.0, 0.0, 0.0, 0.0, -1.2251564463762044, -0.4957589496572502, 1.6643771824549864, -0.35032884874997366, 0.3341791187130175, 0.08192320648511571, -0.022355307863886294, 0.0};
            double[] e3 = java.util.Arrays.copyOf(B, 13);
            e3[0] -= 0.244094488188976377952755905512;
            e3[8] -= 0.733846688281611857341361741547;
            e3[11] -= 0.220588235294117647058823529412e-1;
            E = new double[][] {e5, e3};
        }

        private Dop853() {
        }
    }
}
