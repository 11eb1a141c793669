/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /completions} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.completions;

import org.jspecify.annotations.NullMarked;
