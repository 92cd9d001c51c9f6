/**
 * The department-wide self-evaluation (部门整体绩效自评): its projects rolled up, as a page and as xlsx and PDF.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.department;

import org.jspecify.annotations.NullMarked;
