/**
 * A thin Vaadin component over ApexCharts 4.7.0 (MIT).
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.chart;

import org.jspecify.annotations.NullMarked;
