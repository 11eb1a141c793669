/**
 * What users of the client work with besides the services: the client's settings
 * ({@link dev.reactiveai.openai.core.OpenAiClientOptions}) and per-call overrides
 * ({@link dev.reactiveai.openai.core.RequestOptions}), responses with their headers and
 * rate limits, files to upload and pages of lists. The machinery behind them is in
 * {@code dev.reactiveai.openai.core.internal}, which is not API.
 */
@NullMarked
package dev.reactiveai.openai.core;

import org.jspecify.annotations.NullMarked;
