/**
 * The harness that runs every comparison against the peers and writes the report.
 */
@NullMarked
package dev.reactiveai.openai.benchmarks.harness;

import org.jspecify.annotations.NullMarked;
