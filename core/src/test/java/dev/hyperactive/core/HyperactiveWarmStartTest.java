package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.api.Initialization;
import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.testing.Engines;
import dev.hyperactive.core.testing.ScriptedProvider;
import dev.hyperactive.spi.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HyperactiveWarmStartTest {

    private static final SearchSpace SPACE = SearchSpace.builder().doubles("x", 0, 1, 0.5)
            .categorical("kernel", "linear", "rbf").build();

    private final AtomicInteger calls = new AtomicInteger();
    private final Objective objective = p -> {
        calls.incrementAndGet();
        return p.getDouble("x");
    };

    private static SearchOptions warmStart(Map<String, ?> values) {
        return Engines.random(1).initialize(Initialization.warmStart(List.of(values))).build();
    }

    @Test
    void warmStartSnapsToGrid() {
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(objective, SPACE, 1, warmStart(Map.of("x", 0.6, "kernel", "rbf")));
        hyper.run();

        assertEquals(Map.of("x", 0.5, "kernel", "rbf"), hyper.searchData(objective).row(0).entrySet().stream()
                .filter(e -> e.getKey().equals("x") || e.getKey().equals("kernel"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void warmStartMissingDimensionRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Engines.quiet().addSearch(objective, SPACE, 5, warmStart(Map.of("x", 0.5))));
        assertEquals("parameter 'kernel' is missing from {x=0.5}", e.getMessage());
    }

    @Test
    void warmStartOutsideRangeRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Engines.quiet().addSearch(objective, SPACE, 5, warmStart(Map.of("x", 7, "kernel", "rbf"))));
        assertEquals("value 7 is outside dimension 'x', which ranges from 0.0 to 1.0", e.getMessage());
    }

    @Test
    void warmStartUnknownCategoryRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Engines.quiet()
                .addSearch(objective, SPACE, 5, warmStart(Map.of("x", 0.5, "kernel", "poly"))));
        assertEquals("value 'poly' is not in dimension 'kernel', whose values are [linear, rbf]", e.getMessage());
    }

    private static SearchData previous(List<Object> xs, List<Object> kernels, List<Object> scores) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("x", xs.get(i));
            row.put("kernel", kernels.get(i));
            row.put("score", scores.get(i));
            rows.add(row);
        }
        return SearchData.ofRows(List.of("x", "kernel", "score"), rows);
    }

    @Test
    void memoryWarmStartNeverEvaluatedAgain() {
        SearchData data = previous(List.of(0.0, 0.5, 1.0, 0.0, 0.5, 1.0),
                List.of("linear", "linear", "linear", "rbf", "rbf", "rbf"), List.of(10.0, 11.0, 12.0, 13.0, 14.0, 15.0));
        Hyperactive hyper = Engines.quiet();
        hyper.addSearch(objective, SPACE, 20, Engines.random(1).memoryWarmStart(data).build());
        hyper.run();

        assertEquals(0, calls.get());
        assertEquals(20, hyper.searchData(objective).size());
        assertEquals(15.0, hyper.bestScore(objective));
        assertEquals(Map.of("x", 1.0, "kernel", "rbf"), hyper.bestParameters(objective));
    }

    @Test
    void memoryWarmStartSkipsRowsNotInSpace() {
        SearchData data = previous(List.of(0.25, 7.0, 1.0, "1.0"), List.of("linear", "linear", "poly", "rbf"),
                java.util.Arrays.asList(1.0, 2.0, 3.0, null));
        data = data.append(previous(List.of(0.5), List.of("rbf"), List.of(4.0)));
        ScriptedProvider scripted = new ScriptedProvider(new int[] {1, 1}, new int[] {0, 0});
        Hyperactive hyper = Engines.quiet(scripted);
        hyper.addSearch(objective, SPACE, 2, Engines.scripted().memory(MemoryMode.PRIVATE).memoryWarmStart(data)
                .build());
        hyper.run();

        assertEquals(List.of(new Observation(new int[] {1, 1}, 4.0)),
                scripted.contexts().get(0).priorObservations());
        assertEquals(1, calls.get());
        assertEquals(List.of(4.0, 0.0), hyper.searchData(objective).column("score"));
    }

    @Test
    void memoryWarmStartMissingColumnRejected() {
        SearchData noKernel = SearchData.ofRows(List.of("x", "score"), List.of(Map.of("x", 0.5, "score", 1.0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Engines.quiet()
                .addSearch(objective, SPACE, 5, Engines.random(1).memoryWarmStart(noKernel).build()));
        assertEquals("memory_warm_start lacks the column 'kernel'; its columns are [x, score]", e.getMessage());

        SearchData noScore = SearchData.ofRows(List.of("x", "kernel"), List.of(Map.of("x", 0.5, "kernel", "rbf")));
        e = assertThrows(IllegalArgumentException.class, () -> Engines.quiet()
                .addSearch(objective, SPACE, 5, Engines.random(1).memoryWarmStart(noScore).build()));
        assertEquals("memory_warm_start lacks the column 'score'; its columns are [x, kernel]", e.getMessage());
    }

    @Test
    void searchDataIsValidMemoryWarmStart() {
        Hyperactive first = Engines.quiet();
        first.addSearch(objective, SPACE, 30, Engines.random(3).build());
        first.run();
        int firstCalls = calls.get();

        Objective same = objective;
        Hyperactive second = Engines.quiet();
        second.addSearch(same, SPACE, 30, Engines.random(3).memoryWarmStart(first.searchData(objective, true))
                .build());
        second.run();

        assertEquals(firstCalls, calls.get());
        assertEquals(first.searchData(objective), second.searchData(objective));
    }
}
