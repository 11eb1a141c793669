package dev.reactiveai.openai.simulator;

import org.jspecify.annotations.Nullable;

/**
 * A request as the simulated model reads it, whichever API it came through.
 *
 * @param prompt the text of the newest user message (else of the newest input)
 * @param toolOutput the output of a tool when the newest input is one, else {@code null}
 * @param tools the tools offered
 * @param format the format asked of the answer
 */
record Turn(String prompt, @Nullable String toolOutput, Tools tools, OutputFormat format) {

}
