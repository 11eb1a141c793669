/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /vector_stores} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.vectorstores;

import org.jspecify.annotations.NullMarked;
