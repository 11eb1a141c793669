/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /models} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.models;

import org.jspecify.annotations.NullMarked;
