package dev.hyperactive.cli;

import picocli.CommandLine.Option;

/** The {@code -h, --help} option that every command mixes in. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help and exits.")
    boolean help;
}
