/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /chatkit} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.chatkit;

import org.jspecify.annotations.NullMarked;
