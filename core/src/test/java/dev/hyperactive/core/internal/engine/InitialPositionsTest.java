package dev.hyperactive.core.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.Initialization;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InitialPositionsTest {

    private static List<int[]> create(int[] sizes, Initialization init, List<int[]> warm) {
        return InitialPositions.create(sizes, init, warm, p -> true, new SplittableRandom(7));
    }

    @Test
    void gridOneDimension() {
        List<int[]> grid = create(new int[] {101}, Initialization.builder().grid(4).build(), List.of());
        assertEquals(List.of(20, 40, 60, 80), grid.stream().map(p -> p[0]).toList());
    }

    @Test
    void gridTwoDimensions() {
        List<int[]> grid = create(new int[] {21, 21}, Initialization.builder().grid(4).build(), List.of());
        assertEquals(List.of("[6, 6]", "[6, 12]", "[12, 6]", "[12, 12]"),
                grid.stream().map(Arrays::toString).toList());
    }

    @Test
    void gridShortfallFilledRandomly() {
        List<int[]> grid = create(new int[] {11, 11, 11}, Initialization.builder().grid(10).build(), List.of());
        assertEquals(10, grid.size());
        Set<String> points = grid.subList(0, 8).stream().map(Arrays::toString).collect(Collectors.toSet());
        assertEquals(Set.of("[3, 3, 3]", "[3, 3, 6]", "[3, 6, 3]", "[3, 6, 6]", "[6, 3, 3]", "[6, 3, 6]",
                "[6, 6, 3]", "[6, 6, 6]"), points);
    }

    @Test
    void gridInsideTinyDimension() {
        List<int[]> grid = create(new int[] {1, 2}, Initialization.builder().grid(4).build(), List.of());
        grid.forEach(p -> assertTrue(p[0] == 0 && p[1] <= 1, Arrays.toString(p)));
    }

    @Test
    void noGridBeyondThirtyDimensions() {
        int[] sizes = new int[31];
        Arrays.fill(sizes, 5);
        List<int[]> grid = create(sizes, Initialization.builder().grid(3).build(), List.of());
        assertEquals(3, grid.size());
    }

    @Test
    void verticesAreDistinctCorners() {
        List<int[]> vertices = create(new int[] {201}, Initialization.builder().vertices(2).build(), List.of());
        assertEquals(Set.of(0, 200), vertices.stream().map(p -> p[0]).collect(Collectors.toSet()));
    }

    @Test
    void fixedCategoryOrder() {
        Initialization init = Initialization.builder().vertices(1).grid(1).random(1)
                .warmStart(java.util.Map.of("x", 1)).build();
        List<int[]> positions = create(new int[] {101}, init, List.<int[]>of(new int[] {33}));
        assertEquals(4, positions.size());
        assertEquals(50, positions.get(1)[0]);
        assertTrue(positions.get(2)[0] == 0 || positions.get(2)[0] == 100);
        assertArrayEquals(new int[] {33}, positions.get(3));
    }

    @Test
    void invalidReplacedByValid() {
        List<int[]> positions = InitialPositions.create(new int[] {101}, Initialization.builder().grid(4)
                .vertices(2).build(), List.of(), p -> p[0] % 2 == 1, new SplittableRandom(3));
        assertEquals(6, positions.size());
        positions.forEach(p -> assertEquals(1, p[0] % 2));
    }

    @Test
    void sameSeedSamePositions() {
        Initialization init = Initialization.defaults();
        List<String> a = InitialPositions.create(new int[] {50, 50}, init, List.of(), p -> true,
                new SplittableRandom(9)).stream().map(Arrays::toString).toList();
        List<String> b = InitialPositions.create(new int[] {50, 50}, init, List.of(), p -> true,
                new SplittableRandom(9)).stream().map(Arrays::toString).toList();
        assertEquals(a, b);
        assertEquals(10, a.size());
    }
}
