/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /batches} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.batches;

import org.jspecify.annotations.NullMarked;
