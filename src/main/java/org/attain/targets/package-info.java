/**
 * Target syntax (≥574人, >95%, ≤52万元, 及时): parsing and numbers; pure Java.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.targets;

import org.jspecify.annotations.NullMarked;
