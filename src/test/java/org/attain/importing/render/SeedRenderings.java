package org.attain.importing.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attain.importing.ProjectDraft;

/**
 * The shipped seed document rendered as Word, old Excel, stacked Excel and PDF, for the tests that read them back and
 * for people who want to try the import page with a real file. {@code main} writes them to
 * {@code src/test/resources/seed-renderings/}; run it again when the seed or the layout changes.
 */
public final class SeedRenderings {

    public static final String DIRECTORY = "seed-renderings";

    private SeedRenderings() {}

    public static byte[] seedText() throws IOException {
        try (InputStream in = SeedRenderings.class.getResourceAsStream("/seed/approval-2025.txt")) {
            return in.readAllBytes();
        }
    }

    public static void main(String[] args) throws IOException {
        List<ProjectDraft> projects = org.attain.importing.TargetImportService.check("seed.txt", seedText())
                .document()
                .projects();
        Path dir = Path.of("src/test/resources", DIRECTORY);
        Files.createDirectories(dir);
        Files.write(dir.resolve("approval-2025.docx"), WordRender.docx(projects));
        Files.write(dir.resolve("approval-2025.xls"), WorkbookRender.xls(projects));
        Files.write(dir.resolve("approval-2025-stacked.xlsx"), WorkbookRender.stackedXlsx(projects));
        Files.write(dir.resolve("approval-2025.pdf"), PdfRender.pdf(projects));
    }

    /** The projects {@code copies} times over, each copy's names suffixed （1）, （2）…: a long document of seed projects. */
    public static List<ProjectDraft> renamedCopies(List<ProjectDraft> seed, int copies) {
        List<ProjectDraft> all = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            for (ProjectDraft p : seed) {
                all.add(new ProjectDraft(
                        p.name() + "（" + copy + "）",
                        p.year(),
                        p.budget(),
                        p.projectType(),
                        p.fundNature(),
                        p.basis(),
                        p.longTermGoal(),
                        p.annualGoal(),
                        p.indicators(),
                        0));
            }
        }
        return all;
    }
}
