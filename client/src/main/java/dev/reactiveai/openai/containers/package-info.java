/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /containers} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.containers;

import org.jspecify.annotations.NullMarked;
