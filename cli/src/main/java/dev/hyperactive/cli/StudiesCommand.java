package dev.hyperactive.cli;

import dev.hyperactive.api.Study;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** The {@code studies} sub-command: lists the studies on the module path. */
@Command(name = "studies", description = "Lists the studies on the module path, with their descriptions.")
final class StudiesCommand implements Callable<Integer> {

    @ParentCommand
    HyperactiveCommand parent;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        CliEnvironment environment = parent.environment();
        List<Study> studies = environment.studies().studies();

        if (studies.isEmpty()) {
            environment.out().println("No study is on the module path; add a module that provides"
                    + " dev.hyperactive.api.Study, such as " + DemoCommand.EXAMPLES_MODULE + ".");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"NAME", "DESCRIPTION"});
            for (Study study : studies) {
                rows.add(new String[] {study.name(), study.description()});
            }
            Table.print(environment.out(), rows);
        }
        environment.out().flush();
        return 0;
    }
}
