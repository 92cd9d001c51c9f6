/**
 * Generated portfolios of any size, for benchmarks and load tests.
 *
 * <p>Null-marked: every type is non-null unless written {@code @Nullable}.
 */
@NullMarked
package org.attain.generator;

import org.jspecify.annotations.NullMarked;
