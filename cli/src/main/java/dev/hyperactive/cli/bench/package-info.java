/**
 * The {@code hyperactive bench} command: runs every optimizer on the shifted test-function suite and
 * a study, and writes the best losses as CSV and markdown tables with random search as the baseline.
 */
package dev.hyperactive.cli.bench;
