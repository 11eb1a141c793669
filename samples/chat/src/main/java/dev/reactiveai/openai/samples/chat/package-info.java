/**
 * A WebFlux application that streams chat answers to a web page token by token, and keeps
 * each conversation on the server.
 */
@NullMarked
package dev.reactiveai.openai.samples.chat;

import org.jspecify.annotations.NullMarked;
