/**
 * Target adjustments (绩效目标调整): proposed with 调整前 / 调整后, reason and basis, approved by a second person, in
 * force from a checkpoint; and the budget changes that call for one.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.adjustment;

import org.jspecify.annotations.NullMarked;
