/**
 * An example optimizer plugin for Hyperactive for Java: random coordinate descent, registered as
 * {@code coordinate_descent}. It depends on the api module only; putting its jar on the module path
 * of the {@code hyperactive} command or of a Java program makes the optimizer available.
 */
module com.example.coordinate {
    requires dev.hyperactive.api;

    exports com.example.coordinate;

    provides dev.hyperactive.spi.OptimizerProvider with com.example.coordinate.CoordinateDescentProvider;
}
