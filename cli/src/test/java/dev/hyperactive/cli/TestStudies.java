package dev.hyperactive.cli;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.api.Study;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small studies for the command's tests. */
final class TestStudies {

    private TestStudies() {
    }

    /** A value without a natural text form, which exported data shows by its label. */
    static final class Kernel {

        private final double width;

        Kernel(double width) {
            this.width = width;
        }

        double width() {
            return width;
        }

        @Override
        public String toString() {
            return "Kernel@" + System.identityHashCode(this);
        }
    }

    /**
     * A study over an integer, a string and a labelled object dimension, whose best point is
     * {@code n=7, mode="fast", kernel=wide}.
     */
    static final class Mixed implements Study {

        private final SearchSpace space = SearchSpace.builder()
                .integers("n", 1, 10, 1)
                .categorical("mode", "slow", "fast")
                .categorical("kernel", kernels())
                .build();

        @Override
        public String name() {
            return "mixed";
        }

        @Override
        public String description() {
            return "integer, string and object parameters";
        }

        @Override
        public SearchSpace searchSpace() {
            return space;
        }

        @Override
        public Objective objective() {
            return p -> -Math.abs(p.getInt("n") - 7)
                    + ("fast".equals(p.getString("mode")) ? 1 : 0)
                    + p.get("kernel", Kernel.class).width();
        }

        @Override
        public int defaultIterations() {
            return 40;
        }

        @Override
        public SearchOptions defaultOptions() {
            return SearchOptions.builder().optimizer(OptimizerSpec.named("grid_search")).build();
        }
    }

    private static Map<String, Kernel> kernels() {
        Map<String, Kernel> kernels = new LinkedHashMap<>();
        kernels.put("narrow", new Kernel(0.5));
        kernels.put("wide", new Kernel(2.0));
        return kernels;
    }

    /** A study whose objective always throws. */
    static final class Failing implements Study {

        @Override
        public String name() {
            return "failing";
        }

        @Override
        public SearchSpace searchSpace() {
            return SearchSpace.builder().integers("x", 0, 3, 1).build();
        }

        @Override
        public Objective objective() {
            return p -> {
                throw new IllegalStateException("model training diverged");
            };
        }
    }

    /**
     * A stand-in for the demo's study: a quadratic over the integers {@code 0..upper} with its
     * optimum at 3 and a baseline at {@code baseline}.
     */
    static final class FakeDiabetes implements Study {

        private final int upper;
        private final int baseline;

        FakeDiabetes(int upper, int baseline) {
            this.upper = upper;
            this.baseline = baseline;
        }

        @Override
        public String name() {
            return "diabetes";
        }

        @Override
        public SearchSpace searchSpace() {
            return SearchSpace.builder().integers("x", 0, upper, 1).build();
        }

        @Override
        public Objective objective() {
            return p -> score(p.getInt("x"));
        }

        /** Returns the objective's score at {@code x}. */
        static double score(int x) {
            return -Math.pow(x - 3.0, 2) + 0.25;
        }

        @Override
        public int defaultIterations() {
            return 5;
        }

        @Override
        public Map<String, Object> baseline() {
            return Map.of("x", baseline);
        }
    }
}
