/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /moderations} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.moderations;

import org.jspecify.annotations.NullMarked;
