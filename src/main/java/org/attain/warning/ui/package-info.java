/**
 * The warnings page: the year's rules and every warning with its decision and deadline.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.warning.ui;

import org.jspecify.annotations.NullMarked;
