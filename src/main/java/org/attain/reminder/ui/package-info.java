/**
 * The officer's page of every round's completion, with the reminders and the lock.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.reminder.ui;

import org.jspecify.annotations.NullMarked;
