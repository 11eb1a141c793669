/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /chat/completions} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.chat;

import org.jspecify.annotations.NullMarked;
