package org.sciaccel.ndimage;

import org.sciaccel.NDArray;

/**
 * The label measurements of {@code scipy.ndimage}, members of {@link Ndimage} ({@code Ndimage.sum(...)}):
 * declared here, in a package-private superclass, only so that the facade stays one class, as SciPy's module
 * is one namespace, in files of a readable length. Each is SciPy's (labels, index) selection: no labels
 * (every element), labels without index (labels &gt; 0), one label, or a list of labels, the labels of any real
 * dtype (SciPy compares their values: float labels such as 2.5 work), the index of integers or of floats.
 *
 * <p>Every NumPy integer and float dtype is measured as SciPy measures it: a single selection's sum in the
 * input's type as NumPy's {@code vals.sum()} (integers exactly in 64-bit arithmetic that wraps as NumPy's int64 /
 * uint64 does, float16 and float32 rounded to their type; a float16 variance in float16 arithmetic), a list's
 * sums in float64 (SciPy's bincount), extremes and their positions by exact comparisons in the input's type.
 * Deviation in form: the results are doubles, so an int64 or uint64 sum, minimum or maximum past 2^53 is given
 * as the double nearest SciPy's exact integer.
 */
abstract class NdimageMeasurements extends NdimageInterpolation {
    NdimageMeasurements() {
    }

