/**
 * Recognising approval tables in rows of cells: header rows, column roles, categories, budget blocks and several projects on one page; pure Java.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.importing.layout;

import org.jspecify.annotations.NullMarked;
