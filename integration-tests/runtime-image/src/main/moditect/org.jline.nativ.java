// Descriptor for jline-native 3.24.1 (a dependency of jline-terminal), which is an automatic module.
module org.jline.nativ {
    exports org.jline.nativ;
}