    /** {@code sum(input)}: the sum of the values over every element. */
    public static double sum(NDArray input) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum", input, null, MeasurementIndex.none()))[0];
    }

    /** {@code sum(input, labels)}: over the elements whose label is &gt; 0. */
    public static double sum(NDArray input, NDArray labels) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum", input, labels, MeasurementIndex.none()))[0];
    }

    /** {@code sum(input, labels, index)} for one label. */
    public static double sum(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum", input, labels, MeasurementIndex.of(index)))[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static double sum(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum", input, labels, MeasurementIndex.of(index)))[0];
    }

    /**
     * {@code sum(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.sum.html">scipy.ndimage.sum</a>
     */
    public static double[] sum(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum", input, labels, MeasurementIndex.of(index)));
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static double[] sum(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum", input, labels, MeasurementIndex.of(index)));
    }

    /** {@code sum_labels(input)}: the sum of the values (SciPy's newer name for sum) over every element. */
    public static double sumLabels(NDArray input) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum_labels", input, null, MeasurementIndex.none()))[0];
    }

    /** {@code sum_labels(input, labels)}: over the elements whose label is &gt; 0. */
    public static double sumLabels(NDArray input, NDArray labels) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum_labels", input, labels, MeasurementIndex.none()))[0];
    }

    /** {@code sum_labels(input, labels, index)} for one label. */
    public static double sumLabels(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum_labels", input, labels, MeasurementIndex.of(index)))[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static double sumLabels(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum_labels", input, labels, MeasurementIndex.of(index)))[0];
    }

    /**
     * {@code sum_labels(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.sum_labels.html">scipy.ndimage.sum_labels</a>
     */
    public static double[] sumLabels(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum_labels", input, labels, MeasurementIndex.of(index)));
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static double[] sumLabels(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.sum(LabelMeasurements.select("ndimage.sum_labels", input, labels, MeasurementIndex.of(index)));
    }

    /** {@code mean(input)}: the mean (NaN where nothing is selected) over every element. */
    public static double mean(NDArray input) {
        return LabelMeasurements.mean(LabelMeasurements.select("ndimage.mean", input, null, MeasurementIndex.none()))[0];
    }

    /** {@code mean(input, labels)}: over the elements whose label is &gt; 0. */
    public static double mean(NDArray input, NDArray labels) {
        return LabelMeasurements.mean(LabelMeasurements.select("ndimage.mean", input, labels, MeasurementIndex.none()))[0];
    }

    /** {@code mean(input, labels, index)} for one label. */
    public static double mean(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.mean(LabelMeasurements.select("ndimage.mean", input, labels, MeasurementIndex.of(index)))[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static double mean(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.mean(LabelMeasurements.select("ndimage.mean", input, labels, MeasurementIndex.of(index)))[0];
    }

    /**
     * {@code mean(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.mean.html">scipy.ndimage.mean</a>
     */
    public static double[] mean(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.mean(LabelMeasurements.select("ndimage.mean", input, labels, MeasurementIndex.of(index)));
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static double[] mean(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.mean(LabelMeasurements.select("ndimage.mean", input, labels, MeasurementIndex.of(index)));
    }

    /** {@code minimum(input)}: the smallest value over every element. */
    public static double minimum(NDArray input) {
        return LabelMeasurements.extreme("ndimage.minimum", LabelMeasurements.select("ndimage.minimum", input, null, MeasurementIndex.none()), false)[0];
    }

    /** {@code minimum(input, labels)}: over the elements whose label is &gt; 0. */
    public static double minimum(NDArray input, NDArray labels) {
        return LabelMeasurements.extreme("ndimage.minimum", LabelMeasurements.select("ndimage.minimum", input, labels, MeasurementIndex.none()), false)[0];
    }

    /** {@code minimum(input, labels, index)} for one label. */
    public static double minimum(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.extreme("ndimage.minimum", LabelMeasurements.select("ndimage.minimum", input, labels, MeasurementIndex.of(index)), false)[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static double minimum(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.extreme("ndimage.minimum", LabelMeasurements.select("ndimage.minimum", input, labels, MeasurementIndex.of(index)), false)[0];
    }

    /**
     * {@code minimum(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included. An absent label gives 0, as in SciPy; a single selection with no element is an error (SciPy's ValueError).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.minimum.html">scipy.ndimage.minimum</a>
     */
    public static double[] minimum(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.extreme("ndimage.minimum", LabelMeasurements.select("ndimage.minimum", input, labels, MeasurementIndex.of(index)), false);
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static double[] minimum(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.extreme("ndimage.minimum", LabelMeasurements.select("ndimage.minimum", input, labels, MeasurementIndex.of(index)), false);
    }

    /** {@code maximum(input)}: the largest value over every element. */
    public static double maximum(NDArray input) {
        return LabelMeasurements.extreme("ndimage.maximum", LabelMeasurements.select("ndimage.maximum", input, null, MeasurementIndex.none()), true)[0];
    }

    /** {@code maximum(input, labels)}: over the elements whose label is &gt; 0. */
    public static double maximum(NDArray input, NDArray labels) {
        return LabelMeasurements.extreme("ndimage.maximum", LabelMeasurements.select("ndimage.maximum", input, labels, MeasurementIndex.none()), true)[0];
    }

    /** {@code maximum(input, labels, index)} for one label. */
    public static double maximum(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.extreme("ndimage.maximum", LabelMeasurements.select("ndimage.maximum", input, labels, MeasurementIndex.of(index)), true)[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static double maximum(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.extreme("ndimage.maximum", LabelMeasurements.select("ndimage.maximum", input, labels, MeasurementIndex.of(index)), true)[0];
    }

    /**
     * {@code maximum(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included. An absent label gives 0, as in SciPy.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.maximum.html">scipy.ndimage.maximum</a>
     */
    public static double[] maximum(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.extreme("ndimage.maximum", LabelMeasurements.select("ndimage.maximum", input, labels, MeasurementIndex.of(index)), true);
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static double[] maximum(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.extreme("ndimage.maximum", LabelMeasurements.select("ndimage.maximum", input, labels, MeasurementIndex.of(index)), true);
    }

    /** {@code median(input)}: the median over every element. */
    public static double median(NDArray input) {
        return LabelMeasurements.median(LabelMeasurements.select("ndimage.median", input, null, MeasurementIndex.none()))[0];
    }

    /** {@code median(input, labels)}: over the elements whose label is &gt; 0. */
    public static double median(NDArray input, NDArray labels) {
        return LabelMeasurements.median(LabelMeasurements.select("ndimage.median", input, labels, MeasurementIndex.none()))[0];
    }

    /** {@code median(input, labels, index)} for one label. */
    public static double median(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.median(LabelMeasurements.select("ndimage.median", input, labels, MeasurementIndex.of(index)))[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static double median(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.median(LabelMeasurements.select("ndimage.median", input, labels, MeasurementIndex.of(index)))[0];
    }

    /**
     * {@code median(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included. An absent label gives 0, as in SciPy. Deviation: the mean of the two middle values is formed in double also for float32 and float16 input.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.median.html">scipy.ndimage.median</a>
     */
    public static double[] median(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.median(LabelMeasurements.select("ndimage.median", input, labels, MeasurementIndex.of(index)));
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static double[] median(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.median(LabelMeasurements.select("ndimage.median", input, labels, MeasurementIndex.of(index)));
    }

    /** {@code variance(input)}: the variance (two passes, as SciPy) over every element. */
    public static double variance(NDArray input) {
        return LabelMeasurements.variance("ndimage.variance", LabelMeasurements.select("ndimage.variance", input, null, MeasurementIndex.none()))[0];
    }

    /** {@code variance(input, labels)}: over the elements whose label is &gt; 0. */
    public static double variance(NDArray input, NDArray labels) {
        return LabelMeasurements.variance("ndimage.variance", LabelMeasurements.select("ndimage.variance", input, labels, MeasurementIndex.none()))[0];
    }

    /** {@code variance(input, labels, index)} for one label. */
    public static double variance(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.variance("ndimage.variance", LabelMeasurements.select("ndimage.variance", input, labels, MeasurementIndex.of(index)))[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static double variance(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.variance("ndimage.variance", LabelMeasurements.select("ndimage.variance", input, labels, MeasurementIndex.of(index)))[0];
    }

    /**
     * {@code variance(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.variance.html">scipy.ndimage.variance</a>
     */
    public static double[] variance(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.variance("ndimage.variance", LabelMeasurements.select("ndimage.variance", input, labels, MeasurementIndex.of(index)));
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static double[] variance(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.variance("ndimage.variance", LabelMeasurements.select("ndimage.variance", input, labels, MeasurementIndex.of(index)));
    }

    /** {@code standard_deviation(input)}: the standard deviation over every element. */
    public static double standardDeviation(NDArray input) {
        return LabelMeasurements.standardDeviation(LabelMeasurements.select("ndimage.standard_deviation", input, null, MeasurementIndex.none()))[0];
    }

    /** {@code standard_deviation(input, labels)}: over the elements whose label is &gt; 0. */
    public static double standardDeviation(NDArray input, NDArray labels) {
        return LabelMeasurements.standardDeviation(LabelMeasurements.select("ndimage.standard_deviation", input, labels, MeasurementIndex.none()))[0];
    }

    /** {@code standard_deviation(input, labels, index)} for one label. */
    public static double standardDeviation(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.standardDeviation(LabelMeasurements.select("ndimage.standard_deviation", input, labels, MeasurementIndex.of(index)))[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static double standardDeviation(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.standardDeviation(LabelMeasurements.select("ndimage.standard_deviation", input, labels, MeasurementIndex.of(index)))[0];
    }

    /**
     * {@code standard_deviation(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.standard_deviation.html">scipy.ndimage.standard_deviation</a>
     */
    public static double[] standardDeviation(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.standardDeviation(LabelMeasurements.select("ndimage.standard_deviation", input, labels, MeasurementIndex.of(index)));
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static double[] standardDeviation(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.standardDeviation(LabelMeasurements.select("ndimage.standard_deviation", input, labels, MeasurementIndex.of(index)));
    }

    /** {@code minimum_position(input)}: the coordinates of the first smallest value in raster order over every element. */
    public static int[] minimumPosition(NDArray input) {
        return LabelMeasurements.position("ndimage.minimum_position", LabelMeasurements.select("ndimage.minimum_position", input, null, MeasurementIndex.none()), false)[0];
    }

    /** {@code minimum_position(input, labels)}: over the elements whose label is &gt; 0. */
    public static int[] minimumPosition(NDArray input, NDArray labels) {
        return LabelMeasurements.position("ndimage.minimum_position", LabelMeasurements.select("ndimage.minimum_position", input, labels, MeasurementIndex.none()), false)[0];
    }

    /** {@code minimum_position(input, labels, index)} for one label. */
    public static int[] minimumPosition(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.position("ndimage.minimum_position", LabelMeasurements.select("ndimage.minimum_position", input, labels, MeasurementIndex.of(index)), false)[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static int[] minimumPosition(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.position("ndimage.minimum_position", LabelMeasurements.select("ndimage.minimum_position", input, labels, MeasurementIndex.of(index)), false)[0];
    }

    /**
     * {@code minimum_position(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included. Ties: the first in raster order (what SciPy's sort gives when it keeps ties in order).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.minimum_position.html">scipy.ndimage.minimum_position</a>
     */
    public static int[][] minimumPosition(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.position("ndimage.minimum_position", LabelMeasurements.select("ndimage.minimum_position", input, labels, MeasurementIndex.of(index)), false);
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static int[][] minimumPosition(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.position("ndimage.minimum_position", LabelMeasurements.select("ndimage.minimum_position", input, labels, MeasurementIndex.of(index)), false);
    }

    /** {@code maximum_position(input)}: the coordinates of the first largest value in raster order over every element. */
    public static int[] maximumPosition(NDArray input) {
        return LabelMeasurements.position("ndimage.maximum_position", LabelMeasurements.select("ndimage.maximum_position", input, null, MeasurementIndex.none()), true)[0];
    }

    /** {@code maximum_position(input, labels)}: over the elements whose label is &gt; 0. */
    public static int[] maximumPosition(NDArray input, NDArray labels) {
        return LabelMeasurements.position("ndimage.maximum_position", LabelMeasurements.select("ndimage.maximum_position", input, labels, MeasurementIndex.none()), true)[0];
    }

    /** {@code maximum_position(input, labels, index)} for one label. */
    public static int[] maximumPosition(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.position("ndimage.maximum_position", LabelMeasurements.select("ndimage.maximum_position", input, labels, MeasurementIndex.of(index)), true)[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static int[] maximumPosition(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.position("ndimage.maximum_position", LabelMeasurements.select("ndimage.maximum_position", input, labels, MeasurementIndex.of(index)), true)[0];
    }

    /**
     * {@code maximum_position(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included. Ties: the last in raster order, which is what SciPy's sort-based list path gives when its sort keeps ties in order (NumPy's argsort does for small arrays; for large ones SciPy's choice among ties is unspecified).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.maximum_position.html">scipy.ndimage.maximum_position</a>
     */
    public static int[][] maximumPosition(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.position("ndimage.maximum_position", LabelMeasurements.select("ndimage.maximum_position", input, labels, MeasurementIndex.of(index)), true);
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static int[][] maximumPosition(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.position("ndimage.maximum_position", LabelMeasurements.select("ndimage.maximum_position", input, labels, MeasurementIndex.of(index)), true);
    }

    /** {@code center_of_mass(input)}: the centre of mass, one coordinate per axis over every element. */
    public static double[] centerOfMass(NDArray input) {
        return LabelMeasurements.centerOfMass(LabelMeasurements.select("ndimage.center_of_mass", input, null, MeasurementIndex.none()))[0];
    }

    /** {@code center_of_mass(input, labels)}: over the elements whose label is &gt; 0. */
    public static double[] centerOfMass(NDArray input, NDArray labels) {
        return LabelMeasurements.centerOfMass(LabelMeasurements.select("ndimage.center_of_mass", input, labels, MeasurementIndex.none()))[0];
    }

    /** {@code center_of_mass(input, labels, index)} for one label. */
    public static double[] centerOfMass(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.centerOfMass(LabelMeasurements.select("ndimage.center_of_mass", input, labels, MeasurementIndex.of(index)))[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static double[] centerOfMass(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.centerOfMass(LabelMeasurements.select("ndimage.center_of_mass", input, labels, MeasurementIndex.of(index)))[0];
    }

    /**
     * {@code center_of_mass(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.center_of_mass.html">scipy.ndimage.center_of_mass</a>
     */
    public static double[][] centerOfMass(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.centerOfMass(LabelMeasurements.select("ndimage.center_of_mass", input, labels, MeasurementIndex.of(index)));
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static double[][] centerOfMass(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.centerOfMass(LabelMeasurements.select("ndimage.center_of_mass", input, labels, MeasurementIndex.of(index)));
    }

    /** {@code extrema(input)}: minimum, maximum and their positions over every element. */
    public static Extrema extrema(NDArray input) {
        return LabelMeasurements.extrema(LabelMeasurements.select("ndimage.extrema", input, null, MeasurementIndex.none()));
    }

    /** {@code extrema(input, labels)}: over the elements whose label is &gt; 0. */
    public static Extrema extrema(NDArray input, NDArray labels) {
        return LabelMeasurements.extrema(LabelMeasurements.select("ndimage.extrema", input, labels, MeasurementIndex.none()));
    }

    /** {@code extrema(input, labels, index)} for one label. */
    public static Extrema extrema(NDArray input, NDArray labels, long index) {
        return LabelMeasurements.extrema(LabelMeasurements.select("ndimage.extrema", input, labels, MeasurementIndex.of(index)));
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static Extrema extrema(NDArray input, NDArray labels, double index) {
        return LabelMeasurements.extrema(LabelMeasurements.select("ndimage.extrema", input, labels, MeasurementIndex.of(index)));
    }

    /**
     * {@code extrema(input, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included. Deviation in form only: one {@link Extrema} holding the four lists.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.extrema.html">scipy.ndimage.extrema</a>
     */
    public static Extrema extrema(NDArray input, NDArray labels, long[] index) {
        return LabelMeasurements.extrema(LabelMeasurements.select("ndimage.extrema", input, labels, MeasurementIndex.of(index)));
    }

    /**
     * The same for a list of labels given as floats, matched as SciPy matches them: against float labels by value
     * (in float64); against integer labels by value, except where SciPy counts the labels with bincount (labels of
     * at most 32 bits unsigned or 64 signed, all within [0, labels.size]), which truncates the floats to integers.
     */
    public static Extrema extrema(NDArray input, NDArray labels, double[] index) {
        return LabelMeasurements.extrema(LabelMeasurements.select("ndimage.extrema", input, labels, MeasurementIndex.of(index)));
    }

    /** {@code histogram(input, min, max, bins)}: NumPy's histogram counts of {@code bins} equal bins over [min, max] over every element. */
    public static long[] histogram(NDArray input, double min, double max, int bins) {
        return LabelMeasurements.histogram(LabelMeasurements.select("ndimage.histogram", input, null, MeasurementIndex.none(), MeasurementIndex.Matching.HISTOGRAM), min, max, bins)[0];
    }

    /** {@code histogram(input, min, max, bins, labels)}: over the elements whose label is &gt; 0. */
    public static long[] histogram(NDArray input, double min, double max, int bins, NDArray labels) {
        return LabelMeasurements.histogram(LabelMeasurements.select("ndimage.histogram", input, labels, MeasurementIndex.none(), MeasurementIndex.Matching.HISTOGRAM), min, max, bins)[0];
    }

    /** {@code histogram(input, min, max, bins, labels, index)} for one label. */
    public static long[] histogram(NDArray input, double min, double max, int bins, NDArray labels, long index) {
        return LabelMeasurements.histogram(LabelMeasurements.select("ndimage.histogram", input, labels, MeasurementIndex.of(index), MeasurementIndex.Matching.HISTOGRAM), min, max, bins)[0];
    }

    /** The same for one label given as a float: SciPy compares it with the labels' values. */
    public static long[] histogram(NDArray input, double min, double max, int bins, NDArray labels, double index) {
        return LabelMeasurements.histogram(LabelMeasurements.select("ndimage.histogram", input, labels, MeasurementIndex.of(index), MeasurementIndex.Matching.HISTOGRAM), min, max, bins)[0];
    }

    /**
     * {@code histogram(input, min, max, bins, labels, index)} for a list of labels: one result per index entry, labels that do not
     * occur included. A listed label that does not occur gives null (SciPy's None).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.ndimage.histogram.html">scipy.ndimage.histogram</a>
     */
    public static long[][] histogram(NDArray input, double min, double max, int bins, NDArray labels, long[] index) {
        return LabelMeasurements.histogram(LabelMeasurements.select("ndimage.histogram", input, labels, MeasurementIndex.of(index), MeasurementIndex.Matching.HISTOGRAM), min, max, bins);
    }

    /**
     * The same for a list of labels given as floats: SciPy converts them to the labels' dtype, an error where that
     * loses precision, and compares them there.
     */
    public static long[][] histogram(NDArray input, double min, double max, int bins, NDArray labels, double[] index) {
        return LabelMeasurements.histogram(LabelMeasurements.select("ndimage.histogram", input, labels, MeasurementIndex.of(index), MeasurementIndex.Matching.HISTOGRAM), min, max, bins);
    }
}
