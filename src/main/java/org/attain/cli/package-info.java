/**
 * The command line (picocli): import, export, status, generate, rebuild-status.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.cli;

import org.jspecify.annotations.NullMarked;
