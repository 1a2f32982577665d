package dev.hyperactive.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperactive.core.OptimizerRegistry;
import dev.hyperactive.spi.OptimizerProvider;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The {@code optimizers} sub-command: lists the optimizer providers on the module path. */
@Command(sortOptions = false, name = "optimizers",
        description = "Lists the optimizers on the module path with their family, module and default parameters.")
final class OptimizersCommand implements Callable<Integer> {

    @ParentCommand
    HyperactiveCommand parent;

    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "Prints a JSON array, one object per optimizer, on one line.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        CliEnvironment environment = parent.environment();
        List<OptimizerProvider> providers = environment.optimizers().providers();

        if (json) {
            environment.out().println(new ObjectMapper().writeValueAsString(toJson(providers)));
        } else {
            printTable(environment.out(), providers);
        }
        environment.out().flush();
        return 0;
    }

    /** Returns the JSON array of {@code providers}, in the given order (by family, then name). */
    static ArrayNode toJson(List<OptimizerProvider> providers) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (OptimizerProvider provider : providers) {
            ObjectNode node = array.addObject();
            node.put("name", provider.name());
            node.put("display_name", provider.displayName());
            node.put("family", family(provider));
            node.put("module", OptimizerRegistry.moduleName(provider));
            ObjectNode parameters = node.putObject("parameters");
            provider.defaultSpec().parameters().forEach((name, value) -> parameters.set(name, JsonValues.plain(value)));
        }
        return array;
    }

    private static void printTable(PrintStream out, List<OptimizerProvider> providers) {
        if (providers.isEmpty()) {
            out.println("No optimizer is on the module path;"
                    + " add dev.hyperactive.optimizers.global or dev.hyperactive.optimizers.local.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "FAMILY", "DISPLAY NAME", "MODULE", "PARAMETERS (DEFAULT)"});
        for (OptimizerProvider provider : providers) {
            rows.add(new String[] {
                provider.name(),
                family(provider),
                provider.displayName(),
                OptimizerRegistry.moduleName(provider),
                parameters(provider.defaultSpec().parameters())});
        }
        Table.print(out, rows);
    }

    private static String family(OptimizerProvider provider) {
        return provider.family().name().toLowerCase(Locale.ROOT);
    }

    private static String parameters(Map<String, Object> parameters) {
        if (parameters.isEmpty()) {
            return "-";
        }
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
