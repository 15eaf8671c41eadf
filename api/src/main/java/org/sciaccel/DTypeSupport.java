package org.sciaccel;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sciaccel.registry.ArraySpec;
import org.sciaccel.registry.OpRegistry;

/**
 * Which ops take the {@linkplain DType#isExtended() extended dtypes} (int8, int16, uint32, uint64,
 * float16). Every dtype can be stored, transferred and converted ({@code astype}), but an op takes
 * one of these only where it is listed here, checked on both backends to compute it as SciPy 1.10
 * does (output dtype included); for any other op {@link OpRouter} refuses the input with an
 * {@link IllegalArgumentException} naming the parameter, the dtype and the op, so that a kernel
 * written for the older types never sees it (a silently wrong answer is worse than a refusal).
 * float16 is refused in SciPy's words where SciPy itself refuses it.
 */
public final class DTypeSupport {
    private static final Set<DType> INTS = EnumSet.of(DType.INT8, DType.INT16, DType.UINT32, DType.UINT64);
    private static final Set<DType> ALL = EnumSet.of(DType.INT8, DType.INT16, DType.UINT32, DType.UINT64, DType.FLOAT16);
    private static final Map<String, Set<DType>> ACCEPTED = new HashMap<>();
    /** Ops for which SciPy 1.10 raises on float16 (ndimage's "array type not supported" and its kin). */
    private static final Map<String, String> SCIPY_FLOAT16_ERROR = new HashMap<>();

