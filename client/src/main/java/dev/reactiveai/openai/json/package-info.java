/**
 * JSON mapping of the OpenAI API's models with Jackson 3.
 */
@NullMarked
package dev.reactiveai.openai.json;

import org.jspecify.annotations.NullMarked;
