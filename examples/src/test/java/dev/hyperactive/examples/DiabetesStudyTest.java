package dev.hyperactive.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.Dimension;
import dev.hyperactive.api.Initialization;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.api.Study;
import java.lang.module.ModuleDescriptor;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiabetesStudyTest {

    private final DiabetesStudy study = new DiabetesStudy();

    @Test
    void nameIsDiabetes() {
        assertEquals("diabetes", study.name());
    }

    @Test
    void spaceHasExpectedDimensions() {
        SearchSpace space = study.searchSpace();

        assertEquals(List.of("criterion", "n_trees", "feature_fraction", "max_depth", "min_child_weight"),
                space.names());
        assertArrayEquals(new int[] {2, 10, 10, 10, 30}, space.sizes());
        assertEquals(BigInteger.valueOf(60_000), space.size());
    }

    @Test
    void spaceHasExpectedEnds() {
        SearchSpace space = study.searchSpace();

        assertEnds(space.dimension("criterion"), "squared_error", "absolute_error");
        assertEnds(space.dimension("n_trees"), 10, 100);
        assertEnds(space.dimension("feature_fraction"), 0.1, 1.0);
        assertEnds(space.dimension("max_depth"), 2, 20);
        assertEnds(space.dimension("min_child_weight"), 1, 30);
    }

    @Test
    void treeCountStaysSmall() {
        Dimension trees = study.searchSpace().dimension("n_trees");

        assertTrue((Integer) trees.value(trees.size() - 1) <= 100);
    }

    @Test
    void baselineLiesInSpace() {
        SearchSpace space = study.searchSpace();
        Map<String, Object> baseline = study.baseline();

        int[] position = space.nearestPosition(baseline);

        assertEquals(baseline, space.values(position));
    }

    @Test
    void baselineValues() {
        assertEquals(Map.of("criterion", "squared_error", "n_trees", 50, "feature_fraction", 0.3,
                "max_depth", 20, "min_child_weight", 5), study.baseline());
    }

    @Test
    void defaultIterationsIsFifty() {
        assertEquals(50, study.defaultIterations());
    }

    @Test
    void defaultOptionsWarmStartFromBaseline() {
        Initialization initialize = study.defaultOptions().initialize();

        assertEquals(List.of(study.baseline()), initialize.warmStart());
        assertEquals(2, initialize.random());
        assertEquals(1, initialize.grid());
        assertEquals(0, initialize.vertices());
    }

    @Test
    void defaultOptionsLeaveSeedToCaller() {
        SearchOptions options = study.defaultOptions();

        assertTrue(options.randomState().isEmpty());
        assertEquals(1, options.nJobs());
    }

    @Test
    void objectiveIsSameInstance() {
        assertSame(study.objective(), study.objective());
    }

    @Test
    void moduleProvidesStudy() {
        ModuleDescriptor descriptor = DiabetesStudy.class.getModule().getDescriptor();

        assertTrue(descriptor.provides().stream().anyMatch(provides ->
                provides.service().equals(Study.class.getName())
                        && provides.providers().equals(List.of(DiabetesStudy.class.getName()))),
                () -> "module-info provides " + descriptor.provides());
    }

    private static void assertEnds(Dimension dimension, Object first, Object last) {
        assertEquals(first, dimension.value(0), dimension.name() + " first value");
        assertEquals(last, dimension.value(dimension.size() - 1), dimension.name() + " last value");
    }
}
