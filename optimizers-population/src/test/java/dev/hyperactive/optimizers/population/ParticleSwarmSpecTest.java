package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.OptimizerFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticleSwarmSpecTest {

    private final ParticleSwarmProvider provider = new ParticleSwarmProvider();

    @Test
    void providerMetadata() {
        assertEquals("particle_swarm", provider.name());
        assertEquals("Particle Swarm Optimization", provider.displayName());
        assertEquals(OptimizerFamily.POPULATION, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("population", 10);
        expected.put("inertia", 0.5);
        expected.put("cognitive_weight", 0.5);
        expected.put("social_weight", 0.5);
        expected.put("temp_weight", 0.2);
        expected.put("rand_rest_p", 0.0);
        expected.put("boundary", "clip");

        Map<String, Object> actual = new ParticleSwarmOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void parseReadsEveryParameter() {
        ParticleSwarmOptimizer parsed = provider.parse(Map.of("population", "4", "inertia", "0.7",
                "cognitive_weight", "1.5", "social_weight", "1.25", "temp_weight", "0", "rand_rest_p", "0.1",
                "boundary", "reflect"));

        assertEquals(new ParticleSwarmOptimizer().population(4).inertia(0.7).cognitiveWeight(1.5)
                .socialWeight(1.25).tempWeight(0).randomRestartProbability(0.1).boundary(Boundary.REFLECT), parsed);
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException population = assertThrows(IllegalArgumentException.class,
                () -> new ParticleSwarmOptimizer().population(0));
        IllegalArgumentException inertia = assertThrows(IllegalArgumentException.class,
                () -> new ParticleSwarmOptimizer().inertia(-0.1));
        IllegalArgumentException social = assertThrows(IllegalArgumentException.class,
                () -> new ParticleSwarmOptimizer().socialWeight(Double.POSITIVE_INFINITY));
        IllegalArgumentException restart = assertThrows(IllegalArgumentException.class,
                () -> new ParticleSwarmOptimizer().randomRestartProbability(2));
        IllegalArgumentException boundary = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("boundary", "wrap")));

        assertEquals("population must be positive: 0", population.getMessage());
        assertEquals("inertia must be a finite number that is not negative: -0.1", inertia.getMessage());
        assertEquals("social_weight must be a finite number that is not negative: Infinity", social.getMessage());
        assertEquals("rand_rest_p must be between 0.0 and 1.0: 2.0", restart.getMessage());
        assertEquals(true, boundary.getMessage().contains("boundary"), boundary.getMessage());
    }
}
