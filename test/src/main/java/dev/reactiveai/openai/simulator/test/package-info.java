/**
 * JUnit 5 and Spring Boot test support for the OpenAI simulator.
 */
@NullMarked
package dev.reactiveai.openai.simulator.test;

import org.jspecify.annotations.NullMarked;
