package dev.hyperactive.core.testing;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A test optimizer that proposes the initial positions, then a script chosen by the job's seed,
 * cycling through it. It remembers what it was told and rejected.
 */
public final class ScriptedProvider implements OptimizerProvider {

    public static final String NAME = "scripted";

    private final Function<Long, List<int[]>> scriptBySeed;
    private final List<int[]> told = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> scores = Collections.synchronizedList(new ArrayList<>());
    private final List<OptimizerContext> contexts = Collections.synchronizedList(new ArrayList<>());

    /** Creates a provider whose every job proposes {@code script}. */
    public ScriptedProvider(int[]... script) {
        this(seed -> List.of(script));
    }

    /** Creates a provider whose jobs propose the script for their seed. */
    public ScriptedProvider(Function<Long, List<int[]>> scriptBySeed) {
        this.scriptBySeed = scriptBySeed;
    }

    /** Returns every position told, over all jobs. */
    public List<int[]> told() {
        return told;
    }

    /** Returns every score told, over all jobs. */
    public List<Double> scores() {
        return scores;
    }

    /** Returns the contexts the engine created runs with. */
    public List<OptimizerContext> contexts() {
        return contexts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "Scripted";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.LOCAL;
    }

    @Override
    public OptimizerSpec defaultSpec() {
        return OptimizerSpec.named(NAME);
    }

    @Override
    public OptimizerSpec parse(Map<String, String> parameters) {
        return defaultSpec();
    }

    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        contexts.add(context);
        Deque<int[]> initial = new ArrayDeque<>(context.initialPositions());
        List<int[]> script = scriptBySeed.apply(context.seed());
        return new AskTellOptimizer() {
            private int next;

            @Override
            public int[] ask() {
                if (!initial.isEmpty()) {
                    return initial.poll();
                }
                int[] position = script.get(next % script.size()).clone();
                next++;
                return position;
            }

            @Override
            public void tell(int[] position, double score) {
                told.add(position);
                scores.add(score);
            }
        };
    }
}
