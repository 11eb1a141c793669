/**
 * One comparison each: the rows of the report.
 */
@NullMarked
package dev.reactiveai.openai.benchmarks.rows;

import org.jspecify.annotations.NullMarked;
