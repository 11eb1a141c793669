/**
 * The OpenAPI description of the OpenAI API, read as plain JSON, and values of JSON
 * schemas: the smallest, which the simulator answers the operations it does not model
 * with and the conformance suite calls every operation with, and plausible ones, which
 * the simulator answers structured output and tool calls with.
 */
@NullMarked
package dev.reactiveai.openai.simulator.spec;

import org.jspecify.annotations.NullMarked;
