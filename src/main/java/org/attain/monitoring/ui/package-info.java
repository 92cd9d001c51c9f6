/**
 * The entry page of project owners.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.monitoring.ui;

import org.jspecify.annotations.NullMarked;
