/**
 * Projects and departments.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.project;

import org.jspecify.annotations.NullMarked;
