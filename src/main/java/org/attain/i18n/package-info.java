/**
 * Messages in the reader's language (zh-CN by default, English).
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.i18n;

import org.jspecify.annotations.NullMarked;
