package dev.hyperactive.api;

/** How evaluations are cached so that a position is not evaluated twice. */
public enum MemoryMode {
    /** No cache: every iteration calls the objective. */
    OFF,
    /** One cache per job. */
    PRIVATE,
    /**
     * One cache for all jobs of all searches with the same objective instance and an equal search
     * space; positions in flight are deduplicated too, so each is evaluated at most once. The default.
     */
    SHARED
}
