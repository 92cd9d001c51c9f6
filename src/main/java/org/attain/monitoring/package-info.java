/**
 * Entry of actuals, forecasts, reasons and budget execution, with their rules and checkpoint locks.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.monitoring;

import org.jspecify.annotations.NullMarked;
