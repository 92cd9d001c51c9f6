/**
 * Scoring rules of the self-evaluation (weights, indicator scores, grades): pure Java.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.assessment;

import org.jspecify.annotations.NullMarked;
