/**
 * The user API and the optimizer SPI of Hyperactive for Java.
 *
 * <p>{@code dev.hyperactive.api} holds what a user writes against: {@link dev.hyperactive.api.Objective},
 * {@link dev.hyperactive.api.SearchSpace}, {@link dev.hyperactive.api.SearchOptions} and
 * {@link dev.hyperactive.api.Study}. {@code dev.hyperactive.spi} holds what an optimizer plugin
 * implements: {@link dev.hyperactive.spi.OptimizerProvider} and
 * {@link dev.hyperactive.spi.AskTellOptimizer}. This module depends on nothing but the JDK, so a
 * third-party optimizer needs only this jar.
 */
module dev.hyperactive.api {
    exports dev.hyperactive.api;
    exports dev.hyperactive.spi;

    uses dev.hyperactive.spi.OptimizerProvider;
    uses dev.hyperactive.api.Study;
}
