package dev.hyperactive.core;

import dev.hyperactive.api.Study;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The {@link Study} services on the module path and the class path, by name.
 */
public final class StudyRegistry {

    private final Map<String, Study> byName;

    private StudyRegistry(Iterable<? extends Study> studies) {
        List<Study> sorted = new ArrayList<>();
        studies.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Study::name));

        this.byName = new LinkedHashMap<>();
        for (Study study : sorted) {
            Study earlier = byName.putIfAbsent(study.name(), study);
            if (earlier != null) {
                throw new IllegalStateException("two studies are named '" + study.name() + "': "
                        + describe(earlier) + " and " + describe(study) + "; remove one of them from the module path");
            }
        }
    }

    /**
     * Returns the studies found by {@link ServiceLoader}.
     *
     * @throws IllegalStateException if two studies have the same name
     */
    public static StudyRegistry discover() {
        return new StudyRegistry(ServiceLoader.load(Study.class));
    }

    /**
     * Returns a registry of exactly the given studies.
     *
     * @throws IllegalStateException if two studies have the same name
     */
    public static StudyRegistry of(java.util.Collection<? extends Study> studies) {
        Objects.requireNonNull(studies, "studies");
        return new StudyRegistry(studies);
    }

    /** Returns the studies sorted by name. */
    public List<Study> studies() {
        return List.copyOf(byName.values());
    }

    /**
     * Returns the study named {@code name}.
     *
     * @throws IllegalArgumentException if there is none; the message lists the available names
     */
    public Study study(String name) {
        Objects.requireNonNull(name, "study name must not be null");
        Study study = byName.get(name);
        if (study == null) {
            throw new IllegalArgumentException("unknown study '" + name + "'; available studies: "
                    + (byName.isEmpty() ? "none; put a module that provides dev.hyperactive.api.Study on the module path"
                            : String.join(", ", byName.keySet())));
        }
        return study;
    }

    private static String describe(Study study) {
        Module module = study.getClass().getModule();
        return study.getClass().getName() + " (" + (module.isNamed() ? module.getName() : "unnamed module") + ")";
    }
}
