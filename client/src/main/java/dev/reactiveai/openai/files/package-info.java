/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /files} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.files;

import org.jspecify.annotations.NullMarked;
