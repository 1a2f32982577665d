package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** One run of spiral optimization, following the rules that {@link SpiralOptimizer} describes. */
final class SpiralRun extends AbstractAskTellOptimizer {

    /** A particle restarts when its proposal repeats its current position this many turns in a row. */
    private static final int STAGNANT_TURNS_BEFORE_RESTART = 3;

    private final OptimizerContext context;
    /** The contraction per move of a particle: decay_rate once for every proposal since its last move. */
    private final double decayRate;
    private final double randomRestartProbability;
    private final Moves moves;
    private final BoundedMoves bounded;
    private final RandomGenerator random;
    private final Population particles;
    private final int dimensions;

    /** The numeric dimensions of more than one value, which the rotation acts on. */
    private final int[] rotated;

    /** Real-valued particle coordinates, each index divided by {@code size - 1}. */
    private final double[][] x;
    private final double[] offset;
    private final double[] nextX;
    private final int[] stagnantTurns;
    private long turns;
    private int pendingParticle = -1;

    SpiralRun(SpiralOptimizer spec, OptimizerContext context) {
        super(context);
        this.context = context;
        this.decayRate = Math.pow(spec.decayRate(), spec.population());
        this.randomRestartProbability = spec.randomRestartProbability();
        this.moves = new Moves(context);
        this.bounded = new BoundedMoves(context, moves, spec.boundary());
        this.random = context.random();
        this.particles = new Population(SpiralOptimizer.NAME, spec.population(), context, moves);
        this.dimensions = context.dimensionCount();
        this.rotated = numericDimensions(context);
        this.x = new double[spec.population()][dimensions];
        this.offset = new double[dimensions];
        this.nextX = new double[dimensions];
        this.stagnantTurns = new int[spec.population()];
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        particles.tellInitial(position, score);
    }

    @Override
    protected void rejected(int[] position, boolean initial) {
        particles.rejected(initial);
        pendingParticle = -1;
    }

    @Override
    protected void finishInitialization() {
        particles.finishInitialization();
        for (int k = 0; k < particles.size(); k++) {
            if (particles.member(k).started()) {
                place(k, particles.member(k).position());
            }
        }
    }

    @Override
    protected int[] propose() {
        if (particles.hasUnstartedMember()) {
            return particles.nextStart();
        }

        int k = (int) (turns++ % particles.size());
        pendingParticle = k;
        int best = particles.bestMember();
        if (best < 0 || (randomRestartProbability > 0 && random.nextDouble() < randomRestartProbability)) {
            return jump(k);
        }

        int[] centre = particles.member(best).bestPosition();
        int[] current = particles.member(k).position();
        int[] candidate = new int[dimensions];
        for (int i = 0; i < Moves.MOVE_TRIES; i++) {
            fillMove(k, centre, candidate);
            if (!context.satisfiesConstraints(candidate)) {
                continue;
            }
            if (!Arrays.equals(candidate, current)) {
                stagnantTurns[k] = 0;
            } else if (++stagnantTurns[k] >= STAGNANT_TURNS_BEFORE_RESTART) {
                break;
            }
            System.arraycopy(nextX, 0, x[k], 0, dimensions);
            return candidate;
        }
        return jump(k);
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        if (particles.isStartPending()) {
            int k = particles.tellStart(position, score);
            place(k, position);
            return;
        }
        if (pendingParticle >= 0) {
            particles.member(pendingParticle).moveTo(position, score);
            pendingParticle = -1;
        }
    }

    /** Moves particle {@code k} to a uniform random position. */
    private int[] jump(int k) {
        stagnantTurns[k] = 0;
        int[] position = moves.validRandomPosition();
        place(k, position);
        return position;
    }

    private void place(int k, int[] position) {
        for (int d = 0; d < dimensions; d++) {
            x[k][d] = normalized(d, position[d]);
        }
    }

    private double normalized(int d, int index) {
        int last = bounded.size(d) - 1;
        return last == 0 ? 0 : (double) index / last;
    }

    /** Writes particle {@code k}'s next position into {@code target} and its coordinates into nextX. */
    private void fillMove(int k, int[] centre, int[] target) {
        for (int d = 0; d < dimensions; d++) {
            offset[d] = x[k][d] - normalized(d, centre[d]);
        }

        if (rotated.length == 1) {
            offset[rotated[0]] *= 2 * random.nextDouble() - 1;
        } else {
            rotate();
        }

        int[] current = particles.member(k).position();
        for (int d = 0; d < dimensions; d++) {
            int last = bounded.size(d) - 1;
            if (last == 0) {
                target[d] = 0;
                nextX[d] = 0;
            } else if (bounded.isCategorical(d)) {
                target[d] = moveCategory(current[d], centre[d], last + 1);
                nextX[d] = normalized(d, target[d]);
            } else {
                double moved = normalized(d, centre[d]) + decayRate * offset[d];
                target[d] = bounded.apply(d, moved * last, current[d]);
                double rounded = Math.rint(moved * last);
                nextX[d] = rounded >= 0 && rounded <= last ? moved : normalized(d, target[d]);
            }
        }
    }

    /**
     * Rotates the offset by one angle, drawn uniformly from [0, 2 pi), in every plane of two numeric
     * dimensions, in index order.
     */
    private void rotate() {
        double angle = 2 * Math.PI * random.nextDouble();
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int a = 0; a < rotated.length - 1; a++) {
            for (int b = a + 1; b < rotated.length; b++) {
                int i = rotated[a];
                int j = rotated[b];
                double u = offset[i];
                double w = offset[j];
                offset[i] = cos * u - sin * w;
                offset[j] = sin * u + cos * w;
            }
        }
    }

    private static int[] numericDimensions(OptimizerContext context) {
        int count = 0;
        int[] dimensions = new int[context.dimensionCount()];
        for (int d = 0; d < dimensions.length; d++) {
            if (!context.isCategorical(d) && context.dimensionSize(d) > 1) {
                dimensions[count++] = d;
            }
        }
        return Arrays.copyOf(dimensions, count);
    }

    private int moveCategory(int current, int centre, int size) {
        if (random.nextBoolean()) {
            return centre;
        }
        return random.nextDouble() * size < 1 ? bounded.otherCategory(current, size) : current;
    }
}
