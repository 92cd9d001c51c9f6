/**
 * The embedded MariaDB: start, accounts, secrets, the port file for commands beside the server.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.database;

import org.jspecify.annotations.NullMarked;
