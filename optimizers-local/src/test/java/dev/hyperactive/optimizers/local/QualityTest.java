package dev.hyperactive.optimizers.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerProvider;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Statistical quality checks with fixed seeds; each message prints the measured figure. */
class QualityTest {

    static Stream<Arguments> parabolaOptimizers() {
        return Stream.of(
                Arguments.of(new HillClimbingProvider()),
                Arguments.of(new StochasticHillClimbingProvider()),
                Arguments.of(new RepulsingHillClimbingProvider()),
                Arguments.of(new SimulatedAnnealingProvider()));
    }

    static Stream<Arguments> localOptimizers() {
        return Stream.concat(parabolaOptimizers(), Stream.of(Arguments.of(new DownhillSimplexProvider())));
    }

    /** Gradient-Free-Optimizers' bar: the mean best of 33 seeds on the parabola is above -5. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("parabolaOptimizers")
    void parabolaMeanBestAboveBar(OptimizerProvider provider) {
        double sum = 0;
        for (int seed = 0; seed < 33; seed++) {
            sum += Benchmarks.parabolaBest(provider, provider.defaultSpec(), seed);
        }

        double mean = sum / 33;
        System.out.printf("parabola %s: mean best %.4f%n", provider.name(), mean);
        assertTrue(mean > -5, provider.name() + " mean best over 33 seeds: " + mean);
    }

    /** On the shifted 5-D sphere, 300 evaluations and 10 seeds, the median best beats random search's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("localOptimizers")
    void sphereMedianBeatsRandomSearch(OptimizerProvider provider) {
        double[] bests = new double[10];
        double[] randomBests = new double[10];
        for (int seed = 0; seed < 10; seed++) {
            bests[seed] = Benchmarks.sphereBest(provider, provider.defaultSpec(), seed);
            randomBests[seed] = Benchmarks.sphereBestOfRandomSearch(seed);
        }

        double median = Benchmarks.median(bests);
        double randomMedian = Benchmarks.median(randomBests);
        System.out.printf("sphere-5D %s: median best loss %.4g, random search %.4g%n", provider.name(), -median,
                -randomMedian);
        assertTrue(median > randomMedian, provider.name() + " median best " + median
                + " does not beat random search's " + randomMedian);
    }
}
