// Descriptor for guice 7.0.0, which is an automatic module. Generated with jdeps
// --generate-module-info; the annotation-only dependencies became "requires static".
module com.google.guice {
    requires java.logging;
    requires jdk.unsupported;
    requires transitive aopalliance;
    requires transitive com.google.common;
    requires transitive jakarta.inject;
    requires static com.google.errorprone.annotations;
    requires static jsr305;

    exports com.google.inject;
    exports com.google.inject.binder;
    exports com.google.inject.internal;
    exports com.google.inject.internal.aop;
    exports com.google.inject.internal.asm;
    exports com.google.inject.internal.util;
    exports com.google.inject.matcher;
    exports com.google.inject.multibindings;
    exports com.google.inject.name;
    exports com.google.inject.spi;
    exports com.google.inject.util;
}
