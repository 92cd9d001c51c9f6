/**
 * Small helpers every feature may use (JSON, spreadsheet styles).
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.base;

import org.jspecify.annotations.NullMarked;
