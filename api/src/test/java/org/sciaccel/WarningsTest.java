package org.sciaccel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WarningsTest {

    @Test
    void theInnermostOpenCollectorTakesAWarning() {
        try (Warnings.Collector outer = Warnings.collect()) {
            Warnings.warn(Warnings.Category.USER, "first");
            try (Warnings.Collector inner = Warnings.collect()) {
                Warnings.warn(Warnings.Category.LINALG, "second");
                assertEquals(List.of(new Warnings.Warning(Warnings.Category.LINALG, "second")), inner.warnings());
            }
            Warnings.warn(Warnings.Category.OPTIMIZE, "third");
            assertEquals(List.of("UserWarning: first", "OptimizeWarning: third"),
                    outer.warnings().stream().map(Warnings.Warning::toString).toList());
        }
    }

    @Test
    void withNoCollectorTheListenerTakesIt() {
        List<Warnings.Warning> heard = new ArrayList<>();
        Consumer<Warnings.Warning> old = Warnings.setListener(heard::add);
        try {
            Warnings.warn(Warnings.Category.DEPRECATION, "old keyword");
            assertEquals(List.of(new Warnings.Warning(Warnings.Category.DEPRECATION, "old keyword")), heard);
        } finally {
            Warnings.setListener(old);
        }
    }

    @Test
    void aCollectorSeesOnlyItsOwnThread() throws Exception {
        List<Warnings.Warning> heard = new ArrayList<>();
        Consumer<Warnings.Warning> old = Warnings.setListener(w -> {
            synchronized (heard) {
                heard.add(w);
            }
        });
        try (Warnings.Collector mine = Warnings.collect()) {
            CompletableFuture.runAsync(() -> Warnings.warn(Warnings.Category.RUNTIME, "elsewhere")).get();
            assertTrue(mine.warnings().isEmpty());
            assertEquals(1, heard.size());
        } finally {
            Warnings.setListener(old);
        }
    }

    @Test
    void closingOutOfOrderLeavesTheOthersWorking() {
        Warnings.Collector outer = Warnings.collect();
        Warnings.Collector inner = Warnings.collect();
        outer.close();
        Warnings.warn(Warnings.Category.USER, "to inner");
        assertEquals(1, inner.warnings().size());
        inner.close();
        inner.close();
        List<Warnings.Warning> heard = new ArrayList<>();
        Consumer<Warnings.Warning> old = Warnings.setListener(heard::add);
        try {
            Warnings.warn(Warnings.Category.USER, "to listener");
            assertEquals(1, heard.size());
        } finally {
            Warnings.setListener(old);
        }
    }
}
