package org.attain.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Runs the command named by the first argument and keeps its exit code for the JVM. */
@Component
@Profile("cli")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ImportTargetsCommand importTargets;
    private final ImportActualsCommand importActuals;
    private final ExportCommand export;
    private final GenerateCommand generate;
    private final StatusCommand status;
    private int exitCode;

    CommandRunner(ImportTargetsCommand importTargets, ImportActualsCommand importActuals, ExportCommand export,
            GenerateCommand generate, StatusCommand status) {
        this.importTargets = importTargets;
        this.importActuals = importActuals;
        this.export = export;
        this.generate = generate;
        this.status = status;
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.attain.security.UserService users;

    @Override
    public void run(ApplicationArguments args) {
        Console console = new Console(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8), new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8));
        var as = CommandOptions.find(args.getSourceArgs(), "as");
        if (as.isPresent()) {
            String name = as.get();
            var user = name.isBlank() ? null : users.find(name).filter(org.attain.security.UserAccount::enabled).orElse(null);
            if (user == null) {
                console.err().println(name.isBlank() ? "--as needs a user name" : "--as " + name + ": no such user");
                exitCode = 2;
                return;
            }
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(name, null,
                            java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                    user.role().authority()))));
        }
        try {
            dispatch(args, console);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            console.err().println(e.getMessage());
            exitCode = 2;
        }
    }

    private void dispatch(ApplicationArguments args, Console console) {
        String command = args.getNonOptionArgs().isEmpty() ? "" : args.getNonOptionArgs().getFirst();
        exitCode = switch (command) {
            case "import-targets" -> importTargets.run(args, console);
            case "import-actuals" -> importActuals.run(args, console);
            case "export" -> export.run(args, console);
            case "generate" -> generate.run(args, console);
            case "status" -> status.run(args, console);
            default -> {
                console.err().println("Unknown command: " + command);
                yield 2;
            }
        };
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
