/**
 * Verification of the webhooks that OpenAI sends.
 */
@NullMarked
package dev.reactiveai.openai.autoconfigure.webhooks;

import org.jspecify.annotations.NullMarked;
