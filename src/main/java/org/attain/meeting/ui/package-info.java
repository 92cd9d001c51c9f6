/**
 * The meeting on a projector: agenda and one slide per project.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.meeting.ui;

import org.jspecify.annotations.NullMarked;
