/**
 * Scoring profiles (评分方案) held as data, and the one each year is scored by.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.scoring;

import org.jspecify.annotations.NullMarked;
