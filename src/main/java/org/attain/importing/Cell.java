package org.attain.importing;

/** One cell of a document, cleaned of markup, with where it was found. {@code rowStart} marks a row's first cell. */
record Cell(String text, String raw, int line, boolean rowStart) {
}
