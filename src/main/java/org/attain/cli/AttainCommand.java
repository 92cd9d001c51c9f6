package org.attain.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code java -jar attain.jar COMMAND …}: the top of the command line, which only names the commands. */
@Command(
        name = Commands.NAME,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Without arguments (or with settings such as --attain.data-dir=DIR only) Attain starts the "
                    + "dashboard. With a COMMAND it runs that command without the web server and exits: 0 done, "
                    + "2 refused input (nothing written), 1 unexpected failure."
        },
        subcommands = {
            ImportTargetsCommand.class,
            ImportActualsCommand.class,
            ImportHistoryCommand.class,
            ExportCommand.class,
            StatusCommand.class,
            GenerateCommand.class,
            RebuildStatusCommand.class,
            HelpCommand.class
        },
        footer = {
            "",
            "Settings are written --name=value, e.g. --attain.data-dir=/srv/attain or "
                    + "--spring.datasource.url=jdbc:mariadb://…; they apply to the commands as to the dashboard.",
            "Run '" + Commands.NAME + " COMMAND --help' for a command's options."
        })
class AttainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name a command.");
    }
}
