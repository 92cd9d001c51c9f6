/**
 * Indicators and their targets, settings and revisions.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.indicator;

import org.jspecify.annotations.NullMarked;
