// Descriptor for aopalliance 1.0 (a dependency of guice), which has none.
module aopalliance {
    exports org.aopalliance.aop;
    exports org.aopalliance.intercept;
}
