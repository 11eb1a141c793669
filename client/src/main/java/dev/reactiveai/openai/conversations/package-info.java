/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /conversations} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.conversations;

import org.jspecify.annotations.NullMarked;
