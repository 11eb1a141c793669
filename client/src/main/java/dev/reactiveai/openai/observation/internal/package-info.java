/**
 * How the client observes its calls and realtime sessions, for the transport and the
 * realtime connector.
 * <p>
 * Not API: what is here may change or go away in any release without notice. Use the
 * conventions, contexts and meter handlers of {@code dev.reactiveai.openai.observation}
 * instead.
 */
@NullMarked
package dev.reactiveai.openai.observation.internal;

import org.jspecify.annotations.NullMarked;
