package org.sciaccel.cpu.reduction;

/**
 * The arithmetic of one reduction for {@link ReduceDriver}: a state per output element, folded from runs of
 * input elements (flat row-major positions of the input), partial states of separate chunks of the reduced
 * extent merged, and the final values written. Methods are called from worker threads on disjoint outputs or
 * disjoint partial states; each call gets a scratch buffer of its own task.
 *
 * @param <S> the states of a range of outputs (arrays indexed by output)
 * @param <B> a task's scratch buffer
 */
abstract class Fold<S, B> {
    /** States for {@code outputs} outputs, each at the reduction's start (its identity, or "no element yet"). */
    abstract S newState(int outputs);

    /** A scratch buffer for one task. */
    abstract B scratch();

    /**
     * Folds the elements {@code [from, from + len)}, all of output {@code o} (a run along a row of the
     * {@code inner == 1} layout); {@code pos} is the first one's position in its slice.
     */
    abstract void run(S s, int o, int from, int len, int pos, B buf);

    /**
     * Folds the elements {@code [from, from + len)} into outputs {@code o0 .. o0 + len - 1}, element {@code k}
     * into output {@code o0 + k} (a row of the {@code inner > 1} layout); {@code pos} is the row's position in
     * the slices.
     */
    abstract void row(S s, int o0, int from, int len, int pos, B buf);

    /**
     * Folds {@code count} rows of the {@code inner > 1} layout, {@code stride} elements apart from {@code from},
     * each as {@link #row} does (row {@code r} at position {@code pos + r}). Folds that can combine several rows
     * before touching their states override it.
     */
    void rows(S s, int o0, int from, int stride, int count, int len, int pos, B buf) {
        for (int r = 0; r < count; r++) {
            row(s, o0, from + r * stride, len, pos + r, buf);
        }
    }

    /** Merges the partial states {@code later} (a later chunk of the reduced extent) into {@code into}. */
    abstract void merge(S into, S later, int o0, int count);

    /** Writes the results of outputs {@code [o0, o0 + count)}. */
    abstract void finish(S s, int o0, int count);
}
