/**
 * Earlier years as history (issue 15): an earlier year's self-evaluation or monitoring table stored as that year's
 * project, targets and actuals, with the weights and scores the document states; the document's scores beside Attain's
 * own recomputation; and the value of the same indicator at the same checkpoint last year.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.earlier;

import org.jspecify.annotations.NullMarked;
