/**
 * The machinery behind the client: transport, retries, timeouts, error decoding,
 * multipart bodies, pagination and downloads, for the generated services and the
 * auto-configuration.
 * <p>
 * Not API: what is here may change or go away in any release without notice. Use
 * {@code dev.reactiveai.openai.OpenAiClient}, its services and the types of
 * {@code dev.reactiveai.openai.core} instead.
 */
@NullMarked
package dev.reactiveai.openai.core.internal;

import org.jspecify.annotations.NullMarked;
