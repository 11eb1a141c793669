/**
 * Helpers for what every application of the API builds, written by hand on top of the
 * generated models and services: structured outputs and function tools from Java types
 * ({@link dev.reactiveai.openai.helpers.StructuredOutput},
 * {@link dev.reactiveai.openai.helpers.StructuredOutputs},
 * {@link dev.reactiveai.openai.helpers.ToolDefinition}, bean methods annotated with
 * {@link dev.reactiveai.openai.helpers.Tool}), a reactive tool loop, streamed or not
 * ({@link dev.reactiveai.openai.helpers.ToolLoop},
 * {@link dev.reactiveai.openai.helpers.ToolLoopEvent}), the final answer of a stream
 * ({@link dev.reactiveai.openai.helpers.ChatCompletionAccumulator},
 * {@link dev.reactiveai.openai.helpers.ResponseAccumulator}), the text of an answer or a
 * stream ({@link dev.reactiveai.openai.helpers.OutputText}) and an answer passed back as
 * the next request's input ({@link dev.reactiveai.openai.helpers.ChatMessages},
 * {@link dev.reactiveai.openai.helpers.ResponseItems}).
 */
@NullMarked
package dev.reactiveai.openai.helpers;

import org.jspecify.annotations.NullMarked;
