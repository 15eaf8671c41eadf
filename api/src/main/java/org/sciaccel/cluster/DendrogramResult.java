package org.sciaccel.cluster;

import java.util.List;

/**
 * scipy.cluster.hierarchy.dendrogram's data ({@code no_plot=True}): per link, in the order SciPy draws them, the
 * four x coordinates ({@code icoord}; leaves at 5, 15, 25, ...) and heights ({@code dcoord}) of its inverted U and
 * its colour; the leaves left to right ({@code leaves}: observation indices, or cluster ids of truncated nodes),
 * their labels ({@code ivl}) and their colours ({@code leaves_color_list}; null for a leaf no link reaches at
 * height 0, as SciPy's None).
 */
public record DendrogramResult(double[][] icoord, double[][] dcoord, List<String> ivl, int[] leaves,
        List<String> colorList, List<String> leavesColorList) {
}
