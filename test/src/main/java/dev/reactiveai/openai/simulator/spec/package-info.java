/**
 * The OpenAPI description of the OpenAI API, read as plain JSON, and minimal values of
 * its schemas: what the simulator answers the operations it does not model with, and what
 * the conformance suite calls every operation with.
 */
@NullMarked
package dev.reactiveai.openai.simulator.spec;

import org.jspecify.annotations.NullMarked;