    static {
        // NumPy's element-wise functions take every dtype their loops take (NumpyTypes resolves them; both
        // engines compute all 14 dtypes, float16 in float32 rounded as NumPy's half loops).
        for (String op : org.sciaccel.registry.NumpyUfuncEntries.NAMES) {
            accept(op, ALL);
        }
        // scipy.special's element-wise functions: every dtype their loops take, resolved the same way.
        for (String op : org.sciaccel.registry.SpecialEntries.NAMES) {
            accept(op, ALL);
        }
        // scipy.special's other parts: the same (each part's registry entries list its ops)
        for (List<String> part : List.of(org.sciaccel.registry.SpecialEllipEntries.NAMES,
                org.sciaccel.registry.SpecialBesselEntries.NAMES, org.sciaccel.registry.SpecialIncompleteEntries.NAMES,
                org.sciaccel.registry.SpecialMiscEntries.NAMES)) {
            for (String op : part) {
                accept(op, ALL);
            }
        }
        // scipy.special, part stats-rest (pdtrik): every dtype its loops take
        for (String op : org.sciaccel.registry.SpecialStatsRestEntries.NAMES) {
            accept(op, ALL);
        }
        String notSupported = "RuntimeError: array type not supported";
        for (String op : List.of("gaussian_filter", "gaussian_filter1d", "uniform_filter", "uniform_filter1d",
                "median_filter", "minimum_filter", "minimum_filter1d", "maximum_filter", "maximum_filter1d",
                "correlate", "correlate1d", "convolve", "convolve1d", "rank_filter", "percentile_filter",
                "sobel", "prewitt", "laplace", "gaussian_laplace", "gaussian_gradient_magnitude",
                "generic_gradient_magnitude", "grey_erosion", "grey_dilation", "grey_opening", "grey_closing",
                "white_tophat", "black_tophat", "morphological_gradient", "morphological_laplace")) {
            SCIPY_FLOAT16_ERROR.put("ndimage." + op, notSupported);
        }
        for (String op : List.of("binary_erosion", "binary_dilation", "binary_opening", "binary_closing",
                "binary_hit_or_miss", "binary_propagation")) {
            SCIPY_FLOAT16_ERROR.put("ndimage." + op, "RuntimeError: data type not supported");
            // The input is converted to bool (value != 0) by astype before any kernel sees it.
            accept("ndimage." + op, INTS);
        }
        // binary_fill_holes starts from logical_not(input), which SciPy computes for float16 too.
        accept("ndimage.binary_fill_holes", ALL);
        // label and the distance transforms read input != 0 (astype to bool); SciPy's label has no
        // float16 signature, its distance transforms take np.where(input, 1, 0) of anything.
        accept("ndimage.label", INTS);
        accept("ndimage.distance_transform_edt", ALL);
        accept("ndimage.distance_transform_cdt", ALL);
        SCIPY_FLOAT16_ERROR.put("ndimage.label", "TypeError: No matching signature found");
        // The ndimage filters read lines into doubles and store with Casting's C cast on both backends
        // (cpu TypedLines, OpenCL IN_T/OUT_T kernels): int8, int16, uint32, uint64 in, the same out, as SciPy.
        for (String op : List.of("gaussian_filter", "gaussian_filter1d", "uniform_filter", "uniform_filter1d",
                "median_filter", "minimum_filter", "minimum_filter1d", "maximum_filter", "maximum_filter1d",
                "correlate", "correlate1d", "convolve", "convolve1d", "rank_filter", "percentile_filter",
                "sobel", "prewitt", "laplace", "gaussian_laplace", "gaussian_gradient_magnitude",
                "generic_gradient_magnitude")) {
            accept("ndimage." + op, INTS);
        }
        // The Fourier filters read every real input as a double (cpu astype, OpenCL IN_T converted per element) and
        // store float32/float64/complex only, as SciPy's loop; float16 it has no case for.
        for (String op : List.of("fourier_gaussian", "fourier_uniform", "fourier_ellipsoid", "fourier_shift")) {
            accept("ndimage." + op, INTS);
            SCIPY_FLOAT16_ERROR.put("ndimage." + op, "RuntimeError: data type not supported");
        }
        // The transforms convert their input first (Fft.complexType / realType: float16 to single
        // precision as scipy.fft does, the integers to double), and astype takes every dtype.
        for (String op : List.of("fft", "ifft", "fft2", "ifft2", "fftn", "ifftn", "rfft", "rfft2", "rfftn",
                "irfft", "irfft2", "irfftn", "hfft", "hfft2", "hfftn", "ihfft", "ihfft2", "ihfftn")) {
            accept("fft." + op, ALL);
        }
        accept("fftpack.fft", ALL);
        accept("fftpack.ifft", ALL);
        accept("fftpack.fft2", ALL);
        // fftshift / ifftshift move bytes (numpy.roll on both backends): every dtype, the same out.
        accept("fft.fftshift", ALL);
        accept("fft.ifftshift", ALL);
        // find_objects compares the labels as their own type (OpenCL LABEL_T uint / ulong for the unsigned
        // 32- and 64-bit labels, int for the narrower ones; the CPU reads them as int64).
        accept("ndimage.find_objects", INTS);
        // The label measurements: both backends compare an integer input's values exactly in its own type (uint64
        // unsigned) and sum it in 64-bit wrapping arithmetic as NumPy, a float16 one in float16 arithmetic where
        // SciPy does (LabelMeasurements); labels of every real dtype are compared by value (LabelKeys). The types
        // below are those the ops further on compute exactly through double.
        Set<DType> measured = EnumSet.of(DType.INT8, DType.INT16, DType.UINT32);
        for (String op : List.of("sum", "sum_labels", "mean", "variance", "standard_deviation", "minimum",
                "maximum", "median", "extrema", "minimum_position", "maximum_position", "center_of_mass",
                "histogram")) {
            accept("ndimage." + op, ALL);
        }
        // Grey morphology: the CPU compares in double and stores with Casting (cval and structure values by
        // cConvert, C's conversion; in-type wrap-around by castTo), OpenCL with IN_KIND / OUT_KIND (c_convert,
        // wrap_to_in); the gradient, laplace and tophats subtract in the promoted type on both. uint64 past 2^53
        // is not exact in double and stays refused; float16 SciPy refuses.
        for (String op : List.of("grey_erosion", "grey_dilation", "grey_opening", "grey_closing",
                "morphological_gradient", "morphological_laplace", "white_tophat", "black_tophat")) {
            accept("ndimage." + op, measured);
        }
        // convolve2d / correlate2d sum integers in 64-bit wrapping arithmetic narrowed to the type (SciPy's
        // typed sums wrap alike); the CPU reads the integers through double, so uint64 stays refused.
        accept("signal.convolve2d", measured);
        accept("signal.correlate2d", measured);
        // wiener squares in the image's type (combineParts wraps as NumPy's im**2) and filters into float64.
        accept("signal.wiener", INTS);
        // fftconvolve and resample transform through scipy.fft's conversions (integers to double, float16
        // to single precision); detrend converts the integers to double. float16's constant detrend is
        // float16 arithmetic in SciPy (data - float16 mean), not computed so here: refused.
        accept("signal.fftconvolve", ALL);
        accept("signal.resample", ALL);
        accept("signal.detrend", INTS);
        // Only the structure's non-zero pattern is read; the result is bool, as SciPy's.
        accept("ndimage.iterate_structure", ALL);
        // signal.medfilt / medfilt2d are median_filter with zero padding: same dtype out.
        accept("signal.medfilt", INTS);
        accept("signal.medfilt2d", INTS);
        // numpy.random's permutation, shuffle and choice move whole elements (RandomOps.take): every dtype, unchanged.
        for (String op : List.of("permutation", "shuffle", "choice")) {
            accept("numpy.random." + op, ALL);
        }
        // linalg.norm reads the integers as float64 (NumPy's astype(float)) and float16 as itself, its
        // result float16 (numpy.linalg.norm computes in float16; sciaccel in double, rounded once).
        accept("linalg.norm", ALL);
        // curve_fit reads xdata, ydata and p0 as float64 (SciPy: np.asarray_chkfinite(ydata, float)).
        accept("optimize.curve_fit", ALL);
        // the batched minimisers and root finders read x0 and the constants as float64 (SciPy's
        // np.asarray(x0, dtype=float) of each problem)
        accept("optimize.minimize_batch", ALL);
        accept("optimize.root_batch", ALL);
        // the batched ODE solver reads y0 and the constants as float64 (solve_ivp's y0.astype(float))
        accept("integrate.solve_ivp_batch", ALL);
        // cdist and pdist read every real dtype as float64 (SciPy's np.ascontiguousarray(X, dtype=double));
        // squareform copies elements bit for bit and compares them (its checks) with NumPy's equal.
        accept("spatial.distance.cdist", ALL);
        accept("spatial.distance.pdist", ALL);
        accept("spatial.distance.squareform", ALL);
        // scipy.cluster.vq computes the integers in float64 (NumPy's common_type); float16 it refuses (sciaccel
        // runs no half-precision vq: SciPy's falls back to cdist there)
        for (String op : List.of("vq", "kmeans", "kmeans2")) {
            accept("cluster.vq." + op, INTS);
        }
        // whiten is NumPy's std and divide, which take every dtype as NumPy does (float16 in float16)
        accept("cluster.vq.whiten", ALL);
        // scipy.stats' functions are compositions of NumPy's ops, each taking every dtype as NumPy does (the integers
        // promoted to float64 by the reductions, as SciPy's calls promote them); multivariate_normal reads its
        // parameters as float64 (SciPy's np.asarray(..., dtype=float))
        for (String op : org.sciaccel.registry.StatsFunctionsEntries.NAMES) {
            accept(op, ALL);
        }
        for (String m : List.of("pdf", "logpdf", "cdf", "rvs")) {
            accept("stats.multivariate_normal." + m, ALL);
        }
        // the distributions' fit reads the data as float64 (SciPy's computations promote integer data to float64)
        for (String d : List.of("norm", "expon", "uniform", "gumbel_r", "gumbel_l", "genextreme", "weibull_min",
                "weibull_max", "cauchy", "laplace", "logistic", "rayleigh", "pareto", "triang", "lognorm")) {
            accept("stats." + d + ".fit", ALL);
        }
        // part "cont3": t, chi2, f and gamma's fit read the data as float64 as well
        for (String d : List.of("t", "chi2", "f", "gamma")) {
            accept("stats." + d + ".fit", ALL);
        }
        // part stats4: beta, vonmises and truncnorm's fit read the data as float64 as well
        for (String d : List.of("beta", "vonmises", "truncnorm")) {
            accept("stats." + d + ".fit", ALL);
        }
        // linkage reads a condensed matrix as float64 and observations through pdist (every real dtype)
        accept("cluster.hierarchy.linkage", ALL);
        // cKDTree reads its data and query points as float64 (SciPy's np.asarray(..., dtype=np.float64))
        for (String m : List.of("query", "query_ball_point", "query_pairs")) {
            accept("spatial.cKDTree." + m, ALL);
        }
        // PCA keeps float32 and reads every other real dtype as float64 (scikit-learn's dtype=[float64, float32])
        accept("sklearn.decomposition.PCA", ALL);
        // KMeans likewise keeps float32 and reads the other real dtypes as float64
        accept("sklearn.cluster.KMeans", ALL);
        // ---- scikit-learn (issue 18): check_array converts integer data to float64 (FLOAT_DTYPES; the metrics'
        // integer targets and labels are exact in float64 or compared as integers); float16, which scikit-learn
        // keeps as float16, sciaccel refuses with a message naming the parameter
        for (String op : org.sciaccel.registry.SklearnEntries.NAMES) {
            accept(op, INTS);
        }
        for (String op : org.sciaccel.registry.SklearnLinearModelEntries.NAMES) {
            accept(op, INTS);
        }
        // ---- end of scikit-learn ----
        // scikit-image's exposure: compositions of NumPy ops that take every dtype (integer images count with
        // bincount, float16 keeps float16 arithmetic and a float32 cdf, as scikit-image's NumPy calls do)
        for (String op : org.sciaccel.registry.SkimageExposureEntries.NAMES) {
            accept(op, ALL);
        }
        // ---- scikit-image morphology and feature (issue 18): their facades refuse int8, int16, uint32, uint64 and
        // float16 themselves, naming the parameter, so none of their ops is listed here ----
        // ---- scikit-image filters (issue 18): the thresholds read int8, int16 and uint32 images as their integer
        // values (one histogram bin per value, through int64) or as float64 (the local thresholds); uint64, whose
        // values int64 cannot hold, and float16 are refused
        for (String op : org.sciaccel.registry.SkimageFilterEntries.NAMES) {
            accept(op, EnumSet.of(DType.INT8, DType.INT16, DType.UINT32));
        }
        // NumPy's sorting, searching and statistics compute every dtype as NumPy 1.24 does on both backends
        // (order-preserving keys of each type, NumPy's arithmetic per type); the facades refuse what NumPy refuses.
        for (String op : List.of("sort", "argsort", "partition", "argpartition", "searchsorted", "unique", "percentile",
                "quantile", "median", "histogram", "histogram2d", "bincount", "digitize", "cov", "corrcoef", "dot",
                "inner", "outer", "trace", "kron")) {
            accept("numpy." + op, ALL);
        }
        // NumPy's shape and indexing ops move elements without computing on them (copies by element size on both
        // backends; scalars converted as NumPy's astype): every dtype, unchanged.
        for (String op : OpRegistry.namesIn(org.sciaccel.registry.SpiFamily.SHAPE)) {
            accept(op, ALL);
        }
        // NumPy's creation functions that take an array only copy or fill its elements (the _like forms read
        // only its shape and dtype): every dtype, the same out; linspace and logspace compute in float16
        // where NumPy does (LinspacePlan) and convert the integers to float64 first.
        for (String op : List.of("zeros_like", "ones_like", "empty_like", "full_like", "diag", "tril", "triu",
                "meshgrid", "linspace", "logspace")) {
            accept("numpy." + op, ALL);
        }
        // NumPy's reductions read every dtype through their loop dtype on both backends (ReductionOps: 64-bit
        // integer and double accumulators, uint64 compared unsigned, float16 through float).
        for (String op : List.of("sum", "prod", "nansum", "mean", "nanmean", "var", "std", "nanvar", "nanstd", "amin",
                "amax", "min", "max", "nanmin", "nanmax", "ptp", "any", "all", "count_nonzero", "argmin", "argmax",
                "cumsum", "cumprod", "diff")) {
            accept("numpy." + op, ALL);
        }
        // The formula kernels run the element-wise engine's NumPy loops, which take every dtype.
        for (String op : List.of("evaluate", "evaluate_sum", "evaluate_min", "evaluate_max", "evaluate_mean")) {
            accept("numpy." + op, ALL);
        }
        SCIPY_FLOAT16_ERROR.put("signal.convolve2d", "ValueError: convolve2d not available for this type");
        SCIPY_FLOAT16_ERROR.put("signal.correlate2d", "ValueError: correlate2d not available for this type");
        SCIPY_FLOAT16_ERROR.put("signal.medfilt", "ValueError: order_filterND not available for this type");
        SCIPY_FLOAT16_ERROR.put("signal.medfilt2d", "ValueError: order_filterND not available for this type");
        // --- io writers (i17-io-rest): they store the elements as they are, on the host. NumPy's .npy/.npz take
        // every dtype; a MAT file has int8/int16/uint32/uint64 classes but no half (SciPy's savemat refuses
        // float16 too); scipy.io.wavfile.write takes signed integers and floats of any width (int8 as 8-bit
        // PCM samples, float16 as 16-bit IEEE float), as SciPy writes them, and refuses uint32/uint64.
        for (String op : List.of("save", "savez", "savez_compressed")) {
            accept("numpy." + op, ALL);
        }
        accept("io.savemat", INTS);
        accept("io.wavfile.write", EnumSet.of(DType.INT8, DType.INT16, DType.FLOAT16));
    }

