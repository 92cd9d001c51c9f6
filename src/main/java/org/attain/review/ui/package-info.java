/**
 * The officer's review page and the review marks of the entry form.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.review.ui;

import org.jspecify.annotations.NullMarked;
