/**
 * The Embeddings API.
 */
@NullMarked
package dev.reactiveai.openai.embeddings;

import org.jspecify.annotations.NullMarked;
