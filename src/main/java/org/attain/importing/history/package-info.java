/**
 * Reading earlier years' self-evaluation tables (自评表) and monitoring tables (监控表) as history: per indicator the
 * actual, weight, score and reasons as the document states them, per project the funds block and the stated total
 * and grade; pure Java, beside the target import that finds the projects and indicators.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.importing.history;

import org.jspecify.annotations.NullMarked;
