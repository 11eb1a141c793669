/**
 * Webhooks of the OpenAI API: {@link dev.reactiveai.openai.webhooks.OpenAiWebhooks}
 * verifies their signatures and reads their events.
 */
@NullMarked
package dev.reactiveai.openai.webhooks;

import org.jspecify.annotations.NullMarked;
