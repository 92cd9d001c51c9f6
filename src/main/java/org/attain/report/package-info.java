/**
 * The official tables (monitoring, self-evaluation, briefing) as xlsx, PDF and CSV.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.report;

import org.jspecify.annotations.NullMarked;
