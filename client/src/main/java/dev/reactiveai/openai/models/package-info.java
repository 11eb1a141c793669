/**
 * The Models API: the models that the API offers.
 */
@NullMarked
package dev.reactiveai.openai.models;

import org.jspecify.annotations.NullMarked;
