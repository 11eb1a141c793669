/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /organization} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.organization;

import org.jspecify.annotations.NullMarked;
