/*
 * Generated from spec/openai-openapi.json by the generator module. Do not edit.
 */

/**
 * The {@code /projects} operations of the OpenAI API.
 */
@NullMarked
package dev.reactiveai.openai.projects;

import org.jspecify.annotations.NullMarked;
