/**
 * How far each round has come, project by project and owner by owner, and the e-mail reminders before and after a
 * round's due date.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.reminder;

import org.jspecify.annotations.NullMarked;
