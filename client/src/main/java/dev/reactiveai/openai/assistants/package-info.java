/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /assistants} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.assistants;

import org.jspecify.annotations.NullMarked;
