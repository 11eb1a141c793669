/**
 * An in-process simulator of the OpenAI API for tests and offline development:
 * {@link dev.reactiveai.openai.simulator.OpenAiSimulator}.
 */
@NullMarked
package dev.reactiveai.openai.simulator;

import org.jspecify.annotations.NullMarked;
