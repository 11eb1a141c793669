/**
 * JMH benchmarks of the client's hot paths, run by hand from {@code benchmarks.jar}.
 */
@NullMarked
package dev.reactiveai.openai.benchmarks;

import org.jspecify.annotations.NullMarked;
