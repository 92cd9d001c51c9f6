/**
 * The page of target adjustments and the budget changes that call for one.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.adjustment.ui;

import org.jspecify.annotations.NullMarked;
