package org.attain.cli;

import org.attain.generator.PortfolioGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate --projects N --years Y --seed S [--year YYYY] [--month M]}: reproducible benchmark data. */
@Command(
        name = "generate",
        description = {
            "Fill the database with a reproducible generated portfolio " + "(for benchmarks); prints what it created."
        })
class GenerateCommand extends AttainSubcommand {

    @Option(names = "--projects", required = true, paramLabel = "N", description = "Projects per year, 1 to 200000.")
    int projects;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "1", description = "Years, 1 to 10 (default: 1).")
    int years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: 1).")
    long seed;

    @Option(
            names = "--year",
            paramLabel = "YYYY",
            defaultValue = "2025",
            converter = Year.class,
            description = "The last year (default: 2025).")
    int year;

    @Option(
            names = "--month",
            paramLabel = "M",
            defaultValue = "6",
            description = "Actuals up to this month, 1 to 12 (default: 6).")
    int month;

    @Autowired
    PortfolioGenerator generator;

    @Override
    public Integer call() {
        if (projects < 1 || projects > 200_000 || years < 1 || years > 10 || month < 1 || month > 12) {
            return refuse("--projects 1..200000, --years 1..10, --month 1..12");
        }
        long started = System.nanoTime();
        PortfolioGenerator.Generated g = generator.generate(projects, years, seed, year, month, progress());
        out().println("{\"departments\":" + g.departments() + ",\"projects\":" + g.projects()
                + ",\"indicators\":" + g.indicators() + ",\"actuals\":" + g.actuals() + ",\"budgets\":" + g.budgets()
                + ",\"seconds\":" + (System.nanoTime() - started) / 1_000_000_000.0 + "}");
        return 0;
    }
}
