package org.attain.importing;

import java.util.List;
import java.util.stream.Collectors;

/** A document that cannot be imported at all; nothing was written. */
public class ImportException extends RuntimeException {

    private final String source;
    private final List<ImportProblem> problems;

    public ImportException(String source, List<ImportProblem> problems) {
        super(source + ": " + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public ImportException(String source, String message) {
        this(source, List.of(new ImportProblem(0, message)));
    }

    public ImportException(String source, ImportProblem problem) {
        this(source, List.of(problem));
    }

    public String getSource() {
        return source;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
