package org.attain.database;

import java.nio.file.Path;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded database as soon as the settings are known, on a thread of its own, while Spring builds the
 * rest of the application; {@link EmbeddedDatabaseConfiguration} then takes the running database. On two cores the
 * database's start (a few seconds on a fresh data directory: unpacking, system tables) then costs little of the
 * start-up. {@code attain.database.early-start=false} starts it in sequence instead.
 */
public class EarlyDatabaseStart implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    static final String BEAN = "attainStartingDatabase";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (!EmbeddedDatabaseSettings.applies(environment)
                || !environment.getProperty("attain.database.early-start", Boolean.class, true)
                || !(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
            return;
        }
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(environment);
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        if (!settings.joinRunning() && DataDirLock.heldElsewhere(dataDir)) {
            // at once, in one line, rather than after the rest of the application has been built for nothing
            throw DataDirLock.inUse(dataDir);
        }
        StartingDatabase starting = StartingDatabase.begin(settings);
        registry.registerSingleton(BEAN, starting);
        registry.registerDisposableBean(BEAN, starting);
    }

    /** After the port check ({@code org.attain.startup.PortCheck}): a taken port stops the start before this. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
