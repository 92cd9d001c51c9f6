/**
 * Reporting rounds: opened per checkpoint with a due date, their progress and owners' tasks.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.round;

import org.jspecify.annotations.NullMarked;
