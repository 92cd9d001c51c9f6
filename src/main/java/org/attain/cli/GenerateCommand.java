package org.attain.cli;

import java.util.List;
import org.attain.generator.PortfolioGenerator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** {@code generate --projects N --years Y --seed S [--year YYYY] [--month M]}: reproducible benchmark data. */
@Component
class GenerateCommand {

    private final PortfolioGenerator generator;

    GenerateCommand(PortfolioGenerator generator) {
        this.generator = generator;
    }

    int run(ApplicationArguments args, Console console) {
        try {
            int projects = number(args, "projects", null);
            int years = number(args, "years", 1);
            long seed = number(args, "seed", 1);
            int year = number(args, "year", 2025);
            int month = number(args, "month", 6);
            if (projects < 1 || projects > 200_000 || years < 1 || years > 10 || month < 1 || month > 12) {
                throw new IllegalArgumentException("--projects 1..200000, --years 1..10, --month 1..12");
            }
            long started = System.nanoTime();
            PortfolioGenerator.Generated g = generator.generate(projects, years, seed, year, month);
            console.out().println("{\"departments\":" + g.departments() + ",\"projects\":" + g.projects()
                    + ",\"indicators\":" + g.indicators() + ",\"actuals\":" + g.actuals() + ",\"budgets\":" + g.budgets()
                    + ",\"seconds\":" + (System.nanoTime() - started) / 1_000_000_000.0 + "}");
            return 0;
        } catch (IllegalArgumentException e) {
            console.err().println(e.getMessage());
            console.err().println("usage: java -jar attain.jar generate --projects N [--years Y] [--seed S] [--year YYYY] [--month M]");
            return 2;
        }
    }

    private static int number(ApplicationArguments args, String name, Integer fallback) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            if (fallback == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return fallback;
        }
        try {
            return Integer.parseInt(values.getFirst());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is a number, not '" + values.getFirst() + "'");
        }
    }
}
