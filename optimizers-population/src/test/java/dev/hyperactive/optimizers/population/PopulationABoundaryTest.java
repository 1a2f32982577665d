package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.AskTellLoop;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every boundary rule of the four optimizers in a space with a categorical dimension. */
class PopulationABoundaryTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Boundary boundary : Boundary.values()) {
            cases.add(Arguments.of(new ParticleSwarmProvider(), new ParticleSwarmOptimizer().boundary(boundary)));
            cases.add(Arguments.of(new SpiralOptimizationProvider(), new SpiralOptimizer().boundary(boundary)));
            cases.add(Arguments.of(new GeneticAlgorithmProvider(), new GeneticAlgorithmOptimizer().boundary(boundary)));
            cases.add(Arguments.of(new ParallelTemperingProvider(),
                    new ParallelTemperingOptimizer().epsilon(0.5).boundary(boundary)));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void runStaysInsideSpace(OptimizerProvider provider, OptimizerSpec spec) {
        OptimizerContext context = OptimizerContext.builder(5, 3, 200)
                .categorical(1)
                .seed(11)
                .iterations(200)
                .initialPositions(List.of(new int[] {0, 0, 0}, new int[] {4, 2, 199}))
                .build();

        AskTellLoop.Trace trace = new AskTellLoop(provider.create(spec, context), context)
                .run(200, position -> -Math.abs(position[0] - 4) - Math.abs(position[2] - 3));

        assertEquals(200, trace.scores().length);
    }
}
