/**
 * Development mode: {@code openai.simulator.enabled=true} runs the simulator inside the
 * application and points every OpenAI client at it.
 */
@NullMarked
package dev.reactiveai.openai.simulator.autoconfigure;

import org.jspecify.annotations.NullMarked;
