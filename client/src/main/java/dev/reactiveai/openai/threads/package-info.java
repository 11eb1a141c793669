/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /threads} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.threads;

import org.jspecify.annotations.NullMarked;
