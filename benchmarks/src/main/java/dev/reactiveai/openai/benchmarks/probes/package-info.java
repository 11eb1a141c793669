/**
 * Programs that the harness runs in fresh JVMs, so that what they measure is theirs
 * alone.
 */
@NullMarked
package dev.reactiveai.openai.benchmarks.probes;

import org.jspecify.annotations.NullMarked;
