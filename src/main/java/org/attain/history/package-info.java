/**
 * The change log of every value entered or revised.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.history;

import org.jspecify.annotations.NullMarked;
