/**
 * Reading a file by its content (text in any encoding, .xls, .xlsx, .docx, PDF with a text layer) into rows of cells with their places; pure Java.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.importing.read;

import org.jspecify.annotations.NullMarked;
