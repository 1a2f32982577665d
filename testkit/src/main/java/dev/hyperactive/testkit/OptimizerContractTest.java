package dev.hyperactive.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract that every optimizer provider and its runs must keep, as JUnit 5 tests.
 *
 * <p>To check an optimizer, extend this class in the optimizer's test sources and return its
 * provider:
 * <pre>{@code
 * class MyOptimizerContractTest extends OptimizerContractTest {
 *     protected OptimizerProvider provider() {
 *         return new MyOptimizerProvider();
 *     }
 * }
 * }</pre>
 * Override {@link #spec()} to check a spec other than the default, and {@link #iterations()} to
 * lower the number of evaluations per run for a slow optimizer (the default is 300).
 *
 * <p>The tests drive runs with {@link AskTellLoop}, the engine's protocol without the engine. Each
 * run's context has four initial positions, two uniform random ones and two random corners, drawn
 * from a generator seeded with the run's seed. The checks:
 * <ul>
 *   <li><b>provider metadata:</b> the name matches {@code [a-z][a-z0-9_]*}, the display name is not
 *       blank, the family is set, and the default spec carries the provider's name;</li>
 *   <li><b>parsing:</b> an empty map gives the default parameters, an unknown name fails with an
 *       {@link IllegalArgumentException} that names it and every accepted parameter, the default
 *       parameters rendered as strings parse back to the same parameters, and {@code create}
 *       rejects a spec of another optimizer;</li>
 *   <li><b>positions:</b> every ask is a fresh array inside the space, in small, 1-D, mixed-size
 *       and categorical spaces; the initial positions come first and in order;</li>
 *   <li><b>seeds:</b> the same seed gives the same sequence; different seeds give different
 *       sequences, and unless {@link #proposalsAreRandom()} is overridden to return false, different
 *       proposals after the initial positions;</li>
 *   <li><b>robustness:</b> NaN and infinite scores, scores that are never finite, constraints that
 *       reject half of the space, and dimensions of one value never make a run throw or stall, and
 *       under constraints the share of valid asks stays at {@value #MIN_VALID_SHARE} or more;</li>
 *   <li><b>size:</b> spaces of 10^30 positions (30 dimensions of 10 values, and 3 dimensions of
 *       10^9 values) run without materializing the space;</li>
 *   <li><b>arrays:</b> overwriting an array after it was told does not change the run;</li>
 *   <li><b>best:</b> the best score of the loop equals the objective at the best position.</li>
 * </ul>
 */
public abstract class OptimizerContractTest {

    /** The lowest accepted share of asks that satisfy the constraints in a constrained run. */
    public static final double MIN_VALID_SHARE = 0.2;

    private static final String NAME_PATTERN = "[a-z][a-z0-9_]*";

    /** Returns the provider under test. */
    protected abstract OptimizerProvider provider();

    /** Returns the spec whose runs are checked, by default the provider's default spec. */
    protected OptimizerSpec spec() {
        return provider().defaultSpec();
    }

    /** Returns the number of evaluations per run. Lower it for a slow optimizer. */
    protected int iterations() {
        return 300;
    }

    /**
     * Returns whether the optimizer's own proposals draw on the random generator. If not, as in grid
     * search, different seeds need to change only the initial positions. Otherwise the proposals
     * after the initial positions must differ too.
     */
    protected boolean proposalsAreRandom() {
        return true;
    }

    /** Creates a run of {@link #spec()} in {@code context}. */
    protected AskTellOptimizer create(OptimizerContext context) {
        return provider().create(spec(), context);
    }

    /**
     * Returns a context builder for a space of the given dimension sizes, seeded with {@code seed},
     * with {@link #iterations()} planned and the initial positions described in the class comment.
     */
    protected OptimizerContext.Builder contextBuilder(long seed, int... sizes) {
        return contextBuilder(seed, position -> true, sizes);
    }

    /** Like {@link #contextBuilder(long, int...)}, with only initial positions that satisfy {@code constraint}. */
    protected OptimizerContext.Builder contextBuilder(long seed, Predicate<int[]> constraint, int... sizes) {
        return OptimizerContext.builder(sizes)
                .seed(seed)
                .iterations(iterations())
                .constraint(constraint)
                .initialPositions(initialPositions(seed, constraint, sizes));
    }

    /** Runs {@link #spec()} for {@link #iterations()} evaluations in {@code context}. */
    protected AskTellLoop.Trace run(OptimizerContext context, ToDoubleFunction<int[]> objective) {
        return new AskTellLoop(create(context), context).run(iterations(), objective);
    }

    @Test
    public void providerNameIsRegistryStyle() {
        String name = provider().name();
        assertNotNull(name, "name");
        assertTrue(name.matches(NAME_PATTERN), "name must match " + NAME_PATTERN + ": '" + name + "'");
    }

    @Test
    public void providerDisplayNameIsNotBlank() {
        String displayName = provider().displayName();
        assertNotNull(displayName, "display name");
        assertFalse(displayName.isBlank(), "display name must not be blank");
    }

    @Test
    public void providerFamilyIsSet() {
        assertNotNull(provider().family(), "family");
    }

    @Test
    public void defaultSpecHasProviderName() {
        assertEquals(provider().name(), provider().defaultSpec().name());
    }

    @Test
    public void parseOfEmptyMapGivesDefaults() {
        OptimizerSpec parsed = provider().parse(Map.of());

        assertEquals(provider().name(), parsed.name());
        assertEquals(provider().defaultSpec().parameters(), parsed.parameters());
    }

    @Test
    public void parseRejectsUnknownParameterListingAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider().parse(Map.of("no_such_parameter", "1")));

        assertNotNull(e.getMessage(), "message");
        assertTrue(e.getMessage().contains("no_such_parameter"), "names the unknown parameter: " + e.getMessage());
        for (String accepted : provider().defaultSpec().parameters().keySet()) {
            assertTrue(e.getMessage().contains(accepted), "lists '" + accepted + "': " + e.getMessage());
        }
    }

    @Test
    public void parseRoundTripsDefaultParameters() {
        Map<String, Object> defaults = provider().defaultSpec().parameters();
        Map<String, String> rendered = new LinkedHashMap<>();
        defaults.forEach((name, value) -> rendered.put(name, String.valueOf(value)));

        assertEquals(defaults, provider().parse(rendered).parameters());
    }

    @Test
    public void createRejectsSpecOfAnotherOptimizer() {
        OptimizerSpec other = OptimizerSpec.named("not_" + provider().name());
        OptimizerContext context = contextBuilder(1, 10, 10).build();

        assertThrows(IllegalArgumentException.class, () -> provider().create(other, context));
    }

    @Test
    public void createAcceptsDefaultAndParsedSpecs() {
        OptimizerContext context = contextBuilder(1, 10, 10).build();

        assertNotNull(provider().create(provider().defaultSpec(), context));
        assertNotNull(provider().create(provider().parse(Map.of()), contextBuilder(1, 10, 10).build()));
    }

    @Test
    public void asksStayInsideSpaces() {
        int[][] spaces = {{10, 10}, {1000}, {5}, {3, 50, 2, 7}, {Integer.MAX_VALUE, 2}, {4, 4, 4, 4, 4}};
        for (int[] sizes : spaces) {
            run(contextBuilder(7, sizes).build(), sphere(sizes));
        }
    }

    @Test
    public void asksStayInsideMixedCategoricalSpace() {
        int[] sizes = {3, 50, 2, 7, 1};
        OptimizerContext context = contextBuilder(7, sizes).categorical(0).categorical(2).categorical(4).build();

        AskTellLoop.Trace trace = run(context, sphere(sizes));

        assertEquals(iterations(), trace.evaluated().size());
    }

    @Test
    public void initialPositionsComeFirstInOrder() {
        int[] sizes = {20, 30, 5};
        List<int[]> initials = List.of(new int[] {1, 2, 3}, new int[] {19, 0, 4}, new int[] {5, 29, 0},
                new int[] {0, 0, 0}, new int[] {7, 7, 2});
        OptimizerContext context = OptimizerContext.builder(sizes).seed(3).iterations(iterations())
                .initialPositions(initials).build();

        AskTellLoop.Trace trace = run(context, sphere(sizes));

        for (int i = 0; i < initials.size(); i++) {
            assertArrayEquals(initials.get(i), trace.asks().get(i), "ask " + i);
        }
    }

    @Test
    public void sameSeedGivesSameSequence() {
        int[] sizes = {50, 40, 30};

        List<int[]> first = run(contextBuilder(42, sizes).build(), sphere(sizes)).asks();
        List<int[]> second = run(contextBuilder(42, sizes).build(), sphere(sizes)).asks();

        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i), "ask " + i);
        }
    }

    @Test
    public void differentSeedsGiveDifferentSequences() {
        int[] sizes = {50, 40, 30};

        OptimizerContext firstContext = contextBuilder(1, sizes).build();
        List<int[]> first = run(firstContext, sphere(sizes)).asks();
        List<int[]> second = run(contextBuilder(2, sizes).build(), sphere(sizes)).asks();

        assertFalse(sameSequence(first, second), "seeds 1 and 2 gave the same sequence");
        if (proposalsAreRandom()) {
            int initials = firstContext.initialPositions().size();
            assertFalse(sameSequence(first.subList(initials, first.size()), second.subList(initials, second.size())),
                    "seeds 1 and 2 gave the same proposals after the initial positions");
        }
    }

    @Test
    public void survivesNanAndInfiniteScores() {
        int[] sizes = {30, 30};
        double[] failures = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        ToDoubleFunction<int[]> sphere = sphere(sizes);
        ToDoubleFunction<int[]> objective = position -> {
            int code = Math.floorMod(Arrays.hashCode(position), 5);
            return code < failures.length ? failures[code] : sphere.applyAsDouble(position);
        };

        AskTellLoop.Trace trace = run(contextBuilder(11, sizes).build(), objective);

        assertEquals(iterations(), trace.evaluated().size());
    }

    @Test
    public void survivesScoresThatAreNeverFinite() {
        int[] sizes = {30, 30};
        for (double score : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            AskTellLoop.Trace trace = run(contextBuilder(12, sizes).build(), position -> score);

            assertEquals(iterations(), trace.evaluated().size(), "score " + score);
            assertEquals(null, trace.bestPosition(), "score " + score);
        }
    }

    @Test
    public void survivesConstraintRejectingHalfTheSpace() {
        int[] sizes = {40, 40};
        checkConstrainedRun(sizes, position -> position[0] < sizes[0] / 2);
    }

    @Test
    public void survivesCheckerboardConstraint() {
        int[] sizes = {40, 40};
        checkConstrainedRun(sizes, position -> (position[0] + position[1]) % 2 == 0);
    }

    @Test
    public void worksWhenEveryDimensionHasOneValue() {
        int[] sizes = {1, 1, 1};

        AskTellLoop.Trace trace = run(contextBuilder(5, sizes).build(), position -> 1.0);

        for (int[] ask : trace.asks()) {
            assertArrayEquals(new int[] {0, 0, 0}, ask);
        }
    }

    @Test
    public void worksWithOneValueDimensionsAmongOthers() {
        int[] sizes = {1, 25, 1, 8, 1};

        AskTellLoop.Trace trace = run(contextBuilder(5, sizes).categorical(3).build(), sphere(sizes));

        assertEquals(iterations(), trace.evaluated().size());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    public void runsInSpaceOfThirtyDimensionsOfTenValues() {
        int[] sizes = new int[30];
        Arrays.fill(sizes, 10);
        runHugeSpace(sizes);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    public void runsInSpaceOfThreeDimensionsOfBillionValues() {
        runHugeSpace(new int[] {1_000_000_000, 1_000_000_000, 1_000_000_000});
    }

    @Test
    public void asksReturnFreshArraysThatCallersMayOverwrite() {
        int[] sizes = {30, 20, 10};

        List<int[]> clean = run(contextBuilder(9, sizes).build(), sphere(sizes)).asks();
        OptimizerContext context = contextBuilder(9, sizes).build();
        List<int[]> overwritten = new AskTellLoop(create(context), context)
                .run(iterations(), sphere(sizes), true).asks();

        assertTrue(sameSequence(clean, overwritten), "overwriting told arrays changed the sequence");
    }

    @Test
    public void loopBestMatchesObjectiveAtBestPosition() {
        int[] sizes = {21, 21};
        ToDoubleFunction<int[]> objective = sphere(sizes);

        AskTellLoop.Trace trace = run(contextBuilder(13, sizes).build(), objective);

        assertNotNull(trace.bestPosition());
        assertEquals(objective.applyAsDouble(trace.bestPosition()), trace.bestScore());
    }

    private void checkConstrainedRun(int[] sizes, Predicate<int[]> constraint) {
        OptimizerContext context = contextBuilder(17, constraint, sizes).build();

        AskTellLoop.Trace trace = run(context, sphere(sizes));

        assertEquals(iterations(), trace.evaluated().size());
        assertTrue(trace.validShare() >= MIN_VALID_SHARE, "share of valid asks: " + trace.validShare());
        List<int[]> laterAsks = trace.asks().subList(trace.asks().size() / 2, trace.asks().size());
        long laterValid = laterAsks.stream().filter(constraint).count();
        assertTrue(laterValid >= MIN_VALID_SHARE * laterAsks.size(),
                "valid asks in the second half: " + laterValid + " of " + laterAsks.size());
    }

    private void runHugeSpace(int[] sizes) {
        AskTellLoop.Trace trace = run(contextBuilder(21, sizes).build(), sphere(sizes));

        assertEquals(iterations(), trace.evaluated().size());
    }

    /**
     * Returns the initial positions of a test run: two uniform random positions and two random
     * corners that satisfy {@code constraint}, drawn from a generator seeded with {@code seed}.
     */
    private static List<int[]> initialPositions(long seed, Predicate<int[]> constraint, int[] sizes) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        List<int[]> positions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean corner = i >= 2;
            for (int attempt = 0; attempt < 1000; attempt++) {
                int[] position = new int[sizes.length];
                for (int d = 0; d < sizes.length; d++) {
                    if (corner) {
                        position[d] = random.nextBoolean() ? sizes[d] - 1 : 0;
                    } else {
                        position[d] = random.nextInt(sizes[d]);
                    }
                }
                if (constraint.test(position)) {
                    positions.add(position);
                    break;
                }
            }
        }
        return positions;
    }

    /**
     * Returns a smooth objective with its maximum 0 at a third of each dimension, in units of the
     * dimension's size so that large dimensions do not dominate.
     */
    protected static ToDoubleFunction<int[]> sphere(int[] sizes) {
        int[] copy = sizes.clone();
        return position -> {
            double sum = 0;
            for (int d = 0; d < copy.length; d++) {
                double offset = (position[d] - copy[d] / 3.0) / copy[d];
                sum += offset * offset;
            }
            return -sum;
        };
    }

    private static boolean sameSequence(List<int[]> first, List<int[]> second) {
        if (first.size() != second.size()) {
            return false;
        }
        for (int i = 0; i < first.size(); i++) {
            if (!Arrays.equals(first.get(i), second.get(i))) {
                return false;
            }
        }
        return true;
    }
}
