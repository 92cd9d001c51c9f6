/**
 * The read model: the status of projects and indicators at a checkpoint, and the self-evaluation built on it.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.portfolio;

import org.jspecify.annotations.NullMarked;
