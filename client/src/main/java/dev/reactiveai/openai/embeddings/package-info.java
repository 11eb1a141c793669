/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /embeddings} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.embeddings;

import org.jspecify.annotations.NullMarked;
