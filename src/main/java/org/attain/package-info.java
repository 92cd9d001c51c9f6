/**
 * Attain, the performance-target monitoring dashboard: the application and its rooms, one package per feature.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain;

import org.jspecify.annotations.NullMarked;
