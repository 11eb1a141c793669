/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /finetuning} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.finetuning;

import org.jspecify.annotations.NullMarked;
