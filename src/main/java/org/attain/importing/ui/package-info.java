/**
 * The import page: upload, preview, confirm.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.importing.ui;

import org.jspecify.annotations.NullMarked;
