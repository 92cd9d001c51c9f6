/**
 * Bulk entry from CSV and Excel files.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.monitoring.bulk;

import org.jspecify.annotations.NullMarked;
