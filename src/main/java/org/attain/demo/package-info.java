/**
 * Demonstration data (the demo profile): users, actuals and an open reporting round.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.demo;

import org.jspecify.annotations.NullMarked;
