/**
 * Submit and review: owners submit drafts, the performance officer approves, returns or waives them with a reason;
 * which values each reader sees; the approved values in force.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.review;

import org.jspecify.annotations.NullMarked;
