/**
 * Exceptions signalled by the OpenAI client, one type per HTTP status under
 * {@link dev.reactiveai.openai.error.OpenAiException}.
 */
@NullMarked
package dev.reactiveai.openai.error;

import org.jspecify.annotations.NullMarked;
