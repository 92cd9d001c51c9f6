/**
 * Approval documents (绩效目标批复) in: reading, recognising tables, consistency checks, the Excel template.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.importing;

import org.jspecify.annotations.NullMarked;
