/**
 * The realtime page: a message answered through a realtime session over WebSocket.
 */
@NullMarked
package dev.reactiveai.openai.samples.chat.realtime;

import org.jspecify.annotations.NullMarked;
