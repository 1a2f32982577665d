package dev.hyperactive.core.testing;

import dev.hyperactive.core.ProgressDisplay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A progress display that records its calls as text. */
public final class RecordingDisplay implements ProgressDisplay {

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    public List<String> calls() {
        return calls;
    }

    @Override
    public void start(int job, String description, int iterations) {
        calls.add("start " + job + " " + description + " " + iterations);
    }

    @Override
    public void update(int job, int iterationsDone, double bestScore, int bestIteration) {
        calls.add("update " + job + " " + iterationsDone + " " + bestScore + " " + bestIteration);
    }

    @Override
    public void finish(int job, int iterationsDone) {
        calls.add("finish " + job + " " + iterationsDone);
    }
}
