package org.attain.startup;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * A full disk, wherever it showed (unpacking the database, its system tables, a migration, the seed import): Java
 * says "No space left on device", MariaDB "errno 28" or "Errcode: 28". Ahead of every other analysis, which would
 * name only the step that failed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DiskFullAnalyzer implements FailureAnalyzer {

    private final @Nullable Environment environment;

    DiskFullAnalyzer(@Nullable Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        Throwable deepest = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isDiskFull(t.getMessage())) {
                deepest = t;
            }
        }
        if (deepest == null) {
            return null;
        }
        String dataDir = environment == null ? "./data" : environment.getProperty("attain.data-dir", "./data");
        return new FailureAnalysis(
                "the disk is full (" + firstLine(deepest.getMessage()) + ").",
                "Free some space on the disk of " + dataDir + " (a first start needs up to 600 MB for the embedded"
                        + " database), or start with --attain.data-dir=<a directory on another disk>.",
                failure);
    }

    static boolean isDiskFull(@Nullable String message) {
        return message != null
                && (message.contains("No space left on device")
                        || message.contains("errno: 28")
                        || message.contains("errno 28")
                        || message.contains("Errcode: 28"));
    }

    private static String firstLine(String text) {
        return text.lines()
                .filter(DiskFullAnalyzer::isDiskFull)
                .findFirst()
                .orElse(text)
                .replaceFirst("^.*\\[ERROR\\]\\s*", "")
                .strip();
    }
}
