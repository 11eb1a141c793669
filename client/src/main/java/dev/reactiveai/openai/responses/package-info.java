/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /responses} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.responses;

import org.jspecify.annotations.NullMarked;
