/**
 * Semantic search over a few built-in documents with embeddings.
 */
@NullMarked
package dev.reactiveai.openai.samples.chat.search;

import org.jspecify.annotations.NullMarked;
