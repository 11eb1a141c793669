/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /images} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.images;

import org.jspecify.annotations.NullMarked;
