package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;
import dev.hyperactive.api.MemoryMode;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.testing.Engines;
import dev.hyperactive.core.testing.FakeTicker;
import dev.hyperactive.core.testing.RecordingDisplay;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HyperactiveModuleTest {

    private static final SearchSpace SPACE = SearchSpace.builder().integers("x", 0, 10, 1).build();
    private static final Objective OBJECTIVE = p -> {
        p.record("twice", 2 * p.getInt("x"));
        return p.getInt("x");
    };
    private static final Key<Set<SearchDataSink>> SINKS = Key.get(new TypeLiteral<Set<SearchDataSink>>() { });

    @Test
    void defaultBindings() {
        Injector injector = Guice.createInjector(new HyperactiveModule());

        assertEquals(List.of(), injector.getInstance(OptimizerRegistry.class).providers());
        assertSame(injector.getInstance(OptimizerRegistry.class), injector.getInstance(OptimizerRegistry.class));
        assertEquals(Set.of(), injector.getInstance(SINKS));
        assertSame(System.out, injector.getInstance(Key.get(PrintStream.class, Names.named(HyperactiveModule.OUTPUT))));
    }

    @Test
    void overrideReplacesClockAndDisplay() {
        FakeTicker ticker = new FakeTicker(5);
        RecordingDisplay display = new RecordingDisplay();
        Injector injector = Guice.createInjector(Modules.override(new HyperactiveModule()).with(binder -> {
            binder.bind(Ticker.class).toInstance(ticker);
            binder.bind(ProgressDisplay.class).toInstance(display);
        }));

        assertSame(ticker, injector.getInstance(Ticker.class));
        assertSame(display, injector.getInstance(ProgressDisplay.class));
    }

    @Test
    void builderModulesReplaceClockAndDisplay() {
        FakeTicker ticker = new FakeTicker(250_000_000L);
        RecordingDisplay display = new RecordingDisplay();
        Hyperactive hyper = Engines.quietBuilder()
                .modules(binder -> binder.bind(Ticker.class).toInstance(ticker),
                        binder -> binder.bind(ProgressDisplay.class).toInstance(display))
                .build();
        hyper.addSearch(OBJECTIVE, SPACE, 3, Engines.random(7).memory(MemoryMode.OFF).searchId("clock").build());
        hyper.run();

        SearchData data = hyper.searchData(OBJECTIVE, true);
        assertEquals(3, data.size());
        assertEquals(0.25, data.get(0, SearchData.EVAL_TIME));
        assertEquals(0.75, data.get(0, SearchData.ITER_TIME));
        assertEquals("start 0 [0] clock (Uniform Random) 3", display.calls().get(0));
        assertEquals("finish 0 3", display.calls().get(display.calls().size() - 1));
    }

    @Test
    void builderSinkReceivesEveryRow() {
        RecordingSink sink = new RecordingSink();
        Hyperactive hyper = Engines.quietBuilder().searchDataSink(sink).build();
        hyper.addSearch(OBJECTIVE, SPACE, 4, Engines.random(3).nJobs(2).searchId("rows").build());
        hyper.run();

        SearchData data = hyper.searchData(OBJECTIVE);
        assertEquals(8, sink.rows.size());
        assertEquals(1, sink.ends);
        for (int job = 0; job < 2; job++) {
            List<SearchDataRow> ofJob = sink.rowsOfJob(job);
            assertEquals(4, ofJob.size());
            for (int i = 0; i < 4; i++) {
                SearchDataRow row = ofJob.get(i);
                int dataRow = job * 4 + i;
                assertEquals("rows", row.searchId());
                assertEquals(i, row.iteration());
                assertEquals(data.get(dataRow, "x"), row.parameters().get("x"));
                assertEquals(((Number) data.get(dataRow, SearchData.SCORE)).doubleValue(), row.score());
                assertEquals(data.get(dataRow, "twice"), row.extras().get("twice"));
            }
        }
    }

    @Test
    void moduleSinksAddUp() {
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        Hyperactive hyper = Engines.quietBuilder().searchDataSink(first)
                .modules(binder -> Multibinder.newSetBinder(binder, SearchDataSink.class).addBinding()
                        .toInstance(second))
                .build();
        hyper.addSearch(OBJECTIVE, SPACE, 2, Engines.random(1).build());
        hyper.run();

        assertEquals(2, first.rows.size());
        assertEquals(2, second.rows.size());
        assertEquals(1, second.ends);
    }

    @Test
    void failingSinkStopsRun() {
        SearchDataSink failing = row -> {
            if (row.iteration() == 1) {
                throw new IllegalStateException("disk full");
            }
        };
        Hyperactive hyper = Engines.quietBuilder().searchDataSink(failing).build();
        hyper.addSearch(OBJECTIVE, SPACE, 5, Engines.random(1).searchId("sinks").build());

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);
        assertTrue(e.getMessage().startsWith("search-data sink "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" failed in job 0, iteration 1 of search 'sinks': "
                + "java.lang.IllegalStateException: disk full"), e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals(2, hyper.searchData(OBJECTIVE).size());
    }

    @Test
    void sinkFailingAtEndFailsRun() {
        SearchDataSink failing = new SearchDataSink() {
            @Override
            public void accept(SearchDataRow row) {
            }

            @Override
            public void runEnded() {
                throw new IllegalStateException("cannot close");
            }
        };
        Hyperactive hyper = Engines.quietBuilder().searchDataSink(failing).build();
        hyper.addSearch(OBJECTIVE, SPACE, 2, Engines.random(1).build());

        SearchFailedException e = assertThrows(SearchFailedException.class, hyper::run);
        assertTrue(e.getMessage().endsWith(" failed at the end of the run: java.lang.IllegalStateException: "
                + "cannot close"), e.getMessage());
    }

    @Test
    void nullSinkRejected() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Hyperactive.builder().searchDataSink(null));
        assertEquals("search-data sink must not be null", e.getMessage());
    }

    @Test
    void rowMapsUnmodifiable() {
        SearchDataRow row = new SearchDataRow("s", 0, 0, new HashMap<>(Map.of("x", 1)), 1.0, Map.of(), 0, 0);
        assertThrows(UnsupportedOperationException.class, () -> row.parameters().put("y", 2));
    }

    /** A thread-safe sink that keeps every row. */
    private static final class RecordingSink implements SearchDataSink {

        final List<SearchDataRow> rows = Collections.synchronizedList(new ArrayList<>());
        volatile int ends;

        @Override
        public void accept(SearchDataRow row) {
            rows.add(row);
        }

        @Override
        public void runEnded() {
            ends++;
        }

        List<SearchDataRow> rowsOfJob(int job) {
            synchronized (rows) {
                return rows.stream().filter(row -> row.job() == job).toList();
            }
        }
    }
}
