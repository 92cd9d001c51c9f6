package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.importing.ApprovalDocument;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.ProjectDraft;
import org.attain.importing.read.Format;
import org.attain.importing.read.Part;
import org.attain.importing.read.SourceDocument;

/**
 * Finds the projects of an approval document, whatever its format gave: each part (a sheet, or a whole document) is
 * read by a {@link ProjectReader}; a project in two sheets is refused naming both. Every refusal of the document is
 * listed, and a document without a project is refused naming what was found instead.
 */
public final class ApprovalLayout {

    private ApprovalLayout() {}

    /** The document's projects and warnings; throws {@link ImportException} when it is refused or holds no project. */
    public static ApprovalDocument read(SourceDocument doc) {
        return read(doc, 0);
    }

    /**
     * As {@link #read(SourceDocument)}, with the year the importer gives for a document that states none (0 for
     * none): used, with a warning, only where the document names no year of its own.
     */
    public static ApprovalDocument read(SourceDocument doc, int givenYear) {
        return read(doc, givenYear, SegmentedRead.MIN_PROJECTS);
    }

    /**
     * As {@link #read(SourceDocument, int)}, reading a part of at least {@code segmentedFrom} project starts in
     * segments on several cores ({@link SegmentedRead}): tests compare it with the row-by-row read.
     */
    static ApprovalDocument read(SourceDocument doc, int givenYear, int segmentedFrom) {
        List<ProjectDraft> projects = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>(doc.notes());
        List<ImportProblem> refusals = new ArrayList<>();
        List<ImportProblem> noProject = new ArrayList<>();
        Map<String, Part> firstPart = new HashMap<>();
        Map<String, ProjectDraft> firstDraft = new HashMap<>();
        for (Part part : doc.parts()) {
            Problems problems = new Problems();
            boolean grid = doc.format() != Format.TEXT;
            ProjectReader reader = new ProjectReader(problems, new DocumentYear(doc.name(), givenYear, part), grid);
            reader.segmentedFrom = segmentedFrom;
            List<ProjectDraft> found = reader.read(part);
            // no 项目名称 label: the project the document names elsewhere, its table or its sentences
            UnnamedProject.Read unnamed = found.isEmpty() && !reader.named()
                    ? UnnamedProject.read(part, doc.name(), new DocumentYear(doc.name(), givenYear, part), grid)
                    : null;
            if (unnamed != null) {
                problems = unnamed.problems();
                found = unnamed.projects();
            }
            warnings.addAll(problems.warnings());
            refusals.addAll(problems.errors());
            if (found.isEmpty()) {
                noProject.addAll(noProject(part, problems.warnings()));
            }
            for (ProjectDraft p : found) {
                String key = ProjectFields.sameProject(p.year(), p.name());
                Part other = firstPart.putIfAbsent(key, part);
                if (other != null) {
                    refusals.add(ImportProblem.of(
                            p.line(),
                            "refused.duplicateProjectInSheets",
                            ImportProblem.quote(p.name()),
                            other.sheet(),
                            firstDraft.get(key).line(),
                            part.sheet(),
                            p.line()));
                } else {
                    firstDraft.put(key, p);
                    projects.add(p);
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw new ImportException(doc.name(), refusals);
        }
        if (projects.isEmpty()) {
            throw new ImportException(
                    doc.name(), noProject.isEmpty() ? List.of(ImportProblem.of(0, "import.noProject")) : noProject);
        }
        return new ApprovalDocument(doc.name(), List.copyOf(projects), List.copyOf(warnings));
    }

    /**
     * The refusal of a part without a project, with the first problems that say what was found instead, each once (two
     * cells of a funds block holding the same figure warn alike). When its projects were left out for want of a year,
     * the refusal says only that, and how to give one: what else the document holds is told once it is read with one.
     */
    private static List<ImportProblem> noProject(Part part, List<ImportProblem> warnings) {
        if (warnings.stream().anyMatch(w -> "import.warn.noYear".equals(w.key()))) {
            return List.of(part.where().problem("import.noYear"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        problems.add(
                part.sheet() == null
                        ? ImportProblem.of(0, "import.noProject")
                        : part.where().problem("import.noProjectInSheet"));
        warnings.stream().distinct().limit(20).forEach(problems::add);
        return problems;
    }

    /** Two names the database takes for the same project in the same year. */
    public static String sameProject(int year, String name) {
        return ProjectFields.sameProject(year, name);
    }
}
