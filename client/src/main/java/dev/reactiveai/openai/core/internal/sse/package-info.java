/**
 * Decoding of server-sent event streams, straight from data buffers.
 * <p>
 * Not API: what is here may change or go away in any release without notice.
 */
@NullMarked
package dev.reactiveai.openai.core.internal.sse;

import org.jspecify.annotations.NullMarked;
