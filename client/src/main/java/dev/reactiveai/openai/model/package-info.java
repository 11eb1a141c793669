/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The OpenAI API's models: requests, responses, stream events.
 */
@NullMarked
package dev.reactiveai.openai.model;

import org.jspecify.annotations.NullMarked;
