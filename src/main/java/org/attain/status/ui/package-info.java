/**
 * The light badge.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.status.ui;

import org.jspecify.annotations.NullMarked;
