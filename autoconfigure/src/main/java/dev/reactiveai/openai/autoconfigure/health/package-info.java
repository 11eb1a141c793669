/**
 * Health indicators of the OpenAI clients.
 */
@NullMarked
package dev.reactiveai.openai.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
