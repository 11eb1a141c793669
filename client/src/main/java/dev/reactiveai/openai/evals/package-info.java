/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /evals} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.evals;

import org.jspecify.annotations.NullMarked;
