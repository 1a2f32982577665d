package dev.hyperactive.core.internal.display;

import dev.hyperactive.core.ProgressDisplay;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Objects;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows one progress bar per job with me.tongfei:progressbar: the task name given to
 * {@link #start}, the iterations done out of the planned ones, and the best score (6 significant
 * digits) and its iteration.
 *
 * <p>On a terminal the bars are redrawn in place, one line per job. On any other stream (a file, a
 * pipe, a test buffer) a bar is never redrawn. Instead each job prints one whole line per update
 * period in which it made progress, plus its first and last state, so the output of several jobs
 * never mixes within a line.
 *
 * <p>{@link #update} only stores the count, and the best score when it changed. The library draws on
 * its own timer thread, so a job's loop never waits for the stream. Calls for different jobs may come
 * from different threads at once. The calls for one job must come from one thread at a time, as the
 * engine makes them.
 */
public final class ProgressBarDisplay implements ProgressDisplay {

    /** The width of a line on a stream that is not a terminal, in characters. */
    static final int LINE_WIDTH = 120;

    private static final int TERMINAL_UPDATE_MILLIS = 200;
    private static final int LINE_UPDATE_MILLIS = 1000;

    private final PrintStream stream;
    private final boolean terminal;
    private final int updateIntervalMillis;
    private final Object lock = new Object();

    /** The bar of each running job, indexed by job. Writers replace the whole array, so readers need no lock. */
    private volatile JobBar[] bars = new JobBar[0];

    /**
     * Creates a display that draws on {@code stream}, redrawing bars in place only when the stream is
     * standard error or standard output and the JVM runs on a console.
     */
    public ProgressBarDisplay(PrintStream stream) {
        this(stream, isConsole(stream));
    }

    /**
     * Creates a display that draws on {@code stream}.
     *
     * @param terminal whether the stream is a terminal that understands cursor movement. Bars are then
     *     redrawn in place, and otherwise each update prints a new line.
     */
    public ProgressBarDisplay(PrintStream stream, boolean terminal) {
        this(stream, terminal, terminal ? TERMINAL_UPDATE_MILLIS : LINE_UPDATE_MILLIS);
    }

    ProgressBarDisplay(PrintStream stream, boolean terminal, int updateIntervalMillis) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.terminal = terminal;
        this.updateIntervalMillis = updateIntervalMillis;
    }

    // NOTE: System.console() is null when standard input or output is redirected, so with
    // `> out.json` the bars on standard error fall back to printing lines.
    private static boolean isConsole(PrintStream stream) {
        return (stream == System.err || stream == System.out) && System.console() != null;
    }

    /**
     * Starts the bar of {@code job}. A bar that the same job still shows is closed first.
     *
     * @throws IllegalArgumentException if {@code job} or {@code iterations} is negative
     */
    @Override
    public void start(int job, String description, int iterations) {
        if (job < 0) {
            throw new IllegalArgumentException("job must not be negative: " + job);
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must not be negative: " + iterations);
        }
        Objects.requireNonNull(description, "description");

        TrackingConsumer terminalConsumer = terminal
                ? new TrackingConsumer(new InteractiveConsoleProgressBarConsumer(stream))
                : null;
        ProgressBar bar = ProgressBar.builder()
                .setTaskName(description)
                .setInitialMax(iterations)
                .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(updateIntervalMillis)
                .setConsumer(terminal ? terminalConsumer : new LineConsumer(stream))
                .build();
        JobBar replaced = put(job, new JobBar(bar, terminalConsumer));
        if (replaced != null) {
            replaced.finish(replaced.shownIterations);
        }
    }

    @Override
    public void update(int job, int iterationsDone, double bestScore, int bestIteration) {
        JobBar[] current = bars;
        if (job < 0 || job >= current.length || current[job] == null) {
            return;
        }
        current[job].update(iterationsDone, bestScore, bestIteration);
    }

    /** Completes the bar of {@code job} at {@code iterationsDone}, even when it stopped early. */
    @Override
    public void finish(int job, int iterationsDone) {
        if (job < 0) {
            return;
        }
        JobBar bar = put(job, null);
        if (bar != null) {
            bar.finish(iterationsDone);
        }
    }

    /** Stores {@code bar} for {@code job} and returns the bar it replaced, or null. */
    private JobBar put(int job, JobBar bar) {
        synchronized (lock) {
            JobBar[] current = bars;
            if (job >= current.length && bar == null) {
                return null;
            }
            JobBar[] copy = Arrays.copyOf(current, Math.max(current.length, job + 1));
            JobBar replaced = copy[job];
            copy[job] = bar;
            bars = copy;
            return replaced;
        }
    }

    /** The bar of one job and what it shows, touched only by that job's thread. */
    private static final class JobBar {

        private final ProgressBar bar;
        /** The consumer of a terminal bar, or null for a line-printing one. */
        private final TrackingConsumer terminalConsumer;
        private long shownIterations;
        private int shownBestIteration = -1;

        JobBar(ProgressBar bar, TrackingConsumer terminalConsumer) {
            this.bar = bar;
            this.terminalConsumer = terminalConsumer;
        }

        void update(long done, double bestScore, int bestIteration) {
            // Stepping backwards would make the library redraw on this thread, so counts only grow.
            if (done > shownIterations) {
                bar.stepTo(done);
                shownIterations = done;
            }
            // The message is formatted only when the best changes, not on every iteration.
            if (bestIteration != shownBestIteration && !Double.isNaN(bestScore)) {
                bar.setExtraMessage("best_score=" + ValueText.compact(bestScore) + ", best_iter=" + bestIteration);
                shownBestIteration = bestIteration;
            }
        }

        void finish(long done) {
            bar.stepTo(done);
            if (done != bar.getMax()) {
                bar.maxHint(done);
            }
            bar.close();
            if (terminalConsumer != null && !terminalConsumer.closed) {
                // progressbar 0.10.1 skips closing the consumer when the bar closes before its first
                // drawing, which leaves the bar registered among the terminal's lines. A second close
                // redraws the same line in place and then closes the consumer.
                bar.close();
            }
        }
    }

    /**
     * Prints each drawing of a bar as a line of its own, for streams that are not terminals. The
     * library draws a closing bar twice, so a line equal to the one before is skipped.
     */
    private static final class LineConsumer implements ProgressBarConsumer {

        private final PrintStream out;
        private String previous = "";

        LineConsumer(PrintStream out) {
            this.out = out;
        }

        @Override
        public int getMaxRenderedLength() {
            return LINE_WIDTH;
        }

        @Override
        public void accept(String rendered) {
            // Only the library's single timer thread calls this, one bar at a time.
            String line = rendered.stripTrailing();
            if (!line.equals(previous)) {
                out.println(line);
                previous = line;
            }
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    /** Passes drawings on to a terminal consumer and records whether the library closed it. */
    private static final class TrackingConsumer implements ProgressBarConsumer {

        private final ProgressBarConsumer delegate;
        private volatile boolean closed;

        TrackingConsumer(ProgressBarConsumer delegate) {
            this.delegate = delegate;
        }

        @Override
        public int getMaxRenderedLength() {
            return delegate.getMaxRenderedLength();
        }

        @Override
        public void accept(String rendered) {
            delegate.accept(rendered);
        }

        @Override
        public void clear() {
            delegate.clear();
        }

        @Override
        public void close() {
            closed = true;
            delegate.close();
        }
    }
}
