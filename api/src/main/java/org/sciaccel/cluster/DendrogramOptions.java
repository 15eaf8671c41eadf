package org.sciaccel.cluster;

import java.util.List;

/**
 * The keyword arguments of scipy.cluster.hierarchy.dendrogram that shape its data (the drawing ones do not
 * apply): immutable, each setter returns a changed copy. Defaults as SciPy's: p 30, no truncation, the colour
 * threshold 0.7 of the largest merge distance, no labels (the indices), neither count nor distance sort, leaf
 * counts shown, links above the threshold 'C0', below it matplotlib's palette 'C1' ... 'C9' in turn.
 */
public final class DendrogramOptions {
    private static final List<String> PALETTE = List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");

    final int p;
    final String truncateMode;
    final Double colorThreshold;
    final List<String> labels;
    final String countSort;
    final String distanceSort;
    final boolean showLeafCounts;
    final String aboveThresholdColor;
    final List<String> palette;

    private DendrogramOptions(int p, String truncateMode, Double colorThreshold, List<String> labels,
            String countSort, String distanceSort, boolean showLeafCounts, String aboveThresholdColor,
            List<String> palette) {
        this.p = p;
        this.truncateMode = truncateMode;
        this.colorThreshold = colorThreshold;
        this.labels = labels;
        this.countSort = countSort;
        this.distanceSort = distanceSort;
        this.showLeafCounts = showLeafCounts;
        this.aboveThresholdColor = aboveThresholdColor;
        this.palette = palette;
    }

    /** SciPy's defaults. */
    public static DendrogramOptions defaults() {
        return new DendrogramOptions(30, "none", null, null, "false", "false", true, "C0", PALETTE);
    }

    /** {@code p}: the number of leaves (lastp) or levels (level) kept by a truncation. */
    public DendrogramOptions p(int value) {
        return new DendrogramOptions(value, truncateMode, colorThreshold, labels, countSort, distanceSort,
                showLeafCounts, aboveThresholdColor, palette);
    }

    /** {@code truncate_mode}: "none", "lastp", "level" (or SciPy's old name "mtica"). */
    public DendrogramOptions truncateMode(String value) {
        return new DendrogramOptions(p, value, colorThreshold, labels, countSort, distanceSort, showLeafCounts,
                aboveThresholdColor, palette);
    }

    /** {@code color_threshold}: links below it take the palette's colours (at most 0: every link above). */
    public DendrogramOptions colorThreshold(double value) {
        return new DendrogramOptions(p, truncateMode, value, labels, countSort, distanceSort, showLeafCounts,
                aboveThresholdColor, palette);
    }

    /** {@code labels}: one text per observation, for the leaves' labels (ivl). */
    public DendrogramOptions labels(List<String> value) {
        return new DendrogramOptions(p, truncateMode, colorThreshold, value == null ? null : List.copyOf(value),
                countSort, distanceSort, showLeafCounts, aboveThresholdColor, palette);
    }

    /** {@code count_sort}: "false", "true"/"ascending" (the smaller child first) or "descending". */
    public DendrogramOptions countSort(String value) {
        return new DendrogramOptions(p, truncateMode, colorThreshold, labels, value, distanceSort, showLeafCounts,
                aboveThresholdColor, palette);
    }

    /** {@code distance_sort}: "false", "true"/"ascending" or "descending" (count_sort wins when both are set). */
    public DendrogramOptions distanceSort(String value) {
        return new DendrogramOptions(p, truncateMode, colorThreshold, labels, countSort, value, showLeafCounts,
                aboveThresholdColor, palette);
    }

    /** {@code show_leaf_counts}: label a truncated leaf with its count "(n)" (else ""). */
    public DendrogramOptions showLeafCounts(boolean value) {
        return new DendrogramOptions(p, truncateMode, colorThreshold, labels, countSort, distanceSort, value,
                aboveThresholdColor, palette);
    }

    /** {@code above_threshold_color}: the colour of the links at or above the threshold. */
    public DendrogramOptions aboveThresholdColor(String value) {
        return new DendrogramOptions(p, truncateMode, colorThreshold, labels, countSort, distanceSort, showLeafCounts,
                value, palette);
    }

    /** The colours below the threshold, in turn (SciPy's global {@code set_link_color_palette}). */
    public DendrogramOptions linkColorPalette(List<String> value) {
        return new DendrogramOptions(p, truncateMode, colorThreshold, labels, countSort, distanceSort, showLeafCounts,
                aboveThresholdColor, value == null ? PALETTE : List.copyOf(value));
    }
}