    private DTypeSupport() {
    }

    /** Whether {@code op} takes arrays of {@code dtype} (the older dtypes always pass here; ops check them themselves). */
    public static boolean accepts(String op, DType dtype) {
        return !dtype.isExtended() || ACCEPTED.getOrDefault(op, Set.of()).contains(dtype);
    }

    /**
     * Refuses {@code dtype} for parameter {@code param} of {@code op} unless {@link #accepts} says yes.
     *
     * @throws IllegalArgumentException {@code "<param>: dtype int8 is not supported by <op>"} and why; a
     *         {@link SciPyArgumentException} where SciPy raises TypeError or RuntimeError for it
     */
    public static void require(String op, String param, DType dtype) {
        if (accepts(op, dtype)) {
            return;
        }
        String scipy = dtype == DType.FLOAT16 ? SCIPY_FLOAT16_ERROR.get(op) : null;
        String message = param + ": dtype " + dtype + " is not supported by " + op
                + (scipy != null ? " (SciPy 1.10 raises " + scipy + ")" : " (not implemented in sciaccel yet)");
        if (scipy != null && scipy.startsWith("RuntimeError")) {
            throw SciPyArgumentException.runtimeError(message);
        }
        if (scipy != null && scipy.startsWith("TypeError")) {
            throw SciPyArgumentException.typeError(message);
        }
        throw new IllegalArgumentException(message);
    }

    /** {@link #require} for each array an op is routed with, named as the registry names the op's inputs. */
    static void requireInputs(String op, NDArray... inputs) {
        List<ArraySpec> names = null;
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == null || accepts(op, inputs[i].dtype())) {
                continue;
            }
            if (names == null) {
                names = OpRegistry.standard().contains(op) ? OpRegistry.standard().require(op).inputs() : List.of();
            }
            require(op, i < names.size() ? names.get(i).name() : "input", inputs[i].dtype());
        }
    }

    /** Every op named here (accepted dtypes or SciPy's float16 error): each must be a registered op. */
    public static Set<String> declaredOps() {
        Set<String> ops = new java.util.TreeSet<>(ACCEPTED.keySet());
        ops.addAll(SCIPY_FLOAT16_ERROR.keySet());
        return ops;
    }

    /** Declares that {@code op} computes {@code dtypes} as SciPy does on every backend. */
    static void accept(String op, Set<DType> dtypes) {
        ACCEPTED.computeIfAbsent(op, k -> EnumSet.noneOf(DType.class)).addAll(dtypes);
    }

    static Set<DType> integers() {
        return INTS;
    }

    static Set<DType> all() {
        return ALL;
    }
}
