package org.attain.importing;

/** A line of a document that could not be used as it stands, and why. Line 0 means the document as a whole. */
public record ImportProblem(int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
