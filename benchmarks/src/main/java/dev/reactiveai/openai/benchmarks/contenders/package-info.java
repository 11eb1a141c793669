/**
 * The clients under comparison: this client, the official SDK, and the raw baselines.
 */
@NullMarked
package dev.reactiveai.openai.benchmarks.contenders;

import org.jspecify.annotations.NullMarked;
