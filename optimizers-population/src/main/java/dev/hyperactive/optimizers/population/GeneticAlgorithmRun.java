package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** One run of the genetic algorithm, following the rules that {@link GeneticAlgorithmOptimizer} describes. */
final class GeneticAlgorithmRun extends AbstractAskTellOptimizer {

    /** The step size of repairs and the category switch probability, as in Gradient-Free-Optimizers. */
    private static final double EPSILON = 0.03;

    /**
     * The scale of the Cauchy mutation step as a fraction of {@code size - 1}. Its median step length
     * equals that of a normal step with {@link #EPSILON}: 0.674 * 0.03 is about 0.02.
     */
    static final double CAUCHY_SCALE = 0.02;

    /** The probability that a child gets one parent from the weaker half. */
    private static final double WEAK_PARENT_PROBABILITY = 0.01;

    private final OptimizerContext context;
    private final double mutationRate;
    private final double rateSum;
    private final double randomRestartProbability;
    private final Moves moves;
    private final BoundedMoves bounded;
    private final RandomGenerator random;
    private final Population individuals;
    private final int dimensions;

    private final int[][] queue;
    private int queued;
    private final int[] parents;
    private final int[] ranking;

    /** The individual a pending mutant came from, or -1 when the pending proposal is a child. */
    private int pendingParent = -1;
    private boolean pending;

    GeneticAlgorithmRun(GeneticAlgorithmOptimizer spec, OptimizerContext context) {
        super(context);
        this.context = context;
        this.mutationRate = spec.mutationRate();
        this.rateSum = spec.mutationRate() + spec.crossoverRate();
        this.randomRestartProbability = spec.randomRestartProbability();
        this.moves = new Moves(context);
        this.bounded = new BoundedMoves(context, moves, spec.boundary());
        this.random = context.random();
        this.individuals = new Population(GeneticAlgorithmOptimizer.NAME, spec.population(), context, moves);
        this.dimensions = context.dimensionCount();
        this.queue = new int[spec.offspring()][dimensions];
        this.parents = new int[spec.parents()];
        this.ranking = new int[spec.population()];
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        individuals.tellInitial(position, score);
    }

    @Override
    protected void rejected(int[] position, boolean initial) {
        individuals.rejected(initial);
        pending = false;
    }

    @Override
    protected void finishInitialization() {
        individuals.finishInitialization();
    }

    @Override
    protected int[] propose() {
        if (individuals.hasUnstartedMember()) {
            return individuals.nextStart();
        }

        pending = true;
        if (randomRestartProbability > 0 && random.nextDouble() < randomRestartProbability) {
            pendingParent = -1;
            return moves.validRandomPosition();
        }

        int picked = random.nextInt(individuals.size());
        if (random.nextDouble() * rateSum < mutationRate) {
            pendingParent = picked;
            return mutant(individuals.member(picked).position());
        }

        pendingParent = -1;
        if (queued == 0) {
            refillQueue();
        }
        int[] child = queue[--queued].clone();
        if (context.satisfiesConstraints(child)) {
            return child;
        }
        return bounded.validNeighbour(child, EPSILON, NoiseDistribution.NORMAL);
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        if (individuals.isStartPending()) {
            individuals.tellStart(position, score);
            return;
        }
        if (!pending) {
            return;
        }
        pending = false;

        if (pendingParent >= 0) {
            Population.Member parent = individuals.member(pendingParent);
            if (atLeastAsGood(score, parent.score())) {
                parent.moveTo(position, score);
            }
            return;
        }

        individuals.rankByScore(ranking);
        Population.Member worst = individuals.member(ranking[ranking.length - 1]);
        if (atLeastAsGood(score, worst.score())) {
            worst.moveTo(position, score);
        }
    }

    /**
     * Returns a mutant of {@code parent} that satisfies the constraints and, when one is found within
     * {@value Moves#MOVE_TRIES} tries, differs from it; after that, a hill-climbing step as repairs use.
     */
    private int[] mutant(int[] parent) {
        int[] candidate = new int[dimensions];
        for (int i = 0; i < Moves.MOVE_TRIES; i++) {
            fillCauchyStep(parent, candidate);
            if (!Arrays.equals(candidate, parent) && context.satisfiesConstraints(candidate)) {
                return candidate;
            }
        }
        return bounded.validNeighbour(parent, EPSILON, NoiseDistribution.NORMAL);
    }

    /**
     * Writes a Cauchy step from {@code parent} into {@code target}: each numeric index moves by
     * {@code CAUCHY_SCALE * (size - 1) * tan(pi * (u - 1/2))}, {@code u} uniform, and is brought back by
     * the boundary rule; a categorical index switches to another category with probability {@link #EPSILON}.
     */
    private void fillCauchyStep(int[] parent, int[] target) {
        for (int d = 0; d < dimensions; d++) {
            int size = bounded.size(d);
            if (size == 1) {
                target[d] = 0;
            } else if (bounded.isCategorical(d)) {
                target[d] = random.nextDouble() < EPSILON ? bounded.otherCategory(parent[d], size) : parent[d];
            } else {
                double step = CAUCHY_SCALE * (size - 1) * Math.tan(Math.PI * (random.nextDouble() - 0.5));
                target[d] = bounded.apply(d, parent[d] + step, parent[d]);
            }
        }
    }

    /** Returns whether a finite {@code score} is at least as high as {@code other}, or {@code other} is not finite. */
    private static boolean atLeastAsGood(double score, double other) {
        return Double.isFinite(score) && (!Double.isFinite(other) || score >= other);
    }

    /** Fills the offspring queue with children of parents from the fittest half. */
    private void refillQueue() {
        individuals.rankByScore(ranking);
        int size = ranking.length;
        int fittest = Math.max((size + 1) / 2, Math.min(parents.length, size));

        for (int c = 0; c < queue.length; c++) {
            drawParents(fittest);
            if (fittest < size && random.nextDouble() < WEAK_PARENT_PROBABILITY) {
                parents[random.nextInt(parents.length)] = ranking[fittest + random.nextInt(size - fittest)];
            }

            int[] child = queue[c];
            for (int d = 0; d < dimensions; d++) {
                int parent = parents[random.nextInt(parents.length)];
                child[d] = individuals.member(parent).position()[d];
            }
        }
        queued = queue.length;
    }

    /**
     * Writes distinct parents drawn uniformly from the first {@code pool} ranks into
     * {@link #parents}, or with repetition when the pool is smaller than the number of parents.
     */
    private void drawParents(int pool) {
        for (int p = 0; p < parents.length; p++) {
            int candidate = ranking[random.nextInt(pool)];
            if (p < pool) {
                while (contains(candidate, p)) {
                    candidate = ranking[random.nextInt(pool)];
                }
            }
            parents[p] = candidate;
        }
    }

    private boolean contains(int member, int count) {
        for (int i = 0; i < count; i++) {
            if (parents[i] == member) {
                return true;
            }
        }
        return false;
    }
}
