/**
 * The department-wide self-evaluation page.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.department.ui;

import org.jspecify.annotations.NullMarked;
