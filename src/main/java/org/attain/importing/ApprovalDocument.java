package org.attain.importing;

import java.util.List;

/** What a document says: its projects, and every line that could not be placed. */
public record ApprovalDocument(String source, List<ProjectDraft> projects, List<ImportProblem> warnings) {}
