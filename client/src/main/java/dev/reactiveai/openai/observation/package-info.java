/**
 * Micrometer observations of the client's calls, named and tagged after the OpenTelemetry
 * semantic conventions for generative AI clients: one observation per logical call (its
 * retries included), from which Micrometer derives timers and spans, and a handler that
 * records token usage, time to first chunk, retries and rate limits as meters.
 */
@NullMarked
package dev.reactiveai.openai.observation;

import org.jspecify.annotations.NullMarked;
