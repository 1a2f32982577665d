package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Evolution strategy: a population of individuals, each with its own self-adaptive step size, that
 * improve by mutation and discrete recombination.
 *
 * <p>The initial positions are dealt to the {@code population} individuals round-robin, and each
 * starts at the best one it got; individuals without one start at uniform random positions. Every
 * individual starts with step size {@value #INITIAL_SIGMA}. Each step picks an individual uniformly
 * at random and then, with probability {@code mutation_rate / (mutation_rate + crossover_rate)},
 * mutates it and otherwise recombines it:
 * <ul>
 *   <li><b>Mutation.</b> The step size becomes {@code sigma' = sigma * exp(tau * N(0, 1))} with
 *       {@code tau = 1 / sqrt(n)} for {@code n} dimensions, kept in [{@value #MIN_SIGMA},
 *       {@value #MAX_SIGMA}] (Schwefel's log-normal rule). The child is a hill-climbing step from
 *       the individual's position with Gaussian noise of scale {@code sigma' * (size - 1)} per
 *       numeric dimension, brought inside the space by the {@code boundary} rule; a categorical
 *       dimension switches to another category with probability {@code sigma'}. If the child scores
 *       higher than its parent, the individual moves there and keeps {@code sigma'}. With
 *       {@code replace_parents} the individual moves to the child whatever its score, but keeps
 *       {@code sigma'} only after an improvement. With probability {@code rand_rest_p} the child is
 *       a uniform random position instead.</li>
 *   <li><b>Recombination.</b> A second parent is drawn uniformly from the other individuals,
 *       leaving out the one ranked last when there are more than two. The child takes each index
 *       from one of the two parents with equal probability and goes to the individual ranked last:
 *       it replaces that individual's position if it scores higher, or always with
 *       {@code replace_parents}. That individual's step size becomes the mean of the parents'.</li>
 * </ul>
 *
 * <p>This follows the newest Gradient-Free-Optimizers. Its {@code offspring} parameter is accepted
 * and has no effect there or here. {@code replace_parents} switches between the plus selection
 * (false, the default) and the comma selection (true) that its documentation describes.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class EvolutionStrategyOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "evolution_strategy";

    /** The step size every individual starts with, as a fraction of each dimension's index range. */
    public static final double INITIAL_SIGMA = 0.03;

    /** The smallest self-adapted step size. */
    public static final double MIN_SIGMA = 0.001;

    /** The largest self-adapted step size. */
    public static final double MAX_SIGMA = 0.5;

    private final int population;
    private final int offspring;
    private final boolean replaceParents;
    private final double mutationRate;
    private final double crossoverRate;
    private final double randomRestartProbability;
    private final Boundary boundary;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: population 10, offspring 20,
     * replace_parents false, mutation_rate 0.7, crossover_rate 0.3, rand_rest_p 0, boundary clip.
     */
    public EvolutionStrategyOptimizer() {
        this(10, 20, false, 0.7, 0.3, 0.0, Boundary.CLIP);
    }

    private EvolutionStrategyOptimizer(int population, int offspring, boolean replaceParents, double mutationRate,
            double crossoverRate, double randomRestartProbability, Boundary boundary) {
        if (mutationRate + crossoverRate <= 0) {
            throw new IllegalArgumentException("mutation_rate and crossover_rate must not both be zero");
        }
        this.population = population;
        this.offspring = offspring;
        this.replaceParents = replaceParents;
        this.mutationRate = mutationRate;
        this.crossoverRate = crossoverRate;
        this.randomRestartProbability = randomRestartProbability;
        this.boundary = boundary;
    }

    /**
     * Returns a spec with the given number of individuals ({@code population}).
     *
     * @throws IllegalArgumentException if {@code population} is not positive
     */
    public EvolutionStrategyOptimizer population(int population) {
        Checks.positive("population", population);
        return new EvolutionStrategyOptimizer(population, offspring, replaceParents, mutationRate, crossoverRate,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec with the given {@code offspring}, which is accepted for compatibility with
     * Gradient-Free-Optimizers and has no effect.
     *
     * @throws IllegalArgumentException if {@code offspring} is not positive
     */
    public EvolutionStrategyOptimizer offspring(int offspring) {
        Checks.positive("offspring", offspring);
        return new EvolutionStrategyOptimizer(population, offspring, replaceParents, mutationRate, crossoverRate,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec whose children replace their parents whatever their score (true), or only when
     * they score higher (false) ({@code replace_parents}).
     */
    public EvolutionStrategyOptimizer replaceParents(boolean replaceParents) {
        return new EvolutionStrategyOptimizer(population, offspring, replaceParents, mutationRate, crossoverRate,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec with the given relative weight of mutation ({@code mutation_rate}).
     *
     * @throws IllegalArgumentException if the rate is negative, NaN or infinite, or if it and the
     *     crossover rate are both zero
     */
    public EvolutionStrategyOptimizer mutationRate(double mutationRate) {
        Checks.nonNegative("mutation_rate", mutationRate);
        return new EvolutionStrategyOptimizer(population, offspring, replaceParents, mutationRate, crossoverRate,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec with the given relative weight of recombination ({@code crossover_rate}).
     *
     * @throws IllegalArgumentException if the rate is negative, NaN or infinite, or if it and the
     *     mutation rate are both zero
     */
    public EvolutionStrategyOptimizer crossoverRate(double crossoverRate) {
        Checks.nonNegative("crossover_rate", crossoverRate);
        return new EvolutionStrategyOptimizer(population, offspring, replaceParents, mutationRate, crossoverRate,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec whose mutations are uniform random positions with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public EvolutionStrategyOptimizer randomRestartProbability(double probability) {
        Checks.inRange("rand_rest_p", probability, 0, 1);
        return new EvolutionStrategyOptimizer(population, offspring, replaceParents, mutationRate, crossoverRate,
                probability, boundary);
    }

    /**
     * Returns a spec that brings mutations outside the space back with the rule with the given
     * label: clip, reflect, periodic, random or intermediate ({@code boundary}).
     *
     * @throws IllegalArgumentException if no rule has that label
     */
    public EvolutionStrategyOptimizer boundary(String boundary) {
        return boundary(Boundary.fromLabel(boundary));
    }

    /** Returns a spec that brings mutations outside the space back with {@code boundary}. */
    public EvolutionStrategyOptimizer boundary(Boundary boundary) {
        Checks.notNull("boundary", boundary);
        return new EvolutionStrategyOptimizer(population, offspring, replaceParents, mutationRate, crossoverRate,
                randomRestartProbability, boundary);
    }

    /** Returns the number of individuals. */
    public int population() {
        return population;
    }

    /** Returns the offspring count, which has no effect. */
    public int offspring() {
        return offspring;
    }

    /** Returns whether children replace their parents whatever their score. */
    public boolean replaceParents() {
        return replaceParents;
    }

    /** Returns the relative weight of mutation. */
    public double mutationRate() {
        return mutationRate;
    }

    /** Returns the relative weight of recombination. */
    public double crossoverRate() {
        return crossoverRate;
    }

    /** Returns the probability that a mutation is a uniform random position. */
    public double randomRestartProbability() {
        return randomRestartProbability;
    }

    /** Returns the rule for mutations outside the space. */
    public Boundary boundary() {
        return boundary;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code population}, {@code offspring}, {@code replace_parents}, {@code mutation_rate},
     * {@code crossover_rate}, {@code rand_rest_p} and {@code boundary}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("population", population);
        parameters.put("offspring", offspring);
        parameters.put("replace_parents", replaceParents);
        parameters.put("mutation_rate", mutationRate);
        parameters.put("crossover_rate", crossoverRate);
        parameters.put("rand_rest_p", randomRestartProbability);
        parameters.put("boundary", boundary.label());
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EvolutionStrategyOptimizer)) {
            return false;
        }
        EvolutionStrategyOptimizer other = (EvolutionStrategyOptimizer) o;
        return other.population == population && other.offspring == offspring
                && other.replaceParents == replaceParents
                && Double.compare(other.mutationRate, mutationRate) == 0
                && Double.compare(other.crossoverRate, crossoverRate) == 0
                && Double.compare(other.randomRestartProbability, randomRestartProbability) == 0
                && other.boundary == boundary;
    }

    @Override
    public int hashCode() {
        return Objects.hash(population, offspring, replaceParents, mutationRate, crossoverRate,
                randomRestartProbability, boundary);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
