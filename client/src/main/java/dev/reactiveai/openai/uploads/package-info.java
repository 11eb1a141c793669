/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /uploads} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.uploads;

import org.jspecify.annotations.NullMarked;
