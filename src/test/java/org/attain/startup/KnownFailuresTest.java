package org.attain.startup;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.attain.database.EmbeddedDatabaseException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.mock.env.MockEnvironment;

/** The start-up failures a user can act on are analysed in Attain's words, in the order Spring Boot asks. */
class KnownFailuresTest {

    private final MockEnvironment environment = new MockEnvironment().withProperty("attain.data-dir", "/srv/attain");

    /** As Spring Boot does: the first analysis of the registered analyzers, in their order. */
    private FailureAnalysis analyse(Throwable failure) {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(
                        FailureAnalyzer.class,
                        ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
                                .and(Environment.class, environment));
        return analyzers.stream()
                .map(a -> a.analyze(failure))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_port_taken_when_the_web_server_starts_reads_as_the_early_check_does() {
        FailureAnalysis analysis =
                analyse(new BeanCreationException("webServerStartStop", new PortInUseException(8080)));
        assertThat(analysis.getDescription()).isEqualTo("port 8080 is already in use by another program.");
        assertThat(analysis.getAction()).contains("--server.port=8081", "PORT=8081");
    }

    @Test
    void a_full_disk_is_named_whatever_step_it_stopped() {
        var failure = new BeanCreationException(
                "embeddedMariaDb",
                new EmbeddedDatabaseException(
                        "Could not start the embedded database in /srv/attain: No space left on device",
                        new IOException("No space left on device")));
        FailureAnalysis analysis = analyse(failure);
        assertThat(analysis.getDescription()).isEqualTo("the disk is full (No space left on device).");
        assertThat(analysis.getAction()).contains("Free some space on the disk of /srv/attain", "--attain.data-dir=");
        var mariadb = new ManagedProcessException("mariadb-install-db failed:\n[ERROR] InnoDB: Error number 28 means"
                + " 'No space left on device'\n[ERROR] Aborting, errno: 28");
        assertThat(analyse(mariadb).getDescription()).startsWith("the disk is full");
    }

    @Test
    void the_embedded_database_says_what_to_do_in_its_own_sentence() {
        FailureAnalysis analysis = analyse(new BeanCreationException(
                "embeddedMariaDb",
                new EmbeddedDatabaseException(
                        "The data directory /srv/attain is already in use by another running Attain. Stop it first.")));
        assertThat(analysis.getDescription()).startsWith("The data directory /srv/attain is already in use");
        assertThat(analysis.getAction()).isNull();
    }
}
