package org.sciaccel.cpu.reduction;

import java.lang.reflect.Array;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.ReductionLayout;

/**
 * Runs a {@link Fold} over a {@code [outer, n, inner]} layout on the worker pool, splitting whichever extent
 * is large: many outputs are split among the threads (rows of the {@code inner == 1} layout, or blocks of
 * columns), a long reduced extent with few outputs is cut into chunks whose partial states are merged in
 * order. The {@code inner > 1} layout ("reduce axis 0 of a row-major matrix") always reads whole rows of
 * columns and folds them into a row of states, never one column at a time.
 */
final class ReduceDriver {
    /** Elements of a chunk of the reduced extent below which splitting it does not pay. */
    private static final int MIN_CHUNK = 1 << 14;
    /** Outputs up to which each chunk of rows may hold states for all of them. */
    private static final int MAX_SPLIT_OUTPUTS = 1 << 20;
    /** Columns per task when the columns are split among the threads. */
    private static final int COLUMN_BLOCK = 1024;
    /** Rows handed to {@link Fold#rows} at a time. */
    private static final int ROWS = 4;

    private ReduceDriver() {
    }

    static <S, B> void run(ReductionLayout layout, Fold<S, B> f, CpuThreads threads) {
        int outer = layout.outer();
        int n = layout.reduced();
        int inner = layout.inner();
        int outs = outer * inner;
        if (outs == 0) {
            return;
        }
        if (n == 0) {
            S s = f.newState(outs);
            finish(f, s, outs, threads);
        } else if (inner == 1) {
            rows(f, outer, n, threads);
        } else {
            columns(f, outer, n, inner, threads);
        }
    }

    /** The {@code inner == 1} layout: output {@code o} reduces the contiguous run {@code [o n, (o + 1) n)}. */
    private static <S, B> void rows(Fold<S, B> f, int outer, int n, CpuThreads threads) {
        int t = threads.threads();
        long work = (long) outer * n;
        int chunks = outer >= 4 * t || n < 2 * MIN_CHUNK || t == 1 ? 1 : (int) Math.min(4L * t, n / MIN_CHUNK);
        if (chunks == 1) {
            S s = f.newState(outer);
            threads.parallelFor(outer, work, (a, b) -> {
                B buf = f.scratch();
                for (int o = a; o < b; o++) {
                    f.run(s, o, o * n, n, 0, buf);
                }
                f.finish(s, a, b - a);
            });
            return;
        }
        S[] parts = states(f, chunks, outer);
        int c0 = chunks;
        threads.parallelFor(outer * chunks, work, (a, b) -> {
            B buf = f.scratch();
            for (int task = a; task < b; task++) {
                int o = task / c0;
                int c = task % c0;
                int i0 = (int) ((long) n * c / c0);
                int i1 = (int) ((long) n * (c + 1) / c0);
                f.run(parts[c], o, o * n + i0, i1 - i0, i0, buf);
            }
        });
        for (int c = 1; c < chunks; c++) {
            f.merge(parts[0], parts[c], 0, outer);
        }
        finish(f, parts[0], outer, threads);
    }

    /** The {@code inner > 1} layout: row {@code i} of block {@code o} folds into outputs {@code [o inner, (o + 1) inner)}. */
    private static <S, B> void columns(Fold<S, B> f, int outer, int n, int inner, CpuThreads threads) {
        int t = threads.threads();
        int outs = outer * inner;
        long work = (long) outs * n;
        if (t > 1 && n >= 8 * t && outs <= MAX_SPLIT_OUTPUTS && work >= 1 << 16) {
            // Few outputs, many rows: each chunk of rows folds whole rows into a row of states of its own.
            int chunks = 2 * t;
            S[] parts = states(f, chunks, outs);
            threads.parallelFor(chunks, work, (a, b) -> {
                B buf = f.scratch();
                for (int c = a; c < b; c++) {
                    int i0 = (int) ((long) n * c / chunks);
                    int i1 = (int) ((long) n * (c + 1) / chunks);
                    for (int o = 0; o < outer; o++) {
                        for (int i = i0; i < i1; i += ROWS) {
                            f.rows(parts[c], o * inner, (o * n + i) * inner, inner, Math.min(ROWS, i1 - i), inner, i, buf);
                        }
                    }
                }
            });
            for (int c = 1; c < chunks; c++) {
                f.merge(parts[0], parts[c], 0, outs);
            }
            finish(f, parts[0], outs, threads);
            return;
        }
        S s = f.newState(outs);
        if (inner >= 2 * COLUMN_BLOCK) {
            // Many columns: blocks of them per task, each folding its part of every row.
            int blocks = (inner + COLUMN_BLOCK - 1) / COLUMN_BLOCK;
            threads.parallelFor(outer * blocks, work, (a, b) -> {
                B buf = f.scratch();
                for (int task = a; task < b; task++) {
                    int o = task / blocks;
                    int j0 = (task % blocks) * COLUMN_BLOCK;
                    int len = Math.min(COLUMN_BLOCK, inner - j0);
                    for (int i = 0; i < n; i += ROWS) {
                        f.rows(s, o * inner + j0, (o * n + i) * inner + j0, inner, Math.min(ROWS, n - i), len, i, buf);
                    }
                    f.finish(s, o * inner + j0, len);
                }
            });
            return;
        }
        threads.parallelFor(outer, work, (a, b) -> {
            B buf = f.scratch();
            for (int o = a; o < b; o++) {
                for (int i = 0; i < n; i += ROWS) {
                    f.rows(s, o * inner, (o * n + i) * inner, inner, Math.min(ROWS, n - i), inner, i, buf);
                }
            }
            f.finish(s, a * inner, (b - a) * inner);
        });
    }

    private static <S, B> void finish(Fold<S, B> f, S s, int outs, CpuThreads threads) {
        threads.parallelFor(outs, 8L * outs, (a, b) -> f.finish(s, a, b - a));
    }

    @SuppressWarnings("unchecked")
    private static <S, B> S[] states(Fold<S, B> f, int chunks, int outs) {
        S first = f.newState(outs);
        S[] parts = (S[]) Array.newInstance(first.getClass(), chunks);
        parts[0] = first;
        for (int c = 1; c < chunks; c++) {
            parts[c] = f.newState(outs);
        }
        return parts;
    }
}
