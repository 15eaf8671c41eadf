package org.sciaccel.registry;

import java.util.List;
import org.sciaccel.NDArray;
import org.sciaccel.stats.BinnedStatisticResult;
import org.sciaccel.stats.DescribeResult;
import org.sciaccel.stats.GaussianKde;
import org.sciaccel.stats.MannwhitneyuResult;
import org.sciaccel.stats.LinregressResult;
import org.sciaccel.stats.AndersonResult;
import org.sciaccel.stats.Chi2ContingencyResult;
import org.sciaccel.stats.KstestResult;
import org.sciaccel.stats.ModeResult;
import org.sciaccel.stats.SignificanceResult;
import org.sciaccel.stats.PearsonRResult;
import org.sciaccel.stats.PowerDivergenceResult;
import org.sciaccel.stats.Stats;
import org.sciaccel.stats.TtestIndResult;
import org.sciaccel.stats.TtestResult;
import org.sciaccel.stats.WilcoxonResult;

/**
 * The registry entries of scipy.stats' statistical functions (issue 17, part "functions"), under SciPy's names
 * and SciPy 1.10's parameter names. They are compositions of NumPy's array operations (sorts, reductions,
 * element-wise programs) on the inputs' backend; the small scalar tails (p-values) run on 0-d arrays there.
 */
public final class StatsFunctionsEntries implements OpEntries {
    /** Every op of this family, as registered. */
    public static final List<String> NAMES = List.of("stats.describe", "stats.moment", "stats.skew", "stats.kurtosis",
            "stats.zscore", "stats.sem", "stats.gmean", "stats.hmean", "stats.iqr", "stats.scoreatpercentile",
            "stats.percentileofscore", "stats.mode", "stats.binned_statistic", "stats.gaussian_kde",
            "stats.ttest_ind", "stats.ttest_rel", "stats.ttest_1samp", "stats.chisquare", "stats.power_divergence", "stats.mannwhitneyu", "stats.pearsonr", "stats.linregress",
            "stats.spearmanr", "stats.anderson", "stats.chi2_contingency", "stats.kendalltau",
            "stats.wilcoxon", "stats.ks_2samp", "stats.fisher_exact");

    @Override
    public SpiFamily family() {
        return SpiFamily.REDUCTION; // reductions, sorts and element-wise programs of the backends' NumPy ops
    }

    static Integer axis(OpArgs a) {
        return a.isNone("axis") ? null : a.integer("axis");
    }

    private static ParamSpec axisParam(String dflt) {
        return ParamSpec.optionalOrNone("axis", ParamTypes.INT, dflt, "the axis of the statistic; none: all elements");
    }

    private static ParamSpec nanPolicy() {
        return ParamSpec.optional("nan_policy", ParamTypes.STRING, "propagate",
                "propagate, raise, or omit (one sample: 1-D or axis none)");
    }

