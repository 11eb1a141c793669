/**
 * The reactive OpenAI client: {@link dev.reactiveai.openai.OpenAiClient} reaches every
 * service.
 */
@NullMarked
package dev.reactiveai.openai;

import org.jspecify.annotations.NullMarked;
