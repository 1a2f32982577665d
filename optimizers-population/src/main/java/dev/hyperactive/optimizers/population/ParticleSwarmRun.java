package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** One run of particle swarm optimization, following the rules that {@link ParticleSwarmOptimizer} describes. */
final class ParticleSwarmRun extends AbstractAskTellOptimizer {

    /** Initial velocities are drawn from this fraction of the velocity clamp, in either direction. */
    private static final double INITIAL_VELOCITY_FRACTION = 0.5;

    /** A particle restarts when its proposal repeats its current position this many turns in a row. */
    private static final int STAGNANT_TURNS_BEFORE_RESTART = 3;

    private final double inertia;
    private final double cognitiveWeight;
    private final double socialWeight;
    private final double randomRestartProbability;
    private final Boundary boundary;
    private final Moves moves;
    private final BoundedMoves bounded;
    private final RandomGenerator random;
    private final Population swarm;
    private final OptimizerContext context;
    private final int dimensions;

    /** Real-valued positions and velocities of the particles, in index units. */
    private final double[][] x;
    private final double[][] v;
    private final double[] maxVelocity;

    private final double[] nextX;
    private final double[] nextV;
    private final int[] stagnantTurns;
    private long turns;
    private boolean restarting;
    private int pendingParticle = -1;

    ParticleSwarmRun(ParticleSwarmOptimizer spec, OptimizerContext context) {
        super(context);
        this.context = context;
        this.inertia = spec.inertia();
        this.cognitiveWeight = spec.cognitiveWeight();
        this.socialWeight = spec.socialWeight();
        this.randomRestartProbability = spec.randomRestartProbability();
        this.boundary = spec.boundary();
        this.moves = new Moves(context);
        this.bounded = new BoundedMoves(context, moves, boundary);
        this.random = context.random();
        this.swarm = new Population(ParticleSwarmOptimizer.NAME, spec.population(), context, moves);
        this.dimensions = context.dimensionCount();
        this.x = new double[spec.population()][dimensions];
        this.v = new double[spec.population()][dimensions];
        this.maxVelocity = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            maxVelocity[d] = 0.5 * (context.dimensionSize(d) - 1);
        }
        this.stagnantTurns = new int[spec.population()];
        this.nextX = new double[dimensions];
        this.nextV = new double[dimensions];
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        swarm.tellInitial(position, score);
    }

    @Override
    protected void rejected(int[] position, boolean initial) {
        swarm.rejected(initial);
        pendingParticle = -1;
        restarting = false;
    }

    @Override
    protected void finishInitialization() {
        swarm.finishInitialization();
        for (int k = 0; k < swarm.size(); k++) {
            if (swarm.member(k).started()) {
                place(k);
            }
        }
    }

    @Override
    protected int[] propose() {
        if (swarm.hasUnstartedMember()) {
            return swarm.nextStart();
        }

        int k = (int) (turns++ % swarm.size());
        pendingParticle = k;
        if (randomRestartProbability > 0 && random.nextDouble() < randomRestartProbability) {
            int[] jump = moves.validRandomPosition();
            for (int d = 0; d < dimensions; d++) {
                x[k][d] = jump[d];
            }
            return jump;
        }

        Population.Member particle = swarm.member(k);
        int[] candidate = new int[dimensions];
        for (int i = 0; i < Moves.MOVE_TRIES; i++) {
            fillMove(k, candidate);
            if (!context.satisfiesConstraints(candidate)) {
                continue;
            }
            if (!Arrays.equals(candidate, particle.position())) {
                stagnantTurns[k] = 0;
            } else if (++stagnantTurns[k] >= STAGNANT_TURNS_BEFORE_RESTART) {
                break;
            }
            System.arraycopy(nextX, 0, x[k], 0, dimensions);
            System.arraycopy(nextV, 0, v[k], 0, dimensions);
            return candidate;
        }
        return restart(k);
    }

    /** Moves particle {@code k} to a uniform random position with a new velocity; it forgets its best when told. */
    private int[] restart(int k) {
        stagnantTurns[k] = 0;
        restarting = true;
        int[] jump = moves.validRandomPosition();
        for (int d = 0; d < dimensions; d++) {
            x[k][d] = jump[d];
        }
        drawVelocity(k);
        return jump;
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        if (swarm.isStartPending()) {
            place(swarm.tellStart(position, score));
            return;
        }
        if (pendingParticle >= 0) {
            if (restarting) {
                swarm.member(pendingParticle).forgetBest();
                restarting = false;
            }
            swarm.member(pendingParticle).moveTo(position, score);
            pendingParticle = -1;
        }
    }

    /** Sets particle {@code k}'s real position to its evaluated one and draws its initial velocity. */
    private void place(int k) {
        int[] position = swarm.member(k).position();
        for (int d = 0; d < dimensions; d++) {
            x[k][d] = position[d];
        }
        drawVelocity(k);
    }

    private void drawVelocity(int k) {
        for (int d = 0; d < dimensions; d++) {
            double limit = INITIAL_VELOCITY_FRACTION * maxVelocity[d];
            v[k][d] = limit * (2 * random.nextDouble() - 1);
        }
    }

    /** Writes particle {@code k}'s next position into {@code target}, its new state into nextX and nextV. */
    private void fillMove(int k, int[] target) {
        Population.Member particle = swarm.member(k);
        int best = swarm.bestMember();
        int[] personalBest = particle.hasBest() ? particle.bestPosition() : null;
        int[] globalBest = best >= 0 ? swarm.member(best).bestPosition() : null;
        int[] current = particle.position();
        double[] xk = x[k];
        double[] vk = v[k];

        for (int d = 0; d < dimensions; d++) {
            double position = xk[d];
            double velocity = inertia * vk[d];
            if (personalBest != null) {
                velocity += cognitiveWeight * random.nextDouble() * (personalBest[d] - position);
            }
            if (globalBest != null) {
                velocity += socialWeight * random.nextDouble() * (globalBest[d] - position);
            }
            velocity = Math.max(-maxVelocity[d], Math.min(maxVelocity[d], velocity));
            nextV[d] = velocity;

            if (bounded.isCategorical(d)) {
                int size = bounded.size(d);
                boolean switches = random.nextDouble() < Math.min(1.0, Math.abs(velocity) / size);
                target[d] = switches ? bounded.otherCategory(current[d], size) : current[d];
                nextX[d] = target[d];
                continue;
            }

            // Inside the space the boundary rule only rounds, so it is applied only outside.
            double moved = position + velocity;
            double rounded = Math.rint(moved);
            if (rounded >= 0 && rounded <= bounded.size(d) - 1) {
                target[d] = (int) rounded;
                nextX[d] = moved;
            } else {
                target[d] = bounded.apply(d, moved, current[d]);
                nextX[d] = target[d];
                nextV[d] = velocityAfterBoundary(velocity);
            }
        }
    }

    private double velocityAfterBoundary(double velocity) {
        switch (boundary) {
            case REFLECT:
                return -velocity;
            case PERIODIC:
                return velocity;
            default:
                return 0;
        }
    }
}
