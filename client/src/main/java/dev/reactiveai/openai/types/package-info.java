/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The OpenAI API's data types: requests, responses, stream events.
 */
@NullMarked
package dev.reactiveai.openai.types;

import org.jspecify.annotations.NullMarked;
