package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.api.Study;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyRegistryTest {

    private static Study study(String name) {
        return new Study() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public SearchSpace searchSpace() {
                return SearchSpace.builder().integers("x", 0, 3, 1).build();
            }

            @Override
            public Objective objective() {
                return p -> p.getInt("x");
            }
        };
    }

    @Test
    void studiesSortedAndFoundByName() {
        Study b = study("b");
        StudyRegistry registry = StudyRegistry.of(List.of(b, study("a")));
        assertEquals(List.of("a", "b"), registry.studies().stream().map(Study::name).toList());
        assertSame(b, registry.study("b"));
    }

    @Test
    void unknownStudyListsKnown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StudyRegistry.of(List.of(study("diabetes"))).study("iris"));
        assertEquals("unknown study 'iris'; available studies: diabetes", e.getMessage());
    }

    @Test
    void duplicateStudyNamesRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StudyRegistry.of(List.of(study("a"), study("a"))));
        assertEquals(true, e.getMessage().startsWith("two studies are named 'a': "), e.getMessage());
    }

    @Test
    void discoverFindsNoStudyInCore() {
        assertEquals(List.of(), StudyRegistry.discover().studies());
    }
}
