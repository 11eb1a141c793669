/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /fine_tuning} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.finetuning;

import org.jspecify.annotations.NullMarked;
