/**
 * The reports page and a project's self-evaluation page.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.report.ui;

import org.jspecify.annotations.NullMarked;
