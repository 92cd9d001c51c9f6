package org.attain.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation that runs Attain, configured once: {@code attain.organisation.name} (e.g. 鄂州市总工会) and an
 * optional logo file {@code attain.organisation.logo} (PNG, JPEG or SVG). Its name is on the login page, in the header,
 * in the browser tab and on every official table as the 填报单位.
 */
@Component
public class Organisation {

    private final String name;
    private final @Nullable Path logo;

    public Organisation(
            @Value("${attain.organisation.name:}") String name, @Value("${attain.organisation.logo:}") String logo) {
        this.name = name.strip();
        this.logo = logo.isBlank() ? null : Path.of(logo.strip());
    }

    /** The configured name, if any. */
    public Optional<String> name() {
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Who fills in an official table: the organisation, or without one configured the project's department. */
    public String unitOf(String department) {
        return name.isEmpty() ? department : name;
    }

    /** The logo's bytes and file name, if one is configured and readable. */
    public Optional<Logo> logo() {
        if (logo == null || !Files.isReadable(logo)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Logo(logo.getFileName().toString(), Files.readAllBytes(logo)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A logo file as configured. */
    public record Logo(String fileName, byte[] bytes) {

        public String contentType() {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return lower.endsWith(".svg") ? "image/svg+xml" : lower.endsWith(".png") ? "image/png" : "image/jpeg";
        }
    }
}
