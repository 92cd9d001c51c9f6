package org.attain.cli;

import java.util.List;
import org.attain.security.SystemIdentity;
import org.attain.security.UserAccount;
import org.attain.security.UserService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import picocli.CommandLine.IFactory;

/**
 * Runs a command line inside the application: the commands get their services from Spring (picocli's
 * {@link IFactory} from picocli-spring-boot-starter) and act as the system, or as the account {@code --as} names.
 */
@Component
class CommandRunner {

    private final IFactory factory;
    private final UserService users;

    CommandRunner(IFactory factory, UserService users) {
        this.factory = factory;
        this.users = users;
    }

    /** Runs the command line ({@code COMMAND …}) and returns its exit status. */
    int execute(Console console, String... args) {
        String[] own = Commands.own(args);
        var as = CommandOptions.find(own, "as");
        if (as.isPresent()) {
            String name = as.get();
            UserAccount user = name.isBlank()
                    ? null
                    : users.find(name).filter(UserAccount::enabled).orElse(null);
            if (user == null) {
                console.err().println(name.isBlank() ? "--as needs a user name" : "--as " + name + ": no such user");
                return 2;
            }
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(
                            name,
                            null,
                            List.of(new SimpleGrantedAuthority(user.role().authority()))));
        } else {
            SystemIdentity.enter(SystemIdentity.COMMAND_LINE);
        }
        try {
            return Commands.commandLine(factory, console).execute(own);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
