package org.attain;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.attain.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the dashboard, or — when the arguments are a command line ({@code import-targets FILE}, {@code --help}, also
 * a typo) rather than settings only — runs the command without a web server and exits with its status.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/attain.css")
public class Application implements AppShellConfigurator {

    /** The browser tab's icon on every page (the error pages link it themselves). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/attain.svg", "any");
    }

    public static void main(String[] args) {
        if (Commands.isCommandLine(args)) {
            System.exit(Commands.run(args, settings -> {
                SpringApplication app = new SpringApplication(Application.class);
                app.setWebApplicationType(WebApplicationType.NONE);
                app.setAdditionalProfiles("cli");
                return app.run(settings);
            }));
        }
        SpringApplication.run(Application.class, args);
    }
}
