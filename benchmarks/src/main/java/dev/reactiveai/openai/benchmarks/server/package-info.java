/**
 * The loopback server that every contender calls, and the bodies it answers with.
 */
@NullMarked
package dev.reactiveai.openai.benchmarks.server;

import org.jspecify.annotations.NullMarked;