    @Override
    public void register(OpRegistry r) {
        r.add(OpSpec.builder("stats.describe")
                .summary("nobs, (min, max), mean, variance, skewness and kurtosis along an axis.")
                .input("a", "sample")
                .param(axisParam("0"))
                .param(ParamSpec.optional("ddof", ParamTypes.INT, "1", "delta degrees of freedom of the variance"))
                .param(ParamSpec.optional("bias", ParamTypes.BOOL, "true", "false: skewness and kurtosis corrected"))
                .param(nanPolicy())
                .output("nobs", "the number of observations along the axis")
                .output("minmax", "min and max stacked on a new first axis")
                .output("mean", "the mean").output("variance", "the variance (ddof)")
                .output("skewness", "the skewness").output("kurtosis", "the kurtosis (Fisher)")
                .invoker(a -> {
                    try (DescribeResult d = Stats.describe(a.input(0), axis(a), a.integer("ddof"), a.flag("bias"),
                            a.text("nan_policy"))) {
                        return new OpOutputs().scalar("nobs", d.nobs()).array("minmax", d.minmax())
                                .array("mean", d.mean().copyTo(d.mean().backend()))
                                .array("variance", d.variance().copyTo(d.variance().backend()))
                                .array("skewness", d.skewness().copyTo(d.skewness().backend()))
                                .array("kurtosis", d.kurtosis().copyTo(d.kurtosis().backend()));
                    }
                })
                .build());
        r.add(OpSpec.builder("stats.moment")
                .summary("The central moment(s) of the given order(s) along an axis.")
                .input("a", "sample")
                .param(ParamSpec.optional("moment", ParamTypes.INT_PER_AXIS, "1", "order, or a comma list of orders"))
                .param(axisParam("0")).param(nanPolicy())
                .output("result", "the moment (several orders: stacked on a new first axis)")
                .invoker(a -> OpOutputs.result(Stats.moment(a.input(0), a.integers("moment"), axis(a),
                        a.text("nan_policy"))))
                .build());
        r.add(OpSpec.builder("stats.skew")
                .summary("The sample skewness m3 / m2**1.5.")
                .input("a", "sample").param(axisParam("0"))
                .param(ParamSpec.optional("bias", ParamTypes.BOOL, "true", "false: corrected for statistical bias"))
                .param(nanPolicy())
                .output("result", "the skewness")
                .invoker(a -> OpOutputs.result(Stats.skew(a.input(0), axis(a), a.flag("bias"), a.text("nan_policy"))))
                .build());
        r.add(OpSpec.builder("stats.kurtosis")
                .summary("The sample kurtosis m4 / m2**2 (minus 3: Fisher's).")
                .input("a", "sample").param(axisParam("0"))
                .param(ParamSpec.optional("fisher", ParamTypes.BOOL, "true", "subtract 3 (normal: 0)"))
                .param(ParamSpec.optional("bias", ParamTypes.BOOL, "true", "false: corrected for statistical bias"))
                .param(nanPolicy())
                .output("result", "the kurtosis")
                .invoker(a -> OpOutputs.result(Stats.kurtosis(a.input(0), axis(a), a.flag("fisher"), a.flag("bias"),
                        a.text("nan_policy"))))
                .build());
        r.add(OpSpec.builder("stats.zscore")
                .summary("(a - mean) / std along an axis.")
                .input("a", "sample").param(axisParam("0"))
                .param(ParamSpec.optional("ddof", ParamTypes.INT, "0", "delta degrees of freedom of the std"))
                .param(nanPolicy())
                .output("result", "the z-scores, a's shape")
                .invoker(a -> OpOutputs.result(Stats.zscore(a.input(0), axis(a), a.integer("ddof"), a.text("nan_policy"))))
                .build());
        r.add(OpSpec.builder("stats.sem")
                .summary("The standard error of the mean, std(ddof) / sqrt(n).")
                .input("a", "sample").param(axisParam("0"))
                .param(ParamSpec.optional("ddof", ParamTypes.INT, "1", "delta degrees of freedom"))
                .param(nanPolicy())
                .output("result", "the standard error")
                .invoker(a -> OpOutputs.result(Stats.sem(a.input(0), axis(a), a.integer("ddof"), a.text("nan_policy"))))
                .build());
        r.add(mean("gmean", "The weighted geometric mean exp(average(log a)).", true));
        r.add(mean("hmean", "The weighted harmonic mean 1 / average(1/a).", false));
        r.add(OpSpec.builder("stats.iqr")
                .summary("The interquartile range (or another percentile range) along an axis.")
                .input("x", "sample").param(ParamSpec.optionalNone("axis", ParamTypes.INT, "axis; none: all elements"))
                .param(ParamSpec.optional("rng", ParamTypes.REAL_PER_AXIS, "25,75", "the two percentiles"))
                .param(ParamSpec.optional("scale", ParamTypes.STRING, "1.0", "a number, or raw or normal"))
                .param(nanPolicy())
                .param(ParamSpec.optional("interpolation", ParamTypes.STRING, "linear", "numpy.percentile's method"))
                .param(ParamSpec.optional("keepdims", ParamTypes.BOOL, "false", "keep the reduced axis"))
                .output("result", "the range")
                .invoker(a -> {
                    String sc = a.text("scale");
                    double scale;
                    try {
                        scale = Double.parseDouble(sc);
                    } catch (NumberFormatException e) {
                        scale = Stats.iqrScale(sc);
                    }
                    return OpOutputs.result(Stats.iqr(a.input(0), axis(a), a.reals("rng"), scale, a.text("nan_policy"),
                            a.text("interpolation"), a.flag("keepdims")));
                })
                .build());
        r.add(OpSpec.builder("stats.scoreatpercentile")
                .summary("The score at a percentile of the sorted sample.")
                .input("a", "sample")
                .param(ParamSpec.required("per", ParamTypes.REAL_PER_AXIS, "percentile, or a comma list"))
                .param(ParamSpec.optional("per_is_scalar", ParamTypes.BOOL, "true",
                        "whether per is one number (a scalar result) rather than a list"))
                .param(ParamSpec.optionalNone("limit", ParamTypes.REAL_PER_AXIS, "lower,upper: elements used"))
                .param(ParamSpec.optional("interpolation_method", ParamTypes.STRING, "fraction", "fraction, lower, higher"))
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT, "axis; none: all elements"))
                .output("result", "the score(s)")
                .invoker(a -> {
                    double[] limit = a.isNone("limit") ? null : a.reals("limit");
                    double[] per = a.reals("per");
                    return OpOutputs.result(a.flag("per_is_scalar") && per.length == 1
                            ? Stats.scoreatpercentile(a.input(0), per[0], limit, a.text("interpolation_method"), axis(a))
                            : Stats.scoreatpercentile(a.input(0), per, limit, a.text("interpolation_method"), axis(a)));
                })
                .build());
        r.add(OpSpec.builder("stats.percentileofscore")
                .summary("The percentile rank of scores relative to a 1-D sample.")
                .input("a", "1-D sample").input("score", "scores (any shape)")
                .param(ParamSpec.optional("kind", ParamTypes.STRING, "rank", "rank, weak, strict or mean"))
                .param(nanPolicy())
                .output("result", "the percentile ranks, score's shape")
                .invoker(a -> OpOutputs.result(Stats.percentileofscore(a.input(0), a.input(1), a.text("kind"),
                        a.text("nan_policy"))))
                .build());
        r.add(OpSpec.builder("stats.mode")
                .summary("The most frequent value along an axis and its count.")
                .input("a", "sample").param(axisParam("0")).param(nanPolicy())
                .param(ParamSpec.optionalNone("keepdims", ParamTypes.BOOL, "keep the axis (none: SciPy 1.10's default, kept)"))
                .output("mode", "the modal values").output("count", "their counts (int64)")
                .invoker(a -> {
                    ModeResult m = Stats.mode(a.input(0), axis(a), a.text("nan_policy"),
                            a.isNone("keepdims") ? null : a.flag("keepdims"));
                    return new OpOutputs().array("mode", m.mode()).array("count", m.count());
                })
                .build());
        r.add(OpSpec.builder("stats.binned_statistic")
                .summary("A statistic of the values in each bin of x.")
                .input("x", "1-D sample binned").input("values", "1-D values, x's length")
                .param(ParamSpec.optional("statistic", ParamTypes.STRING, "mean", "mean, std, median, count, sum, min, max"))
                .param(ParamSpec.optional("bins", ParamTypes.REAL_PER_AXIS, "10",
                        "the number of equal-width bins, or the edges as a comma list of two or more"))
                .param(ParamSpec.optionalNone("range", ParamTypes.REAL_PER_AXIS, "lower,upper of the bins"))
                .output("statistic", "the statistic per bin").output("bin_edges", "the edges")
                .output("binnumber", "each element's bin (1 .. bins; 0 and bins+1 outside)")
                .invoker(a -> {
                    double[] bins = a.reals("bins");
                    double[] range = a.isNone("range") ? null : a.reals("range");
                    BinnedStatisticResult res;
                    if (bins.length == 1) {
                        if (bins[0] != Math.rint(bins[0])) {
                            throw new IllegalArgumentException("stats.binned_statistic: bins must be an integer or "
                                    + "edges, got " + bins[0]);
                        }
                        res = Stats.binnedStatistic(a.input(0), a.input(1), a.text("statistic"), (int) bins[0], range);
                    } else {
                        try (NDArray e = NDArray.fromHost(a.backend(), org.sciaccel.HostArray.fromDoubles(bins, org.sciaccel.DType.FLOAT64, bins.length))) {
                            res = Stats.binnedStatistic(a.input(0), a.input(1), a.text("statistic"), e);
                        }
                    }
                    return new OpOutputs().array("statistic", res.statistic()).array("bin_edges", res.binEdges())
                            .array("binnumber", res.binnumber());
                })
                .build());
        r.add(OpSpec.builder("stats.gaussian_kde")
                .summary("A Gaussian kernel density estimate of dataset, evaluated at points.")
                .input("dataset", "(d, n) data, or 1-D").input("points", "(d, m) points, or 1-D")
                .optionalInput("weights", "n weights")
                .param(ParamSpec.optional("bw_method", ParamTypes.STRING, "scott", "scott, silverman, or a number"))
                .output("result", "the density at each point (m)")
                .invoker(a -> {
                    String bw = a.text("bw_method");
                    NDArray w = a.inputCount() > 2 ? a.input(2) : null;
                    GaussianKde kde;
                    if (bw.equals("scott") || bw.equals("silverman")) {
                        kde = Stats.gaussianKde(a.input(0), bw, w);
                    } else {
                        double f;
                        try {
                            f = Double.parseDouble(bw);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("stats.gaussian_kde: `bw_method` should be 'scott', "
                                    + "'silverman', a scalar or a callable (got '" + bw + "')");
                        }
                        kde = Stats.gaussianKde(a.input(0), f, w);
                    }
                    try (kde) {
                        return OpOutputs.result(kde.evaluate(a.input(1)));
                    }
                })
                .build());
        r.add(OpSpec.builder("stats.ttest_ind")
                .summary("The t-test of the means of two independent samples (Student's or Welch's).")
                .input("a", "first sample").input("b", "second sample")
                .param(axisParam("0"))
                .param(ParamSpec.optional("equal_var", ParamTypes.BOOL, "true", "false: Welch's test"))
                .param(nanPolicy()).param(alternative())
                .output("statistic", "the t statistic").output("pvalue", "its p-value")
                .invoker(a -> {
                    TtestIndResult t = Stats.ttestInd(a.input(0), a.input(1), axis(a), a.flag("equal_var"),
                            a.text("nan_policy"), a.text("alternative"));
                    return new OpOutputs().array("statistic", t.statistic()).array("pvalue", t.pvalue());
                })
                .build());
        r.add(OpSpec.builder("stats.ttest_rel")
                .summary("The t-test of the mean difference of paired samples.")
                .input("a", "first sample").input("b", "second sample, a's length along the axis")
                .param(axisParam("0")).param(nanPolicy()).param(alternative())
                .output("statistic", "the t statistic").output("pvalue", "its p-value").output("df", "degrees of freedom")
                .invoker(a -> ttest(Stats.ttestRel(a.input(0), a.input(1), axis(a), a.text("nan_policy"),
                        a.text("alternative"))))
                .build());
        r.add(OpSpec.builder("stats.ttest_1samp")
                .summary("The t-test of a sample's mean against popmean.")
                .input("a", "sample")
                .param(ParamSpec.required("popmean", ParamTypes.REAL_NUMBER, "the hypothesised mean"))
                .param(axisParam("0")).param(nanPolicy()).param(alternative())
                .output("statistic", "the t statistic").output("pvalue", "its p-value").output("df", "degrees of freedom")
                .invoker(a -> ttest(Stats.ttest1samp(a.input(0), a.real("popmean"), axis(a), a.text("nan_policy"),
                        a.text("alternative"))))
                .build());
        r.add(OpSpec.builder("stats.chisquare")
                .summary("Pearson's chi-square test of observed against expected frequencies.")
                .input("f_obs", "observed frequencies").optionalInput("f_exp", "expected (default: all equal)")
                .param(ParamSpec.optional("ddof", ParamTypes.INT, "0", "the p-value's degrees of freedom are k - 1 - ddof"))
                .param(axisParam("0"))
                .output("statistic", "the chi-square statistic").output("pvalue", "its p-value")
                .invoker(a -> divergence(Stats.chisquare(a.input(0), a.inputCount() > 1 ? a.input(1) : null,
                        a.integer("ddof"), axis(a))))
                .build());
        r.add(OpSpec.builder("stats.power_divergence")
                .summary("The Cressie-Read power divergence test of observed against expected frequencies.")
                .input("f_obs", "observed frequencies").optionalInput("f_exp", "expected (default: all equal)")
                .param(ParamSpec.optional("ddof", ParamTypes.INT, "0", "the p-value's degrees of freedom are k - 1 - ddof"))
                .param(axisParam("0"))
                .param(ParamSpec.optionalNone("lambda_", ParamTypes.STRING,
                        "a number or pearson, log-likelihood, freeman-tukey, mod-log-likelihood, neyman, cressie-read"))
                .output("statistic", "the statistic").output("pvalue", "its p-value")
                .invoker(a -> {
                    double lambda = 1;
                    if (!a.isNone("lambda_")) {
                        String l = a.text("lambda_");
                        try {
                            lambda = Double.parseDouble(l);
                        } catch (NumberFormatException e) {
                            lambda = Stats.powerDivergenceLambda(l);
                        }
                    }
                    return divergence(Stats.powerDivergence(a.input(0), a.inputCount() > 1 ? a.input(1) : null,
                            a.integer("ddof"), axis(a), lambda));
                })
                .build());
        r.add(OpSpec.builder("stats.mannwhitneyu")
                .summary("The Mann-Whitney U rank test of two independent samples.")
                .input("x", "first sample").input("y", "second sample")
                .param(ParamSpec.optional("use_continuity", ParamTypes.BOOL, "true", "continuity correction (asymptotic)"))
                .param(alternative()).param(axisParam("0"))
                .param(ParamSpec.optional("method", ParamTypes.STRING, "auto", "auto, exact or asymptotic"))
                .param(nanPolicy())
                .output("statistic", "U of x").output("pvalue", "its p-value")
                .invoker(a -> {
                    MannwhitneyuResult m = Stats.mannwhitneyu(a.input(0), a.input(1), a.flag("use_continuity"),
                            a.text("alternative"), axis(a), a.text("method"), a.text("nan_policy"));
                    return new OpOutputs().array("statistic", m.statistic()).array("pvalue", m.pvalue());
                })
                .build());
        r.add(OpSpec.builder("stats.pearsonr")
                .summary("Pearson's correlation coefficient of two 1-D samples and its p-value.")
                .input("x", "1-D sample").input("y", "1-D sample, x's length").param(alternative())
                .output("statistic", "r").output("pvalue", "its p-value")
                .invoker(a -> {
                    PearsonRResult p = Stats.pearsonr(a.input(0), a.input(1), a.text("alternative"));
                    return new OpOutputs().array("statistic", p.statistic()).array("pvalue", p.pvalue());
                })
                .build());
        r.add(OpSpec.builder("stats.linregress")
                .summary("The least-squares regression line of two 1-D samples.")
                .input("x", "1-D sample (or (2, N) / (N, 2) without y)").optionalInput("y", "1-D sample")
                .param(alternative())
                .output("slope", "slope").output("intercept", "intercept").output("rvalue", "r")
                .output("pvalue", "p-value of the slope").output("stderr", "the slope's standard error")
                .output("intercept_stderr", "the intercept's standard error")
                .invoker(a -> {
                    LinregressResult l = Stats.linregress(a.input(0), a.inputCount() > 1 ? a.input(1) : null,
                            a.text("alternative"));
                    return new OpOutputs().scalar("slope", l.slope()).scalar("intercept", l.intercept())
                            .scalar("rvalue", l.rvalue()).scalar("pvalue", l.pvalue()).scalar("stderr", l.stderr())
                            .scalar("intercept_stderr", l.interceptStderr());
                })
                .build());
        r.add(OpSpec.builder("stats.spearmanr")
                .summary("Spearman's rank correlation of two 1-D samples and its p-value.")
                .input("a", "1-D sample").input("b", "1-D sample, a's length")
                .param(nanPolicy()).param(alternative())
                .output("statistic", "the rank correlation").output("pvalue", "its p-value")
                .invoker(a -> {
                    SignificanceResult res = Stats.spearmanr(a.input(0), a.input(1), a.text("nan_policy"),
                            a.text("alternative"));
                    return new OpOutputs().array("statistic", res.statistic()).array("pvalue", res.pvalue());
                })
                .build());
        r.add(OpSpec.builder("stats.anderson")
                .summary("The Anderson-Darling test of a 1-D sample against the normal or exponential family.")
                .input("x", "1-D sample")
                .param(ParamSpec.optional("dist", ParamTypes.STRING, "norm", "norm or expon"))
                .output("statistic", "A**2").output("critical_values", "the critical values")
                .output("significance_level", "their significance levels (percent)")
                .invoker(a -> {
                    AndersonResult res = Stats.anderson(a.input(0), a.text("dist"));
                    return new OpOutputs().array("statistic", res.statistic())
                            .array("critical_values", res.criticalValues())
                            .array("significance_level", res.significanceLevel());
                })
                .build());
        r.add(OpSpec.builder("stats.chi2_contingency")
                .summary("The chi-square test of independence of a contingency table's variables.")
                .input("observed", "the table of observed frequencies")
                .param(ParamSpec.optional("correction", ParamTypes.BOOL, "true", "Yates' correction where dof is 1"))
                .param(ParamSpec.optionalNone("lambda_", ParamTypes.STRING,
                        "a number or one of power_divergence's names (none: pearson)"))
                .output("statistic", "the statistic").output("pvalue", "its p-value").output("dof", "degrees of freedom")
                .output("expected_freq", "the expected frequencies")
                .invoker(a -> {
                    double lambda = 1;
                    if (!a.isNone("lambda_")) {
                        String l = a.text("lambda_");
                        try {
                            lambda = Double.parseDouble(l);
                        } catch (NumberFormatException e) {
                            lambda = Stats.powerDivergenceLambda(l);
                        }
                    }
                    Chi2ContingencyResult c = Stats.chi2Contingency(a.input(0), a.flag("correction"), lambda);
                    return new OpOutputs().array("statistic", c.statistic()).array("pvalue", c.pvalue())
                            .scalar("dof", c.dof()).array("expected_freq", c.expectedFreq());
                })
                .build());
        r.add(OpSpec.builder("stats.kendalltau")
                .summary("Kendall's tau of two samples and its p-value.")
                .input("x", "sample (flattened)").input("y", "sample, x's size")
                .param(nanPolicy())
                .param(ParamSpec.optional("method", ParamTypes.STRING, "auto", "auto, exact or asymptotic"))
                .param(ParamSpec.optional("variant", ParamTypes.STRING, "b", "b or c"))
                .param(alternative())
                .output("statistic", "tau").output("pvalue", "its p-value")
                .invoker(a -> {
                    SignificanceResult res = Stats.kendalltau(a.input(0), a.input(1), a.text("nan_policy"),
                            a.text("method"), a.text("variant"), a.text("alternative"));
                    return new OpOutputs().array("statistic", res.statistic()).array("pvalue", res.pvalue());
                })
                .build());
        r.add(OpSpec.builder("stats.wilcoxon")
                .summary("The Wilcoxon signed-rank test of paired differences.")
                .input("x", "1-D sample (the differences, or the first of a pair)")
                .optionalInput("y", "1-D second sample of the pairs")
                .param(ParamSpec.optional("zero_method", ParamTypes.STRING, "wilcox", "wilcox, pratt or zsplit"))
                .param(ParamSpec.optional("correction", ParamTypes.BOOL, "false", "continuity correction (approx)"))
                .param(alternative())
                .param(ParamSpec.optional("method", ParamTypes.STRING, "auto", "auto, exact or approx"))
                .param(nanPolicy())
                .output("statistic", "the statistic").output("pvalue", "its p-value")
                .optionalOutput("zstatistic", "the normal statistic (method approx)")
                .invoker(a -> {
                    WilcoxonResult w = Stats.wilcoxon(a.input(0), a.inputCount() > 1 ? a.input(1) : null,
                            a.text("zero_method"), a.flag("correction"), a.text("alternative"), a.text("method"),
                            a.text("nan_policy"));
                    OpOutputs o = new OpOutputs().array("statistic", w.statistic()).array("pvalue", w.pvalue());
                    return w.zstatistic() == null ? o : o.array("zstatistic", w.zstatistic());
                })
                .build());
        r.add(OpSpec.builder("stats.ks_2samp")
                .summary("The two-sample Kolmogorov-Smirnov test.")
                .input("data1", "1-D sample").input("data2", "1-D sample")
                .param(alternative())
                .param(ParamSpec.optional("method", ParamTypes.STRING, "auto", "auto, exact or asymp"))
                .output("statistic", "the statistic").output("pvalue", "its p-value")
                .output("statistic_location", "where the statistic is attained")
                .output("statistic_sign", "+1 or -1")
                .invoker(a -> {
                    KstestResult k = Stats.ks2samp(a.input(0), a.input(1), a.text("alternative"), a.text("method"));
                    return new OpOutputs().scalar("statistic", k.statistic()).scalar("pvalue", k.pvalue())
                            .scalar("statistic_location", k.statisticLocation())
                            .scalar("statistic_sign", k.statisticSign());
                })
                .build());
        r.add(OpSpec.builder("stats.fisher_exact")
                .summary("Fisher's exact test of a 2 x 2 contingency table.")
                .input("table", "2 x 2 counts").param(alternative())
                .output("statistic", "the odds ratio").output("pvalue", "its p-value")
                .invoker(a -> {
                    SignificanceResult res = Stats.fisherExact(a.input(0), a.text("alternative"));
                    return new OpOutputs().array("statistic", res.statistic()).array("pvalue", res.pvalue());
                })
                .build());
    }

    private static ParamSpec alternative() {
        return ParamSpec.optional("alternative", ParamTypes.STRING, "two-sided", "two-sided, less or greater");
    }

    private static OpOutputs ttest(TtestResult t) {
        return new OpOutputs().array("statistic", t.statistic()).array("pvalue", t.pvalue()).array("df", t.df());
    }

    private static OpOutputs divergence(PowerDivergenceResult r) {
        return new OpOutputs().array("statistic", r.statistic()).array("pvalue", r.pvalue());
    }

    private static OpSpec mean(String name, String summary, boolean geometric) {
        return OpSpec.builder("stats." + name)
                .summary(summary)
                .input("a", "sample (hmean: >= 0)")
                .optionalInput("weights", "weights, broadcast against a")
                .param(axisParam("0"))
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE, "the dtype a is cast to first"))
                .param(nanPolicy())
                .output("result", "the mean")
                .invoker(a -> {
                    NDArray w = a.inputCount() > 1 ? a.input(1) : null;
                    org.sciaccel.DType t = a.isNone("dtype") ? null : a.dtype("dtype");
                    return OpOutputs.result(geometric ? Stats.gmean(a.input(0), axis(a), t, w, a.text("nan_policy"))
                            : Stats.hmean(a.input(0), axis(a), t, w, a.text("nan_policy")));
                })
                .build();
    }
}
