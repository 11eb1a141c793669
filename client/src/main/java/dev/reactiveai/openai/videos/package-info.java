/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /videos} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.videos;

import org.jspecify.annotations.NullMarked;
