package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/** One run of the differential evolution that {@link DifferentialEvolutionOptimizer} describes. */
final class DifferentialEvolutionRun extends AbstractAskTellOptimizer {

    /** The number of generations without a rising member score after which the population restarts. */
    static final int STALL_GENERATIONS = 10;

    private final double weight;
    private final double crossoverRate;
    private final Boundary boundary;
    private final Moves moves;
    private final RandomGenerator random;
    private final Population population;
    private final int[] sizes;
    private final boolean[] categorical;

    /** The dimensions with more than one value, from which the one forced mutant index is drawn. */
    private final int[] variable;

    private int nextTarget;
    private int target;

    /** Trials since a member's score last rose; at {@link #STALL_GENERATIONS} generations the population restarts. */
    private int stalledTrials;
    private int restartsPending;
    private int restarts;
    private int keptMember;
    private final Moves.Move trial = this::fillTrial;

    DifferentialEvolutionRun(DifferentialEvolutionOptimizer spec, OptimizerContext context) {
        super(context);
        this.weight = spec.mutationRate();
        this.crossoverRate = spec.crossoverRate();
        this.boundary = spec.boundary();
        this.moves = new Moves(context);
        this.random = context.random();
        this.population = new Population(DifferentialEvolutionOptimizer.NAME, spec.population(), context, moves);
        this.sizes = context.dimensionSizes();
        this.categorical = new boolean[sizes.length];
        int count = 0;
        for (int d = 0; d < sizes.length; d++) {
            categorical[d] = context.isCategorical(d);
            count += sizes[d] > 1 ? 1 : 0;
        }
        this.variable = new int[count];
        for (int d = 0, k = 0; d < sizes.length; d++) {
            if (sizes[d] > 1) {
                variable[k++] = d;
            }
        }
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        population.tellInitial(position, score);
    }

    @Override
    protected void rejected(int[] position, boolean initial) {
        population.rejected(initial);
    }

    @Override
    protected void finishInitialization() {
        population.finishInitialization();
    }

    @Override
    protected int[] propose() {
        if (population.hasUnstartedMember()) {
            return population.nextStart();
        }
        if (restartsPending > 0) {
            target = nextRestartMember();
            return moves.validRandomPosition();
        }
        target = nextTarget;
        nextTarget = (nextTarget + 1) % population.size();
        return moves.satisfying(trial);
    }

    /** Keeps the trial if it scores at least as high as the target (greedy selection). */
    @Override
    protected void tellProposal(int[] position, double score) {
        if (population.isStartPending()) {
            population.tellStart(position, score);
            return;
        }
        Population.Member member = population.member(target);
        if (restartsPending > 0) {
            restartsPending--;
            member.moveTo(position, score);
            return;
        }

        if (Population.isBetter(score, member.score())) {
            stalledTrials = 0;
        } else if (++stalledTrials >= STALL_GENERATIONS * population.size() && population.size() > 1) {
            stalledTrials = 0;
            restarts++;
            restartsPending = population.size() - 1;
            keptMember = population.bestMember();
        }
        if (!Population.isBetter(member.score(), score)) {
            member.moveTo(position, score);
        }
    }

    /** Returns the number of population restarts so far. Used by tests. */
    int restarts() {
        return restarts;
    }

    /**
     * Returns the next member to restart: the members in index order, skipping the one that was
     * best when the restart began, which keeps its position.
     */
    private int nextRestartMember() {
        int offset = population.size() - 1 - restartsPending;
        return offset < keptMember || keptMember < 0 ? offset : offset + 1;
    }

    /** Returns the population. Used by tests. */
    Population population() {
        return population;
    }

    /** Writes a new trial position for the target: mutation, then binomial crossover. */
    private void fillTrial(int[] child) {
        int size = population.size();
        int r1 = drawOther(size, target, -1, -1);
        int r2 = drawOther(size, target, r1, -1);
        int r3 = drawOther(size, target, r1, r2);
        int[] base = population.member(r1).position();
        int[] plus = population.member(r2).position();
        int[] minus = population.member(r3).position();
        int[] current = population.member(target).position();
        int forced = variable.length == 0 ? -1 : variable[random.nextInt(variable.length)];

        for (int d = 0; d < child.length; d++) {
            if (d != forced && random.nextDouble() >= crossoverRate) {
                child[d] = current[d];
            } else if (categorical[d]) {
                child[d] = mutateCategory(base[d], plus[d], minus[d]);
            } else {
                double mutant = base[d] + weight * (plus[d] - minus[d]);
                child[d] = boundary.apply(mutant, sizes[d], current[d], random);
            }
        }
    }

    private int mutateCategory(int base, int plus, int minus) {
        if (random.nextDouble() >= weight) {
            return base;
        }
        switch (random.nextInt(3)) {
            case 0:
                return base;
            case 1:
                return plus;
            default:
                return minus;
        }
    }

    /**
     * Draws a member index other than {@code target}, {@code first} and {@code second} (pass -1 for
     * none). When the population is too small for that, the exclusions are dropped, the target's
     * last.
     */
    private int drawOther(int size, int excludedTarget, int first, int second) {
        int excluded = 1 + (first >= 0 ? 1 : 0) + (second >= 0 ? 1 : 0);
        if (size > excluded) {
            while (true) {
                int candidate = random.nextInt(size);
                if (candidate != excludedTarget && candidate != first && candidate != second) {
                    return candidate;
                }
            }
        }
        if (size > excluded - 1) {
            while (true) {
                int candidate = random.nextInt(size);
                if (candidate != first && candidate != second) {
                    return candidate;
                }
            }
        }
        return random.nextInt(size);
    }
}
