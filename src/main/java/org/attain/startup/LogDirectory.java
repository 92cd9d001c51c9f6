package org.attain.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Prepares the directory of the log file ({@code attain.log-file}, in the data directory by default) before logging
 * starts: directories it creates are readable by their owner only, like the data directory. When it cannot be
 * created (a read-only disk, say), the log goes to the temporary directory instead, and the start reports what is
 * wrong with the data directory.
 */
public class LogDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String PROPERTY = "attain.log-file";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        @Nullable String file = environment.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            createOwnerOnly(Path.of(file).toAbsolutePath().getParent());
        } catch (IOException | RuntimeException e) {
            String fallback = Path.of(
                            System.getProperty("java.io.tmpdir"), "attain-" + System.getProperty("user.name") + ".log")
                    .toString();
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource("attain-log-file-fallback", Map.of(PROPERTY, fallback)));
        }
    }

    private static void createOwnerOnly(@Nullable Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            if (dir != null && !Files.isWritable(dir)) {
                throw new IOException(dir + " is not writable");
            }
            return;
        }
        createOwnerOnly(dir.getParent());
        Files.createDirectory(dir);
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** After the configuration files are read, before logging starts (Spring Boot's logging listener is at +20). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }
}
