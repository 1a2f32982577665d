/**
 * Optimization strategies: chains of optimizer stages that hand the best position and the search
 * data collected so far to the next stage.
 */
module dev.hyperactive.strategies {
    requires dev.hyperactive.api;
    requires dev.hyperactive.core;
}
