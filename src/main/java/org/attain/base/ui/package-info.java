/**
 * The shell: main layout, page addresses ({@link org.attain.base.ui.Routes}), downloads, formats, error pages.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.base.ui;

import org.jspecify.annotations.NullMarked;
