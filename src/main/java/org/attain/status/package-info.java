/**
 * Lights and their sentences: checkpoints, progress profiles, the status engine; pure Java.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.status;

import org.jspecify.annotations.NullMarked;
