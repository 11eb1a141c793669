/**
 * Auto-configuration of the meters recorded from the observations of OpenAI calls.
 */
@NullMarked
package dev.reactiveai.openai.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
