/**
 * The client core that every operation goes through: transport, retries, timeouts,
 * streaming, multipart uploads and pagination.
 */
@NullMarked
package dev.reactiveai.openai.core;

import org.jspecify.annotations.NullMarked;
