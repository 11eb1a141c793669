/**
 * Realtime sessions over WebSocket: {@link RealtimeConnector} opens a
 * {@link RealtimeSession}, whose server events arrive as a {@code Flux} of the typed
 * {@link dev.reactiveai.openai.types.RealtimeServerEvent} union and which sends typed
 * {@link dev.reactiveai.openai.types.RealtimeClientEvent}s.
 */
@NullMarked
package dev.reactiveai.openai.realtime.websocket;

import org.jspecify.annotations.NullMarked;
