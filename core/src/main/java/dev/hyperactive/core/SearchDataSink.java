package dev.hyperactive.core;

/**
 * Receives the rows of the search data while a run produces them, for example to append them to a
 * file as they arrive or to send them to a dashboard. The search data returned by
 * {@link Hyperactive#searchData} is collected either way: a sink is an extra consumer.
 *
 * <p>Add one with {@link Hyperactive.Builder#searchDataSink(SearchDataSink)}, or bind it in a Guice
 * module given to {@link Hyperactive.Builder#modules}:
 * <pre>{@code
 * binder -> Multibinder.newSetBinder(binder, SearchDataSink.class).addBinding().toInstance(mySink)
 * }</pre>
 *
 * <p>The engine calls {@link #accept} from the thread of the job that produced the row, so with
 * several jobs the calls come from several threads at once and implementations must be thread-safe.
 * Rows of one job arrive in iteration order. A sink that throws stops the run like a failing
 * objective: {@link Hyperactive#run()} throws a {@link SearchFailedException} that names the sink.
 */
public interface SearchDataSink {

    /**
     * Receives one row, right after the engine recorded it and before the stopping rules are checked.
     *
     * @param row the row; its maps are unmodifiable and the sink may keep them
     */
    void accept(SearchDataRow row);

    /**
     * Called once after every job of a run has ended, whether the run succeeded or failed, so that
     * the sink can flush or close what it writes to. The default does nothing.
     */
    default void runEnded() {
    }
}
