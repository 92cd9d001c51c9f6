package org.attain.startup;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configurations Attain never uses, by name, before their classes are loaded or their conditions
 * evaluated (which is where much of a start went): metrics always (nothing exports or shows them), and for commands
 * (the {@code cli} profile) also the web server, Vaadin, web security, the actuator and health.
 */
public class UnusedAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Parts of the names of auto-configurations Attain does without. */
    static final List<String> NEVER = List.of(".micrometer.", ".autoconfigure.metrics.");

    /** Parts of the names of auto-configurations a command does without as well. */
    static final List<String> NOT_FOR_COMMANDS = List.of(
            "com.vaadin.",
            ".actuate.",
            ".health.",
            ".webmvc.",
            ".servlet.",
            ".tomcat.",
            ".web.",
            ".rsocket.",
            ".http.converter.",
            ".autoconfigure.task.",
            ".autoconfigure.ssl.");

    private boolean command;

    @Override
    public void setEnvironment(Environment environment) {
        command = environment.matchesProfiles("cli");
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            String name = autoConfigurationClasses[i];
            matches[i] = name == null
                    || (NEVER.stream().noneMatch(name::contains)
                            && (!command || NOT_FOR_COMMANDS.stream().noneMatch(name::contains)));
        }
        return matches;
    }
}
