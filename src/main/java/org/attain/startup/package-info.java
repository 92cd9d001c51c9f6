/**
 * Starting the application: the port check, the log file, one-line reports of a failed start, the ready line and
 * the auto-configurations left out.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.startup;

import org.jspecify.annotations.NullMarked;
