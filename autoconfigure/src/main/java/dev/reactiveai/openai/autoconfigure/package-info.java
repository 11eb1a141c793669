/**
 * Auto-configuration of the reactive OpenAI client, bound to {@code openai.*} properties.
 */
@NullMarked
package dev.reactiveai.openai.autoconfigure;

import org.jspecify.annotations.NullMarked;
