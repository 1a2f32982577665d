package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * CMA-ES, the covariance matrix adaptation evolution strategy, with Hansen's default constants and
 * optional IPOP restarts.
 *
 * <p>The search runs in the index space scaled to {@code [0, 1]^n}: index {@code i} of a dimension
 * of {@code size} values is {@code i / (size - 1)}. Dimensions of one value are left out of
 * {@code n}. Categorical dimensions are scaled the same way, as Gradient-Free-Optimizers does for
 * CMA-ES, so their index order takes part in the search although it carries no meaning.
 *
 * <p>After the initial positions, the mean starts at the best initial position (at a uniform
 * random position if no initial score was finite) with step size {@code sigma}. Each generation
 * samples {@code population} points {@code x = m + sigma * B D z} with {@code z} standard normal. A
 * sample that does not round to an index inside the space in every dimension is drawn again, up to
 * 100 times, and only a sample still outside after that is brought inside by the {@code boundary}
 * rule. The evaluated positions are the samples scaled back to indices and rounded. The update
 * uses the unrounded samples, ranked by score with NaN and infinite scores last. The update
 * follows N. Hansen, "The CMA Evolution Strategy: A Tutorial" (2016), with its default constants:
 * <ul>
 *   <li>weights {@code w'_i = ln(mu + 1/2) - ln i} for all samples: the {@code mu} best get positive
 *       weights that sum to 1 and move the mean, the others negative weights (active CMA) that sum
 *       to {@code -min(1 + c_1 / c_mu, 1 + 2 mu_eff^- / (mu_eff + 2), (1 - c_1 - c_mu) / (n c_mu))},
 *       and {@code mu_eff = 1 / sum(w_i^2)} over the positive ones;</li>
 *   <li>{@code c_sigma = (mu_eff + 2) / (n + mu_eff + 5)},
 *       {@code d_sigma = 1 + 2 max(0, sqrt((mu_eff - 1) / (n + 1)) - 1) + c_sigma},
 *       {@code c_c = (4 + mu_eff / n) / (n + 4 + 2 mu_eff / n)},
 *       {@code c_1 = 2 / ((n + 1.3)^2 + mu_eff)},
 *       {@code c_mu = min(1 - c_1, 2 (mu_eff - 2 + 1 / mu_eff) / ((n + 2)^2 + mu_eff))} and
 *       {@code chi_n = sqrt(n) (1 - 1 / (4n) + 1 / (21 n^2))};</li>
 *   <li>the evolution paths with the stall indicator {@code h_sigma}, the rank-one and rank-mu
 *       update of the covariance matrix {@code C}, and cumulative step-size adaptation.</li>
 * </ul>
 * {@code C} is decomposed once per generation, by the Jacobi method. It is reset to the identity
 * when it stops being positive definite or its condition number exceeds 1e14, and sigma is kept in
 * {@code [1e-20, 10]}. A sample whose position violates the constraints is drawn again, up to 100
 * times, and then replaced by a uniform random position that satisfies them, which then also
 * counts as the sample.
 *
 * <p>With {@code ipop_restart}, a run that did not improve its best score for
 * {@code 10 + (int) (30 n / population)} generations restarts at a uniform random mean with the
 * initial sigma, {@code C = I}, and twice the population, up to 2048; {@code mu} follows as half
 * the population unless it was set.
 *
 * <p>Departures from Gradient-Free-Optimizers 1.13, each measured on the shifted 5-D Rosenbrock
 * function of the benchmark suite (101 values per dimension, 300 iterations, ten seeded runs): it
 * clips samples without drawing them again, so the mean drifts outside the space when the optimum
 * lies near a bound, and it uses positive weights only. With both, the median best loss was 46;
 * with resampling 5.5, and with the negative weights as well 5.3. It also adds uniform random
 * initial positions until there are {@code population} of them. Here the first generation starts
 * right after the given initial positions, because sampled points spend the budget better.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class CmaEsOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "cma_es";

    /** The parameter value that selects the automatic population or mu, {@value}. */
    public static final String AUTO = "auto";

    /** The largest population, also the cap of IPOP restarts. */
    public static final int MAX_POPULATION = 2048;

    private final int population;
    private final int mu;
    private final double sigma;
    private final boolean ipopRestart;
    private final Boundary boundary;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: population and mu automatic,
     * sigma 0.3, ipop_restart false, boundary clip.
     */
    public CmaEsOptimizer() {
        this(0, 0, 0.3, false, Boundary.CLIP);
    }

    private CmaEsOptimizer(int population, int mu, double sigma, boolean ipopRestart, Boundary boundary) {
        // Zero stands for "auto"; two explicit values can be checked against each other at once.
        if (population > 0 && mu > population) {
            throw new IllegalArgumentException("mu must not exceed the population: " + mu + " > " + population);
        }
        this.population = population;
        this.mu = mu;
        this.sigma = sigma;
        this.ipopRestart = ipopRestart;
        this.boundary = boundary;
    }

    /**
     * Returns a spec with the given number of samples per generation ({@code population},
     * lambda). The default is {@code 4 + floor(3 ln n)} for {@code n} dimensions.
     *
     * @throws IllegalArgumentException if {@code population} is not in [2, 2048]
     */
    public CmaEsOptimizer population(int population) {
        if (population < 2 || population > MAX_POPULATION) {
            throw new IllegalArgumentException("population must be between 2 and " + MAX_POPULATION + ": "
                    + population);
        }
        return new CmaEsOptimizer(population, mu, sigma, ipopRestart, boundary);
    }

    /** Returns a spec with the automatic population {@code 4 + floor(3 ln n)}. */
    public CmaEsOptimizer automaticPopulation() {
        return new CmaEsOptimizer(0, mu, sigma, ipopRestart, boundary);
    }

    /**
     * Returns a spec that recombines the given number of best samples ({@code mu}). The default is
     * half the population. A run fails to start if {@code mu} exceeds the population.
     *
     * @throws IllegalArgumentException if {@code mu} is not positive
     */
    public CmaEsOptimizer mu(int mu) {
        Checks.positive("mu", mu);
        return new CmaEsOptimizer(population, mu, sigma, ipopRestart, boundary);
    }

    /** Returns a spec with the automatic mu, half the population. */
    public CmaEsOptimizer automaticMu() {
        return new CmaEsOptimizer(population, 0, sigma, ipopRestart, boundary);
    }

    /**
     * Returns a spec with the given initial step size, in the space scaled to {@code [0, 1]} per
     * dimension ({@code sigma}).
     *
     * @throws IllegalArgumentException if {@code sigma} is not in [1e-20, 10]
     */
    public CmaEsOptimizer sigma(double sigma) {
        Checks.inRange("sigma", sigma, 1e-20, 10);
        return new CmaEsOptimizer(population, mu, sigma, ipopRestart, boundary);
    }

    /** Returns a spec with or without IPOP restarts ({@code ipop_restart}). */
    public CmaEsOptimizer ipopRestart(boolean ipopRestart) {
        return new CmaEsOptimizer(population, mu, sigma, ipopRestart, boundary);
    }

    /**
     * Returns a spec that brings samples outside the space back with the rule with the given label:
     * clip, reflect, periodic, random or intermediate ({@code boundary}).
     *
     * @throws IllegalArgumentException if no rule has that label
     */
    public CmaEsOptimizer boundary(String boundary) {
        return boundary(Boundary.fromLabel(boundary));
    }

    /** Returns a spec that brings samples outside the space back with {@code boundary}. */
    public CmaEsOptimizer boundary(Boundary boundary) {
        Checks.notNull("boundary", boundary);
        return new CmaEsOptimizer(population, mu, sigma, ipopRestart, boundary);
    }

    /** Returns the population if it was set, or empty for the automatic one. */
    public OptionalInt population() {
        return population == 0 ? OptionalInt.empty() : OptionalInt.of(population);
    }

    /** Returns mu if it was set, or empty for half the population. */
    public OptionalInt mu() {
        return mu == 0 ? OptionalInt.empty() : OptionalInt.of(mu);
    }

    /** Returns the initial step size in the scaled space. */
    public double sigma() {
        return sigma;
    }

    /** Returns whether IPOP restarts are on. */
    public boolean ipopRestart() {
        return ipopRestart;
    }

    /** Returns the rule for samples outside the space. */
    public Boundary boundary() {
        return boundary;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code population}, {@code mu}, {@code sigma}, {@code ipop_restart} and
     * {@code boundary}, in that order; population and mu are {@value #AUTO} when automatic.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("population", population == 0 ? AUTO : population);
        parameters.put("mu", mu == 0 ? AUTO : mu);
        parameters.put("sigma", sigma);
        parameters.put("ipop_restart", ipopRestart);
        parameters.put("boundary", boundary.label());
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CmaEsOptimizer)) {
            return false;
        }
        CmaEsOptimizer other = (CmaEsOptimizer) o;
        return other.population == population && other.mu == mu && Double.compare(other.sigma, sigma) == 0
                && other.ipopRestart == ipopRestart && other.boundary == boundary;
    }

    @Override
    public int hashCode() {
        return Objects.hash(population, mu, sigma, ipopRestart, boundary);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
