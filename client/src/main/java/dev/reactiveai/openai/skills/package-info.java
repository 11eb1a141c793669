/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /skills} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.skills;

import org.jspecify.annotations.NullMarked;
