/**
 * The rounds page and an owner's task list.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.round.ui;

import org.jspecify.annotations.NullMarked;
