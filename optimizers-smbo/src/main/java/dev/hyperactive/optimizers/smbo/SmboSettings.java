package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.SpecParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters that every model-based optimizer shares, under their Gradient-Free-Optimizers
 * names: {@code warm_start_smbo}, {@code max_sample_size}, {@code sampling} and {@code replacement}.
 *
 * <p>Immutable; every {@code with...} method returns a new instance. The specs of the model-based
 * optimizers keep one and expose typed setters that delegate here.
 *
 * <p>{@code max_sample_size} and {@code sampling} keep the defaults of Gradient-Free-Optimizers
 * (10,000,000 and {@code {"random": 1000000}}) but act only as caps on each optimizer's own, much
 * smaller, number of candidates per iteration. {@code sampling = false}, which in
 * Gradient-Free-Optimizers scores every point of its candidate grid, removes that cap here.
 */
final class SmboSettings {

    /** The shared parameter names, in the order the specs list them. */
    static final List<String> NAMES = List.of("warm_start_smbo", "max_sample_size", "sampling", "replacement");

    /** The default {@code max_sample_size} of Gradient-Free-Optimizers. */
    static final int DEFAULT_MAX_SAMPLE_SIZE = 10_000_000;

    /** The default random-sample count of Gradient-Free-Optimizers' {@code sampling}. */
    static final int DEFAULT_SAMPLING = 1_000_000;

    /** The value of {@link #sampling()} when sampling is off. */
    static final int SAMPLING_OFF = 0;

    private static final Pattern RANDOM_FORM =
            Pattern.compile("\\{?\\s*[\"']?random[\"']?\\s*[:=]\\s*(-?\\d+)\\s*}?");

    private final boolean warmStart;
    private final int maxSampleSize;
    private final int sampling;
    private final boolean replacement;

    /**
     * Returns the parameter names of a model-based optimizer: {@link #NAMES} followed by
     * {@code own}.
     */
    static List<String> parameterNames(String... own) {
        List<String> names = new ArrayList<>(NAMES);
        names.addAll(List.of(own));
        return List.copyOf(names);
    }

    /**
     * Checks the exploration margin {@code xi} of an expected-improvement optimizer.
     *
     * @throws IllegalArgumentException if {@code xi} is negative, NaN or infinite
     */
    static void checkXi(double xi) {
        Checks.finite("xi", xi);
        if (xi < 0) {
            throw new IllegalArgumentException("xi must not be negative: " + xi);
        }
    }

    /** Creates the defaults: warm start on, 10,000,000, {@code {"random": 1000000}}, replacement on. */
    SmboSettings() {
        this(true, DEFAULT_MAX_SAMPLE_SIZE, DEFAULT_SAMPLING, true);
    }

    private SmboSettings(boolean warmStart, int maxSampleSize, int sampling, boolean replacement) {
        this.warmStart = warmStart;
        this.maxSampleSize = maxSampleSize;
        this.sampling = sampling;
        this.replacement = replacement;
    }

    /** Returns settings with {@code warm_start_smbo} set. */
    SmboSettings withWarmStart(boolean warmStart) {
        return new SmboSettings(warmStart, maxSampleSize, sampling, replacement);
    }

    /**
     * Returns settings with {@code max_sample_size} set.
     *
     * @throws IllegalArgumentException if {@code maxSampleSize} is not positive
     */
    SmboSettings withMaxSampleSize(int maxSampleSize) {
        Checks.positive("max_sample_size", maxSampleSize);
        return new SmboSettings(warmStart, maxSampleSize, sampling, replacement);
    }

    /**
     * Returns settings with {@code sampling = {"random": count}}.
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    SmboSettings withSampling(int count) {
        Checks.positive("sampling", count);
        return new SmboSettings(warmStart, maxSampleSize, count, replacement);
    }

    /** Returns settings with {@code sampling = false}: no cap from sampling. */
    SmboSettings withoutSampling() {
        return new SmboSettings(warmStart, maxSampleSize, SAMPLING_OFF, replacement);
    }

    /** Returns settings with {@code replacement} set. */
    SmboSettings withReplacement(boolean replacement) {
        return new SmboSettings(warmStart, maxSampleSize, sampling, replacement);
    }

    /** Returns whether earlier search data is training data ({@code warm_start_smbo}). */
    boolean warmStart() {
        return warmStart;
    }

    /** Returns {@code max_sample_size}. */
    int maxSampleSize() {
        return maxSampleSize;
    }

    /** Returns the random-sample count of {@code sampling}, or {@link #SAMPLING_OFF}. */
    int sampling() {
        return sampling;
    }

    /** Returns whether evaluated positions may be proposed again ({@code replacement}). */
    boolean replacement() {
        return replacement;
    }

    /**
     * Returns the number of candidates to score per iteration: {@code preferred}, capped by
     * {@code max_sample_size} and by {@code sampling} when it is on. At least 1.
     */
    int candidateCount(int preferred) {
        int count = Math.min(preferred, maxSampleSize);
        if (sampling != SAMPLING_OFF) {
            count = Math.min(count, sampling);
        }
        return Math.max(1, count);
    }

    /** Puts the four parameters into {@code target} in the order of {@link #NAMES}. */
    void putParameters(Map<String, Object> target) {
        target.put("warm_start_smbo", warmStart);
        target.put("max_sample_size", maxSampleSize);
        target.put("sampling", sampling == SAMPLING_OFF ? Boolean.FALSE : Map.of("random", sampling));
        target.put("replacement", replacement);
    }

    /**
     * Reads the four parameters from {@code p}, keeping this instance's values for absent ones.
     * {@code sampling} accepts {@code false}, a count such as {@code 1000}, and the forms
     * {@code {"random": 1000}}, {@code {random=1000}} and {@code random:1000}.
     *
     * @throws IllegalArgumentException if a value is invalid
     */
    SmboSettings parse(SpecParameters p, String optimizer, Map<String, String> raw) {
        SmboSettings parsed = withWarmStart(p.getBoolean("warm_start_smbo", warmStart))
                .withReplacement(p.getBoolean("replacement", replacement));
        if (p.has("max_sample_size")) {
            parsed = parsed.withMaxSampleSize(p.getInt("max_sample_size", maxSampleSize));
        }
        if (p.has("sampling")) {
            parsed = parsed.parseSampling(optimizer, raw.get("sampling"));
        }
        return parsed;
    }

    private SmboSettings parseSampling(String optimizer, String value) {
        String trimmed = value.trim();
        if (trimmed.toLowerCase(Locale.ROOT).equals("false")) {
            return withoutSampling();
        }

        Matcher form = RANDOM_FORM.matcher(trimmed);
        String digits = trimmed.matches("-?\\d+") ? trimmed : form.matches() ? form.group(1) : null;
        if (digits == null) {
            throw new IllegalArgumentException("parameter sampling of optimizer " + optimizer
                    + " must be false, a count or {\"random\": count}: '" + value + "'");
        }
        try {
            return withSampling(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter sampling of optimizer " + optimizer
                    + " must be a count up to " + Integer.MAX_VALUE + ": '" + value + "'", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SmboSettings)) {
            return false;
        }
        SmboSettings other = (SmboSettings) o;
        return other.warmStart == warmStart && other.maxSampleSize == maxSampleSize && other.sampling == sampling
                && other.replacement == replacement;
    }

    @Override
    public int hashCode() {
        return Objects.hash(warmStart, maxSampleSize, sampling, replacement);
    }
}
