package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** One run of the evolution strategy that {@link EvolutionStrategyOptimizer} describes. */
final class EvolutionStrategyRun extends AbstractAskTellOptimizer {

    private final boolean replaceParents;
    private final double mutationShare;
    private final double randomRestartProbability;
    private final double tau;
    private final Moves moves;
    private final BoundedMoves boundedMoves;
    private final RandomGenerator random;
    private final Population population;
    private final double[] sigmas;
    private final int[] ranking;

    /** The individual the last proposal belongs to, and the step size it was made with. */
    private int target;
    private double trialSigma;
    private boolean mutation;

    /** The parents of the last recombination. */
    private int firstParent;
    private int secondParent;
    private final Moves.Move recombination = this::fillRecombination;

    EvolutionStrategyRun(EvolutionStrategyOptimizer spec, OptimizerContext context) {
        super(context);
        this.replaceParents = spec.replaceParents();
        this.mutationShare = spec.mutationRate() / (spec.mutationRate() + spec.crossoverRate());
        this.randomRestartProbability = spec.randomRestartProbability();
        this.tau = 1 / Math.sqrt(context.dimensionCount());
        this.moves = new Moves(context);
        this.boundedMoves = new BoundedMoves(context, moves, spec.boundary());
        this.random = context.random();
        this.population = new Population(EvolutionStrategyOptimizer.NAME, spec.population(), context, moves);
        this.sigmas = new double[spec.population()];
        Arrays.fill(sigmas, EvolutionStrategyOptimizer.INITIAL_SIGMA);
        this.ranking = new int[spec.population()];
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

        int size = population.size();
        target = random.nextInt(size);
        mutation = size == 1 || random.nextDouble() < mutationShare;
        if (mutation) {
            return mutate();
        }
        return recombine();
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        if (population.isStartPending()) {
            population.tellStart(position, score);
            return;
        }

        Population.Member member = population.member(target);
        boolean improved = Population.isBetter(score, member.score());
        boolean replace = improved || replaceParents;
        if (mutation ? improved : replace) {
            sigmas[target] = trialSigma;
        }
        if (replace) {
            member.moveTo(position, score);
        }
    }

    /** Returns the step size of individual {@code i}. Used by tests. */
    double sigma(int i) {
        return sigmas[i];
    }

    /** Returns the population. Used by tests. */
    Population population() {
        return population;
    }

    private int[] mutate() {
        double sigma = sigmas[target] * Math.exp(tau * random.nextGaussian());
        trialSigma = Math.max(EvolutionStrategyOptimizer.MIN_SIGMA, Math.min(EvolutionStrategyOptimizer.MAX_SIGMA,
                sigma));
        if (randomRestartProbability > 0 && random.nextDouble() < randomRestartProbability) {
            return moves.validRandomPosition();
        }
        return boundedMoves.validNeighbour(population.member(target).position(), trialSigma,
                NoiseDistribution.NORMAL);
    }

    /**
     * Recombines the picked individual with a random other one; the child goes to the individual
     * ranked last, which becomes the target.
     */
    private int[] recombine() {
        population.rankByScore(ranking);
        int size = ranking.length;
        int candidates = size > 2 ? size - 1 : size;
        int picked = target;
        int partner;
        do {
            partner = ranking[random.nextInt(candidates)];
        } while (partner == picked);

        firstParent = picked;
        secondParent = partner;
        target = ranking[size - 1];
        trialSigma = (sigmas[firstParent] + sigmas[secondParent]) / 2;
        return moves.satisfying(recombination);
    }

    private void fillRecombination(int[] child) {
        int[] first = population.member(firstParent).position();
        int[] second = population.member(secondParent).position();
        for (int d = 0; d < child.length; d++) {
            child[d] = random.nextBoolean() ? first[d] : second[d];
        }
    }
}
