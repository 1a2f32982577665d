package dev.hyperactive.testkit;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A small optimizer for checking the contract test itself: a random walk from the last told
 * position. Each {@link Defect} breaks one rule of the contract.
 */
final class SampleProvider implements OptimizerProvider {

    /** One way to break the contract. */
    enum Defect {
        NONE,
        /** Returns the same array from every ask. */
        REUSED_ARRAY,
        /** Proposes an index one past the end of the first dimension. */
        OUT_OF_BOUNDS,
        /** Never proposes the initial positions. */
        SKIPPED_INITIALS,
        /** Draws from a generator that ignores the context's seed. */
        UNSEEDED,
        /** Draws from a generator with a fixed seed. */
        FIXED_SEED,
        /** Throws on a NaN score. */
        NAN_INTOLERANT,
        /** Proposes the corner of highest indices forever, even when it is rejected. */
        STUCK_ON_REJECTION,
        /** Keeps the told array as its current position. */
        KEEPS_TOLD_ARRAY,
        /** Allocates memory in proportion to the number of positions. */
        MATERIALIZES
    }

    private final Defect defect;

    SampleProvider(Defect defect) {
        this.defect = defect;
    }

    @Override
    public String name() {
        return "sample_walk";
    }

    @Override
    public String displayName() {
        return "Sample Walk";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.LOCAL;
    }

    @Override
    public OptimizerSpec defaultSpec() {
        return new Spec(0.1);
    }

    @Override
    public OptimizerSpec parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(name(), parameters, List.of("epsilon"));
        return new Spec(p.getDouble("epsilon", 0.1));
    }

    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        if (!(spec instanceof Spec)) {
            throw new IllegalArgumentException("not a sample_walk spec: " + spec);
        }
        if (defect == Defect.MATERIALIZES) {
            long size = 1;
            for (int s : context.dimensionSizes()) {
                size = Math.multiplyExact(size, s);
            }
            boolean[] visited = new boolean[Math.toIntExact(size)];
            visited[0] = true;
        }
        if (defect == Defect.SKIPPED_INITIALS) {
            context = OptimizerContext.builder(context.dimensionSizes()).seed(context.seed())
                    .constraint(context::satisfiesConstraints).build();
        }
        return new Walk(((Spec) spec).epsilon, context, defect);
    }

    private record Spec(double epsilon) implements OptimizerSpec {

        @Override
        public String name() {
            return "sample_walk";
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("epsilon", epsilon);
        }
    }

    private static final class Walk extends AbstractAskTellOptimizer {

        private final double epsilon;
        private final Defect defect;
        private final Moves moves;
        private final SplittableRandom ownRandom;
        private final int[] reused;
        private int[] current;

        Walk(double epsilon, OptimizerContext context, Defect defect) {
            super(context);
            this.epsilon = epsilon;
            this.defect = defect;
            this.moves = new Moves(context);
            this.ownRandom = defect == Defect.UNSEEDED ? new SplittableRandom()
                    : defect == Defect.FIXED_SEED ? new SplittableRandom(0) : null;
            this.reused = new int[context.dimensionCount()];
        }

        @Override
        protected int[] propose() {
            if (current == null) {
                current = moves.validRandomPosition();
            }
            if (defect == Defect.STUCK_ON_REJECTION) {
                int[] corner = context().dimensionSizes();
                for (int d = 0; d < corner.length; d++) {
                    corner[d]--;
                }
                return corner;
            }

            int[] next = ownRandom == null ? moves.validNeighbour(current, epsilon, NoiseDistribution.NORMAL)
                    : randomPosition();
            if (defect == Defect.OUT_OF_BOUNDS) {
                next[0] = context().dimensionSize(0);
            }
            if (defect == Defect.REUSED_ARRAY) {
                System.arraycopy(next, 0, reused, 0, next.length);
                return reused;
            }
            return next;
        }

        @Override
        protected void tellProposal(int[] position, double score) {
            if (defect == Defect.NAN_INTOLERANT && Double.isNaN(score)) {
                throw new IllegalStateException("NaN score");
            }
            if (defect == Defect.KEEPS_TOLD_ARRAY) {
                current = position;
            } else if (Double.isFinite(score) && score >= bestScore()) {
                current = position.clone();
            }
        }

        private int[] randomPosition() {
            int[] position = new int[context().dimensionCount()];
            for (int d = 0; d < position.length; d++) {
                position[d] = ownRandom.nextInt(context().dimensionSize(d));
            }
            return position;
        }
    }
}
