/**
 * The leaders' screens: the portfolio, a project and an indicator at a checkpoint.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.dashboard.ui;

import org.jspecify.annotations.NullMarked;
