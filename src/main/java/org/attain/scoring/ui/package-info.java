/**
 * The page that shows the scoring profiles and lets the officer choose one per year.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.scoring.ui;

import org.jspecify.annotations.NullMarked;
