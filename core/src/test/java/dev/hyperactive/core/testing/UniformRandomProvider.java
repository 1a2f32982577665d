package dev.hyperactive.core.testing;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** A test optimizer: the initial positions, then uniform random positions from the context's generator. */
public final class UniformRandomProvider implements OptimizerProvider {

    public static final String NAME = "uniform_random";

    private final String name;

    /** Creates the provider under its own name. */
    public UniformRandomProvider() {
        this(NAME);
    }

    /** Creates the provider under another registry name, such as the default {@code random_search}. */
    public UniformRandomProvider(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String displayName() {
        return "Uniform Random";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public OptimizerSpec defaultSpec() {
        return OptimizerSpec.named(name);
    }

    /** Returns the spec of this optimizer. */
    public static OptimizerSpec spec() {
        return new OptimizerSpec() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public Map<String, Object> parameters() {
                return Map.of();
            }
        };
    }

    @Override
    public OptimizerSpec parse(Map<String, String> parameters) {
        SpecParameters.of(name, parameters, List.of());
        return defaultSpec();
    }

    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Deque<int[]> initial = new ArrayDeque<>(context.initialPositions());
        return new AskTellOptimizer() {
            @Override
            public int[] ask() {
                if (!initial.isEmpty()) {
                    return initial.poll();
                }
                int[] position = new int[context.dimensionCount()];
                for (int d = 0; d < position.length; d++) {
                    position[d] = context.random().nextInt(context.dimensionSize(d));
                }
                return position;
            }

            @Override
            public void tell(int[] position, double score) {
            }
        };
    }
}
