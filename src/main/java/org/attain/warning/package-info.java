/**
 * Warning rules (预警) per year — execution floors by month and the attainment–execution gap — and the decisions
 * (继续执行 / 调剂 / 取消) they ask for by a deadline.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.warning;

import org.jspecify.annotations.NullMarked;
