/**
 * Sign-in, first set-up, accounts, users and the audit log pages.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.security.ui;

import org.jspecify.annotations.NullMarked;
