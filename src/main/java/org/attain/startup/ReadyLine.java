package org.attain.startup;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says where the dashboard is and how long its start took, once everything that runs on start (the seed import on
 * an empty database) is done: the line a user waits for, and the one bench/startup.sh times.
 */
@Component
class ReadyLine {

    private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info(
                    "Attain is ready at http://localhost:{}/ ({} s after start)",
                    web.getWebServer().getPort(),
                    String.format(
                            Locale.ROOT,
                            "%.1f",
                            ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
        }
    }
}
