/**
 * The mid-year review meeting: notes, decisions and minutes.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.meeting;

import org.jspecify.annotations.NullMarked;
