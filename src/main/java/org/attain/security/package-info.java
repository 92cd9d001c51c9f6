/**
 * Sign-in, roles, accounts, the audit log; every role is enforced on the server.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.security;

import org.jspecify.annotations.NullMarked;
