/**
 * Decoding of server-sent event streams, straight from data buffers.
 */
@NullMarked
package dev.reactiveai.openai.core.sse;

import org.jspecify.annotations.NullMarked;
