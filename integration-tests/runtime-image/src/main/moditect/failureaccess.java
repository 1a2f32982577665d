// Descriptor for failureaccess 1.0.1 (a dependency of guava), which has none.
module failureaccess {
    exports com.google.common.util.concurrent.internal;
}
