/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /audio} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.audio;

import org.jspecify.annotations.NullMarked;
