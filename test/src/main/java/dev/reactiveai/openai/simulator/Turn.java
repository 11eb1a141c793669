package dev.reactiveai.openai.simulator;

import java.util.List;

/**
 * A request as the simulated model reads it, whichever API it came through.
 *
 * @param prompt the text of the newest user message (else of the newest input)
 * @param toolOutputs the outputs of the tools when the newest inputs are tool outputs
 * (one per call of the previous turn, in order), else empty
 * @param tools the tools offered
 * @param format the format asked of the answer
 */
record Turn(String prompt, List<String> toolOutputs, Tools tools, OutputFormat format) {

}
