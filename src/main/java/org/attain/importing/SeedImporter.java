package org.attain.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.attain.cluster.StartupLock;
import org.attain.project.ProjectService;
import org.attain.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** On the first start with an empty database, imports the approval document shipped in the jar. */
@Component
@Profile("!cli")
@Order(10)
@ConditionalOnProperty(name = "attain.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedImporter implements ApplicationRunner {

    static final String SEED = "seed/approval-2025.txt";
    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

    private final TargetImportService importer;
    private final ProjectService projects;
    private final StartupLock startup;

    SeedImporter(TargetImportService importer, ProjectService projects, StartupLock startup) {
        this.importer = importer;
        this.projects = projects;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.run("the import of the shipped approval document", this::importIntoEmptyDatabase);
    }

    private void importIntoEmptyDatabase() {
        if (projects.count() > 0) {
            return;
        }
        byte[] seed;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            seed = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped approval document " + SEED + " cannot be read", e);
        }
        ImportResult result = SystemIdentity.call(() -> importer.importDocument(SEED, seed));
        log.info(
                "Empty database: imported {} projects from the shipped 2025 approval document",
                result.projects().size());
    }
}
