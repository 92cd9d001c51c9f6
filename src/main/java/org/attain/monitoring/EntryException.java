package org.attain.monitoring;

import java.util.List;
import java.util.stream.Collectors;

/** Entered values that break the rules; nothing was saved. */
public class EntryException extends RuntimeException {

    private final List<EntryProblem> problems;

    public EntryException(List<EntryProblem> problems) {
        super(problems.stream().map(EntryProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<EntryProblem> getProblems() {
        return problems;
    }
}
