/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /realtime} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.realtime;

import org.jspecify.annotations.NullMarked;
