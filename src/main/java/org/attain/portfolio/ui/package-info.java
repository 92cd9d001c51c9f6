/**
 * Pieces every screen of the read model shares: the checkpoint in the address, deviation texts.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.portfolio.ui;

import org.jspecify.annotations.NullMarked;
