/**
 * The Chat Completions API, streaming included.
 */
@NullMarked
package dev.reactiveai.openai.chat;

import org.jspecify.annotations.NullMarked;
