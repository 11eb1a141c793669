/**
 * How the generated data types are read: the generated records' deserializers, the
 * unions' variant tables, and the tolerance of a property whose JSON changed shape.
 * <p>
 * Not API: only the generated types use what is here, and it may change or go away in any
 * release without notice. Use {@code dev.reactiveai.openai.json.OpenAiJson} instead.
 */
@NullMarked
package dev.reactiveai.openai.json.internal;

import org.jspecify.annotations.NullMarked;
