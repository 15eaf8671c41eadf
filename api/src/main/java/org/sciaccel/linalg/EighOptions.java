package org.sciaccel.linalg;

/**
 * The keyword arguments of {@code scipy.linalg.eigh} and {@code eigvalsh}, with SciPy's defaults:
 * {@code lower=True}, {@code type=1}, {@code driver=None} (SciPy's choice: {@code evr} for the
 * standard problem, {@code gvd} for the generalized one, {@code gvx} for a subset of it), no subset.
 * Fluent setters; each returns this options object.
 *
 * <pre>{@code
 * Linalg.eigh(a, b, EighOptions.defaults().type(2).subsetByValue(-2, 2));
 * }</pre>
 */
public final class EighOptions {
    private boolean lower = true;
    private boolean eigvalsOnly;
    private int type = 1;
    private EighDriver driver;
    private int[] subsetByIndex;
    private double[] subsetByValue;
    private boolean turbo;
    private int[] eigvals;

    private EighOptions() {
    }

    /** SciPy's defaults. */
    public static EighOptions defaults() {
        return new EighOptions();
    }

    /** {@code lower}: read the lower triangle of {@code a} (and {@code b}); false: the upper one. */
    public EighOptions lower(boolean v) {
        lower = v;
        return this;
    }

    /** {@code eigvals_only}: compute only the eigenvalues (the result's {@code v} is null). */
    public EighOptions eigvalsOnly(boolean v) {
        eigvalsOnly = v;
        return this;
    }

    /**
     * {@code type} of the generalized problem: 1 for {@code a v = w b v}, 2 for {@code a b v = w v},
     * 3 for {@code b a v = w v} (checked when {@code b} is given, as SciPy checks it).
     */
    public EighOptions type(int v) {
        type = v;
        return this;
    }

    /** {@code driver}; null for SciPy's default choice. */
    public EighOptions driver(EighDriver v) {
        driver = v;
        return this;
    }

    /** {@code subset_by_index=[lo, hi]}: the eigenvalues of ascending indices lo..hi, inclusive. */
    public EighOptions subsetByIndex(int lo, int hi) {
        subsetByIndex = new int[] {lo, hi};
        return this;
    }

    /** {@code subset_by_value=[lo, hi]}: the eigenvalues in the half-open interval (lo, hi]. */
    public EighOptions subsetByValue(double lo, double hi) {
        subsetByValue = new double[] {lo, hi};
        return this;
    }

    /**
     * {@code turbo}: with {@code b}, SciPy 1.10's deprecated spelling of {@code driver='gvd'}
     * ({@code gvx} for a subset); SciPy's DeprecationWarning is logged.
     *
     * @deprecated as in SciPy 1.10: use {@link #driver(EighDriver)} with {@link EighDriver#GVD}
     */
    @Deprecated
    public EighOptions turbo(boolean v) {
        turbo = v;
        return this;
    }

    /**
     * {@code eigvals=(lo, hi)}: SciPy 1.10's deprecated spelling of {@code subset_by_index}; SciPy's
     * DeprecationWarning is logged.
     *
     * @deprecated as in SciPy 1.10: use {@link #subsetByIndex(int, int)}
     */
    @Deprecated
    public EighOptions eigvals(int lo, int hi) {
        eigvals = new int[] {lo, hi};
        return this;
    }

    boolean lower() {
        return lower;
    }

    boolean eigvalsOnly() {
        return eigvalsOnly;
    }

    int type() {
        return type;
    }

    EighDriver driver() {
        return driver;
    }

    int[] subsetByIndex() {
        return subsetByIndex == null ? null : subsetByIndex.clone();
    }

    double[] subsetByValue() {
        return subsetByValue == null ? null : subsetByValue.clone();
    }

    boolean turbo() {
        return turbo;
    }

    int[] deprecatedEigvals() {
        return eigvals == null ? null : eigvals.clone();
    }
}
