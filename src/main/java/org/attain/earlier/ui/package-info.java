/**
 * The page that imports an earlier year's self-evaluation or monitoring table as history, with its preview.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.earlier.ui;

import org.jspecify.annotations.NullMarked;
